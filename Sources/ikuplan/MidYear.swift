import ArgumentParser
import IKUPlan

/// `ikuplan midyear`: year-end projections from quarterly realisations.
struct MidYear: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "midyear",
    abstract: "Project year-end attainment from the quarterly (triwulan) realisations.")

  @Option(help: "A dataset folder (default: the bundled Tanjungpinang IKU dataset).")
  var history: String?

  @Option(help: "The year (default: the latest year in triwulan.csv).")
  var year: Int?

  @Option(help: "The quarter, 1 to 4 (default: the latest of that year).")
  var quarter: Int?

  @Option(help: "Output format: table, json, csv (for Indonesian Excel), markdown or xlsx.")
  var format: ReportFormat = .table

  @Option(help: "Write to this file instead of the terminal (required for --format xlsx).")
  var output: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try validateYear(year, option: "--year")
    if format == .xlsx, output == nil {
      throw UsageText.error(
        id: "--format xlsx menulis buku kerja: beri namanya dengan --output BERKAS.xlsx.",
        en: "--format xlsx writes a workbook: give it a name with --output FILE.xlsx.")
    }
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
      // The dataset's files, which an output must not replace; listed only
      // when a file is written.
      func inputs() -> [String] { HTMLReport.inputFiles(in: folder) }
      let text: String
      switch format {
      case .table: text = review.text(in: l)
      case .markdown: text = review.text(in: l, markdown: true)
      case .json: text = review.json.rendered()
      case .csv:
        text = CSVRenderer(convention: global.numbers ?? .indonesian).render(review.document(in: l))
      case .xlsx:
        let path = output ?? ""
        try XLSXRenderer().write(review.document(in: l), to: path, protecting: inputs())
        print(l.text(id: "Buku kerja ditulis ke \(path)", en: "Workbook written to \(path)"))
        return
      }
      if let output {
        try OutputFile.write(text, to: output, protecting: inputs())
      } else {
        print(text, terminator: "")
      }
    }
  }
}
