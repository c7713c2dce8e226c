import IKUForecast

extension DatasetReview {
  /// A chance by the one rule for chances (``ValueStyle/probability``).
  static func percent(_ p: Double?, _ l: Language) -> String {
    p.map { ValueStyle.probability.text($0, in: l) } ?? "–"
  }

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

  /// The finished year's table, header row first: target, realisation,
  /// capaian and its category per indicator; names whole for documents
  /// (`whole`), shortened for a terminal.
  func table(in l: Language, whole: Bool = false) -> [[String]] {
    let format = NumberFormat(l)
    let header = [
      l.text(id: "Kode", en: "Code"), l.text(id: "Indikator", en: "Indicator"),
      "Target \(year)", l.text(id: "Realisasi \(year)", en: "Actual \(year)"),
      l.text(id: "Capaian", en: "Achievement"), l.text(id: "Kategori", en: "Category"),
      l.text(id: "Catatan", en: "Notes"),
    ]
    return [header]
      + rows.map { row in
        [
          row.indicator.code,
          whole ? row.indicator.name : TextRenderer.shorten(row.indicator.name, to: 30),
          row.target.text { format.value($0, of: row.indicator) },
          format.value(row.actual, of: row.indicator),
          row.achievement.map { format.percent($0.value) } ?? "–",
          row.achievement?.category.label(in: l) ?? "–",
          row.isIllustrative ? l.text(id: "ilustrasi", en: "illustrative") : "",
        ]
      }
  }

  /// Which columns of ``table(in:)`` are numbers.
  static let rightAligned = [false, false, true, true, true, false, false]
}

extension NumberFormat {
  /// A value in an indicator's unit: `39,67%`, `5.517`, `0,292`: a
  /// percentage with two decimals, anything else with the decimals its
  /// kind keeps (``TargetPath/decimals(_:)``).
  func value(_ value: Double, of indicator: Indicator) -> String {
    indicator.isPercentage
      ? percent(value) : fixed(value, decimals: TargetPath.decimals(indicator))
  }
}

extension IndicatorReview {
  /// A value in the indicator's unit: `39,67%`, `5.517`.
  func show(_ value: Double, _ l: Language) -> String {
    NumberFormat(l).value(value, of: indicator)
  }

  /// A target in the indicator's unit: `72,28`, a range `72,28–73,77`.
  func show(_ target: TargetRange, _ l: Language) -> String {
    target.text { show($0, l) }
  }

  /// The style of a projection (median and interval at `level`): the
  /// indicator's style, the same number every command and page shows for
  /// it (39,84%), with more decimals for a percentage only where its two
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

  /// `42,1% (38,0–46,3%)`: the median and the first interval in
  /// ``projectionStyle(level:)``.
  func projection(_ l: Language) -> String {
    guard let forecast else { return "–" }
    let interval = forecast.intervals.first
    let style = projectionStyle(level: interval?.level ?? 0.8)
    guard let interval else { return style.text(forecast.median, in: l) }
    return style.text(forecast.median, in: l) + " ("
      + style.text(lower: interval.lower, upper: interval.upper, in: l) + ")"
  }

  /// Short notes for the overview: warnings and errors first.
  func notes(_ l: Language) -> String {
    flags.map { (flag: ReviewFlag) -> String in
      (flag.severity == .info ? "" : "⚠ ") + flag.label(in: l)
    }.joined(separator: "; ")
  }

  /// A finding in a few words (``ReviewFlag/label(in:)``).
  func label(_ flag: ReviewFlag, _ l: Language) -> String { flag.label(in: l) }

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
  func projectedCategory(in l: Language) -> String {
    guard let achievement else { return "–" }
    return tooEasyReason(in: l) ?? achievement.category.label(in: l)
  }
}
