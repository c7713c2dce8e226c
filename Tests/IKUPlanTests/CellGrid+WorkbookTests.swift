import TestSupport
import Testing

@testable import IKUPlan

@Suite struct CellGridWorkbookTests {
  @Test func sharedStringsNumbersAndRichText() throws {
    let grid = try CellGrid(contentsOfFile: fixturePath("datasets/xlsx/realisasi.xlsx"))
    #expect(grid.origin == .spreadsheet(sheet: "Realisasi"))
    #expect(grid.rows[0].cells.map(\.text) == ["kode", "tahun", "realisasi", "target", "sumber"])
    #expect(grid.rows[1].cells[2] == .number(39.67))
    #expect(grid.rows[3].cells[2] == .text("55,04%"))
    #expect(grid.rows[1].cells[3] == .text(""))
    let indicators = try CellGrid(contentsOfFile: fixturePath("datasets/xlsx/indikator.xlsx"))
    // The first shared string is split into two rich-text runs.
    #expect(indicators.rows[0].cells[0] == .text("kode"))
  }

  @Test func percentNumberFormats() throws {
    let grid = try CellGrid(
      contentsOfFile: fixturePath("cases/import/percent-formatted-cells.xlsx"))
    let row = try #require(grid.rows.first { $0.line == 12 })
    // Stored 0.3967 with the built-in 0.00% format (id 10).
    #expect(row.cells[5] == .percent(39.67))
    let count = try #require(grid.rows.first { $0.line == 17 })
    // #,##0 (id 3) is no percent.
    #expect(count.cells[5] == .number(5517))
  }

