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

  @Option(help: "Output format: table, json or markdown.")
  var format: ScenarioFormat = .table

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try reportingInputErrors(in: global.language) {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw InputError(.unreadable(reason: "not found"), at: SourceLocation(file: file, line: 0))
      }
      let scenario = try ScenarioFile(yaml: String(decoding: data, as: UTF8.self), file: file)
      let dataset = try Dataset(
        folder: history ?? BundledHistory.defaultDataset(), convention: global.numbers)
      let analysis = try ScenarioAnalysis(scenario, dataset: dataset)
      switch format {
      case .table: print(analysis.text(in: global.language), terminator: "")
      case .markdown: print(analysis.text(in: global.language, markdown: true), terminator: "")
      case .json: print(analysis.json.rendered(), terminator: "")
      }
    }
  }
}

/// Output formats of `scenario`.
enum ScenarioFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case json
  case markdown
}
