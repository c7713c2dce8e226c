import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct PanelFileTests {
  private func read(_ text: String) throws -> PanelFile {
    let folder = try temporaryFolder()
    return try PanelFile(contentsOfFile: writeFile("p.csv", text, in: folder))
  }

  @Test func wideAndLong() throws {
    let wide = try read("A,1,2,3\nB,5,6,,\n")
    #expect(wide.ids == ["A", "B"])
    #expect(Array(wide.batch[1]) == [5, 6])
    #expect(wide.lastPeriods == [3, 2])
    let long = try read("series,period,value\r\nA,2020,1\r\nA,2021,2.5\r\nB,2019,7\r\n")
    #expect(long.ids == ["A", "B"])
    #expect(Array(long.batch[0]) == [1, 2.5])
    #expect(long.lastPeriods == [2021, 2019])
    let semicolon = try read("id;v1;v2\nA;1,5;2,25\n")
    #expect(Array(semicolon.batch[0]) == [1.5, 2.25])
  }

  /// A line ends at a line feed, a carriage return or both; a line longer
  /// than the limit is refused at its number.
  @Test func lineEnds() throws {
    for end in ["\n", "\r\n", "\r"] {
      let panel = try parse(["A,1,2,3", "", "B,5,6", ""].joined(separator: end))
      #expect(panel.ids == ["A", "B"])
      #expect(Array(panel.batch[1]) == [5, 6])
      #expect(panel.firstLines == [1, 3])
    }
    let long = "A,1,2\nB," + String(repeating: "1,", count: CellGrid.maximumLineLength / 2) + "\n"
    #expect(refusal(long)?.problem == .lineTooLong(limit: CellGrid.maximumLineLength))
    #expect(refusal(long)?.location.line == 2)
  }

  private func parse(_ text: String, convention: NumberConvention? = nil) throws -> PanelFile {
    try PanelFile(bytes: Array(text.utf8), file: "p.csv", convention: convention)
  }

  /// The error a panel gives, or `nil`.
  private func refusal(_ text: String, convention: NumberConvention? = nil) -> InputError? {
    do {
      _ = try parse(text, convention: convention)
      return nil
    } catch let error as InputError {
      return error
    } catch {
      return nil
    }
  }

  @Test func wideAndLongFormsReadTheSameSeries() throws {
    let wide = try parse("A,1,2,3\nB,5,6\n")
    let long = try parse("series,period,value\nA,1,1\nA,2,2\nA,3,3\nB,1,5\nB,2,6\n")
    #expect(wide.layout == .wide && long.layout == .long)
    #expect(wide.ids == long.ids)
    #expect(wide.batch.values == long.batch.values && wide.batch.starts == long.batch.starts)
    #expect(wide.lastPeriods == [3, 2] && long.lastPeriods == [3, 2])
    let headed = try parse("id,v1,v2,v3\nA,1,2,3\n")
    #expect(headed.ids == ["A"] && Array(headed.batch[0]) == [1, 2, 3])
  }

  @Test func badCellIsLocated() {
    #expect(
      refusal("A,1,2\nB,3,x4\n")
        == InputError(
          .notAPanelNumber("x4", decimalComma: false),
          at: SourceLocation(file: "p.csv", line: 2, column: 3)))
  }

  /// A wide header of consecutive years gives the periods: the output's
  /// period is a year, a value is located at its column, a gap is named
  /// by its years.
  @Test func aHeaderOfYearsGivesThePeriods() throws {
    let panel = try parse("kabkota,2015,2016,2017,,\nA,1,2,3\nB,,5,6,,\nC,7\n")
    #expect(panel.layout == .wide && !panel.periodsArePositions)
    #expect(panel.ids == ["A", "B", "C"])
    #expect(panel.lastPeriods == [2017, 2017, 2015])
    #expect(panel.period(ofValue: 0, inSeries: 1) == 2016)
    #expect(
      panel.location(ofValue: 0, inSeries: 1)
        == SourceLocation(file: "p.csv", line: 3, column: 3))
    #expect(
      refusal("k;2015;2016;2017;2018\nA;10;12;;13\n")
        == InputError(
          .seriesGap("A", from: 2017, through: 2017, wide: false),
          at: SourceLocation(file: "p.csv", line: 2, column: 4)))
    // A value past the header's last year has no period: refused.
    #expect(
      refusal("k,2015,2016\nA,1,2\nB,1,2,3\n")
        == InputError(
          .valueWithoutYear(lastYear: 2016), at: SourceLocation(file: "p.csv", line: 3, column: 4)))
    #expect(try parse("k,2015,2016\nA,1,2,,-\n").lastPeriods == [2016])
    #expect(
      refusal("k,2015,2016\n")
        == InputError(.noPanelValues, at: SourceLocation(file: "p.csv", line: 2)))
  }

  /// What is not a header of years stays data, as before: one year,
  /// years that skip or fall, years out of 1900–2200, decimals, signs; and
  /// a long panel without its header is still long.
  @Test func whatIsNotAHeaderOfYears() throws {
    for first in [
      "A,2015", "A,02015,02016", "A,1898,1899", "A,2200,2201",
      "A,2015.0,2016.0", "A,+2015,+2016", "A,2015,2016,7",
    ] {
      let panel = try? parse(first + "\nB,1,2,3\n")
      #expect(panel?.ids == ["A", "B"] && panel?.periodsArePositions == true, "\(first)")
    }
    let long = try parse("a,2015,2016\na,2016,2017\n")
    #expect(long.layout == .long && long.lastPeriods == [2016])
    #expect(try parse("A,1,2,3\n").periodsArePositions)
    #expect(try parse("series,period,value\nA,2020,1\n").periodsArePositions == false)
  }

  /// Every series has an id, in either layout.
  @Test func anEmptyIDIsRefused() {
    for (text, line) in [
      ("A;1;2\n;3;4\n", 2), ("A;1;2\n\"\";3;4\n", 2), ("series,period,value\n,1,5\n", 2),
    ] {
      #expect(
        refusal(text)
          == InputError(.emptySeriesID, at: SourceLocation(file: "p.csv", line: line, column: 1)),
        "\(text)")
    }
  }

  /// Quotes around a field are taken off and a doubled quote in an id is
  /// one quote; quotes that do not pair up (a delimiter or a line break
  /// inside them, which the reader does not track) are refused at the
  /// field, in either layout, never read as other fields or lines.
  @Test func quotesPairUpOrAreRefused() throws {
    let panel = try parse("\"Kota \"\"Tanjung\"\" Pinang\";10;11\n\" 2172 \";\"1,5\";\" 2 \"\n")
    #expect(panel.ids == ["Kota \"Tanjung\" Pinang", "2172"])
    #expect(Array(panel.batch[1]) == [1.5, 2])
    for (text, line, column) in [
      ("A;1;2\n\"a;b\";10;11\n", 2, 1),
      ("A;1;2\n\"2171\n\";10;11\n", 2, 1),
      ("A;1;2\nB;\"3;4\n", 2, 2),
      ("A;1;2\nB;3\";4\n", 2, 2),
      ("series,period,value\nA,1,1\n\"A,2,2\n", 3, 1),
      ("series,period,value\nA,1,1\nA,2,\"2\n", 3, 3),
    ] {
      #expect(
        refusal(text)
          == InputError(
            .unpairedQuote, at: SourceLocation(file: "p.csv", line: line, column: column)),
        "\(text)")
    }
  }

  /// Years that rise or fall but not one by one (a missing year, newest
  /// first) are refused at the first break, never forecast as a series of
  /// years; a line of such numbers that is data needs a header line.
  @Test func yearsOutOfOrderAreRefused() throws {
    for (first, year, next, column) in [
      ("kabkota;2019;2021;2022", 2019, 2021, 3), ("kabkota;2021;2020;2019", 2021, 2020, 3),
      ("A,2015,2016,2018", 2016, 2018, 4), ("kabkota;2019;2020;2019", 2020, 2019, 4),
      ("kabkota;2019;2019", 2019, 2019, 3),
    ] {
      #expect(
        refusal(first + "\nB;1;2;3\n")
          == InputError(
            .yearsNotConsecutive(year, next),
            at: SourceLocation(file: "p.csv", line: 1, column: column)), "\(first)")
    }
    #expect(try parse("id,v1,v2,v3\nA,2015,2017,2019\n").ids == ["A"])
  }

  /// One year heads a test file only where asked (``PanelFile/init(bytes:file:convention:oneYearHeader:)``).
  @Test func oneYearHeadsOnlyWhereAsked() throws {
    let text = "kabkota;2024\n2171;6,1\n2172;7,3\n"
    let test = try PanelFile(bytes: Array(text.utf8), file: "t.csv", oneYearHeader: true)
    #expect(test.ids == ["2171", "2172"] && test.lastPeriods == [2024, 2024])
    #expect(try parse(text).ids == ["kabkota", "2171", "2172"])
  }

  /// A value the models cannot compute with (``ValueMagnitude``) is
  /// refused where it stands, in either layout, with what was written;
  /// the ends of the range and zero are read.
  @Test func valuesBeyondTheModelsRange() throws {
    let ends = try parse("A,1e150,-1E150,0\nB,1e-150,-0.0,2\n")
    #expect(Array(ends.batch[0]) == [1e150, -1e150, 0])
    for (text, written, tooLarge, line, column) in [
      ("A,1,2\nB,3,1e200\n", "1e200", true, 2, 3),
      ("A,1,2\nB,-2e-151,3\n", "-2e-151", false, 2, 2),
      ("A,1,2\nB,3,1e400\n", "1e400", true, 2, 3),
      // Below the double range: the least magnitude, never a silent zero.
      ("A,1,2\nB,3,5e-400\n", "5e-400", false, 2, 3),
      ("A;1;2\nB;3;\"1,5e200\"\n", "1,5e200", true, 2, 3),
      ("series,period,value\nA,1,1\nA,2,1.1e150\n", "1.1e150", true, 3, 3),
    ] {
      #expect(
        refusal(text)
          == InputError(
            .beyondMagnitude(written, tooLarge: tooLarge),
            at: SourceLocation(file: "p.csv", line: line, column: column)), "\(text)")
    }
  }

  /// The delimiter comes from the first line; the decimal separator
  /// follows it unless `--angka` forces it.
  @Test func delimiterAndDecimalSeparator() throws {
    // Headerless with decimal commas: as many commas as semicolons.
    let semicolons = try parse("A;1,5;2,25\nB;3;4\n")
    #expect(semicolons.ids == ["A", "B"] && Array(semicolons.batch[0]) == [1.5, 2.25])
    let tabs = try parse("A\t1.5\t2\n")
    #expect(Array(tabs.batch[0]) == [1.5, 2])
    // An Indonesian tab-separated export needs --angka id.
    let indonesianTabs = try parse("A\t1,5\t2,25\n", convention: .indonesian)
    #expect(Array(indonesianTabs.batch[0]) == [1.5, 2.25])
    #expect(refusal("A\t1,5\t2,25\n")?.problem == .notAPanelNumber("1,5", decimalComma: false))
    // Decimal commas between commas cannot be read.
    #expect(
      refusal("A,1,2\n", convention: .indonesian)
        == InputError(.decimalCommaBetweenCommas, at: SourceLocation(file: "p.csv", line: 1)))
    // Quoted fields and spaces around them.
    let quoted = try parse("\"A\" , \"1.5\" ,2\n")
    #expect(quoted.ids == ["A"] && Array(quoted.batch[0]) == [1.5, 2])
  }

  /// Empty fields, `-`, `–`, `n/a` and `na` in any case are missing values;
  /// before the first value and after the last one they are allowed.
  @Test func missingValuesAtTheEnds() throws {
    let wide = try parse("A,-,N/A,1,2,n/a,,\u{2013}\nB,na,3,4\n")
    #expect(Array(wide.batch[0]) == [1, 2] && wide.lastPeriods == [4, 3])
    #expect(wide.period(ofValue: 0, inSeries: 0) == 3)
    #expect(Array(wide.batch[1]) == [3, 4])
    let long = try parse(
      "series,period,value\na,2014,\na,2015,10\na,2016,12\na,2017,-\nb,2016,NA\n")
    #expect(Array(long.batch[0]) == [10, 12] && long.lastPeriods == [2016, 0])
    #expect(long.batch.length(1) == 0)
  }

  /// A missing value between two values, or a skipped period, is a gap:
  /// refused where it is, never squeezed out.
  @Test(arguments: [
    ("A,1,,3\n", 1, 3, 2, 2, true),
    ("A,1,2\nB,1,-,n/a,4,\n", 2, 3, 2, 3, true),
    ("series,period,value\na,2015,10\na,2016,12\na,2017,\na,2018,13\n", 4, 3, 2017, 2017, false),
    ("series,period,value\na,2015,10\na,2016,12\na,2019,13\n", 4, 2, 2017, 2018, false),
  ])
  func gapsAreRefused(
    _ text: String, line: Int, column: Int, from: Int, through: Int, wide: Bool
  ) throws {
    let error = try #require(refusal(text))
    let id = wide ? (line == 1 ? "A" : "B") : "a"
    #expect(error.problem == .seriesGap(id, from: from, through: through, wide: wide))
    #expect(error.location == SourceLocation(file: "p.csv", line: line, column: column))
    #expect(error.message(in: .english).contains("has a gap"))
    #expect(error.message(in: .indonesian).contains("berlubang"))
  }

  /// The forecast case `panel-gap.csv` (2015 10, 2016 12, 2017 empty, 2018
  /// 13, 2019 15).
  @Test func theGapCaseIsRefused() throws {
    let path = try fixturePath("cases/forecast/panel-gap.csv")
    do {
      _ = try PanelFile(contentsOfFile: path)
      Issue.record("expected a refusal")
    } catch let error as InputError {
      #expect(error.problem == .seriesGap("a", from: 2017, through: 2017, wide: false))
      #expect(error.location == SourceLocation(file: path, line: 4, column: 3))
    }
  }

  /// A repeated id names both lines: on another line of the wide form, or
  /// rows of a long series split by another series.
  @Test func repeatedIdsNameBothLines() throws {
    let wide = try #require(refusal("A,1,2\nB,3,4\n\n A ,5,6\n"))
    #expect(wide.problem == .duplicateSeries("A", firstLine: 1))
    #expect(wide.location == SourceLocation(file: "p.csv", line: 4, column: 1))
    #expect(
      wide.message(in: .english).hasPrefix(
        "p.csv, line 4, column 1: the series 'A' is already on line 1"))
    let long = try #require(refusal("series,period,value\nA,1,5\nB,1,6\nA,2,7\n"))
    #expect(long.problem == .seriesNotContiguous("A", firstLine: 2))
    #expect(long.location == SourceLocation(file: "p.csv", line: 4, column: 1))
    #expect(long.message(in: .indonesian).contains("mulai baris 2"))
  }

  /// Long-form rows that cannot be one series in time order are refused
  /// where they go wrong, not merged or reordered silently.
  @Test(arguments: [
    ("series,period,value\nA,1,5\nA,1,6\n", 3, 2),  // repeated period
    ("series,period,value\nA,2,5\nA,1,6\n", 3, 2),  // going back
    ("series,period,value\nA,2,5\nA,1,\n", 3, 2),  // going back to a missing value
    ("series,period,value\nA,1,5\nB,1,6\nA,2,7\n", 4, 1),  // split series
    ("series,period,value\nA,9223372036854775807,5\n", 2, 2),  // no year
    ("series,period,value\nA,,5\n", 2, 2),  // missing period
    ("series,period,value\nA,2020.5,5\n", 2, 2),  // not a whole period
  ])
  func longFormOrderIsChecked(_ text: String, line: Int, column: Int) throws {
    let error = try #require(refusal(text), "expected an error for \(text.debugDescription)")
    #expect(error.location.line == line && error.location.column == column)
  }

  /// A long panel without its header was read as wide (forecasts of
  /// −1995): three fields, one id on the first two lines and whole
  /// periods make the long form, with or without another header.
  @Test func longFormWithoutItsHeader() throws {
    for text in [
      "A,2019,10\nA,2020,12\nA,2021,13\nB,2020,5\n",
      "kode;tahun;nilai\nA;2019;10\nA;2020;12\nA;2021;13\nB;2020;5\n",
    ] {
      let panel = try parse(text)
      #expect(panel.layout == .long, "\(text)")
      #expect(panel.ids == ["A", "B"] && panel.lastPeriods == [2021, 2020])
      #expect(Array(panel.batch[0]) == [10, 12, 13])
    }
    // Three columns without a repeated id are wide; a long panel whose
    // first series has one row is then a repeated id, never a misreading.
    #expect(try parse("A,1,2\nB,3,4\n").layout == .wide)
    #expect(
      refusal("A,2019,10\nA,2020.5,12\n")?.problem == .duplicateSeries("A", firstLine: 1))
    #expect(
      refusal("A,2019,10\nB,2019,5\nB,2020,6\n")?.problem
        == .duplicateSeries("B", firstLine: 2))
  }

  @Test func valuesAreLocated() throws {
    let wide = try parse("id,v1,v2,v3\nA,,4,5\n")
    #expect(
      wide.location(ofValue: 1, inSeries: 0) == SourceLocation(file: "p.csv", line: 2, column: 4))
    #expect(wide.period(ofValue: 1, inSeries: 0) == 3)
    let long = try parse("series,period,value\nA,2020,1\nA,2021,2\nB,2020,3\n\nB,2021,4\n")
    #expect(
      long.location(ofValue: 1, inSeries: 0) == SourceLocation(file: "p.csv", line: 3, column: 3))
    #expect(long.period(ofValue: 1, inSeries: 0) == 2021)
    // A blank line inside a series: the line of its first value.
    #expect(long.location(ofValue: 1, inSeries: 1) == SourceLocation(file: "p.csv", line: 4))
  }

  /// A tab-separated panel gave a header-only forecast with exit 0.
  @Test func tabsAreFieldsAndValuelessPanelsAreRefused() throws {
    let tabs = try read("id\tv1\tv2\tv3\na\t1\t2\t3\nb\t4\t5\t7\n")
    #expect(tabs.ids == ["a", "b"] && Array(tabs.batch[1]) == [4, 5, 7])
    #expect(refusal("id|v1|v2\na|1|2\nb|3|4\n")?.problem == .noPanelValues)
    #expect(refusal("series,period,value\n")?.problem == .noPanelValues)
    #expect(refusal("A\nB,-,\n")?.problem == .noPanelValues)
  }

  @Test func emptyOrUnreadableFilesAreRefused() {
    #expect(refusal("")?.problem == .empty)
    #expect(refusal("\u{FEFF}")?.problem == .empty)
    #expect(refusal("\n  \n")?.problem == .empty)
    #expect(throws: InputError.self) { try read("") }
    let utf16 = [UInt8]([0xFF, 0xFE]) + Array("A,1\n".utf8)
    #expect(throws: InputError(.utf16, at: SourceLocation(file: "p.csv", line: 1))) {
      try PanelFile(bytes: utf16, file: "p.csv")
    }
    let latin1 = Array("A,1\nCaf".utf8) + [0xE9, 44, 50, 10]
    #expect(throws: InputError(.notUTF8, at: SourceLocation(file: "p.csv", line: 2))) {
      try PanelFile(bytes: latin1, file: "p.csv")
    }
  }

  /// A workbook is read by the same rules; locations are its row numbers.
  @Test func workbooks() throws {
    let wide = try PanelFile(contentsOfFile: fixturePath("panels/wide.xlsx"))
    #expect(wide.layout == .wide && wide.ids == ["A", "B", "C"])
    #expect(Array(wide.batch[0]) == [1, 2.5, 3] && Array(wide.batch[1]) == [4, 5.25])
    #expect(wide.lastPeriods == [3, 3, 2])
    #expect(wide.location(ofValue: 0, inSeries: 1).line == 4)
    let indonesian = try PanelFile(
      contentsOfFile: fixturePath("panels/wide.xlsx"), convention: .indonesian)
    #expect(indonesian.batch.values == wide.batch.values)
    let path = try fixturePath("panels/gap.xlsx")
    #expect(
      throws: InputError(
        .seriesGap("B", from: 3, through: 3, wide: true),
        at: SourceLocation(file: path, line: 4, column: 4))
    ) { try PanelFile(contentsOfFile: path) }
    // A formula saved without its value (openpyxl) is refused at its cell.
    let formula = try fixturePath("formula-xlsx/panel.xlsx")
    var at = SourceLocation(file: formula, line: 2, column: 3)
    at.sheet = "Panel"
    #expect(throws: InputError(.uncomputedFormula("B2+1"), at: at)) {
      try PanelFile(contentsOfFile: formula)
    }
  }

  @Test func missingMarkersAndIntegers() {
    for text in ["", "-", "n/a", "N/A", "na", "NA", "\u{2013}"] {
      #expect(FastNumber.isMissing(Array(text.utf8)), "\(text)")
    }
    for text in ["0", "--", "n", "nan", "n-a", "5", "-1"] {
      #expect(!FastNumber.isMissing(Array(text.utf8)), "\(text)")
    }
    #expect(FastNumber.integer(Array("-2019".utf8)) == -2019)
    #expect(FastNumber.integer(Array("+7".utf8)) == 7)
    for text in ["", "-", "1.0", "2e3", "12a", "9999999999999999999"] {
      #expect(FastNumber.integer(Array(text.utf8)) == nil, "\(text)")
    }
  }

  @Test func fastNumbersAreTheStandardLibrarysNumbers() {
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<20_000 {
      let value = Double(bitPattern: generator.next() >> 2).truncatingRemainder(dividingBy: 1e7)
      for text in [value.description, String(format: "%.6f", value), String(format: "%.3e", value)]
      {
        #expect(FastNumber.parse(Array(text.utf8)[...], decimal: 46) == Double(text), "\(text)")
      }
    }
    #expect(
      FastNumber.parse(Array("12345678901234567890.5".utf8)[...], decimal: 46)
        == 12345678901234567890.5)
    // Past the double range an infinity, below it the least magnitude:
    // the readers refuse both by size, neither passes for zero.
    #expect(FastNumber.parse(Array("1e400".utf8)[...], decimal: 46) == .infinity)
    #expect(FastNumber.parse(Array("-1e400".utf8)[...], decimal: 46) == -.infinity)
    #expect(FastNumber.parse(Array("5e-400".utf8)[...], decimal: 46) == .leastNonzeroMagnitude)
    #expect(FastNumber.parse(Array("-5e-400".utf8)[...], decimal: 46) == -.leastNonzeroMagnitude)
    #expect(FastNumber.parse(Array("0e-400".utf8)[...], decimal: 46) == 0)
    #expect(FastNumber.parse(Array("1.2.3".utf8)[...], decimal: 46) == nil)
  }

  /// A plain field read in one pass is the double the field's own
  /// reading gives; anything not plain is left to that reading, with the
  /// delimiter or the line's end found where it is.
  @Test func plainFieldsAreReadAsFieldsAre() {
    var generator = SeededGenerator(seed: 5)
    var texts = [
      "0", "-0", "7", "007", "0.5", "5.", ".5", "-12.25", "123456789012345", "0.0000001",
    ]
    for _ in 0..<20_000 {
      let digits = (0..<Int.random(in: 1...18, using: &generator)).map { _ in
        String(Int.random(in: 0...9, using: &generator))
      }.joined()
      let point = Int.random(in: 0...digits.count, using: &generator)
      let sign = Bool.random(using: &generator) ? "-" : ""
      texts.append(sign + digits.prefix(point) + "." + digits.dropFirst(point))
      texts.append(sign + digits)
    }
    for decimal: UInt8 in [46, 44] {
      for text in texts {
        let field = decimal == 44 ? text.replacingOccurrences(of: ".", with: ",") : text
        let bytes = Array((field + ";9").utf8)
        bytes.withUnsafeBufferPointer { buffer in
          let expected = FastNumber.parse(buffer[0..<field.utf8.count], decimal: decimal)
          if let (value, end) = FastNumber.plain(
            buffer, from: 0, end: buffer.count, delimiter: 59, decimal: decimal)
          {
            #expect(value.bitPattern == expected?.bitPattern, "\(field)")
            #expect(end == field.utf8.count)
          }
        }
      }
    }
    let taken = texts.filter { text in
      Array((text + ";").utf8).withUnsafeBufferPointer {
        FastNumber.plain($0, from: 0, end: $0.count, delimiter: 59, decimal: 46) != nil
      }
    }
    #expect(taken.count > texts.count / 2)  // the fast path is taken
    for text in ["+5", " 5", "5 ", "\"5\"", "1e5", "-", "", "n/a", "1.2.3", "1234567890123456"] {
      Array((text + ";").utf8).withUnsafeBufferPointer {
        #expect(FastNumber.plain($0, from: 0, end: $0.count, delimiter: 59, decimal: 46) == nil)
      }
    }
  }

  @Test func writerOutput() throws {
    let panel = try read("series,period,value\nA,2020,1\nA,2021,2\nA,2022,4\nB,2022,9\n")
    let forecasts = BatchForecaster(models: [.drift], horizon: 1, levels: [0.8]).forecast(
      panel.batch)
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("out.csv").path
    try PanelForecastWriter(panel: panel, forecasts: forecasts, horizon: 1, levels: [0.8]).write(
      to: path)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines[0] == "series,period,model,mean,lo80,hi80")
    #expect(lines.count == 2)  // B has one value: no drift
    #expect(lines[1].hasPrefix("A,2023,drift,5.5,"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
  }
}
