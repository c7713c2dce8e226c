extension ScenarioAnalysis {
  /// The scenarios side by side as a chart: per scenario the projection
  /// (the median of the draws) within its P10–P90 range, and the target as
  /// a line.
  func chart(in l: Language) -> LineChart {
    let style = ScenarioStyles.value(indicator)
    let percent = indicator?.isPercentage ?? false
    let names = cases.map(\.name)
    var chart = LineChart(
      title: l.text(id: "Skenario \(year)", en: "Scenarios \(year)"),
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
    chart.yTitle = indicator.map { LineChart.unitTitle(of: $0, in: l) }
    chart.xDomain = 1...Double(max(cases.count, 1))
    for (i, c) in cases.enumerated() {
      chart.whiskers.append(
        LineChart.Whisker(
          label: c.name + l.text(id: ": proyeksi ", en: ": forecast ")
            + style.text(c.indicator.median, in: l), x: Double(i + 1),
          low: c.indicator.p10, middle: c.indicator.median, high: c.indicator.p90,
          cssClass: "projection",
          legend: l.text(
            id: "Proyeksi (median) dan rentang P10–P90", en: "Forecast (median) and P10–P90 range")
        ))
    }
    if let target {
      chart.rules.append(
        LineChart.Rule(
          label: style.text(target, in: l), y: target, cssClass: "target-rule", legend: "Target"))
    }
    return chart
  }
}
