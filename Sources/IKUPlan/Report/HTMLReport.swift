import IKUForecast

/// One self-contained HTML file for the head of agency: provenance, a
/// summary table and, per indicator, a chart of its history, forecast fan,
/// proposed and recommended targets; the mid-year position and the
/// scenarios when the dataset has them.
///
/// Self-contained means inline CSS and SVG only — no script, font or image
/// fetched from anywhere — so it reads offline and survives email. The
/// markup is XHTML-compatible (it parses as XML), every text from input
/// files is escaped (``Element``), it prints on A4 without splitting a chart
/// and reflows on a phone.
public struct HTMLReport: Sendable {
  let review: DatasetReview
  let midYear: MidYearReview?
  let scenarios: [(name: String, analysis: ScenarioAnalysis)]
  let renstra: [(name: String, analysis: RenstraAnalysis)]
  let language: Language

  /// Creates a report from a review, and optionally the mid-year review and
  /// scenario analyses of the same dataset.
  public init(
    review: DatasetReview, midYear: MidYearReview? = nil,
    scenarios: [(name: String, analysis: ScenarioAnalysis)] = [],
    renstra: [(name: String, analysis: RenstraAnalysis)] = [], language: Language
  ) {
    self.review = review
    self.midYear = midYear
    self.scenarios = scenarios
    self.renstra = renstra
    self.language = language
  }

