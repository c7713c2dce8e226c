/// A ``Document`` as an Excel workbook: one sheet per table, named by the
/// table, and a first sheet of notes (title, sources, the
/// illustrative-data warning, the paragraphs).
///
/// Numbers are numeric cells with Excel number formats
/// (``ValueStyle/excelFormat``): 55,04% is the number 0,5504 shown as a
/// percentage in the spreadsheet's locale, a count 5517 is 5517. Header
/// rows are bold and frozen; column widths follow the longest cell (up to
/// 60 characters; longer text wraps). An interval is two columns.
public struct XLSXRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// Writes the workbook to `path` atomically (a temporary name beside it,
  /// renamed into place); refuses a folder or one of `inputs`.
  ///
  /// - Throws: ``InputError`` naming the path.
  public func write(_ document: Document, to path: String, protecting inputs: [String] = [])
    throws
  {
    try AtomicFiles.write(toFile: path, protecting: inputs) { temporary in
      let workbook = try XLSXWorkbook(path: temporary)
      fill(workbook, document)
      try workbook.close()
    }
  }

  private func fill(_ workbook: XLSXWorkbook, _ document: Document) {
    let language = document.language
    var names: Set<String> = []
    func sheetName(_ wanted: String) -> String {
      let forbidden = Set("[]:*?/\\")
      var base = String(wanted.filter { !forbidden.contains($0) }.prefix(28))
        .trimmingCharacters(in: .whitespaces)
      if base.isEmpty { base = language.text(id: "Tabel", en: "Table") }
      var name = base
      var counter = 2
      while names.contains(name.lowercased()) {
        name = base + " \(counter)"
        counter += 1
      }
      names.insert(name.lowercased())
      return name
    }
    let bold = XLSXWorkbook.Style(bold: true)
    let wrapped = XLSXWorkbook.Style(wraps: true)

    let notes = workbook.addSheet(sheetName(language.text(id: "Catatan", en: "Notes")))
    var row = 0
    workbook.write(document.title, row: row, column: 0, in: notes, style: bold)
    row += 1
    for note in document.notes {
      workbook.write(note.text, row: row, column: 0, in: notes, style: wrapped)
      row += 1
    }
    for block in document.blocks {
      switch block {
      case .heading(let text):
        row += 1
        workbook.write(text, row: row, column: 0, in: notes, style: bold)
        row += 1
      case .paragraph(let text):
        workbook.write(text, row: row, column: 0, in: notes, style: wrapped)
        row += 1
      case .list(let items):
        for item in items {
          workbook.write("• " + item, row: row, column: 0, in: notes, style: wrapped)
          row += 1
        }
      case .table, .chart: continue
      }
    }
    workbook.setWidth(100, column: 0, in: notes)

    for table in document.tables {
      let sheet = workbook.addSheet(sheetName(table.name))
      let split = CSVRenderer.intervalColumns(table)
      var widths: [Int] = []
      var column = 0
      for (index, title) in table.columns.map(\.title).enumerated() {
        let titles =
          split[index]
          ? [
            title + language.text(id: " bawah", en: " lower"),
            title + language.text(id: " atas", en: " upper"),
          ] : [title]
        for text in titles {
          workbook.write(text, row: 0, column: column, in: sheet, style: bold)
          widths.append(text.count)
          column += 1
        }
      }
      for (rowIndex, cells) in table.rows.enumerated() {
        var column = 0
        func put(_ cell: Document.Cell) {
          switch cell {
          case .text(let text):
            workbook.write(text, row: rowIndex + 1, column: column, in: sheet)
            widths[column] = max(widths[column], text.count)
          case .number(let value, let style):
            if let value, value.isFinite {
              workbook.write(
                style.excelValue(value), row: rowIndex + 1, column: column, in: sheet,
                style: XLSXWorkbook.Style(numberFormat: style.excelFormat(for: value)))
              widths[column] = max(widths[column], style.text(value, in: language).count)
            }
          case .interval, .missing: break
          }
          column += 1
        }
        for (index, cell) in cells.enumerated() {
          if case .interval(let lower, let upper, let style) = cell {
            put(.number(lower, style))
            put(.number(upper, style))
          } else {
            put(cell)
            if split[index] { column += 1 }
          }
        }
      }
      workbook.freezeRows(above: 1, in: sheet)
      for (column, width) in widths.enumerated() {
        workbook.setWidth(Double(min(max(width, 6), 60) + 2), column: column, in: sheet)
      }
    }
  }
}
