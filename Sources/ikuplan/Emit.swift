import ArgumentParser
import IKUPlan

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
