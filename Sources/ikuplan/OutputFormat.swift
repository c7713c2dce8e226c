import ArgumentParser
import IKUPlan

/// The output formats of every command.
///
/// Every command's result is a ``Document`` and accepts all of
/// ``documents`` (``require(_:output:)``), except `forecast --panel`,
/// which writes its CSV.
enum OutputFormat: String, ExpressibleByArgument {
  /// Aligned text for a terminal.
  case table
  /// The machine interface (DESIGN §5).
  case json
  /// A CSV file for a spreadsheet (Indonesian Excel by default).
  case csv
  /// Markdown for documents (whole names, nothing shortened).
  case markdown
  /// An Excel workbook (needs `--output`).
  case xlsx
  /// A self-contained HTML page (tables Word takes when pasted, charts).
  case html

  /// The formats every ``Document`` renders to.
  static let documents: [OutputFormat] = [.table, .json, .csv, .markdown, .xlsx, .html]

  /// Refuses a format the command does not produce, `xlsx` without an
  /// output file named `….xlsx`, and another format into a `….xlsx` file
  /// (which Excel would refuse to open).
  func require(_ accepted: [OutputFormat], output: String?) throws {
    guard accepted.contains(self) else {
      let list = accepted.map(\.rawValue).joined(separator: ", ")
      throw UsageText.error(
        id: "--format \(rawValue) tidak tersedia di sini; pilih salah satu: \(list).",
        en: "--format \(rawValue) is not available here; choose one of: \(list).")
    }
    let isWorkbook = output?.lowercased().hasSuffix(".xlsx") ?? false
    if self == .xlsx, !isWorkbook {
      throw UsageText.error(
        id: "--format xlsx menulis buku kerja: beri namanya dengan --output BERKAS.xlsx.",
        en: "--format xlsx writes a workbook: give it a name with --output FILE.xlsx.")
    }
    if self != .xlsx, isWorkbook {
      throw UsageText.error(
        id: "--output \(output ?? "") adalah nama buku kerja Excel: tambahkan --format xlsx.",
        en: "--output \(output ?? "") names an Excel workbook: add --format xlsx.")
    }
  }
}
