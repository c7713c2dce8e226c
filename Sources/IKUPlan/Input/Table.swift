/// A table: a header row of column names over records, read from a
/// ``CellGrid`` (CSV or a worksheet).
///
/// In delimited text every record must have as many fields as the header;
/// in a worksheet, where empty cells are simply absent, short rows are
/// padded with empty cells and only non-empty cells beyond the header are
/// an error.
public struct Table: Sendable {
  /// The cells the table was read from.
  public let grid: CellGrid
  /// The column names from the header row, trimmed of spaces.
  public let header: [String]
  /// The 1-based line (or sheet row) of the header.
  public let headerLine: Int
  /// The records below the header.
  public let records: [CellGrid.Row]

  /// Reads the first non-blank row as the header.
  ///
  /// - Throws: ``InputError`` for an empty file, a duplicate or empty
  ///   column name, a record with the wrong number of fields, or a cell
  ///   holding an Excel formula saved without its value.
  public init(_ grid: CellGrid) throws {
    guard let first = grid.rows.first else {
      throw InputError(.empty, at: SourceLocation(file: grid.file, line: 1))
    }
    try grid.refuseUncomputedFormulas(in: [first])
    var header = first.cells.map { trimmed($0.text) }
    if case .spreadsheet = grid.origin {
      while header.last?.isEmpty == true { header.removeLast() }
    }
    for (index, name) in header.enumerated()
    where header[..<index].contains(where: { $0.lowercased() == name.lowercased() }) {
      throw InputError(
        .duplicateColumn(name),
        at: grid.location(line: first.line, column: index, columnName: name))
    }
    var records: [CellGrid.Row] = []
    for row in grid.rows.dropFirst() {
      var cells = row.cells
      if case .spreadsheet = grid.origin {
        if let extra = cells.indices.dropFirst(header.count).first(where: {
          !cells[$0].isBlank
        }) {
          throw InputError(
            .fieldCount(found: extra + 1, expected: header.count),
            at: grid.location(line: row.line, column: extra))
        }
        cells = Array(cells.prefix(header.count))
        while cells.count < header.count { cells.append(.text("")) }
        if cells.allSatisfy(\.isBlank) { continue }
      } else if cells.count != header.count {
        // The first field too many, or the first one missing.
        let column = min(cells.count, header.count)
        throw InputError(
          .fieldCount(found: cells.count, expected: header.count),
          at: grid.location(
            line: row.line, column: column,
            columnName: column < header.count ? header[column] : nil))
      }
      records.append(CellGrid.Row(line: row.line, cells: cells))
    }
    try grid.refuseUncomputedFormulas(in: records) { header[$0] }
    self.grid = grid
    self.header = header
    self.headerLine = first.line
    self.records = records
  }

  /// The file name used in error locations.
  public var file: String { grid.file }

  /// The index of the first column whose name matches one of `names`
  /// (case-insensitive), or `nil`.
  public func columnIndex(anyOf names: [String]) -> Int? {
    let wanted = Set(names.map { $0.lowercased() })
    return header.firstIndex { wanted.contains($0.lowercased()) }
  }

  /// The index of a column that must be present.
  ///
  /// - Throws: ``InputError/Problem/unknownColumn(_:available:)`` located
  ///   at the header, naming the first of `names`.
  public func requiredColumn(_ names: String...) throws -> Int {
    guard let index = columnIndex(anyOf: names) else {
      throw InputError(
        .unknownColumn(names[0], available: header),
        at: grid.location(line: headerLine))
    }
    return index
  }

  /// The location of field `column` (0-based) of a record.
  public func location(of record: CellGrid.Row, column: Int) -> SourceLocation {
    grid.location(line: record.line, column: column, columnName: header[column])
  }

  /// The location of a whole record.
  public func location(of record: CellGrid.Row) -> SourceLocation {
    grid.location(line: record.line)
  }

  /// The trimmed text of a field (an apostrophe before `=`, `+`, `-` or
  /// `@`, the spreadsheet text marker ikuplan writes, is dropped:
  /// ``SpreadsheetText``).
  public func text(_ record: CellGrid.Row, _ column: Int) -> String {
    SpreadsheetText.restored(trimmed(record.cells[column].text))
  }
}
