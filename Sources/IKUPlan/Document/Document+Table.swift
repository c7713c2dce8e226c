extension Document {
  /// A table: named columns and rows of typed cells.
  ///
  /// Every row has one cell per column (checked with a precondition: a
  /// builder that gets it wrong is a programming error).
  public struct Table: Sendable {
    /// A column: its heading.
    public struct Column: Sendable, Hashable {
      /// The heading, in the document's language.
      public var title: String

      /// Creates a column.
      public init(_ title: String) { self.title = title }
    }

    /// A short name for the table: a workbook's sheet name, a CSV file's
    /// suffix (at most 31 characters, no `[]:*?/\`).
    public var name: String
    /// The columns.
    public var columns: [Column]
    /// The rows.
    public private(set) var rows: [[Cell]]

    /// Creates an empty table.
    public init(name: String, columns: [Column]) {
      precondition(!columns.isEmpty, "a table needs a column")
      self.name = name
      self.columns = columns
      rows = []
    }

    /// Creates an empty table from column titles.
    public init(name: String, columns titles: [String]) {
      self.init(name: name, columns: titles.map(Column.init))
    }

    /// Appends a row of one cell per column.
    public mutating func append(_ row: [Cell]) {
      precondition(row.count == columns.count, "a row needs one cell per column")
      rows.append(row)
    }
  }

  /// A table cell: text, or a number with the style it is shown in.
  public enum Cell: Sendable, Hashable {
    /// Text, shown as it is.
    case text(String)
    /// A number in a style; `nil` is a missing value (`–`).
    case number(Double?, ValueStyle)
    /// An interval `lower–upper` in a style (a prediction interval). A
    /// spreadsheet gets two numeric columns for it.
    case interval(lower: Double, upper: Double, ValueStyle)
    /// No value: `–` for people, empty in a spreadsheet.
    case missing

    /// A target: a number, an interval for a range, missing without one.
    public static func target(_ range: TargetRange?, _ style: ValueStyle) -> Cell {
      guard let range else { return .missing }
      return range.isRange
        ? .interval(lower: range.lower, upper: range.upper, style) : .number(range.lower, style)
    }

    /// The text of a cell that is text, else `nil`.
    public var text: String? {
      if case .text(let text) = self { return text }
      return nil
    }
  }
}
