import ArgumentParser
import IKUPlan

/// The output formats of every command.
///
/// Each command accepts the ones it can produce
/// (``require(_:output:)``); a command whose result is a ``Document``
/// accepts all of ``documents``.
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

  /// The formats of commands that print text only (`data`, `regress`,
  /// `evaluate`).
  static let text: [OutputFormat] = [.table, .json, .markdown]

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

/// The one emit path: a command's result as a document (for people and
/// spreadsheets) or as JSON (for machines), in the chosen format, to the
/// terminal or to `--output`, written whole or not at all.
struct Emitter {
  /// The format.
  var format: OutputFormat
  /// The file to write, or `nil` (or `-`) for the terminal.
  var output: String?
  /// The language of the words.
  var language: Language
  /// The number convention of CSV output (`--angka`; default Indonesian).
  var numbers: NumberConvention?
  /// The files an output must not replace (the command's inputs); asked
  /// only when a file is written.
  var inputs: () -> [String]

  /// Writes `document` (or `json` for `--format json`).
  func emit(_ document: () -> Document, json: () -> JSONValue) throws {
    let text: String
    switch format {
    case .table: text = TextRenderer().render(document())
    case .markdown: text = TextRenderer(markdown: true).render(document())
    case .json: text = json().rendered()
    case .csv: text = CSVRenderer(convention: numbers ?? .indonesian).render(document())
    case .html: text = HTMLRenderer().render(document())
    case .xlsx:
      guard let output else { preconditionFailure("xlsx without --output passed validation") }
      try XLSXRenderer().write(document(), to: output, protecting: inputs())
      print(
        language.text(id: "Buku kerja ditulis ke \(output)", en: "Workbook written to \(output)"))
      return
    }
    try write(text)
  }

  /// Writes text already rendered in the chosen format (a command whose
  /// result is not yet a document).
  func write(_ text: String) throws {
    if let output, output != "-" {
      try OutputFile.write(text, to: output, protecting: inputs())
      print(language.text(id: "Berkas ditulis ke \(output)", en: "File written to \(output)"))
    } else {
      print(text, terminator: "")
    }
  }
}
