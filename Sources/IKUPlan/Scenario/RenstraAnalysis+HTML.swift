extension RenstraAnalysis {
  /// The Renstra table (``renstraTable(in:)``) as an HTML `table`
  /// element, every cell as the text renderer writes it (every text
  /// escaped).
  func renstraTableElement(in l: Language, cssClass: String) -> Element {
    let table = renstraTable(in: l)
    let words = TextRenderer()
    var element = Element("table", [("class", cssClass)])
    var head = Element("tr")
    for column in table.columns { head.add(Element("th", text: column.title)) }
    element.add(head)
    for row in table.rows {
      var tr = Element("tr")
      for cell in row {
        let number: Bool
        switch cell {
        case .number, .interval: number = true
        case .text, .missing: number = false
        }
        tr.add(Element("td", number ? [("class", "number")] : [], text: words.text(cell, l)))
      }
      element.add(tr)
    }
    return element
  }

  /// The table as a self-contained HTML document (inline CSS, every text
  /// escaped).
  public func renstraHTML(in l: Language) -> String {
    let htmlTable = renstraTableElement(in: l, cssClass: "renstra")
    var body = Element("body")
    body.add(
      Element(
        "h1",
        text: l.text(id: "Tabel Renstra ", en: "Renstra table ")
          + "\(period.lowerBound)–\(period.upperBound)"))
    if illustrative {
      body.add(
        Element(
          "p", [("class", "illustrative")],
          text: l.text(
            id: "Nilai ilustrasi, bukan data resmi.", en: "Illustrative values, not official data.")
        ))
    }
    body.add(Element("div", [("class", "table-wrap")], [.element(htmlTable)]))
    for (name, fan, budget) in charts(in: l) {
      body.add(Element("h2", text: name))
      body.add(Element("div", [("class", "chart-wrap")], [.element(fan.svg)]))
      if let budget {
        body.add(Element("div", [("class", "chart-wrap small")], [.element(budget.svg)]))
      }
    }
    var headElement = Element("head")
    headElement.add(Element("meta", [("charset", "utf-8")]))
    headElement.add(Element("title", text: "Renstra \(period.lowerBound)–\(period.upperBound)"))
    headElement.add(
      Element(
        "style",
        text: """
          body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 16px; color: #1d2733; }
          table.renstra { border-collapse: collapse; font-size: 0.86em; }
          table.renstra th, table.renstra td { border: 1px solid #9aa5b1; padding: 4px 6px; }
          table.renstra th { background: #f0f4f8; }
          td.number { text-align: right; white-space: nowrap; }
          .illustrative { background: #fff4e5; border-left: 4px solid #e8890c; padding: 6px 10px; }
          """ + HTMLReport.css))
    let html = Element(
      "html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", l.rawValue)],
      [.element(headElement), .element(body)])
    return "<!DOCTYPE html>\n" + html.rendered + "\n"
  }
}

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
        var chart = LineChart(
          title: budget, formatY: { ValueStyle.rupiah.text($0, in: l) },
          formatX: { String(Int($0.rounded())) }, attributes: [("class", "chart budget-chart")])
        chart.xDomain = Double(period.lowerBound) - 0.5...Double(period.upperBound) + 0.5
        for y in c.years {
          guard let mean = y.outputs.first(where: { $0.name == budget })?.summary.mean else {
            continue
          }
          chart.whiskers.append(
            LineChart.Whisker(
              label: "\(y.year): \(mean)", x: Double(y.year), low: 0, middle: mean, high: mean,
              cssClass: "budget-bar"))
        }
        bars = chart
      }
      return (c.name, fan, bars)
    }
  }
}
