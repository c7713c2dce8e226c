import IKUForecast
import Testing

@testable import IKUPlan

@Suite struct InputErrorTests {
  @Test func messagesInBothLanguages() {
    let error = InputError(
      .notANumber("abc"),
      at: SourceLocation(file: "d.csv", line: 5, column: 3, columnName: "x"))
    #expect(
      error.message(in: .indonesian)
        == "d.csv, baris 5, kolom 3 (x): 'abc' bukan angka; diharapkan angka seperti 39,67 atau 5.517"
    )
    #expect(
      error.message(in: .english)
        == "d.csv, line 5, column 3 (x): 'abc' is not a number; expected a number like 39.67 or 5517"
    )
  }

  @Test func workbookCellsUseExcelNotation() {
    var location = SourceLocation(file: "r.xlsx", line: 7, column: 3, columnName: "target")
    location.sheet = "Realisasi"
    #expect(location.description(in: .english) == "r.xlsx, Realisasi!C7 (target)")
    #expect(SourceLocation.columnLetters(27) == "AA")
    #expect(SourceLocation.columnLetters(52) == "AZ")
  }

  @Test func wholeFileErrorsHaveNoLine() {
    let error = InputError(
      .unreadable(reason: .notFound), at: SourceLocation(file: "d.csv", line: 0))
    #expect(error.message(in: .english) == "d.csv: the file cannot be read (not found)")
  }

  @Test func collinearityNamesTheColumns() {
    let error = InputError(
      .regression(
        .rankDeficient(column: "z", dependsOn: ["intercept", "x"], coefficients: [1, 2])),
      at: SourceLocation(file: "d.csv", line: 1))
    #expect(
      error.message(in: .english).contains(
        "column 'z' is collinear with intercept, x (z = 1.0 × intercept + 2.0 × x)"))
    #expect(error.message(in: .indonesian).contains("kolom 'z' kolinear dengan intercept, x"))
  }
}
