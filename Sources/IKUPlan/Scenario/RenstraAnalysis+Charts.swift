extension RenstraAnalysis {
  /// Per scenario: a fan chart across the period (P10–P90 band, median,
  /// the target path) and the budget per year as bars.
  func charts(in l: Language) -> [(name: String, fan: LineChart, budget: LineChart?)] {
    let percent = indicator?.isPercentage ?? false
    let formatY: @Sendable (Double) -> String = { value in
      let n = NumberFormat(l)
      return percent ? n.fixed(value, decimals: 0) + "%" : n.exact(value)
    }
    return cases.map { c in
      var fan = LineChart(
        title: c.name, formatY: formatY, formatX: { String(Int($0.rounded())) },
        attributes: [("class", "chart renstra-chart")])
      fan.xTitle = l.text(id: "Tahun", en: "Year")
      fan.yTitle = indicator.map { LineChart.unitTitle(of: $0, in: l) }
      fan.xDomain = Double(period.lowerBound - 1)...Double(period.upperBound)
      if let indicator {
        fan.yLimits = (indicator.lowerBound ?? -.infinity)...(indicator.upperBound ?? .infinity)
      }
      let start = baseline.map { [(x: Double($0.year), lower: $0.value, upper: $0.value)] } ?? []
      fan.bands.append(
        LineChart.Band(
          name: "P10–P90",
          points: start
            + c.years.map { (x: Double($0.year), lower: $0.indicator.p10, upper: $0.indicator.p90) },
          cssClass: "band-80"))
      let origin = baseline.map { [(x: Double($0.year), y: $0.value)] } ?? []
      fan.series.append(
        LineChart.Series(
          name: l.text(id: "Proyeksi (median)", en: "Forecast (median)"),
          points: origin + c.years.map { (x: Double($0.year), y: $0.indicator.median) },
          cssClass: "forecast", dots: true, dashed: false))
      let path = pathsByScenario[c.name] ?? []
      let planned =
        path.isEmpty
        ? c.years.compactMap { y in targets[y.year].map { (x: Double(y.year), y: $0) } }
        : path.map { (x: Double($0.year), y: $0.value) }
      if !planned.isEmpty {
        fan.series.append(
          LineChart.Series(
            name: "Target", points: planned, cssClass: "target-path", dots: true, dashed: true))
      }
      var bars: LineChart?
      if let budget {
        let means = c.years.compactMap { y in
          y.outputs.first(where: { $0.name == budget }).map { (y.year, $0.summary.mean) }
        }
        // The axis in Rp juta or miliar, as budgets are read.
        let axis = LineChart.rupiahAxis(largest: means.map(\.1).max() ?? 0, in: l)
        var chart = LineChart(
          title: budget, formatY: axis.format, formatX: { String(Int($0.rounded())) },
          attributes: [("class", "chart budget-chart")])
        chart.xDomain = Double(period.lowerBound) - 0.5...Double(period.upperBound) + 0.5
        chart.xTitle = l.text(id: "Tahun", en: "Year")
        chart.yTitle = l.text(id: "Anggaran (", en: "Budget (") + axis.title + ")"
        chart.width = 480
        chart.plotHeight = 170
        chart.printWidth = 120
        chart.yLimits = 0...Double.infinity
        for (year, mean) in means {
          chart.whiskers.append(
            LineChart.Whisker(
              label: "\(year): " + ValueStyle.rupiah.text(mean, in: l), x: Double(year), low: 0,
              middle: mean, high: mean, cssClass: "budget-bar",
              legend: l.text(id: "Anggaran per tahun", en: "Budget per year")))
        }
        bars = chart
      }
      return (c.name, fan, bars)
    }
  }
}
