import ArgumentParser
import IKUForecast
import IKUPlan

/// `--bounds` and `--transform`: the scale the series of a panel are
/// modelled on (`forecast --panel`, `evaluate`).
struct PanelScaleOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      UsageText.text(
        id:
          "Batas mutlak setiap deret, BAWAH,ATAS (0,100 untuk persentase; salah satu boleh kosong).",
        en: "Hard bounds of every series, LOW,HIGH (0,100 for percentages; either may be empty)."),
      valueName: "low,high"),
    transform: { text in
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count == 2 else {
        throw UsageText.error(
          id: "--bounds menerima BAWAH,ATAS, mis. 0,100 (salah satu boleh kosong).",
          en: "--bounds takes LOW,HIGH, e.g. 0,100 (either may be empty).")
      }
      return try parts.map { part -> Double? in
        let word = part.trimmingCharacters(in: .whitespaces)
        if word.isEmpty { return nil }
        guard let value = Double(word), value.isFinite else {
          throw UsageText.error(
            id: "--bounds menerima angka dengan titik desimal: '\(word)'.",
            en: "--bounds takes numbers with a decimal point: '\(word)'.")
        }
        // The size every value is held to (the range's width must stay
        // finite for the logit); `1e-400` reads as 0 but is no zero.
        guard ValueMagnitude.allows(value), !ValueMagnitude.underflows(word, to: value) else {
          throw UsageText.error(
            id: "--bounds menerima batas sebesar 10^-150 sampai 10^150 (atau 0): '\(word)'.",
            en: "--bounds takes bounds of size 10^-150 to 10^150 (or 0): '\(word)'.")
        }
        return value
      }
    })
  var bounds: [Double?] = []

  @Option(
    help: ArgumentHelp(
      UsageText.text(
        id:
          "Skala pemodelan deret: auto (logit di dalam kedua batas, selain itu nilai dipotong pada batas), logit, log atau none.",
        en:
          "The scale series are modelled on: auto (logit inside both bounds, else the values censored at the bounds), logit, log or none."
      ),
      valueName: "scale"))
  var transform: Transform.Choice = .auto

  var lower: Double? { bounds.first ?? nil }
  var upper: Double? { bounds.count > 1 ? bounds[1] : nil }

  func validate() throws {
    if let lower, let upper, !(lower < upper) {
      throw UsageText.error(
        id: "--bounds: BAWAH harus di bawah ATAS.", en: "--bounds: LOW must be below HIGH.")
    }
    if transform == .logit && (lower == nil || upper == nil) {
      throw UsageText.error(
        id: "--transform logit memerlukan kedua batas (--bounds BAWAH,ATAS).",
        en: "--transform logit needs both bounds (--bounds LOW,HIGH).")
    }
    // The log keeps forecasts above 0 and nothing else.
    if transform == .log && (upper != nil || (lower ?? 0) > 0) {
      throw UsageText.error(
        id:
          "--transform log hanya menjaga proyeksi di atas 0: tanpa batas atas, tanpa batas bawah di atas 0.",
        en: "--transform log keeps forecasts above 0 only: no upper bound, no lower bound above 0.")
    }
  }

  /// The scale for the library.
  var scale: PanelScale { PanelScale(choice: transform, lower: lower, upper: upper) }
}

extension Transform.Choice: ExpressibleByArgument {}
