extension Dataset {
  /// The dataset as JSON, for tools.
  ///
  /// Keys: `title`, `source`, `indicators`
  /// (`code`, `objective`, `name`, `formula`, `unit`, `polarity`
  /// `higher|lower|range`, `lowerBound`, `upperBound`, `numerator`,
  /// `denominator`, `rollup` `sum|last|average`, `polarityInferred`: the
  /// polarity was inferred from the name), `annual` (`code`, `year`,
  /// `actual`, `target`, `targetUpper` (the upper end of a range target,
  /// whose lower end is `target`; only for a range), `numerator`,
  /// `denominator`, `budget`, `budgetSpent` (whole rupiah), `source`,
  /// `illustrative`) and `quarterly` (the same with `quarter`, without the
  /// budget). Missing
  /// values are `null`.
  public var json: JSONValue {
    func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
    return .object([
      ("title", .string(title)),
      ("source", .string(source)),
      (
        "indicators",
        .array(
          indicators.map {
            .object([
              ("code", .string($0.code)), ("objective", .string($0.objective)),
              ("name", .string($0.name)), ("formula", .string($0.formula)),
              ("unit", .string($0.unit)), ("polarity", .string($0.polarity.rawValue)),
              ("lowerBound", number($0.lowerBound)), ("upperBound", number($0.upperBound)),
              ("numerator", .string($0.numeratorLabel)),
              ("denominator", .string($0.denominatorLabel)),
              ("rollup", .string($0.rollup.rawValue)),
              ("polarityInferred", .bool($0.isPolarityInferred)),
            ])
          })
      ),
      (
        "annual",
        .array(
          annual.map {
            .object(
              [
                ("code", .string($0.code)), ("year", .int($0.year)),
                ("actual", number($0.actual)), ("target", number($0.target)),
              ] + ($0.targetUpper.map { [("targetUpper", JSONValue.double($0))] } ?? []) + [
                ("numerator", number($0.numerator)), ("denominator", number($0.denominator)),
                ("budget", number($0.budget)), ("budgetSpent", number($0.budgetSpent)),
                ("source", .string($0.source)), ("illustrative", .bool($0.isIllustrative)),
              ])
          })
      ),
      (
        "quarterly",
        .array(
          quarterly.map {
            .object([
              ("code", .string($0.code)), ("year", .int($0.year)),
              ("quarter", .int($0.quarter)), ("actual", number($0.actual)),
              ("numerator", number($0.numerator)), ("denominator", number($0.denominator)),
              ("source", .string($0.source)), ("illustrative", .bool($0.isIllustrative)),
            ])
          })
      ),
    ])
  }

  /// The dataset as a table for people: one line per indicator and year,
  /// values in the language's number format, illustrative rows marked; the
  /// budget columns (whole rupiah) only when some year has a budget.
  public func table(in language: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(language)
    var out = title + "\n"
    if !source.isEmpty { out += language.text(id: "Sumber: ", en: "Source: ") + source + "\n" }
    out += "\n"
    let money = [AnnualField.budget, .budgetSpent].filter { field in
      annual.contains { $0[keyPath: field.keyPath] != nil }
    }
    var rows = [
      [
        language.text(id: "Kode", en: "Code"), language.text(id: "Tahun", en: "Year"),
        language.text(id: "Realisasi", en: "Actual"), "Target",
        language.text(id: "Satuan", en: "Unit"), language.text(id: "Polaritas", en: "Polarity"),
      ]
        + money.map {
          $0 == .budget
            ? language.text(id: "Anggaran (Rp)", en: "Budget (Rp)")
            : language.text(id: "Realisasi anggaran (Rp)", en: "Budget spent (Rp)")
        }
        + [language.text(id: "Catatan", en: "Note")]
    ]
    for indicator in indicators {
      func show(_ value: Double?) -> String {
        guard let value else { return "–" }
        return indicator.isPercentage ? number.percent(value) : number.exact(value)
      }
      func show(_ target: TargetRange?) -> String {
        target.map { $0.text { show($0) } } ?? "–"
      }
      for observation in history(of: indicator.code) {
        rows.append(
          [
            indicator.code, String(observation.year), show(observation.actual),
            show(observation.targetRange), indicator.unit,
            (language == .indonesian
              ? indicator.polarity.indonesianWord : indicator.polarity.rawValue)
              + (indicator.isPolarityInferred ? "*" : ""),
          ]
            + money.map { field in
              observation[keyPath: field.keyPath].map { number.fixed($0, decimals: 0) } ?? "–"
            }
            + [
              observation.isIllustrative
                ? language.text(id: "ilustrasi, bukan data resmi", en: "illustrative, not official")
                : ""
            ])
      }
    }
    out += textTable(
      rows,
      rightAligned: [false, false, true, true, false, false] + money.map { _ in true } + [false],
      markdown: markdown)
    let inferred = indicators.filter(\.isPolarityInferred).map(\.code)
    if !inferred.isEmpty {
      let codes = inferred.joined(separator: ", ")
      out += language.text(
        id: "\n* polaritas disimpulkan dari nama indikator (\(codes)), bukan ditetapkan;"
          + " periksa lalu kosongkan kolom polaritas_diduga di indikator.csv\n",
        en: "\n* polarity inferred from the indicator's name (\(codes)), not stated;"
          + " check it, then clear the polaritas_diduga column of indikator.csv\n")
    }
    if !quarterly.isEmpty {
      out +=
        "\n"
        + language.text(
          id: "\(quarterly.count) nilai triwulan", en: "\(quarterly.count) quarterly values")
        + "\n"
    }
    return out
  }
}
