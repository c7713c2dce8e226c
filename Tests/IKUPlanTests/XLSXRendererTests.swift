import Foundation
import TestSupport
import Testing

@testable import IKUPlan

/// The review of the bundled dataset as a workbook, read back with
/// ikuplan's own `.xlsx` reader (ZIPFoundation and XMLParser).
@Suite struct XLSXRendererTests {
  @Test func theReviewWorkbookHoldsNumbersWithFormats() throws {
    let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path
    let review = DatasetReview(try Dataset(folder: folder))
    let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
    try XLSXRenderer().write(review.document(.overview, in: .indonesian), to: path)
    let grid = try CellGrid(contentsOfFile: path, sheet: "Tinjauan 2025")
    let header = grid.rows[0].cells.map(\.text)
    #expect(header.starts(with: ["Kode", "Indikator", "Realisasi 2024", "Proyeksi 2025"]))
    func row(_ code: String) throws -> [CellGrid.Cell] {
      try #require(grid.rows.first { $0.cells.first?.text == code }).cells
    }
    // IKU-2's 2024 realisation 55,04% is a number shown as a percentage;
    // IKU-5's 5517 is a number.
    #expect(try row("IKU-2")[2] == .percent(55.04))
    #expect(try row("IKU-5")[2] == .number(5517))
    // The signed target and the chance are numbers too.
    #expect(try row("IKU-2")[6] == .percent(39))
    if case .percent(let chance) = try row("IKU-2")[7] {
      let expected = try #require(review.indicators[1].probabilityOfAttaining) * 100
      #expect(abs(chance - expected) < 1e-9)
    } else {
      Issue.record("the chance is not a percentage cell")
    }
    // The notes sheet comes first, with the illustrative-data warning.
    let notes = try CellGrid(contentsOfFile: path)
    #expect(notes.rows.contains { $0.cells.first?.text.contains("ilustrasi") == true })
  }

  /// The report's workbook: the review and the mid-year review as one
  /// document, one sheet per table; the quarter's year to date is a number.
  @Test func theReportWorkbookHoldsTheMidYearReview() throws {
    let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path
    let dataset = try Dataset(folder: folder)
    let review = DatasetReview(dataset)
    let midYear = try MidYearReview(dataset)
    let document = Document.combining(
      [review.document(.overview, in: .indonesian), midYear.document(in: .indonesian)],
      title: "Laporan IKU 2025", language: .indonesian)
    let path = try temporaryFolder().appendingPathComponent("laporan.xlsx").path
    try XLSXRenderer().write(document, to: path)
    let sheet = "Triwulan \(midYear.quarter) \(midYear.year)"
    let grid = try CellGrid(contentsOfFile: path, sheet: sheet)
    let iku5 = try #require(grid.rows.first { $0.cells.first?.text == "IKU-5" })
    let projection = try #require(midYear.projections.first { $0.indicator.code == "IKU-5" })
    #expect(iku5.cells[2] == .number(projection.yearToDate))
    #expect(grid.rows[0].cells[3].text == "Proyeksi akhir \(midYear.year)")
  }
}
