/// The cells of a file as rows, before any meaning is given to them: the
/// common ground of delimited text (CSV, the tab-separated IKU sheet) and
/// Excel workbooks.
///
/// Each row keeps its line number (for text) or row number (for a sheet),
/// so that every later error can say where it is. A spreadsheet cell is
/// either text or a number stored as a number; every cell of a text file
/// is text.
public struct CellGrid: Sendable {
  /// The file name used in error locations.
  public let file: String
  /// Where the grid came from.
  public let origin: Origin
  /// The non-blank rows, in order.
  public let rows: [Row]
  /// The names of every sheet of the workbook the grid came from, in
  /// order; empty for text.
  public internal(set) var sheetNames: [String] = []

  /// The kind of file a grid came from.
  public enum Origin: Sendable, Hashable {
    /// Delimited text with this delimiter.
    case text(delimiter: Character)
    /// A worksheet of an `.xlsx` workbook, by name.
    case spreadsheet(sheet: String)
  }

  /// One line of a text file or one row of a sheet.
  public struct Row: Sendable {
    /// The 1-based line (text) or row number (sheet) the row starts on.
    public let line: Int
    /// The cells, in column order (a sheet's missing cells are empty text).
    public let cells: [Cell]
  }

  /// The content of one cell.
  public enum Cell: Sendable, Hashable {
    /// Text, as written.
    case text(String)
    /// A number stored as a number (spreadsheets only).
    case number(Double)
    /// A number stored as a number with a percent number format
    /// (spreadsheets only), in percent: a stored 0,3967 shown as 39,67% is
    /// 39.67.
    case percent(Double)
    /// An Excel formula saved without its computed value (its text without
    /// `=`: `C14*1.2`), as a program that writes formulas without computing
    /// them leaves it (openpyxl). Its value is unknown until Excel or
    /// LibreOffice opens and saves the file, so every reader refuses it
    /// (``CellGrid/refuseUncomputedFormulas(in:columnName:)``) rather than
    /// read it as blank (spreadsheets only).
    case formula(String)

    /// The text of the cell (a stored number in shortest round-trip form,
    /// a whole number without `.0`: a `NO` cell 1 is `1`, a year 2024 is
    /// `2024`).
    public var text: String {
      switch self {
      case .text(let s): return s
      case .number(let d):
        return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : d.description
      case .percent(let d): return d.description + "%"
      case .formula(let formula): return "=" + formula
      }
    }

    /// Whether the cell holds nothing but white space (a formula without
    /// its value is not blank: its value is unknown).
    public var isBlank: Bool {
      if case .text(let s) = self { return s.allSatisfy(\.isWhitespace) }
      return false
    }
  }

  /// Creates a grid.
  public init(file: String, origin: Origin, rows: [Row]) {
    self.file = file
    self.origin = origin
    self.rows = rows
  }

  /// The delimiter of a text grid.
  public var delimiter: Character? {
    if case .text(let delimiter) = origin { return delimiter }
    return nil
  }

  /// The location of the cell in 0-based `column` of a row on `line`.
  public func location(
    line: Int, column: Int, columnName: String? = nil
  ) -> SourceLocation {
    var location = SourceLocation(
      file: file, line: line, column: column + 1, columnName: columnName)
    if case .spreadsheet(let sheet) = origin { location.sheet = sheet }
    return location
  }

  /// The location of a whole row.
  public func location(line: Int) -> SourceLocation {
    var location = SourceLocation(file: file, line: line)
    if case .spreadsheet(let sheet) = origin { location.sheet = sheet }
    return location
  }

  /// Refuses a cell of `rows` that holds an Excel formula saved without
  /// its value (``Cell/formula(_:)``): read as blank or as its text, it
  /// would silently change what the file says.
  ///
  /// - Parameters:
  ///   - rows: The rows to look at.
  ///   - columnName: The name of a 0-based column, for the location.
  /// - Throws: ``InputError/Problem/uncomputedFormula(_:)`` naming the
  ///   first such cell.
  public func refuseUncomputedFormulas(
    in rows: some Sequence<Row>, columnName: (Int) -> String? = { _ in nil }
  ) throws {
    for row in rows {
      for (column, cell) in row.cells.enumerated() {
        guard case .formula(let formula) = cell else { continue }
        throw InputError(
          .uncomputedFormula(formula),
          at: location(line: row.line, column: column, columnName: columnName(column)))
      }
    }
  }
}

/// The text without leading and trailing white space.
func trimmed(_ text: String) -> String {
  String(
    text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
      .reversed())
}