  /// The document.
  public var html: String {
    let l = language
    var body = Element("body")
    var header = Element("header")
    header.add(
      Element(
        "h1",
        text: l.text(id: "Laporan IKU \(review.year)", en: "IKU report \(review.year)") + " — "
          + review.title))
    if !review.source.isEmpty {
      header.add(
        Element(
          "p", [("class", "source")], text: l.text(id: "Sumber: ", en: "Source: ") + review.source))
    }
    if !review.illustrativeYears.isEmpty
      || midYear?.projections.contains(where: \.illustrative) == true
      || scenarios.contains(where: { $0.analysis.illustrative })
      || renstra.contains(where: { $0.analysis.illustrative })
    {
      let years = DatasetReview.span(review.illustrativeYears)
      header.add(
        Element(
          "p", [("class", "illustrative")],
          text: l.text(
            id: "Perhatian: laporan ini memakai nilai ilustrasi, bukan data resmi"
              + (years.isEmpty ? "" : " (tahun \(years))")
              + ". Ganti dengan data dinas sebelum dipakai.",
            en: "Note: this report uses illustrative values, not official data"
              + (years.isEmpty ? "" : " (years \(years))")
              + ". Replace them with the agency's data before use.")))
    }
    body.add(header)
    if let assessment = review.assessment { body.add(assessmentSection(assessment)) }
    body.add(summary())
    for indicator in review.indicators { body.add(section(indicator)) }
    if let midYear { body.add(midYearSection(midYear)) }
    for (name, analysis) in scenarios { body.add(scenarioSection(name, analysis)) }
    for (name, analysis) in renstra { body.add(renstraSection(name, analysis)) }
    body.add(
      Element(
        "footer",
        text: l.text(
          id: "Dibuat dengan ikuplan. Proyeksi = median; pita = interval prediksi 80% dan 95%;"
            + " peluang = kemungkinan mencapai target menurut proyeksi.",
          en: "Made with ikuplan. Forecast = median; bands = 80% and 95% prediction intervals;"
            + " chance = probability of attaining the target by the forecast.")))

    var head = Element("head")
    head.add(Element("meta", [("charset", "utf-8")]))
    head.add(
      Element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]))
    head.add(Element("title", text: "IKU \(review.year) — \(review.title)"))
    head.add(Element("style", text: Self.css))
    let html = Element(
      "html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", l.rawValue)],
      [.element(head), .element(body)])
    return "<!DOCTYPE html>\n" + html.rendered + "\n"
  }

  // MARK: - Parts

  /// The finished year before the one reviewed: target, realisation and
  /// capaian per indicator.
  private func assessmentSection(_ assessment: YearAssessment) -> Element {
    let l = language
    var section = Element("section", [("class", "assessment")])
    section.add(Element("h2", text: assessment.heading(in: l)))
    let rows = assessment.table(in: l, whole: true)
    var table = Element("table", [("class", "summary")])
    var head = Element("tr")
    for title in rows[0] { head.add(Element("th", text: title)) }
    table.add(Element("thead", [], [.element(head)]))
    var body = Element("tbody")
    for cells in rows.dropFirst() {
      var row = Element("tr")
      for (cell, isNumber) in zip(cells, YearAssessment.rightAligned) {
        row.add(Element("td", isNumber ? [("class", "number")] : [], text: cell))
      }
      body.add(row)
    }
    table.add(body)
    section.add(table)
    return section
  }

  private func summary() -> Element {
    let l = language
    var table = Element("table", [("class", "summary")])
    let last = review.indicators.compactMap(\.lastActual?.year).max().map(String.init) ?? ""
    var head = Element("tr")
    for title in [
      l.text(id: "Kode", en: "Code"), l.text(id: "Indikator", en: "Indicator"),
      l.text(id: "Realisasi \(last)", en: "Actual \(last)"),
      l.text(id: "Proyeksi \(review.year) (80%)", en: "Forecast \(review.year) (80%)"),
      "Target \(review.year)", l.text(id: "Peluang", en: "Chance"),
      l.text(id: "Kategori", en: "Category"), l.text(id: "Catatan", en: "Notes"),
      l.text(id: "Saran target", en: "Recommended"),
    ] {
      head.add(Element("th", text: title))
    }
    table.add(Element("thead", [], [.element(head)]))
    var body = Element("tbody")
    for r in review.indicators {
      var row = Element("tr")
      row.add(Element("td", text: r.indicator.code))
      row.add(Element("td", text: r.indicator.name))
      row.add(
        Element("td", [("class", "number")], text: r.lastActual.map { r.show($0.value, l) } ?? "–"))
      row.add(Element("td", [("class", "number")], text: r.projection(l)))
      row.add(
        Element("td", [("class", "number")], text: r.targetRange.map { r.show($0, l) } ?? "–"))
      row.add(
        Element(
          "td", [("class", "number")], text: DatasetReview.percent(r.probabilityOfAttaining, l)))
      row.add(Element("td", text: r.achievement?.category.label(in: l) ?? "–"))
      var notes = Element("td")
      for flag in r.flags {
        notes.add(
          Element(
            "span", [("class", "flag \(flag.severity.rawValue)"), ("title", flag.message(in: l))],
            text: r.label(flag, l)))
      }
      row.add(notes)
      row.add(
        Element(
          "td", [("class", "number")],
          text: r.suggestions.map { r.show($0.recommended.value, l) } ?? "–"))
      body.add(row)
    }
    table.add(body)
    return Element("div", [("class", "table-wrap")], [.element(table)])
  }

  private func section(_ r: IndicatorReview) -> Element {
    let l = language
    var section = Element("section", [("class", "indicator"), ("data-code", r.indicator.code)])
    section.add(Element("h2", text: "\(r.indicator.code) · \(r.indicator.name)"))
    section.add(Element("div", [("class", "chart-wrap")], [.element(chart(r).svg)]))
    var notes = Element("ul", [("class", "notes")])
    if let recommended = r.suggestions?.recommended {
      notes.add(
        Element(
          "li",
          text: l.text(id: "Saran target: ", en: "Recommended target: ")
            + r.show(recommended.value, l) + " — " + recommended.reason(in: l)))
    }
    for flag in r.flags {
      notes.add(
        Element("li", [("class", "flag-text \(flag.severity.rawValue)")], text: flag.message(in: l))
      )
    }
    if !r.indicator.formula.isEmpty {
      notes.add(
        Element(
          "li", [("class", "formula")],
          text: l.text(id: "Formula: ", en: "Formula: ") + r.indicator.formula))
    }
    section.add(notes)
    return section
  }

  /// The chart of one indicator.
  func chart(_ r: IndicatorReview) -> LineChart {
    let l = language
    let format: @Sendable (Double) -> String = { [indicator = r.indicator] value in
      let n = NumberFormat(l)
      let decimals = abs(value - value.rounded()) < 1e-9 ? 0 : 1
      return indicator.isPercentage
        ? n.fixed(value, decimals: decimals) + "%" : n.fixed(value, decimals: decimals)
    }
    var chart = LineChart(
      title: "\(r.indicator.code) · \(r.indicator.name)", formatY: format,
      attributes: [("data-code", r.indicator.code), ("class", "chart indicator-chart")])
    chart.yLimits = (r.indicator.lowerBound ?? -.infinity)...(r.indicator.upperBound ?? .infinity)
    let history = r.history.map { (x: Double($0.year), y: $0.value) }
    chart.series.append(
      LineChart.Series(
        name: l.text(id: "Realisasi", en: "Actual"), points: history, cssClass: "actual",
        dots: true,
        dashed: false))
    // The straight-line trend through the history, for orientation.
    if history.count >= 3,
      let design = try? DesignMatrix(columns: [
        .intercept(count: history.count), .variable("year", history.map(\.x)),
      ]),
      let fit = try? LeastSquares().fit(design, response: history.map(\.y))
    {
      let trend = history.map {
        (x: $0.x, y: fit.coefficients[0] + fit.coefficients[1] * $0.x)
      }
      chart.series.append(
        LineChart.Series(
          name: l.text(id: "Tren garis lurus", en: "Straight-line trend"), points: trend,
          cssClass: "trend", dots: false, dashed: true))
    }
    if let last = r.lastActual, r.forecast != nil {
      let steps = r.steps.prefix(max(r.year - last.year, 0))
      for level in [0.95, 0.8] {
        var points = [(x: Double(last.year), lower: last.value, upper: last.value)]
        for (h, step) in steps.enumerated() {
          guard let interval = step.intervals.first(where: { $0.level == level }) else { continue }
          points.append(
            (x: Double(last.year + h + 1), lower: interval.lower, upper: interval.upper))
        }
        if points.count > 1 {
          chart.bands.append(
            LineChart.Band(
              name: l.text(
                id: "Interval \(Int(level * 100))%", en: "\(Int(level * 100))% interval"),
              points: points, cssClass: "band-\(Int(level * 100))"))
        }
      }
      chart.series.append(
        LineChart.Series(
          name: l.text(id: "Proyeksi (median)", en: "Forecast (median)"),
          points: [(x: Double(last.year), y: last.value)]
            + steps.enumerated().map {
              (x: Double(last.year + $0.offset + 1), y: $0.element.median)
            },
          cssClass: "forecast", dots: false, dashed: true))
    }
    if let range = r.targetRange {
      // A range's marker sits at the end that binds (its lower end for a
      // `stabil` indicator); the label shows the whole range.
      let y = range.bindingEnd(for: r.indicator.polarity) ?? range.lower
      chart.markers.append(
        LineChart.Marker(
          label: "Target " + r.show(range, l), x: Double(r.year), y: y, shape: .diamond,
          cssClass: "target"))
    }
    if let recommended = r.suggestions?.recommended, recommended.value != r.target {
      chart.markers.append(
        LineChart.Marker(
          label: l.text(id: "Saran ", en: "Recommended ") + r.show(recommended.value, l),
          x: Double(r.year), y: recommended.value, shape: .circle, cssClass: "recommended"))
    }
    // Bounds matter when the values come within a fifth of the range of them.
    let values =
      history.map(\.y)
      + [r.target, r.targetRange?.upper, r.forecast?.intervals.last?.upper].compactMap { $0 }
    if let high = values.max(), let low = values.min() {
      let span = max(high - low, 1)
      if let upper = r.indicator.upperBound, upper - high < span {
        chart.rules.append(LineChart.Rule(label: format(upper), y: upper, cssClass: "bound"))
      }
      if let lower = r.indicator.lowerBound, low - lower < span {
        chart.rules.append(LineChart.Rule(label: format(lower), y: lower, cssClass: "bound"))
      }
    }
    return chart
  }

  private func midYearSection(_ m: MidYearReview) -> Element {
    let l = language
    var section = Element("section", [("class", "midyear")])
    section.add(
      Element(
        "h2",
        text: l.text(
          id: "Posisi triwulan \(m.quarter) tahun \(m.year)",
          en: "Position at quarter \(m.quarter) of \(m.year)")))
    for p in m.projections {
      let format: @Sendable (Double) -> String = { [indicator = p.indicator] value in
        let n = NumberFormat(l)
        return indicator.isPercentage
          ? n.fixed(value, decimals: 1) + "%" : n.fixed(value, decimals: 0)
      }
      var chart = LineChart(
        title: "\(p.indicator.code) — " + l.text(id: "s.d. triwulan", en: "year to date"),
        formatY: format, formatX: { "TW \(Int($0.rounded()))" },
        attributes: [("data-code", p.indicator.code), ("class", "chart midyear-chart")])
      chart.xDomain = 1...4
      chart.yLimits =
        (p.indicator.lowerBound ?? -.infinity)...(p.indicator.upperBound ?? .infinity)
      let ytd = p.yearToDateByQuarter.map { (x: Double($0.quarter), y: $0.value) }
      chart.series.append(
        LineChart.Series(
          name: l.text(id: "Realisasi s.d. triwulan", en: "Year to date"), points: ytd,
          cssClass: "actual", dots: true, dashed: false))
      if let interval = p.intervals.first {
        chart.whiskers.append(
          LineChart.Whisker(
            label: l.text(id: "Proyeksi akhir tahun", en: "Year-end projection"), x: 4,
            low: interval.lower, middle: p.median, high: interval.upper, cssClass: "projection"))
      }
      if let range = p.targetRange {
        let y = range.bindingEnd(for: p.indicator.polarity) ?? range.lower
        chart.rules.append(
          LineChart.Rule(
            label: "Target " + range.text(format), y: y, cssClass: "target-rule"))
      }
      section.add(Element("h3", text: "\(p.indicator.code) · \(p.indicator.name)"))
      section.add(Element("div", [("class", "chart-wrap small")], [.element(chart.svg)]))
      section.add(
        Element(
          "p",
          text: (p.status?.label(in: l) ?? "–") + " · " + l.text(id: "peluang ", en: "chance ")
            + DatasetReview.percent(p.probabilityOfAttaining, l) + " · "
            + p.basis.description(in: l)))
    }
    return section
  }

  private func scenarioSection(_ name: String, _ a: ScenarioAnalysis) -> Element {
    let l = language
    var section = Element("section", [("class", "scenarios")])
    section.add(
      Element("h2", text: l.text(id: "Skenario: ", en: "Scenarios: ") + name))
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
    for (i, c) in a.cases.enumerated() {
      chart.whiskers.append(
        LineChart.Whisker(
          label: "\(c.name): median \(c.indicator.median)", x: Double(i + 1), low: c.indicator.p10,
          middle: c.indicator.median, high: c.indicator.p90, cssClass: "projection"))
    }
    if let target = a.target {
      chart.rules.append(LineChart.Rule(label: "Target", y: target, cssClass: "target-rule"))
    }
    section.add(Element("div", [("class", "chart-wrap")], [.element(chart.svg)]))
    if let goal = a.goal, let value = goal.value {
      section.add(
        Element(
          "p",
          text: l.text(
            id: "Target dengan peluang \(Int(goal.wanted * 100))%: \(goal.driver) = ",
            en: "Target with probability \(Int(goal.wanted * 100))%: \(goal.driver) = ")
            + NumberFormat(l).fixed(value, decimals: 0)))
    }
    return section
  }

  /// A multi-year scenario file: the Renstra table, then per scenario the
  /// fan chart across the period with the target path, and the budget.
  private func renstraSection(_ name: String, _ a: RenstraAnalysis) -> Element {
    let l = language
    var section = Element("section", [("class", "renstra")])
    section.add(
      Element(
        "h2",
        text: l.text(
          id: "Renstra \(a.period.lowerBound)–\(a.period.upperBound): ",
          en: "Renstra \(a.period.lowerBound)–\(a.period.upperBound): ") + name))
    let htmlTable = a.renstraTableElement(in: l, cssClass: "summary renstra-table")
    section.add(Element("div", [("class", "table-wrap")], [.element(htmlTable)]))
    for (scenario, fan, budget) in a.charts(in: l) {
      section.add(Element("h3", text: scenario))
      section.add(Element("div", [("class", "chart-wrap")], [.element(fan.svg)]))
      if let budget {
        section.add(Element("div", [("class", "chart-wrap small")], [.element(budget.svg)]))
      }
    }
    return section
  }

  // MARK: - Style

  static let css = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 0 auto;
      max-width: 1040px; padding: 16px; color: #1d2733; line-height: 1.4; }
    h1 { font-size: 1.5em; margin: 0 0 4px; }
    h2 { font-size: 1.15em; margin: 24px 0 6px; border-bottom: 2px solid #d9e2ec; }
    h3 { font-size: 1em; margin: 14px 0 4px; }
    .source { color: #52606d; margin: 2px 0; font-size: 0.9em; }
    .illustrative { background: #fff4e5; border-left: 4px solid #e8890c; padding: 6px 10px;
      margin: 8px 0; font-size: 0.92em; }
    .table-wrap { overflow-x: auto; }
    table.summary { border-collapse: collapse; width: 100%; font-size: 0.86em; margin-top: 12px; }
    table.summary th, table.summary td { border-bottom: 1px solid #d9e2ec; padding: 5px 6px;
      text-align: left; vertical-align: top; }
    table.summary th { background: #f0f4f8; }
    td.number { text-align: right; white-space: nowrap; }
    .flag { display: inline-block; border-radius: 3px; padding: 0 5px; margin: 1px 2px;
      font-size: 0.85em; white-space: nowrap; }
    .flag.error { background: #fde2e1; color: #a61b1b; }
    .flag.warning { background: #fff1d6; color: #8a4b00; }
    .flag.info { background: #e6eef7; color: #334e68; }
    .flag-text.error { color: #a61b1b; }
    .flag-text.warning { color: #8a4b00; }
    section { break-inside: avoid; page-break-inside: avoid; }
    .chart-wrap { max-width: 720px; }
    .chart-wrap.small { max-width: 520px; }
    svg.chart { width: 100%; height: auto; font-size: 11px; }
    .grid { stroke: #e4e9ef; stroke-width: 1; }
    .axis-line { stroke: #9aa5b1; }
    .tick-x, .tick-y, .rule-label { fill: #52606d; }
    polyline.actual { fill: none; stroke: #1f4e79; stroke-width: 2.2; }
    .actual-dot { fill: #1f4e79; }
    polyline.trend { fill: none; stroke: #829ab1; stroke-width: 1.2; }
    polyline.forecast { fill: none; stroke: #2f80ed; stroke-width: 2; }
    .band-95 { fill: #cfe3fb; }
    .band-80 { fill: #9cc5f5; }
    .target { fill: #d64545; stroke: #fff; stroke-width: 1; }
    .target-label { fill: #a61b1b; font-weight: bold; }
    .recommended { fill: #2f9e5b; stroke: #fff; stroke-width: 1; }
    .recommended-label { fill: #1e7042; }
    .bound { stroke: #9aa5b1; stroke-dasharray: 2 3; }
    .target-rule { stroke: #d64545; stroke-dasharray: 6 3; }
    line.projection { stroke: #2f80ed; stroke-width: 6; stroke-linecap: round; opacity: 0.55; }
    polyline.target-path { fill: none; stroke: #d64545; stroke-width: 2; }
    .target-path-dot { fill: #d64545; }
    line.budget-bar { stroke: #2f9e5b; stroke-width: 22; opacity: 0.8; }
    .projection-dot { fill: #1f4e79; }
    ul.notes { font-size: 0.88em; margin: 4px 0 0; padding-left: 18px; }
    .formula { color: #52606d; }
    footer { margin-top: 28px; font-size: 0.8em; color: #52606d; }
    @media (max-width: 600px) { body { padding: 8px; } h1 { font-size: 1.2em; } }
    @page { size: A4; margin: 14mm; }
    @media print { body { max-width: none; padding: 0; } .table-wrap { overflow: visible; } }
    """
}
