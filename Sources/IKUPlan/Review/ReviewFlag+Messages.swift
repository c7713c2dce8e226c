/// The messages of the flags, in a planner's words, in both languages.
struct FlagWords {
  let indicator: Indicator

  private var id: NumberFormat { NumberFormat(.indonesian) }
  private var en: NumberFormat { NumberFormat(.english) }

  private func show(_ value: Double, _ format: NumberFormat) -> String {
    indicator.isPercentage
      ? format.percent(value) : format.exact(value)
  }

  private func show(_ target: TargetRange, _ format: NumberFormat) -> String {
    target.text { show($0, format) }
  }

  /// A chance by the one rule for chances (``ValueStyle/probability``).
  private func percent(_ p: Double, _ format: NumberFormat) -> String {
    ValueStyle.probability.text(p, in: format.language)
  }

  func outsideBounds(_ target: TargetRange) -> ReviewFlag {
    let range = (
      "\(indicator.lowerBound.map { show($0, id) } ?? "−∞")–\(indicator.upperBound.map { show($0, id) } ?? "∞")",
      "\(indicator.lowerBound.map { show($0, en) } ?? "−∞")–\(indicator.upperBound.map { show($0, en) } ?? "∞")"
    )
    return ReviewFlag(
      code: .targetOutsideBounds, severity: .error,
      indonesian: "target \(show(target, id)) di luar batas \(range.0)",
      english: "the target \(show(target, en)) is outside the bounds \(range.1)")
  }

  func belowLastActual(target: TargetRange, year: Int, last: YearValue) -> ReviewFlag {
    let direction =
      indicator.polarity == .lower
      ? ("di atas", "above", "(makin rendah makin baik)", "(lower is better)")
      : ("di bawah", "below", "", "")
    return ReviewFlag(
      code: .targetBelowLastActual, severity: .warning,
      indonesian:
        "target \(year) \(show(target, id)) \(direction.0) realisasi \(last.year)"
        + " \(show(last.value, id))\(direction.2.isEmpty ? "" : " " + direction.2)"
        + ": tidak menantang (LKE SAKIP: target harus menantang dan realistis)",
      english:
        "the \(year) target \(show(target, en)) is \(direction.1) the \(last.year) realisation"
        + " \(show(last.value, en))\(direction.3.isEmpty ? "" : " " + direction.3)"
        + ": not challenging (SAKIP evaluation: targets must be challenging and realistic)")
  }

  func unrealistic(_ p: Double) -> ReviewFlag {
    ReviewFlag(
      code: .targetUnrealistic, severity: .warning,
      indonesian:
        "peluang mencapai target hanya \(percent(p, id)) menurut proyeksi: tidak realistis"
        + " (LKE SAKIP: dapat dicapai dan realistis)",
      english:
        "the projection gives the target only \(percent(p, en)): not realistic"
        + " (SAKIP evaluation: achievable and realistic)")
  }

  func tooEasy(_ p: Double) -> ReviewFlag {
    ReviewFlag(
      code: .targetTooEasy, severity: .warning,
      indonesian:
        "peluang mencapai target \(percent(p, id)) menurut proyeksi: terlalu mudah, kurang menantang",
      english: "the projection gives the target \(percent(p, en)): too easy, not challenging")
  }

  func noTarget(_ year: Int) -> ReviewFlag {
    ReviewFlag(
      code: .noTarget, severity: .info,
      indonesian: "belum ada target untuk \(year)", english: "no target set for \(year)")
  }

  func insufficientHistory(years: Int?) -> ReviewFlag {
    ReviewFlag(
      code: .insufficientHistory, severity: .info,
      indonesian:
        "riwayat kurang dari 3 tahun: tidak ada proyeksi tren, interval, atau peluang",
      english: "fewer than 3 years of history: no trend, interval or probability is claimed")
  }

  func noVariation() -> ReviewFlag {
    ReviewFlag(
      code: .noVariation, severity: .info,
      indonesian:
        "riwayat tidak bervariasi (tetap atau tepat lurus): tidak ada interval atau peluang",
      english:
        "the history does not vary (constant or exactly straight): no interval or probability")
  }

  func illustrative() -> ReviewFlag {
    ReviewFlag(
      code: .illustrativeData, severity: .info,
      indonesian: "memakai nilai ilustrasi, bukan data resmi",
      english: "uses illustrative values, not official data")
  }
}
