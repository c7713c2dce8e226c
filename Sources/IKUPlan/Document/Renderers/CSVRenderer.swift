/// A ``Document``'s tables as CSV for a spreadsheet.
///
/// In the Indonesian convention (the default) `;` between fields and
/// decimal commas, as Indonesian Excel opens it in columns; in the English
/// one `,` and decimal points. UTF-8 with a byte-order mark, so that Excel
/// reads the words as UTF-8.
///
/// Numbers keep the decimals people are shown, without thousands grouping
/// (``ValueStyle/csvText(_:convention:)``); an interval is two columns
/// (`… bawah`, `… atas`). Several tables follow each other, each under its
/// name, a blank line apart. Text that would start a spreadsheet formula is
/// neutralised (``SpreadsheetText``).
public struct CSVRenderer: Sendable {
  /// The number convention and delimiter.
  public var convention: NumberConvention

  /// Creates a renderer.
  public init(convention: NumberConvention = .indonesian) {
    self.convention = convention
  }

  /// The CSV text, starting with the byte-order mark.
  public func render(_ document: Document) -> String {
    let delimiter: Character = convention == .indonesian ? ";" : ","
    let language = document.language
    let tables = document.tables
    var out = "\u{FEFF}"
    for (index, table) in tables.enumerated() {
      if index > 0 { out += "\n" }
      if tables.count > 1 { out += line([(table.name, false)], delimiter) }
      let split = Self.intervalColumns(table)
      var header: [String] = []
      for (column, title) in table.columns.map(\.title).enumerated() {
        header +=
          split[column]
          ? [
            title + language.text(id: " bawah", en: " lower"),
            title + language.text(id: " atas", en: " upper"),
          ] : [title]
      }
      out += line(header.map { ($0, false) }, delimiter)
      for row in table.rows {
        var fields: [(String, Bool)] = []
        for (column, cell) in row.enumerated() {
          fields += fieldTexts(cell, split: split[column], language)
        }
        out += line(fields, delimiter)
      }
    }
    return out
  }

  /// A cell's fields, each with whether it is a number ikuplan wrote
  /// (which the formula guard leaves alone: `-0,02` is no formula).
  private func fieldTexts(_ cell: Document.Cell, split: Bool, _ language: Language)
    -> [(String, Bool)]
  {
    switch cell {
    case .text(let text): return split ? [(text, false), ("", false)] : [(text, false)]
    case .number(let value, let style):
      let text = value.map { style.csvText($0, convention: convention) } ?? ""
      return split ? [(text, true), ("", false)] : [(text, true)]
    case .interval(let lower, let upper, let style):
      return [
        (style.csvText(lower, convention: convention), true),
        (style.csvText(upper, convention: convention), true),
      ]
    case .missing: return split ? [("", false), ("", false)] : [("", false)]
    }
  }

  private func line(_ fields: [(String, Bool)], _ delimiter: Character) -> String {
    fields.map { SpreadsheetText.csvField($0.0, delimiter: delimiter, isNumber: $0.1) }
      .joined(separator: String(delimiter)) + "\n"
  }

  /// The columns of intervals (``Document/Table/Column/holdsIntervals``)
  /// and those holding an interval in some row (a range target): two
  /// columns each.
  static func intervalColumns(_ table: Document.Table) -> [Bool] {
    table.columns.indices.map { column in
      table.columns[column].holdsIntervals
        || table.rows.contains {
          if case .interval = $0[column] { return true }
          return false
        }
    }
  }
}
