extension DatasetReview {
  /// One line per indicator for spreadsheets and scripts: dot decimals,
  /// `,` between fields, shortest round-trip numbers, empty for missing.
  ///
  /// Columns: `code,year,lastActualYear,lastActual,target,model,median,mean,`
  /// then `lower` and `upper` per interval level (`lower80,upper80,…`),
  /// `probabilityOfAttaining,achievement,category,flags` (codes joined by
  /// `;`), `recommended,realistic,challenging`, the finished year before
  /// (``YearAssessment``, empty where the indicator has no target or no
  /// realisation for it): `assessedYear,assessedTarget,assessedActual,`
  /// `assessedAchievement,assessedCategory`, and `targetUpper` (the upper
  /// end of a range target; `target` is its lower end) only when some
  /// indicator's target is a range.
  public func csv(levels: [Double]) -> String {
    let writer = CSVWriter(convention: .english)
    let names = levels.map(NumberFormat.levelLabel)
    let hasRange = indicators.contains { $0.targetRange?.isRange ?? false }
    let header =
      ["code", "year", "lastActualYear", "lastActual", "target", "model", "median", "mean"]
      + names.flatMap { ["lower\($0)", "upper\($0)"] }
      + [
        "probabilityOfAttaining", "achievement", "category", "flags", "recommended", "realistic",
        "challenging", "assessedYear", "assessedTarget", "assessedActual", "assessedAchievement",
        "assessedCategory",
      ] + (hasRange ? ["targetUpper"] : [])
    let rows: [[CSVWriter.Cell]] = indicators.map { r in
      let intervals: [CSVWriter.Cell] = levels.flatMap { level in
        let interval = r.forecast?.intervals.first { $0.level == level }
        return [CSVWriter.Cell.number(interval?.lower), .number(interval?.upper)]
      }
      return [
        .text(r.indicator.code), .integer(year), .text(r.lastActual.map { String($0.year) } ?? ""),
        .number(r.lastActual?.value), .number(r.target), .text(r.model ?? ""),
        .number(r.forecast?.median), .number(r.forecast?.mean),
      ] + intervals + [
        .number(r.probabilityOfAttaining), .number(r.achievement?.value),
        .text(r.achievement?.category.code ?? ""),
        .text(r.flags.map(\.code.rawValue).joined(separator: ";")),
        .number(r.suggestions?.recommended.value), .number(r.suggestions?.realistic?.value),
        .number(r.suggestions?.challenging?.value),
      ] + assessed(r.indicator.code)
        + (hasRange ? [.number(r.targetRange.flatMap { $0.isRange ? $0.upper : nil })] : [])
    }
    return writer.document(header: header, rows: rows).replacingOccurrences(of: "\r\n", with: "\n")
  }

  /// The assessment cells of one indicator.
  private func assessed(_ code: String) -> [CSVWriter.Cell] {
    guard let assessment, let row = assessment.rows.first(where: { $0.indicator.code == code })
    else { return Array(repeating: .text(""), count: 5) }
    return [
      .integer(assessment.year), .number(row.target.lower), .number(row.actual),
      .number(row.achievement?.value), .text(row.achievement?.category.code ?? ""),
    ]
  }
}
