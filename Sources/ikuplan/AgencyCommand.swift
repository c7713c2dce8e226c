import ArgumentParser
import Foundation
import IKUPlan
import IKUServer

/// `ikuplan agency add|list`: the agencies (OPD) of a workspace.
struct AgencyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agency",
    abstract: UsageText.text(
      id: "OPD di basis data ruang kerja: tambah dan daftar.",
      en: "Agencies in the workspace database: add and list."),
    subcommands: [Add.self, List.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: UsageText.text(
        id: "Tambahkan OPD dari folder dataset atau lembar IKU.",
        en: "Add an agency from a dataset folder or an IKU sheet."),
      discussion: UsageText.text(
        id: """
          --from adalah folder dataset (indikator, realisasi, triwulan, dataset
          dan skenario/) atau lembar IKU (.txt/.tsv/.csv/.xlsx) seperti pada
          ikuplan import. Seluruh OPD disimpan dalam satu transaksi: bila
          terhenti di tengah jalan, tidak ada yang tersimpan.
          """,
        en: """
          --from is a dataset folder (indikator, realisasi, triwulan, dataset
          and skenario/) or an IKU sheet (.txt/.tsv/.csv/.xlsx) as for ikuplan
          import. The whole agency is stored in one transaction: if it stops
          half-way, nothing is stored.
          """))

    @Argument(
      help: UsageText.help(
        id: "Kode OPD (huruf, angka, '-', '_', '.'), mis. disnakerkum.",
        en: "The agency's code (letters, digits, '-', '_', '.'), e.g. disnakerkum."))
    var code: String

    @Option(help: UsageText.help(id: "Nama OPD.", en: "The agency's name."))
    var name: String

    @Option(
      help: UsageText.help(
        id: "Folder dataset atau lembar IKU.", en: "A dataset folder or an IKU sheet."))
    var from: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let language = workspace.global.language
      try reportingWorkspaceErrors(in: language) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: from, isDirectory: &isFolder)
        let store = try workspace.store()
        if exists && isFolder.boolValue {
          let dataset = try Dataset(folder: from, convention: workspace.global.numbers)
          try store.addAgency(
            code: code, name: name, dataset: dataset, scenarios: try scenarioFiles(in: from),
            actor: workspace.actor)
          print(
            language.text(
              id:
                "OPD \(code) ditambahkan: \(dataset.indicators.count) indikator, \(dataset.annual.count) baris tahunan, \(dataset.quarterly.count) baris triwulan.",
              en:
                "Agency \(code) added: \(dataset.indicators.count) indicators, \(dataset.annual.count) yearly rows, \(dataset.quarterly.count) quarterly rows."
            ))
        } else {
          let sheet = try IKUSheet.read(file: from, convention: workspace.global.numbers)
          try store.addAgency(
            code: code, name: name, dataset: sheet.dataset, actor: workspace.actor)
          print(
            sheet.summary(
              folder: language.text(
                id: "\(workspace.db) (OPD \(code))", en: "\(workspace.db) (agency \(code))"),
              in: language), terminator: "")
        }
      }
    }

    /// The folder's scenario files (those `ikuplan report` reads:
    /// ``HTMLReport/scenarioFiles(in:)``), by their name under the folder.
    private func scenarioFiles(in folder: String) throws -> [String: Data] {
      var files: [String: Data] = [:]
      for path in HTMLReport.scenarioFiles(in: folder) {
        files["skenario/" + (path as NSString).lastPathComponent] = try Data(
          contentsOf: URL(fileURLWithPath: path))
      }
      return files
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: UsageText.text(id: "Daftar OPD.", en: "List the agencies."))

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let language = workspace.global.language
      try reportingWorkspaceErrors(in: language) {
        let agencies = try workspace.store().agencies()
        let rows =
          [
            [
              language.text(id: "Kode", en: "Code"), language.text(id: "Nama", en: "Name"),
              language.text(id: "Indikator", en: "Indicators"),
            ]
          ] + agencies.map { [$0.code, $0.name, String($0.indicatorCount)] }
        print(textTable(rows, rightAligned: [false, false, true]))
      }
    }
  }
}
