import ArgumentParser
import IKUPlan

/// `--format` and `--output` of a command whose result is a ``Document``
/// (`midyear`, `scenario`, `data`, `regress`, `evaluate`); the review
/// commands' own (``ReviewOptions``) also name `forecast --panel`'s CSV.
struct OutputOptions: ParsableArguments {
  @Option(
    help: UsageText.help(
      id:
        "Format keluaran: table, json, csv (untuk Excel berbahasa Indonesia), markdown, xlsx atau html.",
      en: "Output format: table, json, csv (for Indonesian Excel), markdown, xlsx or html."))
  var format: OutputFormat = .table

  @Option(
    help: UsageText.help(
      id: "Tulis ke berkas ini, bukan ke terminal (wajib untuk --format xlsx).",
      en: "Write to this file instead of the terminal (required for --format xlsx)."))
  var output: String?

  func validate() throws {
    try format.require(OutputFormat.documents, output: output)
  }

  /// The emit path for this format and file; `inputs` are the files the
  /// output must not replace.
  func emitter(_ global: GlobalOptions, inputs: @escaping () -> [String]) -> Emitter {
    Emitter(
      format: format, output: output, language: global.language, numbers: global.numbers,
      inputs: inputs)
  }
}
