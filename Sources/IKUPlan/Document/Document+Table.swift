extension Document {
  /// A table: named columns and rows of typed cells.
  ///
  /// Every row has one cell per column (checked with a precondition: a
  /// builder that gets it wrong is a programming error).
  public struct Table: Sendable {
    /// A column: its heading, and where it is shown.
    public struct Column: Sendable, Hashable {
      /// The heading, in the document's language.
      public var title: String
      /// A detail for spreadsheets only (workbooks, CSV): a reading format
      /// (terminal, Markdown, HTML) leaves it out to keep the table narrow,
      /// and the document says it elsewhere in words where it matters.
      public var isDetail: Bool
      /// The most characters a terminal shows of a cell, or `nil` for all.
      ///
      /// A longer cell (a long name) ends with `…`. Documents (Markdown,
      /// HTML, spreadsheets) always show cells whole.
      public var terminalWidth: Int?
      /// Whether the column holds intervals: a spreadsheet gives it two
      /// columns (`… bawah`, `… atas`) even when no row has one (a history
      /// too short for an interval), so that its layout does not change
      /// with the data.
      public var holdsIntervals: Bool

      /// Creates a column.
      public init(
        _ title: String, isDetail: Bool = false, terminalWidth: Int? = nil,
        holdsIntervals: Bool = false
      ) {
        precondition(terminalWidth.map { $0 > 1 } ?? true, "a width shows at least two characters")
        self.title = title
        self.isDetail = isDetail
        self.terminalWidth = terminalWidth
        self.holdsIntervals = holdsIntervals
      }

      /// A column of intervals (prediction intervals).
      public static func interval(_ title: String) -> Column {
        Column(title, holdsIntervals: true)
      }

      /// A detail column for spreadsheets only.
      public static func detail(_ title: String) -> Column { Column(title, isDetail: true) }

      /// An indicator's name: whole, and at most 30 characters in a
      /// terminal.
      public static func name(_ title: String) -> Column { Column(title, terminalWidth: 30) }
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

    /// The table as people read it: without the detail columns.
    public var withoutDetails: Table {
      let kept = columns.indices.filter { !columns[$0].isDetail }
      var table = Table(name: name, columns: kept.map { columns[$0] })
      for row in rows { table.append(kept.map { row[$0] }) }
      return table
    }

    /// Creates an empty table from column titles.
    public init(name: String, columns titles: [String]) {
      self.init(name: name, columns: titles.map { Column($0) })
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
