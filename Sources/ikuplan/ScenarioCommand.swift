import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan scenario FILE`: what-if scenarios side by side, goal seek; for
/// a period, the Renstra table.
///
/// `--template FILE.xlsx` writes a scenario workbook for a planner to fill
/// in instead.
struct ScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenario",
    abstract: UsageText.text(
      id:
        "Jalankan skenario bagaimana-jika dari berkas YAML, buku kerja .xlsx atau CSV: berdampingan, hitung balik, sensitivitas; atau tulis buku kerja skenario untuk diisi.",
      en:
        "Run what-if scenarios from a YAML file, an .xlsx workbook or CSV: side by side, goal seek, sensitivity; or write a scenario workbook to fill in."
    ),
    discussion: UsageText.text(
      id:
        "ikuplan scenario --template skenario.xlsx menulis buku kerja (lembar Petunjuk dan Skenario) berisi contoh IKU-1 bawaan, atau skenario --from BERKAS; isi lembar Skenario, simpan, lalu jalankan ikuplan scenario skenario.xlsx (atau lembar itu sebagai CSV).",
      en:
        "ikuplan scenario --template scenario.xlsx writes a workbook (sheets Instructions and Scenario; Petunjuk and Skenario without --lang en) holding the bundled IKU-1 example, or the scenario --from FILE; fill in the sheet Scenario, save it, then run ikuplan scenario scenario.xlsx (or that sheet as CSV)."
    ))

  @Argument(
    help: UsageText.help(
      id:
        "Berkas skenario: YAML, buku kerja skenario (.xlsx) atau lembar Skenario-nya sebagai CSV.",
      en: "The scenario file: YAML, a scenario workbook (.xlsx) or its sheet Skenario as CSV."))
  var file: String?

  @Option(
    help: UsageText.help(
      id: "Tulis buku kerja skenario untuk diisi ke berkas .xlsx ini (tanpa menjalankan).",
      en: "Write a scenario workbook to fill in to this .xlsx file (without running)."))
  var template: String?

  @Option(
    help: UsageText.help(
      id: "Skenario yang ditulis oleh --template: YAML, .xlsx atau CSV (bawaan: contoh IKU-1"
        + " satu tahun, skenario/pelatihan-iku1.yaml dataset bawaan).",
      en: "The scenario --template writes: YAML, .xlsx or CSV (default: the one-year IKU-1"
        + " example, skenario/pelatihan-iku1.yaml of the bundled dataset)."))
  var from: String?

  @Option(
    help: UsageText.help(
      id: "Folder dataset (bawaan: dataset IKU Tanjungpinang yang disertakan).",
      en: "The dataset folder (default: the bundled Tanjungpinang IKU dataset)."))
  var history: String?

  @OptionGroup var out: OutputOptions

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if let template {
      guard file == nil else {
        throw UsageText.error(
          id: "beri BERKAS untuk dijalankan atau --template untuk ditulis, tidak keduanya",
          en: "give a FILE to run or a --template to write, not both")
      }
      guard template.lowercased().hasSuffix(".xlsx") else {
        throw UsageText.error(
          id: "--template menulis buku kerja .xlsx, bukan \(template)",
          en: "--template writes an .xlsx workbook, not \(template)")
      }
      guard out.output == nil else {
        throw UsageText.error(
          id: "--output tidak dipakai dengan --template (berkasnya adalah --template)",
          en: "--output is not used with --template (the file is the --template)")
      }
    } else {
      guard file != nil else {
        throw UsageText.error(
          id: "berkas skenario diperlukan (atau --template BERKAS.xlsx)",
          en: "a scenario file is needed (or --template FILE.xlsx)")
      }
      guard from == nil else {
        throw UsageText.error(
          id: "--from hanya bersama --template", en: "--from goes with --template only")
      }
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let l = global.language
      if let template {
        let source =
          from
          ?? ((BundledHistory.defaultDataset() as NSString).appendingPathComponent(
            "skenario/pelatihan-iku1.yaml"))
        let scenario = try ScenarioFile(contentsOf: source, convention: global.numbers)
        try scenario.writeWorkbook(to: template, language: l, protecting: [source])
        print(
          l.text(
            id: "Buku kerja skenario ditulis ke \(template); isi lembar Skenario, lalu jalankan"
              + " ikuplan scenario \(template)",
            en: "Scenario workbook written to \(template); fill in the sheet Scenario, then run"
              + " ikuplan scenario \(template)"))
        return
      }
      guard let file else { return }
      let scenario = try ScenarioFile(contentsOf: file, convention: global.numbers)
      let folder = history ?? BundledHistory.defaultDataset()
      let dataset = try Dataset(folder: folder, convention: global.numbers)
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
