import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan scenario FILE`: what-if scenarios side by side, goal seek; for
/// a period, the Renstra table.
struct ScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenario",
    abstract: UsageText.text(
      id:
        "Jalankan skenario bagaimana-jika dari berkas YAML: berdampingan, hitung balik, sensitivitas.",
      en: "Run what-if scenarios from a YAML file: side by side, goal seek, sensitivity."))

  @Argument(help: UsageText.help(id: "Berkas skenario (YAML).", en: "The scenario file (YAML)."))
  var file: String

  @Option(
    help: UsageText.help(
      id: "Folder dataset (bawaan: dataset IKU Tanjungpinang yang disertakan).",
      en: "The dataset folder (default: the bundled Tanjungpinang IKU dataset)."))
  var history: String?

  @OptionGroup var out: OutputOptions

  @OptionGroup var global: GlobalOptions

  func run() throws {
    try reportingInputErrors(in: global.language) {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw InputError(.unreadable(reason: .notFound), at: SourceLocation(file: file, line: 0))
      }
      let scenario = try ScenarioFile(yaml: String(decoding: data, as: UTF8.self), file: file)
      let folder = history ?? BundledHistory.defaultDataset()
      let dataset = try Dataset(folder: folder, convention: global.numbers)
      let l = global.language
      let emitter = out.emitter(global, inputs: { [file] + HTMLReport.inputFiles(in: folder) })
      if scenario.period != nil {
        let analysis = try RenstraAnalysis(scenario, dataset: dataset)
        try emitter.emit({ analysis.document(in: l) }, json: { analysis.json })
        return
      }
      let analysis = try ScenarioAnalysis(scenario, dataset: dataset)
      try emitter.emit({ analysis.document(in: l) }, json: { analysis.json })
    }
  }
}
