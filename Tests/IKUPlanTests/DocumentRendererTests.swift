import Foundation
import TestSupport
import Testing

@testable import IKUPlan

/// The renderers of ``Document``: aligned text, Markdown, CSV and `.xlsx`
/// from one document.
@Suite struct DocumentRendererTests {
  static func document(_ language: Language = .indonesian) -> Document {
    var table = Document.Table(
      name: "Tinjauan",
      columns: ["Kode", "Indikator", "Realisasi 2024", "Proyeksi 2025 (80%)", "Peluang"])
    let percent = ValueStyle.percent(decimals: 2)
    table.append([
      .text("IKU-2"), .text("Prosentase Pencari Kerja yang Ditempatkan dan yang sangat panjang"),
      .number(55.04, percent), .interval(lower: 38.04, upper: 46.31, percent),
      .number(0.0042, .probability),
    ])
    table.append([
      .text("IKU-5"), .text("Jumlah Usaha Mikro yang dibina"), .number(5517, .decimal(0)), .missing,
      .number(nil, .probability),
    ])
    return Document(
      title: "Tinjauan target 2025 — Dinas", language: language,
      notes: [.init(.source, "Sumber: lembar IKU"), .init(.warning, "tahun 2021–2023: ilustrasi")],
      blocks: [.table(table), .paragraph("Proyeksi = median.")])
  }

  @Test func alignedTextAndMarkdown() {
    let text = TextRenderer().render(Self.document())
    #expect(
      text.hasPrefix(
        "Tinjauan target 2025 — Dinas\nSumber: lembar IKU; tahun 2021–2023: ilustrasi\n"))
    #expect(text.contains("55,04%"))
    #expect(text.contains("38,04–46,31%"))
    #expect(text.contains("<1%"))
    #expect(text.contains("5.517"))
    let markdown = TextRenderer(markdown: true).render(Self.document())
    #expect(markdown.hasPrefix("## Tinjauan target 2025"))
    // Whole names in Markdown: nothing cut for a document.
    #expect(
      markdown.contains("| Prosentase Pencari Kerja yang Ditempatkan dan yang sangat panjang |"))
    #expect(markdown.contains("| ---: |") || markdown.contains("---: |"))
  }

  @Test func csvForIndonesianExcel() {
    let csv = CSVRenderer().render(Self.document())
    #expect(csv.hasPrefix("\u{FEFF}Kode;Indikator;Realisasi 2024;Proyeksi 2025 (80%) bawah;"))
    let lines = csv.dropFirst().components(separatedBy: "\n")
    #expect(
      lines[1]
        == "IKU-2;Prosentase Pencari Kerja yang Ditempatkan dan yang sangat panjang;55,04%;38,04%;46,31%;<1%"
    )
    #expect(lines[2] == "IKU-5;Jumlah Usaha Mikro yang dibina;5517;;;")
    let english = CSVRenderer(convention: .english).render(Self.document(.english))
    #expect(
      english.contains(
        "IKU-2,Prosentase Pencari Kerja yang Ditempatkan dan yang sangat panjang,55.04%,38.04%,46.31%,<1%"
      ))
    #expect(english.contains(" lower,"))
  }

  /// The workbook read back with ikuplan's own `.xlsx` reader: numbers are
  /// numbers, a percentage is a percent-formatted fraction (55,04%).
  @Test func workbookWithNumericCells() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("t.xlsx").path
    try XLSXRenderer().write(Self.document(), to: path)
    let notes = try CellGrid(contentsOfFile: path)
    #expect(notes.rows.first?.cells.first?.text == "Tinjauan target 2025 — Dinas")
    let grid = try CellGrid(contentsOfFile: path, sheet: "Tinjauan")
    #expect(
      grid.rows[0].cells.map(\.text) == [
        "Kode", "Indikator", "Realisasi 2024", "Proyeksi 2025 (80%) bawah",
        "Proyeksi 2025 (80%) atas", "Peluang",
      ])
    let first = grid.rows[1].cells
    #expect(first[2] == .percent(55.04))
    #expect(first[3] == .percent(38.04) && first[4] == .percent(46.31))
    #expect(first[5] == .percent(0.42))
    #expect(grid.rows[2].cells[2] == .number(5517))
    // Nothing left beside the workbook.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.xlsx"])
  }

  @Test func aWorkbookIsNotWrittenOverAFolder() throws {
    let folder = try temporaryFolder()
    #expect(throws: InputError.self) {
      try XLSXRenderer().write(Self.document(), to: folder.path)
    }
  }
}

extension DocumentRendererTests {
  /// A negative number is a number in CSV, not text behind an apostrophe;
  /// text that starts a formula is still neutralised.
  @Test func negativeNumbersStayNumbers() {
    var table = Document.Table(name: "T", columns: ["Kode", "Nilai"])
    table.append([.text("-1 tahun"), .number(-0.02, .decimal(2))])
    let csv = CSVRenderer().render(
      Document(title: "t", language: .indonesian, blocks: [.table(table)]))
    #expect(csv.hasSuffix("'-1 tahun;-0,02\n"))
  }

  /// A column of intervals keeps its two spreadsheet columns when no row
  /// has an interval (every history too short), so the layout does not
  /// change with the data.
  @Test func anIntervalColumnKeepsItsLayout() {
    var table = Document.Table(name: "T", columns: [.init("Kode"), .interval("Interval 80%")])
    table.append([.text("IKU-1"), .missing])
    let csv = CSVRenderer().render(
      Document(title: "t", language: .indonesian, blocks: [.table(table)]))
    #expect(csv == "\u{FEFF}Kode;Interval 80% bawah;Interval 80% atas\nIKU-1;;\n")
  }
}
