/// The scenario parts of the report as documents: a what-if file's
/// scenarios side by side, and a Renstra file's table and fan charts.
///
/// A bridge over the scenario analyses' present API (their cases, their
/// Renstra table and charts); when those analyses build their own
/// documents, these sections become those documents.
enum ScenarioSections {
  /// A what-if file: the indicator's median and 10–90% range per
  /// scenario as a chart and a table, and the goal seek.
  static func document(_ name: String, _ a: ScenarioAnalysis, in l: Language) -> Document {
    let style = a.indicator.map(ValueStyle.value(of:)) ?? .decimal(2)
    let percent = a.indicator?.isPercentage ?? false
    let names = a.cases.map(\.name)
    var chart = LineChart(
      title: l.text(id: "Skenario ", en: "Scenarios ") + name,
      formatY: { value in
        let n = NumberFormat(l)
        return percent ? n.fixed(value, decimals: 0) + "%" : n.exact(value)
      },
      formatX: { x in
        let i = Int(x.rounded()) - 1
        return names.indices.contains(i) ? names[i] : ""
      },
      attributes: [("class", "chart scenario-chart")])
    chart.xTitle = l.text(id: "Skenario", en: "Scenario")
    chart.yTitle = a.indicator.map { LineChart.unitTitle(of: $0, in: l) }
    chart.xDomain = 1...Double(max(a.cases.count, 1))
    for (i, c) in a.cases.enumerated() {
      chart.whiskers.append(
        LineChart.Whisker(
          label: "\(c.name): median " + style.text(c.indicator.median, in: l), x: Double(i + 1),
          low: c.indicator.p10, middle: c.indicator.median, high: c.indicator.p90,
          cssClass: "projection",
          legend: l.text(id: "Median dan rentang 10–90%", en: "Median and 10–90% range")))
    }
    if let target = a.target {
      chart.rules.append(
        LineChart.Rule(
          label: style.text(target, in: l), y: target, cssClass: "target-rule", legend: "Target"))
    }
    var table = Document.Table(
      name: l.text(id: "Skenario", en: "Scenarios"),
      columns: [
        l.text(id: "Skenario", en: "Scenario"), "Median",
        l.text(id: "Rentang 10–90%", en: "10–90% range"), l.text(id: "Peluang", en: "Chance"),
      ])
    for c in a.cases {
      table.append([
        .text(c.name), .number(c.indicator.median, style),
        .interval(lower: c.indicator.p10, upper: c.indicator.p90, style),
        .number(c.probabilityOfAttaining, .probability),
      ])
    }
    var blocks: [Document.Block] = [.chart(Document.Chart(chart)), .table(table)]
    if let goal = a.goal, let value = goal.value {
      blocks.append(
        .paragraph(
          l.text(
            id: "Target dengan peluang \(Int(goal.wanted * 100))%: \(goal.driver) = ",
            en: "Target with probability \(Int(goal.wanted * 100))%: \(goal.driver) = ")
            + NumberFormat(l).fixed(value, decimals: 0)))
    }
    return Document(
      title: l.text(id: "Skenario: ", en: "Scenarios: ") + name, language: l,
      notes: a.illustrative
        ? [
          .init(
            .warning,
            l.text(
              id: "Memakai nilai ilustrasi, bukan data resmi.",
              en: "Uses illustrative values, not official data."))
        ] : [], blocks: blocks)
  }

  /// A Renstra file: the Permendagri 86/2017 table (typed cells: the
  /// indicator's values, rupiah in juta or miliar; a year without a target
  /// shows the projection as the table writes it), then per scenario the
  /// fan chart across the period and the budget per year.
  static func document(_ name: String, _ a: RenstraAnalysis, in l: Language) -> Document {
    let style = a.indicator.map(ValueStyle.value(of:)) ?? .decimal(2)
    let source = a.renstraTable(in: l)
    var table = Document.Table(
      name: l.text(id: "Tabel Renstra", en: "Renstra table"), columns: source.header)
    for (row, values) in zip(source.rows, source.values) {
      var cells: [Document.Cell] = [.text(row.first ?? "")]
      for (column, (text, value)) in zip(row.dropFirst(), values).enumerated() {
        let isMoney = source.header[column + 1].hasSuffix(" Rp")
        if let value, !text.contains("(") {
          cells.append(.number(value, isMoney ? .rupiah : style))
        } else {
          cells.append(value == nil ? .missing : .text(text))
        }
      }
      table.append(cells)
    }
    var blocks: [Document.Block] = [.table(table)]
    for (scenario, fan, budget) in a.charts(in: l) {
      var fan = fan
      fan.xTitle = l.text(id: "Tahun", en: "Year")
      fan.yTitle = a.indicator.map { LineChart.unitTitle(of: $0, in: l) }
      blocks.append(.heading(scenario))
      blocks.append(.chart(Document.Chart(fan)))
      if var budget {
        let largest = budget.whiskers.map(\.middle).max() ?? 0
        let axis = LineChart.rupiahAxis(largest: largest, in: l)
        budget.formatY = axis.format
        budget.yTitle = l.text(id: "Anggaran (", en: "Budget (") + axis.title + ")"
        budget.xTitle = l.text(id: "Tahun", en: "Year")
        budget.width = 480
        budget.plotHeight = 170
        budget.printWidth = 120
        budget.yLimits = 0...Double.infinity
        budget.whiskers = budget.whiskers.map {
          LineChart.Whisker(
            label: "\(Int($0.x.rounded())): " + ValueStyle.rupiah.text($0.middle, in: l), x: $0.x,
            low: $0.low, middle: $0.middle, high: $0.high, cssClass: $0.cssClass,
            legend: l.text(id: "Anggaran per tahun", en: "Budget per year"))
        }
        blocks.append(.chart(Document.Chart(budget)))
      }
    }
    return Document(
      title: l.text(
        id: "Renstra \(a.period.lowerBound)–\(a.period.upperBound): ",
        en: "Renstra \(a.period.lowerBound)–\(a.period.upperBound): ") + name,
      language: l,
      notes: a.illustrative
        ? [
          .init(
            .warning,
            l.text(
              id: "Nilai ilustrasi, bukan data resmi.",
              en: "Illustrative values, not official data."))
        ] : [], blocks: blocks)
  }
}
