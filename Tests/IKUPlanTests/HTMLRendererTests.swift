import Foundation
import Testing

@testable import IKUPlan

@Suite struct HTMLRendererTests {
  static func document(_ language: Language = .indonesian) -> Document {
    var table = Document.Table(name: "t", columns: ["Kode", "Nilai", "Jumlah", "Interval"])
    table.append([
      .text("A"), .number(39.67, .percent(decimals: 2)), .number(5517, .decimal(0)),
      .interval(lower: 1.5, upper: 2.25, .decimal(2)),
    ])
    table.append([.text("B"), .missing, .number(nil, .decimal(0)), .missing])
    return Document(
      title: "Judul", language: language, notes: [.init(.source, "Sumber: s")],
      blocks: [.heading("Bagian"), .paragraph("Paragraf"), .list(["satu", "dua"]), .table(table)])
  }

  /// Numbers are written as people read them in the document's language,
  /// in right-aligned cells (by class and inline style, for Word); text
  /// cells and columns are not right-aligned.
  @Test func numberCellsAreRightAlignedInTheLanguagesFormat() {
    let html = HTMLRenderer().render(Self.document())
    let right = #"class="number" style="text-align: right""#
    #expect(html.contains("<td \(right)>39,67%</td>"))
    #expect(html.contains("<td \(right)>5.517</td>"))
    #expect(html.contains("<td \(right)>1,50–2,25</td>"))
    #expect(html.contains("<td \(right)>–</td>"), "a missing number")
    #expect(html.contains("<th \(right)>Nilai</th>"))
    #expect(html.contains("<th>Kode</th>") && html.contains("<td>A</td>"))
    let english = HTMLRenderer().render(Self.document(.english))
    #expect(english.contains("<td \(right)>39.67%</td>"))
    #expect(english.contains("<td \(right)>5,517</td>"))
  }

  /// A plain table with a head and a body, the title, notes and blocks in
  /// order, and a page that parses as XML.
  @Test func rendersAPlainPage() throws {
    let html = HTMLRenderer().render(Self.document())
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">"))
    #expect(html.contains("<table><thead><tr><th>Kode</th>"))
    #expect(html.contains("</tr></thead><tbody><tr><td>A</td>"))
    let order = [
      "<h1>Judul</h1>", "<p class=\"note source\">Sumber: s</p>", "<h2>Bagian</h2>",
      "<p>Paragraf</p>", "<ul><li>satu</li><li>dua</li></ul>", "<table>",
    ]
    let positions = order.compactMap { html.range(of: $0)?.lowerBound }
    #expect(positions.count == order.count && positions == positions.sorted())
    #expect(IKUPlan.XMLElement.parse(Data(html.utf8)) != nil)
  }

  /// Text goes through one escaping: markup in names and cells is text;
  /// quotes are entities in attributes only, so that the stylesheet's
  /// strings reach the browser as quotes.
  @Test func escapesEveryText() throws {
    let hostile = "<b>x</b> & \"y\" 'z'"
    var table = Document.Table(name: "t", columns: [hostile])
    table.append([.text(hostile)])
    let document = Document(
      title: hostile, language: .english, notes: [.init(.warning, hostile)],
      blocks: [.heading(hostile), .table(table), .list([hostile])])
    let html = HTMLRenderer().render(document)
    #expect(!html.contains("<b>"))
    let escaped = "&lt;b&gt;x&lt;/b&gt; &amp; \"y\" 'z'"
    #expect(html.components(separatedBy: escaped).count - 1 == 7, "title, h1, note, h2, th, td, li")
    #expect(html.contains(#"font-family: "DejaVu Sans""#))
    #expect(!html.contains("&quot;DejaVu"))
    #expect(escapeMarkup(hostile) == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; &#39;z&#39;")
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    #expect(root.child("body")?.child("section")?.child("h1")?.text == hostile)
  }

  /// A chart block is an inline SVG at most its print width wide; text
  /// names it in one line.
  @Test func chartsAreInlineSVG() {
    var chart = LineChart(title: "Grafik <1>", formatY: { String($0) })
    chart.series.append(
      LineChart.Series(
        name: "Realisasi", points: [(2020, 1), (2021, 2)], cssClass: "actual", dots: true,
        dashed: false))
    let document = Document(
      title: "T", language: .indonesian, blocks: [.chart(Document.Chart(chart))])
    let html = HTMLRenderer().render(document)
    #expect(html.contains(#"<div class="chart-wrap" style="max-width: 170mm"><svg "#))
    #expect(html.contains("<title>Grafik &lt;1&gt;</title>"))
    // Text has no drawing: the chart leaves no line behind.
    #expect(!TextRenderer().render(document).contains("Grafik <1>"))
    #expect(CSVRenderer().render(document) == "\u{FEFF}")
  }
}

extension HTMLRendererTests {
  /// A table wider than A4 portrait holds prints on a landscape page, with
  /// its heading (and the document's title when it opens the document);
  /// every page is A4 with page numbers.
  @Test func aWideFormPrintsOnALandscapePage() {
    var wide = Document.Table(
      name: "Renstra", columns: (1...(HTMLRenderer.portraitColumns + 1)).map { "K\($0)" })
    wide.append((1...(HTMLRenderer.portraitColumns + 1)).map { .number(Double($0), .decimal(0)) })
    var narrow = Document.Table(name: "Kecil", columns: ["A", "B"])
    narrow.append([.text("x"), .number(1, .decimal(0))])
    let document = Document(
      title: "T", language: .indonesian,
      blocks: [.heading("Tabel Renstra"), .table(wide), .heading("Lain"), .table(narrow)])
    let html = HTMLRenderer().render(document)
    // The form opens the document: its title goes to the landscape page
    // too, so no page holds a title alone.
    #expect(
      html.contains(
        "<section><div class=\"table-wrap wide\"><h1>T</h1><h2>Tabel Renstra</h2><table>"))
    #expect(html.contains("<h2>Lain</h2><div class=\"table-wrap\"><table>"))
    #expect(html.contains("@page wide { size: A4 landscape; }"))
    #expect(html.contains("content: \"Halaman \" counter(page) \" dari \" counter(pages)"))
  }
}
