/// A place in an input file, for error messages: the file, the 1-based line
/// and, where known, the 1-based column (the field number in a delimited
/// file) and the column's name from the header.
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
    text += ", \(language.text(id: "baris", en: "line")) \(line)"
    if let column {
      text += ", \(language.text(id: "kolom", en: "column")) \(column)"
      if let columnName, !columnName.isEmpty { text += " (\(columnName))" }
    }
    return text
  }
}
