import ArgumentParser
import Foundation
import IKUPlan
import IKUServer

/// `--db FILE`, the workspace database every workspace command opens.
struct WorkspaceOptions: ParsableArguments {
  @Option(
    help: UsageText.help(
      id: "Berkas basis data ruang kerja (SQLite; dibuat bila belum ada).",
      en: "The workspace database file (SQLite; created if missing)."))
  var db: String = "ikuplan.db"

  @OptionGroup var global: GlobalOptions

  /// Opens the database.
  func store() throws -> WorkspaceStore { try WorkspaceStore(path: db) }

  /// Who runs the command, for the audit log: `cli:` and the system user.
  var actor: String { "cli:" + ProcessInfo.processInfo.userName }
}

/// Runs `body`; a workspace or data error is printed in the chosen
/// language and ends the program with exit code 1.
func reportingWorkspaceErrors(in language: Language, _ body: () throws -> Void) throws {
  try reportingInputErrors(in: language) {
    do {
      try body()
    } catch let error as WorkspaceError {
      standardError(error.message(in: language))
      throw ExitCode(1)
    }
  }
}
