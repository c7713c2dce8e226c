import ArgumentParser
import IKUPlan
import IKUServer

/// `ikuplan backup --db FILE --output FILE`: a consistent copy of the
/// workspace database, also while the server runs.
struct Backup: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Salin basis data ruang kerja secara utuh, juga saat server berjalan.",
      en: "Copy the workspace database consistently, also while the server runs."))

  @Option(help: UsageText.help(id: "Berkas salinan.", en: "The copy's file."))
  var output: String

  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    let language = workspace.global.language
    try reportingWorkspaceErrors(in: language) {
      try workspace.store().backup(to: output)
      print(
        language.text(
          id: "Salinan \(workspace.db) ditulis ke \(output).",
          en: "A copy of \(workspace.db) written to \(output)."))
    }
  }
}
