/// Many series: what `ikuplan evaluate` (and batch forecasting) read.
///
/// Two layouts (DESIGN §3.4): the M-competition wide form `id,v1,…,vn`
/// (one series per row, rows may differ in length, with or without a
/// header), and the long form with the header `series,period,value` (rows of
/// a series in time order).
public struct Panel: Sendable {
  /// One series.
  public struct Series: Sendable, Hashable {
    /// Its identifier.
    public let id: String
    /// Its values, oldest first.
    public let values: [Double]
  }

  /// The series in file order.
  public let series: [Series]
  /// The position of each id in ``series``.
  private let positions: [String: Int]

  /// Reads a panel from cells.
  ///
  /// - Throws: ``InputError`` for a cell that is not a number, naming its
  ///   line and column, or an empty file.
  public init(_ grid: CellGrid, convention: NumberConvention? = nil) throws {
    guard let first = grid.rows.first else {
      throw InputError(.empty, at: SourceLocation(file: grid.file, line: 1))
    }
    let names = first.cells.map { trimmed($0.text).lowercased() }
    let read: [Series]
    if names.count >= 3, names[0] == "series", names[1] == "period", names[2] == "value" {
      read = try Self.long(grid)
    } else {
      let hasHeader = first.cells.count > 1 && WrittenNumber(first.cells[1].text) == nil
      read = try Self.wide(grid, skippingHeader: hasHeader, convention: convention)
    }
    series = read
    positions = Dictionary(
      read.indices.map { (read[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The series with an id.
  public subscript(id: String) -> Series? { positions[id].map { series[$0] } }

  private static func numbers(
    _ grid: CellGrid, rows: ArraySlice<CellGrid.Row>, columns: (CellGrid.Row) -> Range<Int>,
    convention: NumberConvention?
  ) throws -> NumberConvention? {
    var cells: [(text: String, location: SourceLocation)] = []
    for row in rows {
      for column in columns(row) {
        if case .text(let text) = row.cells[column] {
          cells.append((text, grid.location(line: row.line, column: column)))
        }
      }
    }
    return try NumberReader.decide(cells: cells, delimiter: grid.delimiter, forced: convention)
  }

  private static func value(
    _ cell: CellGrid.Cell, _ grid: CellGrid, line: Int, column: Int,
    convention: NumberConvention?
  ) throws -> Double? {
    switch cell {
    case .number(let value): return value
    case .text(let text):
      if isMissingMarker(text) { return nil }
      guard let number = WrittenNumber(text), number.unit == nil,
        let value = number.value(in: convention ?? .english), value.isFinite
      else {
        throw InputError(
          .notANumber(trimmed(text)), at: grid.location(line: line, column: column))
      }
      return value
    }
  }

  private static func wide(
    _ grid: CellGrid, skippingHeader: Bool, convention: NumberConvention?
  ) throws -> [Series] {
    let rows = grid.rows.dropFirst(skippingHeader ? 1 : 0)
    let chosen = try numbers(
      grid, rows: rows, columns: { 1..<$0.cells.count }, convention: convention)
    var seen: Set<String> = []
    return try rows.map { row in
      // A repeated id would be scored twice against one test row.
      let id = trimmed(row.cells[0].text)
      guard seen.insert(id).inserted else {
        throw InputError(.duplicateCode(id), at: grid.location(line: row.line, column: 0))
      }
      var values: [Double] = []
      for column in 1..<row.cells.count {
        // Trailing empty cells of a ragged row are not values.
        if let value = try value(
          row.cells[column], grid, line: row.line, column: column, convention: chosen)
        {
          values.append(value)
        }
      }
      return Series(id: id, values: values)
    }
  }

  private static func long(_ grid: CellGrid) throws -> [Series] {
    let table = try Table(grid)
    let chosen = try numbers(
      grid, rows: table.records[...], columns: { _ in 2..<3 }, convention: nil)
    var order: [String] = []
    var values: [String: [Double]] = [:]
    for record in table.records {
      let id = table.text(record, 0)
      guard
        let value = try value(
          record.cells[2], grid, line: record.line, column: 2, convention: chosen)
      else { continue }
      if values[id] == nil { order.append(id) }
      values[id, default: []].append(value)
    }
    return order.map { Series(id: $0, values: values[$0] ?? []) }
  }
}
