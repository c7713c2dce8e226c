import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan scenario FILE`: what-if scenarios side by side, goal seek; for
/// a period, the Renstra table.
struct ScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenario",
    abstract: "Run what-if scenarios from a YAML file: side by side, goal seek, sensitivity.")

  @Argument(help: "The scenario file (YAML).")
  var file: String

  @Option(help: "The dataset folder (default: the bundled Tanjungpinang IKU dataset).")
  var history: String?

  @Option(
    help: """
      Output format: table, json, csv (for Indonesian Excel), markdown or xlsx; for a period \
      (years:) also html (the Renstra table).
      """)
  var format: OutputFormat = .table

  @Option(help: "Write to this file instead of the terminal (required for --format xlsx).")
  var output: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try format.require(OutputFormat.documents + [.html], output: output)
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw InputError(.unreadable(reason: .notFound), at: SourceLocation(file: file, line: 0))
      }
      let scenario = try ScenarioFile(yaml: String(decoding: data, as: UTF8.self), file: file)
      let folder = history ?? BundledHistory.defaultDataset()
      let dataset = try Dataset(folder: folder, convention: global.numbers)
      let l = global.language
      let emitter = Emitter(
        format: format, output: output, language: l, numbers: global.numbers,
        inputs: { [file] + HTMLReport.inputFiles(in: folder) })
      if scenario.period != nil {
        let analysis = try RenstraAnalysis(scenario, dataset: dataset)
        if format == .html {
          try emitter.write(analysis.renstraHTML(in: l))
        } else {
          try emitter.emit({ analysis.document(in: l) }, json: { analysis.json })
        }
        return
      }
      guard format != .html else {
        throw UsageText.error(
          id: "--format html untuk satu periode (years:), tabel Renstra.",
          en: "--format html is for a period (years:), the Renstra table.")
      }
      let analysis = try ScenarioAnalysis(scenario, dataset: dataset)
      try emitter.emit({ analysis.document(in: l) }, json: { analysis.json })
    }
  }
}