  /// Fixed decimals and percent signs of custom number formats.
  @Test func customNumberFormats() {
    typealias F = CellGrid.CellFormat
    #expect(CellGrid.numberFormat("0.00%") == F(isPercent: true, decimals: 2))
    #expect(CellGrid.numberFormat("#,##0") == F(isPercent: false, decimals: 0))
    #expect(CellGrid.numberFormat("#,##0.000;[Red]-#,##0.000") == F(isPercent: false, decimals: 3))
    // A conditional format: the last section is for the other values.
    #expect(
      CellGrid.numberFormat("[<0.01]\"<1%\";[>0.99]\">99%\";0%") == F(isPercent: true, decimals: 0))
    #expect(CellGrid.numberFormat("[;0") == F(isPercent: false, decimals: nil))
    #expect(CellGrid.numberFormat("\"Rp\" #,##0.00") == F(isPercent: false, decimals: 2))
    #expect(CellGrid.numberFormat("0.0\"%\"") == F(isPercent: false, decimals: 1))
    #expect(CellGrid.numberFormat("[$-421]dd mmmm yyyy") == F(isPercent: false, decimals: nil))
    #expect(CellGrid.numberFormat("General") == F(isPercent: false, decimals: nil))
  }

  /// Rounding noise a number format hides is removed; a real fraction is
  /// kept.
  @Test func numbersAsTheirFormatShowsThem() {
    #expect(CellGrid.shown(5516.9999999999, decimals: 0) == 5517)
    #expect(CellGrid.shown(6120.4, decimals: 0) == 6120.4)
    #expect(CellGrid.shown(72.45000000000002, decimals: 2) == 72.45)
    #expect(CellGrid.shown(0.292, decimals: nil) == 0.292)
  }

  /// A formula is read by the value Excel or LibreOffice stored with it;
  /// one saved without it (by openpyxl) is a formula cell, never a blank.
  @Test func formulasWithAndWithoutTheirValues() throws {
    let cached = try CellGrid(contentsOfFile: fixturePath("formula-xlsx/cached.xlsx"))
    #expect(
      cached.rows[0].cells == [
        .number(2), .text(""), .text("1"), .formula("\"a\"&\"b\""), .formula("A1*2"),
      ])
    let openpyxl = try CellGrid(contentsOfFile: fixturePath("formula-xlsx/realisasi.xlsx"))
    #expect(openpyxl.rows[2].cells[2] == .formula("C2*1.1"))
    #expect(!CellGrid.Cell.formula("C2*1.1").isBlank)
  }

  /// A table refuses a formula without its value at its cell, in the
  /// message's language.
  @Test func tablesRefuseFormulasWithoutValues() throws {
    let path = try fixturePath("formula-xlsx/realisasi.xlsx")
    do {
      _ = try Table(CellGrid(contentsOfFile: path))
      Issue.record("read")
    } catch let error as InputError {
      #expect(
        error.message(in: .indonesian)
          == "\(path), Realisasi!C3 (realisasi): sel berisi rumus Excel =C2*1.1 tanpa nilai"
          + " tersimpan; buka dan simpan berkas di Excel atau LibreOffice agar nilainya terhitung")
      #expect(
        error.message(in: .english)
          == "\(path), Realisasi!C3 (realisasi): the cell holds the Excel formula =C2*1.1 without"
          + " a stored value; open and save the file in Excel or LibreOffice so that its value is"
          + " computed")
    }
  }

  @Test func inlineStringsFromOpenpyxl() throws {
    let grid = try CellGrid(contentsOfFile: fixturePath("datasets/xlsx/triwulan.xlsx"))
    #expect(grid.rows[0].cells[0] == .text("kode"))
    #expect(grid.rows[1].cells[3] == .number(12.5))
  }

  @Test func sheetsByName() throws {
    let path = try fixturePath("datasets/xlsx/realisasi.xlsx")
    #expect(try CellGrid(contentsOfFile: path, sheet: "Realisasi").rows.count == 7)
    #expect(
      throws: InputError(
        .sheetNotFound("Data", available: ["Realisasi"]), at: SourceLocation(file: path, line: 0))
    ) { try CellGrid(contentsOfFile: path, sheet: "Data") }
  }

  @Test func notAWorkbook() {
    #expect(throws: InputError.self) {
      try CellGrid(workbook: Array("kode,tahun\n".utf8), file: "x.xlsx")
    }
  }

  /// Hostile but well-zipped workbooks are refused.
  ///
  /// From `hostile-xlsx/make.py`: a row number of Int.max and a 20-letter column trapped on overflow, a
  /// 7-letter column padded billions of cells, 5000 nested runs overflowed
  /// the stack, `nan` was read as a number. Each is now an error.
  @Test(arguments: ["bigrow", "longcol", "widecol", "nan", "deep"])
  func hostileWorkbooksAreRefused(_ name: String) throws {
    let path = try fixturePath("hostile-xlsx/\(name).xlsx")
    #expect(throws: InputError.self) { try CellGrid(contentsOfFile: path) }
  }

  /// A stored number past the double range, or below it (which would
  /// read as 0), is refused at its cell (`hostile-xlsx/make.py`).
  @Test func numbersPastTheDoubleRangeAreRefusedAtTheirCell() throws {
    for (name, written, tooLarge) in [("huge", "1e400", true), ("tiny", "-5e-400", false)] {
      var location = SourceLocation(
        file: try fixturePath("hostile-xlsx/\(name).xlsx"), line: 2, column: 2)
      location.sheet = "S"
      #expect(throws: InputError(.beyondMagnitude(written, tooLarge: tooLarge), at: location)) {
        try CellGrid(contentsOfFile: location.file)
      }
    }
  }

  @Test func columnReferences() {
    #expect(CellGrid.columnIndex("XFD1") == 16_383)
    #expect(CellGrid.columnIndex("AAAA1") == Int.max)
    #expect(CellGrid.columnIndex("A1") == 0)
    #expect(CellGrid.columnIndex("C7") == 2)
    #expect(CellGrid.columnIndex("AA10") == 26)
    #expect(CellGrid.columnIndex("12") == nil)
  }

  @Test func cellLocationsUseExcelNotation() throws {
    let path = try fixturePath("datasets/xlsx/realisasi.xlsx")
    let table = try Table(CellGrid(contentsOfFile: path))
    #expect(
      table.location(of: table.records[0], column: 2).description(in: .indonesian)
        == "\(path), Realisasi!C2 (realisasi)")
  }
}
