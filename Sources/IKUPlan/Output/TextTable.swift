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
