extension RenstraAnalysis {
  /// The Renstra scenarios as a ``Document``: the text, Markdown, CSV and
  /// workbook of `ikuplan scenario` for a period (`years:`).
  ///
  /// Under the title (the period, the indicator's code and whole name, the
  /// agency) the notes give the sources and the illustrative-data warning.
  /// The body: the Renstra table (``renstraTable(in:)``, the layout of
  /// Permendagri 86/2017) with how its values were chosen; per scenario a
  /// table year by year — target, projection (the median of the draws),
  /// P10–P90 range, chance of the year's target, the budget's mean and,
  /// after the first scenario, the differences from it (a percentage's in
  /// percentage points, the unit in the heading), each with its charts (the
  /// P10–P90 fan with the projection and the target path; the budget per
  /// year); each output summed over
  /// the period; the direct forecast of each year from the indicator's own
  /// history beside the first scenario's, and why they differ in the first
  /// year (``ScenarioReconciliation``); the derived target path; the typed targets that are worse
  /// than the year before or unrealistic; how the draws were made.
  public func document(in l: Language) -> Document {
    let span = "\(period.lowerBound)–\(period.upperBound)"
    var blocks: [Document.Block] = [
      .heading(l.text(id: "Tabel Renstra \(span)", en: "Renstra table \(span)")),
      .table(renstraTable(in: l)),
      .paragraph(renstraTableText(in: l)),
    ]
    let style = ScenarioStyles.value(indicator)
    let charts = charts(in: l)
    for (c, chart) in zip(cases, charts) {
      blocks.append(.heading(c.name))
      blocks.append(.chart(Document.Chart(chart.fan)))
      if let budget = chart.budget { blocks.append(.chart(Document.Chart(budget))) }
      blocks.append(.table(yearTable(c, style, in: l)))
    }
    let notes = [
      ScenarioNotes.outsideBounds(
        cases.flatMap { c in c.years.map { ("\(c.name) \($0.year)", $0.shareOutsideBounds) } },
        indicator: indicator, in: l),
      ScenarioNotes.unusedDrivers(unusedDrivers, in: l),
    ]
    blocks += notes.compactMap { $0.map(Document.Block.paragraph) }
    if let totals = totalsTable(in: l) {
      blocks.append(.heading(l.text(id: "Jumlah \(span)", en: "Totals \(span)")))
      blocks.append(.table(totals))
    }
    if let first = reconciliations.first {
      blocks.append(.heading(l.text(id: "Proyeksi langsung", en: "Direct forecast")))
      blocks.append(
        .table(ScenarioReconciliation.table(reconciliations, indicator: indicator, in: l)))
      blocks.append(
        .paragraph(first.explanation(indicator: indicator, in: l)))
    }
    if let targetPath, let scenario = targetPathScenario {
      let chance = targetPathProbability.map { ValueStyle.probability.text($0, in: l) } ?? ""
      blocks.append(
        .heading(
          l.text(
            id: "Jalur target dari \"\(scenario)\" (peluang \(chance))",
            en: "Target path from \"\(scenario)\" (chance \(chance))")))
      var table = Document.Table(
        name: l.text(id: "Jalur target", en: "Target path"),
        columns: [
          l.text(id: "Tahun", en: "Year"), "Target", l.text(id: "Peluang", en: "Chance"),
          l.text(id: "Catatan", en: "Notes"),
        ])
      for point in targetPath {
        table.append([
          .number(Double(point.year), .year), .number(point.value, style),
          .number(point.probability, .probability),
          point.flags.isEmpty
            ? .missing : .text(point.flags.map { $0.message(in: l) }.joined(separator: "; ")),
        ])
      }
      blocks.append(.table(table))
    }
    let flagged = typedTargets.filter { !$0.flags.isEmpty }
    if !flagged.isEmpty {
      blocks.append(.heading(l.text(id: "Catatan target", en: "Target notes")))
      blocks.append(
        .list(
          flagged.map { t in
            "\(t.year): " + t.flags.map { $0.message(in: l) }.joined(separator: "; ")
          }))
    }
    let count = NumberFormat(l).fixed(Double(draws), decimals: 0)
    blocks.append(
      .paragraph(
        l.text(
          id: "\(count) penarikan acak per tahun, sama untuk setiap skenario, sehingga selisihnya"
            + " hanya akibat perubahan pemicu. Proyeksi = nilai tengah (median) penarikan;"
            + " rentang P10–P90 memuat 80% penarikan; peluang = bagian penarikan yang mencapai"
            + " target tahun itu.",
          en: "\(count) random draws a year, the same for every scenario, so that the differences"
            + " come from the changed drivers alone. Forecast = the median of the draws; the"
            + " P10–P90 range holds 80% of the draws; chance = the share of draws attaining that"
            + " year's target.")))

    var title = l.text(id: "Skenario Renstra \(span)", en: "Renstra scenarios \(span)")
    if let indicator { title += " — " + ScenarioStyles.indicatorName(indicator, in: l) }
    if let agency = provenance.agency { title += " — " + agency }
    return Document(title: title, language: l, notes: provenance.notes(in: l), blocks: blocks)
  }

