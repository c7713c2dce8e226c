import ArgumentParser
import IKUPlan

/// `ikuplan data [DIR]`: load a dataset folder and show what was read.
struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data",
    abstract: UsageText.text(
      id: "Periksa dan tampilkan folder dataset (indikator, realisasi, triwulan).",
      en: "Check and show a dataset folder (indikator, realisasi, triwulan)."),
    discussion: UsageText.text(
      id: """
        Memuat folder seperti semua perintah lain, sehingga masalah dilaporkan
        dengan berkas, baris dan kolomnya sebelum berpengaruh.
        """,
      en: """
        Loads the folder as every other command does, so that a problem is
        reported with its file, line and column before it matters.
        """))

  @Argument(
    help: UsageText.help(
      id: "Folder dataset (bawaan: dataset IKU Tanjungpinang yang disertakan).",
      en: "The dataset folder (default: the bundled Tanjungpinang IKU dataset)."))
  var folder: String?

  @Option(
    help: UsageText.help(
      id: "Format keluaran: table, json atau markdown.",
      en: "Output format: table, json or markdown."))
  var format: OutputFormat = .table

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try format.require(OutputFormat.text, output: nil)
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let dataset = try Dataset(
        folder: folder ?? BundledHistory.defaultDataset(), convention: global.numbers)
      switch format {
      case .table: print(dataset.table(in: global.language), terminator: "")
      case .markdown: print(dataset.table(in: global.language, markdown: true), terminator: "")
      case .json: print(dataset.json.rendered(), terminator: "")
      case .csv, .xlsx, .html: preconditionFailure("validate() accepts text formats only")
      }
    }
  }
}
