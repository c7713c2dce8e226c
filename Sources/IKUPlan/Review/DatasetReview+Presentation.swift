import IKUForecast

extension DatasetReview {
  /// `2021–2023`, or the years listed when they are not a run.
  static func span(_ years: [Int]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    if years.count > 1 && last - first == years.count - 1 { return "\(first)–\(last)" }
    return years.map(String.init).joined(separator: ", ")
  }
}

extension YearAssessment {
  /// The finished year's heading: `Capaian kinerja 2020 (target dan
  /// realisasi)`.
  func heading(in l: Language) -> String {
    l.text(
      id: "Capaian kinerja \(year) (target dan realisasi)",
      en: "Performance achievement \(year) (target and actual)")
  }

}

extension IndicatorReview {
  /// The style of a projection (median and interval at `level`): the
  /// indicator's style, the same number every command and page shows for
  /// it (39,86%), with more decimals for a percentage only where its two
  /// would hide the spread or the value (99,9958–99,9977 is not
  /// `100,00–100,00`, 0,002% is not `0,00%`).
  public func projectionStyle(level: Double) -> ValueStyle {
    let style = ValueStyle.value(of: indicator)
    guard case .percent(var decimals) = style, let forecast else { return style }
    let format = NumberFormat(.english)
    let interval = forecast.intervals.first { $0.level == level }
    while decimals < 6 {
      let hidesSpread = interval.map {
        $0.lower != $0.upper
          && format.fixed($0.lower, decimals: decimals)
            == format.fixed($0.upper, decimals: decimals)
      }
      let hidesValue =
        forecast.median != 0
        && format.fixed(forecast.median, decimals: decimals)
          == format.fixed(0, decimals: decimals)
      guard hidesSpread ?? false || hidesValue else { break }
      decimals += 1
    }
    return .percent(decimals: decimals)
  }

  /// Short notes for the overview: warnings and errors first.
  func notes(_ l: Language) -> String {
    flags.map { (flag: ReviewFlag) -> String in
      (flag.severity == .info ? "" : "⚠ ") + flag.label(in: l)
    }.joined(separator: "; ")
  }

  /// Why a category against the target would praise it — `target
  /// terlalu mudah`, `target di bawah realisasi 2024 (tidak menantang)` —
  /// or `nil` for a target the flags do not call too easy.
  func tooEasyReason(in l: Language) -> String? {
    let codes = Set(flags.map(\.code))
    if codes.contains(.targetTooEasy) {
      return l.text(id: "target terlalu mudah", en: "the target is too easy")
    }
    if codes.contains(.targetBelowLastActual), let last = lastActual {
      let side =
        indicator.polarity == .lower ? (id: "di atas", en: "above") : (id: "di bawah", en: "below")
      return l.text(
        id: "target \(side.id) realisasi \(last.year) (tidak menantang)",
        en: "the target is \(side.en) the \(last.year) actual (not challenging)")
    }
    return nil
  }

  /// The category the projection would give, as a table shows it: the
  /// category's name, or why naming it would praise a target that is not
  /// challenging (``tooEasyReason(in:)``); `–` without a projection.
  func categoryCell(in l: Language) -> String {
    guard let achievement else { return "–" }
    return tooEasyReason(in: l) ?? achievement.category.label(in: l)
  }
}
