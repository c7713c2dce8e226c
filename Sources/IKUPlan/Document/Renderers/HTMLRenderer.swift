/// A ``Document`` as HTML: a self-contained page (``render(_:)``), or a
/// `<section>` of a larger page (``section(_:level:attributes:)``, the
/// report's parts).
///
/// Every text goes through ``Element``, the one place where markup is
/// written and escaped. Names are whole; a table's detail columns, which
/// are for spreadsheets, are left out as in text. Tables are plain `<table>`s with
/// a `<thead>` and a `<tbody>`, as Word and LibreOffice take them when
/// pasted: cells hold the numbers as people read them in the document's
/// language (``ValueStyle``: `39,67%`, `5.517`, `Rp 1,62 miliar`), and a
/// column of numbers is right-aligned by an inline style as well as by a
/// class, so that it stays right-aligned where the page's stylesheet does
/// not go. Charts (``Document/Chart``) are inline SVG, at most their print
/// width wide.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The document as a self-contained page (inline CSS, nothing fetched).
  public func render(_ document: Document) -> String {
    page(
      title: document.title, language: document.language,
      body: [section(document, level: 1)])
  }

  /// A page with `body` inside `<body>` and the renderer's stylesheet
  /// followed by `css`.
  ///
  /// The stylesheet is the raw text of a `<style>` element, which an HTML
  /// parser does not decode: it must hold no `&`, `<` or `>` (they would
  /// reach the browser as entities).
  func page(title: String, language: Language, body: [Element], css: String = "") -> String {
    let css = Self.css + Self.printCSS(in: language) + css
    precondition(!css.contains { "&<>".contains($0) }, "a stylesheet without & < >")
    var head = Element("head")
    head.add(Element("meta", [("charset", "utf-8")]))
    head.add(
      Element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]))
    head.add(Element("title", text: title))
    head.add(Element("style", text: css))
    let html = Element(
      "html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", language.rawValue)],
      [.element(head), .element(Element("body", [], body.map { .element($0) }))])
    return "<!DOCTYPE html>\n" + html.rendered + "\n"
  }

  /// The document as a `<section>`: its title as a heading of `level`
  /// (1–5), its notes, then its blocks (headings one level below).
  public func section(
    _ document: Document, level: Int = 2, attributes: [(String, String)] = []
  )
    -> Element
  {
    precondition((1...5).contains(level), "a section heading is h1 to h5 (its headings one below)")
    let language = document.language
    var section = Element("section", attributes)
    var opening = [Element("h\(level)", text: document.title)]
    for note in document.notes {
      let kind: String
      switch note.kind {
      case .source: kind = "source"
      case .warning: kind = "warning"
      }
      opening.append(Element("p", [("class", "note \(kind)")], text: note.text))
    }
    // A planning form wider than A4 portrait can hold (the Renstra table's
    // 16 columns) prints on a landscape page of its own, with the heading
    // just before it — and the document's title and notes when it opens
    // the document — rather than shrinking every page to fit it.
    func isWide(_ block: Document.Block?) -> Bool {
      guard case .table(let table)? = block else { return false }
      return table.withoutDetails.columns.count > Self.portraitColumns
    }
    let blocks = document.blocks
    let opensWide =
      isWide(blocks.first)
      || (blocks.count > 1 && isWide(blocks[1])
        && {
          if case .heading = blocks[0] { return true }
          return false
        }())
    var pendingOpening: [Element] = []
    if opensWide {
      pendingOpening = opening
    } else {
      for element in opening { section.add(element) }
    }
    var wideHeading: String?
    for (index, block) in document.blocks.enumerated() {
      let next = document.blocks.indices.contains(index + 1) ? document.blocks[index + 1] : nil
      switch block {
      case .heading(let text) where isWide(next):
        wideHeading = text
      case .heading(let text):
        section.add(Element("h\(level + 1)", text: text))
      case .paragraph(let text):
        section.add(Element("p", text: text))
      case .list(let items):
        section.add(Element("ul", [], items.map { .element(Element("li", text: $0)) }))
      case .table(let whole) where isWide(block):
        var wrap = Element("div", [("class", "table-wrap wide")])
        for element in pendingOpening { wrap.add(element) }
        pendingOpening = []
        if let heading = wideHeading { wrap.add(Element("h\(level + 1)", text: heading)) }
        wrap.add(self.table(whole.withoutDetails, language))
        section.add(wrap)
        wideHeading = nil
      case .table(let whole):
        section.add(
          Element(
            "div", [("class", "table-wrap")], [.element(self.table(whole.withoutDetails, language))]
          ))
      case .chart(let chart):
        section.add(
          Element(
            "div",
            [
              ("class", "chart-wrap"),
              ("style", "max-width: \(coordinate(chart.drawing.printWidth))mm"),
            ],
            [.element(chart.drawing.svg)]))
      }
    }
    return section
  }

  /// A table: header cells in `<thead>`, one `<tr>` per row in `<tbody>`,
  /// numeric columns right-aligned.
  func table(_ table: Document.Table, _ language: Language) -> Element {
    let numeric = TextRenderer.numericColumns(table)
    let right = [("class", "number"), ("style", "text-align: right")]
    let text = TextRenderer()
    var head = Element("tr")
    for (column, title) in zip(numeric, table.columns.map(\.title)) {
      head.add(Element("th", column ? right : [], text: title))
    }
    var body = Element("tbody")
    for cells in table.rows {
      var row = Element("tr")
      for (column, cell) in zip(numeric, cells) {
        row.add(Element("td", column ? right : [], text: text.text(cell, language)))
      }
      body.add(row)
    }
    return Element("table", [], [.element(Element("thead", [], [.element(head)])), .element(body)])
  }

  /// The most columns a table printed on A4 portrait holds at 9 pt; a
  /// wider one prints on a landscape page.
  static let portraitColumns = 11

  /// The stylesheet of documents and of printing them, for a page that
  /// links it rather than holding it (the workspace's pages).
  public static func stylesheet(in l: Language) -> String { css + printCSS(in: l) }

  /// Paper: A4 with 12 mm margins above, 15 mm at the sides (180 mm of
  /// text width, which the charts' print widths assume), a page number
  /// `Halaman n dari m` in the bottom margin (CSS counters in an `@page`
  /// margin box, which Chromium prints), and a landscape page (a named
  /// page, `page: wide`) for a table wider than ``portraitColumns``.
  static func printCSS(in l: Language) -> String {
    let page = l.text(id: "Halaman ", en: "Page ")
    let of = l.text(id: " dari ", en: " of ")
    return """
      @page { size: A4; margin: 12mm 15mm 15mm 15mm;
        @bottom-center { content: "\(page)" counter(page) "\(of)" counter(pages);
          font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #52606d; } }
      @page wide { size: A4 landscape; }
      @media print {
        body { font-size: 10pt; }
        table { font-size: 9pt; }
        th, td { padding: 3px 4px; }
        td.number { white-space: normal; }
        .table-wrap.wide { page: wide; }
        .chart-wrap, tr { break-inside: avoid; }
        h1, h2, h3, p.note { break-after: avoid; break-inside: avoid; }
      }

      """
  }

  /// The stylesheet of documents: type, tables, notes, charts (colours of
  /// lines, bands and markers by their classes).
  static let css = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 0 auto;
      max-width: 1040px; padding: 16px; color: #1d2733; line-height: 1.4; }
    h1 { font-size: 1.5em; margin: 0 0 4px; }
    h2 { font-size: 1.2em; margin: 22px 0 6px; border-bottom: 2px solid #d9e2ec; }
    h3 { font-size: 1.02em; margin: 14px 0 4px; }
    p { margin: 4px 0; }
    .note.source { color: #52606d; font-size: 0.9em; }
    .note.warning { background: #fff4e5; border-left: 4px solid #e8890c; padding: 6px 10px;
      margin: 8px 0; font-size: 0.92em; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.86em; margin: 8px 0; }
    th, td { border-bottom: 1px solid #d9e2ec; padding: 4px 6px; text-align: left;
      vertical-align: top; }
    th { background: #f0f4f8; }
    td.number { white-space: nowrap; }
    ul { margin: 4px 0; padding-left: 20px; }
    .chart-wrap { margin: 6px 0; }
    svg.chart { display: block; width: 100%; height: auto; }
    .grid { stroke: #e4e9ef; stroke-width: 1; }
    .axis-line { stroke: #9aa5b1; }
    .tick-x, .tick-y, .rule-label { fill: #3e4c59; }
    .axis-title { fill: #1d2733; }
    .legend-label { fill: #1d2733; }
    polyline.actual { fill: none; stroke: #1f4e79; stroke-width: 2.2; }
    .actual-dot { fill: #1f4e79; }
    polyline.trend { fill: none; stroke: #829ab1; stroke-width: 1.2; }
    polyline.forecast { fill: none; stroke: #2f80ed; stroke-width: 2; }
    .band-95 { fill: #cfe3fb; }
    .band-80 { fill: #9cc5f5; }
    .target { fill: #d64545; stroke: #fff; stroke-width: 1; }
    .target-label { fill: #a61b1b; font-weight: bold; }
    .recommended { fill: #2f9e5b; stroke: #fff; stroke-width: 1; }
    .recommended-label { fill: #1e7042; font-weight: bold; }
    .bound { stroke: #9aa5b1; stroke-dasharray: 2 3; }
    .target-rule { stroke: #d64545; stroke-width: 1.5; stroke-dasharray: 6 3; }
    line.projection { stroke: #2f80ed; stroke-width: 6; stroke-linecap: round; opacity: 0.55; }
    .projection-dot { fill: #1f4e79; }
    polyline.target-path { fill: none; stroke: #d64545; stroke-width: 2; }
    .target-path-dot { fill: #d64545; }
    line.budget-bar { stroke: #2f9e5b; stroke-width: 22; opacity: 0.8; }
    @media (max-width: 600px) { body { padding: 8px; } h1 { font-size: 1.2em; } }
    @media print { body { max-width: none; padding: 0; } .table-wrap { overflow: visible; } }

    """
}