  /// One scenario year by year, with its differences from the first.
  private func yearTable(_ c: CaseResult, _ style: ValueStyle, in l: Language) -> Document.Table {
    let first = cases.first
    let compared = first.map { $0.name != c.name } ?? false
    let (deltaStyle, inPoints) = ScenarioStyles.difference(indicator)
    var columns = [
      l.text(id: "Tahun", en: "Year"), "Target", l.text(id: "Proyeksi", en: "Forecast"),
      l.text(id: "Rentang P10–P90", en: "P10–P90 range"), l.text(id: "Peluang", en: "Chance"),
    ]
    if let budget { columns.append(budget + l.text(id: " (rata-rata)", en: " (mean)")) }
    if compared, let first {
      columns.append(
        l.text(
          id: "Selisih proyeksi dari \"\(first.name)\"",
          en: "Forecast difference from \"\(first.name)\"")
          + (inPoints ? ScenarioStyles.pointsUnit(l) : ""))
      if let budget { columns.append(l.text(id: "Selisih ", en: "Difference in ") + budget) }
    }
    var table = Document.Table(name: c.name, columns: columns)
    for (index, y) in c.years.enumerated() {
      var row: [Document.Cell] = [
        .number(Double(y.year), .year), .number(targets[y.year], style),
        .number(y.indicator.median, style),
        .interval(lower: y.indicator.p10, upper: y.indicator.p90, style),
        .number(y.probabilityOfAttaining, .probability),
      ]
      let spend = budgetMean(y.outputs)
      if budget != nil { row.append(.number(spend, .rupiah)) }
      if compared, let base = first?.years[index] {
        row.append(
          .number(
            ScenarioStyles.difference(y.indicator.median, base.indicator.median), deltaStyle))
        if budget != nil {
          let baseSpend = budgetMean(base.outputs)
          row.append(
            .number(
              spend.flatMap { a in baseSpend.map { ScenarioStyles.difference(a, $0) } }, .rupiah))
        }
      }
      table.append(row)
    }
    return table
  }

  /// Each output summed over the period, per scenario; `nil` without
  /// outputs.
  private func totalsTable(in l: Language) -> Document.Table? {
    guard let names = cases.first?.totals.map(\.name), !names.isEmpty else { return nil }
    var table = Document.Table(
      name: l.text(id: "Jumlah", en: "Totals"),
      columns: [
        l.text(id: "Skenario", en: "Scenario"), l.text(id: "Keluaran", en: "Output"),
        l.text(id: "Rata-rata", en: "Mean"), l.text(id: "Rentang P10–P90", en: "P10–P90 range"),
      ])
    for (index, name) in names.enumerated() {
      let style = ScenarioStyles.output(
        name, budget: budget, cases.map { $0.totals[index].summary })
      for c in cases {
        let total = c.totals[index].summary
        table.append([
          .text(c.name), .text(name), .number(total.mean, style),
          .interval(lower: total.p10, upper: total.p90, style),
        ])
      }
    }
    return table
  }
}
