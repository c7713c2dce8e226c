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

  /// The dataset as a ``Document`` (`ikuplan data`): one row per
  /// indicator and year with the values as the files hold them (every
  /// digit), the unit and polarity (an inferred one marked `*`), the
  /// budget columns (whole rupiah) only when some year has a budget, and
  /// illustrative rows marked; then the inferred polarities and the count
  /// of quarterly values in words.
  public func document(in l: Language) -> Document {
    let money = [AnnualField.budget, .budgetSpent].filter { field in
      annual.contains { $0[keyPath: field.keyPath] != nil }
    }
    var table = Document.Table(
      name: l.text(id: "Data", en: "Data"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .init(l.text(id: "Tahun", en: "Year")),
        .init(l.text(id: "Realisasi", en: "Actual")), .init("Target"),
        .init(l.text(id: "Satuan", en: "Unit")), .init(l.text(id: "Polaritas", en: "Polarity")),
      ]
        + money.map {
          .init(
            $0 == .budget
              ? l.text(id: "Anggaran (Rp)", en: "Budget (Rp)")
              : l.text(id: "Realisasi anggaran (Rp)", en: "Budget spent (Rp)"))
        }
        + [.init(l.text(id: "Catatan", en: "Note"))])
    for indicator in indicators {
      // Values as the files hold them; a percentage with its sign.
      let style: ValueStyle = indicator.isPercentage ? .percent(decimals: 2) : .asWritten
      for observation in history(of: indicator.code) {
        table.append(
          [
            .text(indicator.code), .number(Double(observation.year), .year),
            .number(observation.actual, style), .target(observation.targetRange, style),
            .text(indicator.unit),
            .text(
              (l == .indonesian ? indicator.polarity.indonesianWord : indicator.polarity.rawValue)
                + (indicator.isPolarityInferred ? "*" : "")),
          ]
            + money.map { .number(observation[keyPath: $0.keyPath], .decimal(0)) }
            + [
              .text(
                observation.isIllustrative
                  ? l.text(id: "ilustrasi, bukan data resmi", en: "illustrative, not official")
                  : "")
            ])
      }
    }
    var blocks: [Document.Block] = [.table(table)]
    let inferred = indicators.filter(\.isPolarityInferred).map(\.code)
    if !inferred.isEmpty {
      let codes = inferred.joined(separator: ", ")
      blocks.append(
        .paragraph(
          l.text(
            id: "* polaritas disimpulkan dari nama indikator (\(codes)), bukan ditetapkan;"
              + " periksa lalu kosongkan kolom polaritas_diduga di indikator.csv",
            en: "* polarity inferred from the indicator's name (\(codes)), not stated;"
              + " check it, then clear the polaritas_diduga column of indikator.csv")))
    }
    if !quarterly.isEmpty {
      blocks.append(
        .paragraph(
          l.text(
            id: "\(quarterly.count) nilai triwulan", en: "\(quarterly.count) quarterly values")))
    }
    return Document(
      title: title, language: l,
      notes: source.isEmpty
        ? [] : [.init(.source, l.text(id: "Sumber: ", en: "Source: ") + source)],
      blocks: blocks)
  }
}
