/// A ``Document`` as text for a terminal (aligned columns) or as Markdown
/// for documents (GitHub tables, whole cells, nothing shortened).
///
/// Both leave out a table's detail columns (``Document/Table/Column/isDetail``),
/// which are for spreadsheets; a terminal shortens the cells of a column
/// with a ``Document/Table/Column/terminalWidth``.
public struct TextRenderer: Sendable {
  /// Whether to write Markdown.
  public var markdown: Bool

  /// Creates a renderer.
  public init(markdown: Bool = false) {
    self.markdown = markdown
  }

  /// The document's text.
  public func render(_ document: Document) -> String {
    let language = document.language
    var out = (markdown ? "## " : "") + document.title + "\n"
    let notes = document.notes.map(\.text).joined(separator: "; ")
    if !notes.isEmpty { out += (markdown ? "\n" : "") + notes + "\n" }
    for block in document.blocks {
      // The numbers a chart draws are in the document's tables; text has
      // no drawing to show.
      if case .chart = block { continue }
      out += "\n"
      switch block {
      case .heading(let text):
        out += (markdown ? "### " : "") + text + "\n"
      case .paragraph(let text):
        out += text + "\n"
      case .list(let items):
        out += items.map { (markdown ? "- " : "  ") + $0 + "\n" }.joined()
      case .chart: break
      case .table(let whole):
        let table = whole.withoutDetails
        let widths = table.columns.map { markdown ? nil : $0.terminalWidth }
        let rows =
          [table.columns.map(\.title)]
          + table.rows.map { row in
            zip(row, widths).map { cell, width in Self.shorten(text(cell, language), to: width) }
          }
        out += textTable(rows, rightAligned: Self.numericColumns(table), markdown: markdown)
      }
    }
    return out
  }

  /// A cell as people read it.
  func text(_ cell: Document.Cell, _ language: Language) -> String {
    switch cell {
    case .text(let text): return text
    case .number(let value, let style): return value.map { style.text($0, in: language) } ?? "–"
    case .interval(let lower, let upper, let style):
      return style.text(lower: lower, upper: upper, in: language)
    case .missing: return "–"
    }
  }

  /// `text` in at most `width` characters, ended with `…` when cut.
  static func shorten(_ text: String, to width: Int?) -> String {
    guard let width, text.count > width else { return text }
    return String(text.prefix(width - 1)) + "…"
  }

  /// Columns of numbers are right-aligned.
  static func numericColumns(_ table: Document.Table) -> [Bool] {
    table.columns.indices.map { column in
      table.rows.contains {
        switch $0[column] {
        case .number, .interval: return true
        case .text, .missing: return false
        }
      }
    }
  }
}
