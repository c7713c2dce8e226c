import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan scenario FILE`: what-if scenarios side by side, goal seek.
struct ScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenario",
    abstract: "Run what-if scenarios from a YAML file: side by side, goal seek, sensitivity.")

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @Option(help: "The dataset folder (default: the bundled Tanjungpinang IKU dataset).")
  var history: String?

  @Option(
    help:
      "Output format: table, json or markdown; for a period (years:) also csv and html (the Renstra table)."
  )
  var format: OutputFormat = .table

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try format.require([.table, .json, .markdown, .csv, .html], output: nil)
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw InputError(.unreadable(reason: .notFound), at: SourceLocation(file: file, line: 0))
      }
      let scenario = try ScenarioFile(yaml: String(decoding: data, as: UTF8.self), file: file)
      let dataset = try Dataset(
        folder: history ?? BundledHistory.defaultDataset(), convention: global.numbers)
      let l = global.language
      if scenario.period != nil {
        let analysis = try RenstraAnalysis(scenario, dataset: dataset)
        switch format {
        case .table: print(analysis.text(in: l), terminator: "")
        case .markdown:
          print(
            analysis.text(in: l, markdown: true) + "\n" + analysis.renstraMarkdown(in: l),
            terminator: "")
        case .json: print(analysis.json.rendered(), terminator: "")
        case .csv: print(analysis.renstraCSV(in: l), terminator: "")
        case .html: print(analysis.renstraHTML(in: l), terminator: "")
        case .xlsx: preconditionFailure("validate() refuses xlsx")
        }
        return
      }
      let analysis = try ScenarioAnalysis(scenario, dataset: dataset)
      switch format {
      case .table: print(analysis.text(in: l), terminator: "")
      case .markdown: print(analysis.text(in: l, markdown: true), terminator: "")
      case .json: print(analysis.json.rendered(), terminator: "")
      case .csv, .html, .xlsx:
        throw UsageText.error(
          id: "--format csv dan html untuk satu periode (years:), tabel Renstra.",
          en: "--format csv and html are for a period (years:), the Renstra table.")
      }
    }
  }
}
