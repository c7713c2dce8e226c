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

  @OptionGroup var out: OutputOptions

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let dataset = try Dataset(
        folder: folder ?? BundledHistory.defaultDataset(), convention: global.numbers)
      let l = global.language
      try out.emitter(
        global, inputs: { HTMLReport.inputFiles(in: folder ?? BundledHistory.defaultDataset()) }
      ).emit({ dataset.document(in: l) }, json: { dataset.json })
    }
  }
}
