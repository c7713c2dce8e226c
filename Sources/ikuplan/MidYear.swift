import ArgumentParser
import IKUPlan

/// `ikuplan midyear`: year-end projections from quarterly realisations.
struct MidYear: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "midyear",
    abstract: UsageText.text(
      id: "Proyeksi capaian akhir tahun dari realisasi triwulan.",
      en: "Project year-end attainment from the quarterly (triwulan) realisations."))

  @Option(
    help: UsageText.help(
      id: "Folder dataset (bawaan: dataset IKU Tanjungpinang yang disertakan).",
      en: "A dataset folder (default: the bundled Tanjungpinang IKU dataset)."))
  var history: String?

  @Option(
    help: UsageText.help(
      id: "Tahun (bawaan: tahun terakhir di triwulan.csv).",
      en: "The year (default: the latest year in triwulan.csv)."))
  var year: Int?

  @Option(
    help: UsageText.help(
      id: "Triwulan, 1 sampai 4 (bawaan: yang terakhir pada tahun itu).",
      en: "The quarter, 1 to 4 (default: the latest of that year)."))
  var quarter: Int?

  @OptionGroup var out: OutputOptions

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try validateYear(year, option: "--year")
    if let quarter, !(1...4).contains(quarter) {
      throw UsageText.error(
        id: "--quarter adalah 1, 2, 3 atau 4.", en: "--quarter is 1, 2, 3 or 4.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let folder = history ?? BundledHistory.defaultDataset()
      let dataset = try Dataset(folder: folder, convention: global.numbers)
      let review = try MidYearReview(
        dataset, settings: MidYearSettings(year: year, quarter: quarter))
      let l = global.language
      let emitter = out.emitter(global, inputs: { HTMLReport.inputFiles(in: folder) })
      try emitter.emit({ review.document(in: l) }, json: { review.json })
    }
  }
}
