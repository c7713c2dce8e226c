import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan report`: one self-contained HTML file for the head of agency.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Write one self-contained HTML report: the decisions to make, the review, a chart per indicator, mid-year, scenarios."
  )

  @Option(help: "A dataset folder (default: the bundled Tanjungpinang IKU dataset).")
  var history: String?

  @Option(
    help: """
      The year reviewed (default: the year after the last realisation); a year \
      with both targets and realisations is assessed, and the year after it reviewed.
      """)
  var year: Int?

  @Option(
    help:
      "The file to write: HTML, or an Excel workbook when it ends in .xlsx (default: laporan-iku-YEAR.html)."
  )
  var output: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try validateYear(year, option: "--year")
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let folder = history ?? BundledHistory.defaultDataset()
      let dataset = try Dataset(folder: folder, convention: global.numbers)
      let review = DatasetReview(
        dataset, settings: ReviewSettings(year: year, assessesFinishedYear: true))
      let midYear = dataset.quarterly.isEmpty ? nil : try MidYearReview(dataset)
      var scenarios: [(name: String, analysis: ScenarioAnalysis)] = []
      var renstra: [(name: String, analysis: RenstraAnalysis)] = []
      for path in HTMLReport.scenarioFiles(in: folder) {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw InputError(
            .unreadable(reason: .notFound), at: SourceLocation(file: path, line: 0))
        }
        let file = try ScenarioFile(yaml: String(decoding: data, as: UTF8.self), file: path)
        let name = (path as NSString).lastPathComponent
        if file.period != nil {
          renstra.append((name, try RenstraAnalysis(file, dataset: dataset)))
        } else {
          scenarios.append((name, try ScenarioAnalysis(file, dataset: dataset)))
        }
      }
      let path = output ?? "laporan-iku-\(review.year).html"
      let l = global.language
      let report = HTMLReport(
        review: review, midYear: midYear, scenarios: scenarios, renstra: renstra, language: l)
      if path.lowercased().hasSuffix(".xlsx") {
        try XLSXRenderer().write(
          report.workbookDocument, to: path, protecting: HTMLReport.inputFiles(in: folder))
      } else {
        try report.write(to: path, protecting: HTMLReport.inputFiles(in: folder))
      }
      print(
        global.language.text(id: "Laporan ditulis ke \(path)", en: "Report written to \(path)"))
    }
  }
}
