/// A ``Document`` as text for a terminal (aligned columns) or as Markdown
/// for documents (GitHub tables, whole cells, nothing shortened).
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
      out += "\n"
      switch block {
      case .heading(let text):
        out += (markdown ? "### " : "") + text + "\n"
      case .paragraph(let text):
        out += text + "\n"
      case .list(let items):
        out += items.map { (markdown ? "- " : "  ") + $0 + "\n" }.joined()
      case .chart(let chart):
        out += language.text(id: "Grafik: ", en: "Chart: ") + chart.title + "\n"
      case .table(let table):
        let rows = [table.columns.map(\.title)] + table.rows.map { $0.map { text($0, language) } }
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
      return style.text(lower, in: language) + "–" + style.text(upper, in: language)
    case .missing: return "–"
    }
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
