import ArgumentParser
import Foundation
import Hummingbird
import IKUPlan
import IKUServer

/// `ikuplan serve`: the workspace in the browser.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Jalankan ruang kerja di peramban (http://127.0.0.1:8080).",
      en: "Run the workspace in the browser (http://127.0.0.1:8080)."),
    discussion: UsageText.text(
      id: """
        Hanya dari komputer ini (127.0.0.1) kecuali --host diberikan. Buat OPD
        dengan ikuplan agency add dan akun dengan ikuplan user add; tidak ada
        akun bawaan. API JSON di /api, diuraikan di /api/openapi.yaml.
        """,
      en: """
        Reachable from this computer only (127.0.0.1) unless --host is given.
        Add agencies with ikuplan agency add and accounts with ikuplan user add;
        no default account exists. The JSON API is under /api, described at
        /api/openapi.yaml.
        """))

  @Option(help: UsageText.help(id: "Alamat yang didengar.", en: "The address to listen on."))
  var host: String = "127.0.0.1"

  @Option(help: UsageText.help(id: "Port yang didengar.", en: "The port to listen on."))
  var port: Int = 8080

  @OptionGroup var workspace: WorkspaceOptions

  func validate() throws {
    guard (0...65535).contains(port) else {
      throw UsageText.error(id: "--port menerima 0 sampai 65535.", en: "--port takes 0 to 65535.")
    }
  }

  func run() async throws {
    let language = workspace.global.language
    let store: WorkspaceStore
    do {
      store = try workspace.store()
    } catch let error as WorkspaceError {
      standardError(error.message(in: language))
      throw ExitCode(1)
    }
    let (host, db) = (host, workspace.db)
    let application = Workspace(store: store).application(host: host, port: port) { port in
      standardError(
        language.text(
          id:
            "Ruang kerja ikuplan: http://\(host):\(port)/ (basis data \(db)); Ctrl-C untuk berhenti.",
          en: "ikuplan workspace: http://\(host):\(port)/ (database \(db)); Ctrl-C to stop."))
    }
    try await application.runService()
  }
}
