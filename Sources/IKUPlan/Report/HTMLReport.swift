/// One self-contained HTML file for the head of agency: a composition of
/// documents rendered by ``HTMLRenderer``.
///
/// In order: the decisions to make (``Decisions``: a page of its own), the
/// review (``DatasetReview/document(_:in:)``: the finished year's capaian
/// when there is one, then the overview table), one section per indicator
/// (``IndicatorSection``: chart and findings), the mid-year review with a
/// chart per indicator, and the scenarios.
///
/// Self-contained means inline CSS and SVG only — no script, font or image
/// fetched from anywhere — so it reads offline and survives email. The
/// markup is XHTML-compatible (it parses as XML) and every text from input
/// files is escaped (``Element``). It prints on A4 (``HTMLRenderer``, ``layoutCSS``): page
/// numbers in the bottom margin, the decisions alone on page 1, no chart
/// split across pages; and reflows on a phone.
public struct HTMLReport: Sendable {
  let review: DatasetReview
  let midYear: MidYearReview?
  let scenarios: [(name: String, analysis: ScenarioAnalysis)]
  let renstra: [(name: String, analysis: RenstraAnalysis)]
  let language: Language
  let date: ReportDate

  /// Creates a report from a review, and optionally the mid-year review and
  /// scenario analyses of the same dataset, dated `date` (default today).
  public init(
    review: DatasetReview, midYear: MidYearReview? = nil,
    scenarios: [(name: String, analysis: ScenarioAnalysis)] = [],
    renstra: [(name: String, analysis: RenstraAnalysis)] = [], language: Language,
    date: ReportDate = .today()
  ) {
    self.review = review
    self.midYear = midYear
    self.scenarios = scenarios
    self.renstra = renstra
    self.language = language
    self.date = date
  }

  /// The report's title: `Laporan IKU 2025 — Dinas …`.
  public var title: String {
    language.text(id: "Laporan IKU \(review.year)", en: "IKU report \(review.year)") + " — "
      + review.title
  }

  /// The first page's document (also the report workbook's first sheet).
  public var decisions: Decisions {
    Decisions(
      review: review, date: date,
      illustrative: !review.illustrativeYears.isEmpty
        || midYear?.projections.contains(where: \.illustrative) == true
        || scenarios.contains(where: { $0.analysis.illustrative })
        || renstra.contains(where: { $0.analysis.illustrative }),
      hasMidYear: midYear != nil)
  }

  /// The report as one document for a workbook (`report --output
  /// FILE.xlsx`).
  ///
  /// The decisions come first (the first table sheet, after the
  /// notes sheet every workbook opens with), then the review, the mid-year
  /// review and each scenario file's document, one sheet per table. Charts
  /// are the page's: a workbook holds the numbers they draw.
  public var workbookDocument: Document {
    let l = language
    let parts =
      [decisions.document(in: l), review.document(.overview, in: l)]
      + (midYear.map { [$0.document(in: l)] } ?? [])
      + scenarios.map { $0.analysis.document(in: l) } + renstra.map { $0.analysis.document(in: l) }
    return Document.combining(parts, title: title, language: l)
  }

  /// The page.
  public var html: String {
    let l = language
    let renderer = HTMLRenderer()
    var body: [Element] = [Element("header", [], [.element(Element("h1", text: title))])]
    body.append(
      renderer.section(decisions.document(in: l), attributes: [("class", "decisions")]))
    body.append(
      renderer.section(review.document(.overview, in: l), attributes: [("class", "review")]))
    let assessment = review.assessment
    for r in review.indicators {
      let section = IndicatorSection(
        review: r,
        assessed: assessment?.rows.first { $0.indicator.code == r.indicator.code },
        assessedYear: assessment?.year)
      body.append(
        renderer.section(
          section.document(in: l),
          attributes: [("class", "indicator"), ("data-code", r.indicator.code)]))
    }
    if let midYear {
      let section = MidYearSection(review: midYear)
      var part = renderer.section(section.document(in: l), attributes: [("class", "midyear")])
      part.add(
        Element(
          "div", [("class", "chart-grid")],
          section.charts(in: l).map {
            .element(renderer.section($0, level: 3, attributes: [("class", "midyear-card")]))
          }))
      body.append(part)
    }
    for (_, analysis) in scenarios {
      body.append(
        renderer.section(analysis.document(in: l), attributes: [("class", "scenarios")]))
    }
    for (_, analysis) in renstra {
      body.append(renderer.section(analysis.document(in: l), attributes: [("class", "renstra")]))
    }
    body.append(
      Element(
        "footer",
        text: l.text(
          id: "Dibuat dengan ikuplan pada \(date.text(in: l)). Proyeksi = median; pita ="
            + " interval prediksi 80% dan 95%; peluang = kemungkinan mencapai target menurut"
            + " proyeksi.",
          en: "Made with ikuplan on \(date.text(in: l)). Forecast = median; bands = 80% and 95%"
            + " prediction intervals; chance = probability of attaining the target by the"
            + " forecast.")))
    return renderer.page(title: title, language: l, body: body, css: Self.layoutCSS)
  }

  /// The report's layout: sections, the mid-year grid, and A4 print.
  ///
  /// On paper (the renderer's A4 pages, ``HTMLRenderer/printCSS(in:)``)
  /// an indicator's section and a mid-year card are never split either.
  /// The decisions open page 1 and fill most of it for a sheet of six
  /// indicators; what follows starts below them rather than on a new page,
  /// so that a shorter sheet leaves no third of page 1 blank.
  static let layoutCSS = """
    header h1 { margin-bottom: 8px; }
    section.decisions td:last-child { min-width: 16em; }
    section.decisions td:first-child, section.review td:first-child { white-space: nowrap; }
    section.decisions ul { font-size: 0.9em; }
    .chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr));
      gap: 6mm; }
    section.midyear-card h3 { font-size: 0.95em; }
    section.midyear-card p { font-size: 0.86em; }
    footer { margin-top: 28px; font-size: 0.8em; color: #52606d; }
    @media print {
      section.indicator, section.midyear-card { break-inside: avoid; }
      .chart-grid { grid-template-columns: 1fr 1fr; }
    }

    """
}
