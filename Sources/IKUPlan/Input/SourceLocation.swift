/// A place in an input file, for error messages.
///
/// For text: the file, the 1-based line and, where known, the 1-based
/// column (the field number in a delimited file) and the column's name from
/// the header. For a workbook: the sheet and the cell in Excel's notation
/// (`Sheet1!C7`).
public struct SourceLocation: Sendable, Hashable {
  /// The file as the user named it.
  public var file: String
  /// The 1-based line number; 0 for the file as a whole (it cannot be
  /// opened).
  public var line: Int
  /// The 1-based column number (field number in a delimited file).
  public var column: Int?
  /// The header name of the column, where there is one.
  public var columnName: String?
  /// The worksheet, for a location in an `.xlsx` workbook (`line` is then
  /// the sheet's row number).
  public var sheet: String?

  /// Creates a location.
  public init(
    file: String, line: Int, column: Int? = nil, columnName: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.columnName = columnName
  }

  /// `data.csv, baris 5, kolom 3 (x)` / `data.csv, line 5, column 3 (x)`.
  public func description(in language: Language) -> String {
    var text = file
    guard line > 0 else { return text }
    if let sheet {
      text += ", \(sheet)!\(column.map(Self.columnLetters) ?? "")\(line)"
      if let columnName, !columnName.isEmpty { text += " (\(columnName))" }
      return text
    }
    text += ", \(language.text(id: "baris", en: "line")) \(line)"
    if let column {
      text += ", \(language.text(id: "kolom", en: "column")) \(column)"
      if let columnName, !columnName.isEmpty { text += " (\(columnName))" }
    }
    return text
  }

  /// Excel's column letters for a 1-based column: 1 → A, 27 → AA.
  static func columnLetters(_ column: Int) -> String {
    var n = column
    var letters = ""
    while n > 0 {
      let remainder = (n - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      n = (n - 1) / 26
    }
    return letters
  }
}
