import Testing

@testable import IKUPlan

/// Delimited text into cells (`CellGrid+Delimited.swift`) and cells into a
/// table (`Table.swift`).
@Suite struct CellGridDelimitedTests {
  private func table(_ text: String, delimiter: Character? = nil) throws -> Table {
    try Table(CellGrid(delimitedBytes: Array(text.utf8), file: "t.csv", delimiter: delimiter))
  }

  private func fields(_ table: Table) -> [[String]] {
    table.records.map { $0.cells.map(\.text) }
  }

  private func problem(_ text: String) -> InputError? {
    do {
      _ = try table(text)
      return nil
    } catch {
      return error as? InputError
    }
  }

  @Test func excelOutputWithBOMAndCRLF() throws {
    let t = try table("\u{FEFF}kode,nama\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n\r\n\r\n")
    #expect(t.header == ["kode", "nama"])
    #expect(fields(t) == [["1", "a, b"], ["2", "say \"hi\""]])
    #expect(t.records.map(\.line) == [2, 3])
  }

  @Test func quotedLineBreakKeepsLineNumbers() throws {
    let t = try table("a,b\n1,\"two\nlines\"\n3,4\n")
    #expect(t.records[0].cells[1].text == "two\nlines")
    #expect(t.records[1].line == 4)
  }

  @Test func delimiterIsDetectedFromHeader() throws {
    #expect(try table("a;b\n1,5;2\n").grid.delimiter == ";")
    #expect(try table("a\tb\n1\t2\n").grid.delimiter == "\t")
    #expect(try table("a,b\n1;2,3\n").grid.delimiter == ",")
    #expect(try table("a\n1\n").grid.delimiter == ",")
  }

  @Test func forcedDelimiter() throws {
    let t = try table("a;b\n1;2\n", delimiter: ",")
    #expect(t.header == ["a;b"])
  }

  @Test func raggedRecordNamesLineAndColumn() {
    let short = problem("a,b,c\n1,2,3\n4,5\n")
    #expect(short?.problem == .fieldCount(found: 2, expected: 3))
    #expect(short?.location == SourceLocation(file: "t.csv", line: 3, column: 3, columnName: "c"))
    let long = problem("a,b\n1,2,3\n")
    #expect(long?.problem == .fieldCount(found: 3, expected: 2))
    #expect(long?.location.column == 3)
    #expect(long?.location.columnName == nil)
  }

  @Test func emptyAndBlankFiles() {
    #expect(problem("")?.problem == .empty)
    #expect(problem("\n\n  \n")?.problem == .empty)
  }

  @Test func invalidUTF8NamesTheLine() {
    let bytes = Array("a,b\n1,2\n3,".utf8) + [0xC3, 0x28]
    #expect(throws: InputError(.notUTF8, at: SourceLocation(file: "t.csv", line: 3))) {
      try CellGrid(delimitedBytes: bytes, file: "t.csv")
    }
  }

  @Test func unterminatedQuoteNamesWhereItOpened() {
    let error = problem("a,b\n1,\"2\n3,4\n")
    #expect(error?.problem == .unterminatedQuote)
    #expect(error?.location.line == 2)
  }

  @Test func duplicateColumn() {
    let error = problem("a,b,a\n1,2,3\n")
    #expect(error?.problem == .duplicateColumn("a"))
    #expect(error?.location.column == 3)
  }

  @Test func unknownColumnListsTheHeader() throws {
    let t = try table("x,y\n1,2\n")
    #expect(
      throws: InputError(
        .unknownColumn("z", available: ["x", "y"]),
        at: SourceLocation(file: "t.csv", line: 1))
    ) { try t.requiredColumn("z") }
    #expect(try t.requiredColumn("Y", "y") == 1)
    #expect(t.columnIndex(anyOf: ["w", "X"]) == 0)
  }

  @Test func headerAfterBlankLines() throws {
    let t = try table("\n\nx,y\n1,2\n")
    #expect(t.headerLine == 3)
    #expect(t.records[0].line == 4)
  }
}
