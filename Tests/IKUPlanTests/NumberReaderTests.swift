import Testing

@testable import IKUPlan

@Suite struct NumberReaderTests {
  private func reader(_ text: String, preferred: NumberConvention? = nil) throws -> NumberReader {
    let table = try Table(CellGrid(delimitedBytes: Array(text.utf8), file: "n.csv"))
    return try NumberReader(
      table, columns: Array(table.header.indices.dropFirst()), preferred: preferred)
  }

  @Test func aDecimalCommaSettlesAThousandsDot() throws {
    let r = try reader("k,a,b\nx,\"39,67\",5.517\n")
    #expect(r.convention == .indonesian)
    #expect(try r.number(r.table.records[0], 2)?.value == 5517)
  }

  @Test func aDecimalPointSettlesAThousandsComma() throws {
    let r = try reader("k,a,b\nx,39.67,\"5,517\"\n")
    #expect(r.convention == .english)
    #expect(try r.number(r.table.records[0], 2)?.value == 5517)
  }

  @Test func semicolonFilesAreIndonesian() throws {
    let r = try reader("k;a\nx;5.517\n")
    #expect(r.convention == .indonesian)
    #expect(try r.number(r.table.records[0], 1)?.value == 5517)
  }

  @Test func anUnsettledAmbiguityIsAnErrorWithBothReadings() {
    #expect(
      throws: InputError(
        .ambiguousNumber("1.234", indonesian: 1234, english: 1.234),
        at: SourceLocation(file: "n.csv", line: 3, column: 2, columnName: "a"))
    ) { try reader("k,a\nx,12\ny,1.234\n") }
  }

  /// Both ends of a range take part in deciding the convention: `72.28`
  /// settles English, so the file's `1.234` is 1,234.
  @Test func theEndsOfARangeSettleTheFile() throws {
    let r = try reader("k,a\nx,72.28 - 73.77\ny,1.234\n")
    #expect(r.convention == .english)
    #expect(try r.number(r.table.records[1], 1)?.value == 1.234)
    // An upper end in the other convention than a cell before it.
    #expect(
      throws: InputError(
        .mixedConventions(
          "72 - 73,5", this: .indonesian, earlier: .english,
          earlierLocation: SourceLocation(file: "n.csv", line: 2, column: 2, columnName: "a")),
        at: SourceLocation(file: "n.csv", line: 3, column: 2, columnName: "a"))
    ) { try reader("k,a\nx,39.67\ny,\"72 - 73,5\"\n") }
  }

  /// A number the models cannot compute with (``ValueMagnitude``) is
  /// refused at its cell with what was written; the range's ends are read.
  @Test func aNumberBeyondTheModelsRangeIsRefused() throws {
    let r = try reader("k,a\nx,1e200\ny,-1e-200\nz,1e150\nw,1e-150\n")
    for (row, written, tooLarge) in [(0, "1e200", true), (1, "-1e-200", false)] {
      #expect(
        throws: InputError(
          .beyondMagnitude(written, tooLarge: tooLarge),
          at: SourceLocation(file: "n.csv", line: row + 2, column: 2, columnName: "a"))
      ) { try r.number(r.table.records[row], 1) }
    }
    // Below the double range: refused as too small, never read as 0.
    let tiny = try reader(
      "k;a\nx;5e-400\ny;-0,000000000000000000000000000000000000000000000"
        + String(repeating: "0", count: 300) + "1\n")
    for row in 0..<2 {
      #expect(throws: InputError.self) { try tiny.number(tiny.table.records[row], 1) }
      do {
        _ = try tiny.number(tiny.table.records[row], 1)
      } catch let error as InputError {
        guard case .beyondMagnitude(_, let tooLarge) = error.problem else {
          Issue.record("\(error)")
          continue
        }
        #expect(!tooLarge)
      }
    }
    #expect(try r.number(r.table.records[2], 1)?.value == 1e150)
    #expect(try r.number(r.table.records[3], 1)?.value == 1e-150)
  }

  @Test func aPreferenceResolvesIt() throws {
    let r = try reader("k,a\nx,12\ny,1.234\n", preferred: .english)
    #expect(try r.number(r.table.records[1], 1)?.value == 1.234)
    // It also beats the delimiter, the weaker evidence.
    let semicolons = try reader("k;a\nx;12\ny;1.234\n", preferred: .english)
    #expect(try semicolons.number(semicolons.table.records[1], 1)?.value == 1.234)
    #expect(try reader("k;a\nx;12\ny;1.234\n").convention == .indonesian)
  }

  /// A file whose cells settle its convention is read by them whatever
  /// is preferred: `--angka en` asks for English output from an
  /// Indonesian folder without turning `39,67` into an error.
  @Test func theCellsComeFirst() throws {
    let r = try reader("k;a\nx;39,67\ny;1.234\n", preferred: .english)
    #expect(r.convention == .indonesian)
    #expect(try r.number(r.table.records[0], 1)?.value == 39.67)
    #expect(try r.number(r.table.records[1], 1)?.value == 1234)
  }

  @Test func twoConventionsInOneFileAreAnError() {
    do {
      _ = try reader("k;a;b\nx;39,67;1\ny;2;39.67\n")
      Issue.record("expected an error")
    } catch let error as InputError {
      guard case .mixedConventions(let text, let this, let earlier, let where_) = error.problem
      else {
        Issue.record("\(error)")
        return
      }
      #expect(text == "39.67" && this == .english && earlier == .indonesian)
      #expect(where_.line == 2 && where_.column == 2)
      #expect(error.location.line == 3 && error.location.column == 3)
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func integersNeedNoConvention() throws {
    #expect(try reader("k,a\nx,12\ny,2024\n").convention == nil)
  }

  @Test func missingValuesAndUnits() throws {
    let r = try reader("k;a\nx;-\ny;91,18 %\nz;n/a\n")
    #expect(try r.number(r.table.records[0], 1) == nil)
    let value = try #require(try r.number(r.table.records[1], 1))
    #expect(value.value == 91.18 && value.unit == "%")
    #expect(try r.number(r.table.records[2], 1) == nil)
    #expect(throws: InputError.self) { try r.requiredNumber(r.table.records[1], 1) }
  }
}
