/// Columns padded to their widest cell, two spaces apart.
func alignedTable(_ rows: [[String]], rightAligned: [Bool]) -> String {
  let columns = rows.map(\.count).max() ?? 0
  let widths = (0..<columns).map { c in
    rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0
  }
  var out = ""
  for row in rows {
    var cells: [String] = []
    for (c, cell) in row.enumerated() {
      let pad = String(repeating: " ", count: widths[c] - cell.count)
      let right = c < rightAligned.count && rightAligned[c]
      cells.append(right ? pad + cell : cell + pad)
    }
    var line = cells.joined(separator: "  ")
    while line.hasSuffix(" ") { line.removeLast() }
    out += line + "\n"
  }
  return out
}

/// A GitHub-flavoured Markdown table: the first row is the header.
func markdownTable(_ rows: [[String]], rightAligned: [Bool]) -> String {
  guard let header = rows.first else { return "" }
  func line(_ cells: [String]) -> String {
    "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ")
      + " |\n"
  }
  let rule = header.indices.map { index in
    index < rightAligned.count && rightAligned[index] ? "---:" : "---"
  }
  return line(header) + line(rule) + rows.dropFirst().map(line).joined()
}

/// Aligned text or a Markdown table, as asked: the first row is the
/// header; `rightAligned` says which columns hold numbers.
public func textTable(_ rows: [[String]], rightAligned: [Bool], markdown: Bool = false) -> String {
  markdown
    ? markdownTable(rows, rightAligned: rightAligned)
    : alignedTable(rows, rightAligned: rightAligned)
}
