import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `ikuplan agency`, `user`, `serve` and `backup`, end to end: the built
/// binary on a database in a temporary folder.
@Suite struct WorkspaceCommandTests {
  private static let folder = "history/tanjungpinang-disnakerkum"
  private static let password = "kata-sandi-ana"

  /// The data lines of one of the bundled folder's files (the header
  /// aside).
  private static func rows(_ file: String) throws -> Int {
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent(folder).appendingPathComponent(file),
      encoding: .utf8)
    return text.split(whereSeparator: \.isNewline).count - 1
  }

  /// A database with the bundled agency `disnakerkum` and its planner
  /// `ana`.
  private static func workspace() throws -> (db: String, folder: URL) {
    let directory = try temporaryFolder()
    let db = directory.appendingPathComponent("ruang-kerja.db").path
    let agency = try runIKUPlan([
      "agency", "add", "disnakerkum", "--name", "Disnakerkum Tanjungpinang", "--from", folder,
      "--db", db,
    ])
    try #require(agency.status == 0, "\(agency.standardError)")
    let user = try runIKUPlan(
      ["user", "add", "ana", "--role", "planner", "--agency", "disnakerkum", "--db", db],
      standardInput: password + "\n")
    try #require(user.status == 0, "\(user.standardError)")
    return (db, directory)
  }

  @Test func addingAnAgencyAndListingIt() throws {
    let db = try temporaryFolder().appendingPathComponent("ruang-kerja.db").path
    let add = try runIKUPlan([
      "agency", "add", "disnakerkum", "--name", "Disnakerkum Tanjungpinang", "--from",
      Self.folder, "--db", db,
    ])
    #expect(add.status == 0, "\(add.standardError)")
    let (indicators, annual, quarterly) = (
      try Self.rows("indikator.csv"), try Self.rows("realisasi.csv"),
      try Self.rows("triwulan.csv")
    )
    #expect(
      add.standardOutput
        == "OPD disnakerkum ditambahkan: \(indicators) indikator, \(annual) baris tahunan, \(quarterly) baris triwulan.\n"
    )
    let list = try runIKUPlan(["agency", "list", "--db", db])
    #expect(list.status == 0)
    let line = try #require(list.standardOutput.split(separator: "\n").last)
    #expect(
      line.split(separator: " ").map(String.init)
        == ["disnakerkum", "Disnakerkum", "Tanjungpinang", "\(indicators)"])
    // A second time is refused, in Indonesian, and changes nothing.
    let again = try runIKUPlan([
      "agency", "add", "disnakerkum", "--name", "Lain", "--from", Self.folder, "--db", db,
    ])
    #expect(again.status == 1)
    #expect(again.standardError.contains("OPD berkode disnakerkum sudah ada di ruang kerja."))
    #expect(try runIKUPlan(["agency", "list", "--db", db]).standardOutput == list.standardOutput)
  }

  @Test func addingAUserReadsThePasswordFromStandardInput() throws {
    let (db, _) = try Self.workspace()
    let budi = try runIKUPlan(
      ["user", "add", "budi", "--role", "inspector", "--agency", "disnakerkum", "--db", db],
      standardInput: "kata-sandi-budi\r\n")
    #expect(budi.status == 0, "\(budi.standardError)")
    #expect(budi.standardOutput == "Akun budi (inspektorat) ditambahkan.\n")
    // The password is nowhere in the database file.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
    #expect(bytes.range(of: Data("kata-sandi-budi".utf8)) == nil)
    #expect(bytes.range(of: Data(Self.password.utf8)) == nil)
  }

  @Test func aShortPasswordIsRefusedInIndonesian() throws {
    let (db, _) = try Self.workspace()
    let result = try runIKUPlan(
      ["user", "add", "budi", "--role", "admin", "--db", db], standardInput: "123456789\n")
    #expect(result.status == 1)
    #expect(result.standardError.contains("Kata sandi minimal 10 karakter."))
    #expect(result.standardOutput.isEmpty)
    let english = try runIKUPlan(
      ["user", "add", "budi", "--role", "admin", "--db", db, "--lang", "en"],
      standardInput: "123456789\n")
    #expect(english.status == 1)
    #expect(english.standardError.contains("A password needs at least 10 characters."))
  }

  @Test func noPasswordAtAllIsRefused() throws {
    let (db, _) = try Self.workspace()
    let result = try runIKUPlan(
      ["user", "add", "budi", "--role", "admin", "--db", db], standardInput: "")
    #expect(result.status == 1)
    #expect(result.standardError.contains("Tidak ada kata sandi di masukan standar."))
  }

  @Test func aPlannerNeedsAnAgency() throws {
    let (db, _) = try Self.workspace()
    let none = try runIKUPlan(
      ["user", "add", "budi", "--role", "planner", "--db", db],
      standardInput: "kata-sandi-budi\n")
    #expect(none.status == 1)
    #expect(none.standardError.contains("Peran perencana memerlukan tepat satu --agency"))
    let unknown = try runIKUPlan(
      ["user", "add", "budi", "--role", "planner", "--agency", "dinsos", "--db", db],
      standardInput: "kata-sandi-budi\n")
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("Tidak ada OPD berkode dinsos."))
    let admin = try runIKUPlan(
      ["user", "add", "budi", "--role", "admin", "--agency", "disnakerkum", "--db", db],
      standardInput: "kata-sandi-budi\n")
    #expect(admin.status == 1)
    #expect(admin.standardError.contains("tidak memakai --agency"))
  }

  @Test func aDatabaseThatCannotBeOpenedEndsTheCommandsWithAMessage() throws {
    let folder = try temporaryFolder()
    let missing = folder.appendingPathComponent("tidak-ada/ruang-kerja.db").path
    for arguments in [
      ["serve", "--db", missing, "--port", "0"], ["agency", "list", "--db", missing],
      ["backup", "--db", missing, "--output", folder.appendingPathComponent("salinan.db").path],
    ] {
      let result = try runIKUPlan(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(
        result.standardError.contains("\(missing): basis data ruang kerja tidak dapat dibuka"),
        "\(arguments): \(result.standardError)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    let port = try runIKUPlan(["serve", "--db", missing, "--port", "65536"])
    #expect(port.status != 0)
    #expect(port.standardError.contains("--port menerima 0 sampai 65535."))
  }

  @Test func aBackupThatCannotBeWrittenLeavesNoFile() throws {
    let (db, directory) = try Self.workspace()
    let target = directory.appendingPathComponent("tidak-ada/salinan.db").path
    let result = try runIKUPlan(["backup", "--db", db, "--output", target])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix(target + ": "))
    #expect(!FileManager.default.fileExists(atPath: target))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        == ["ruang-kerja.db"])
  }

  /// The server as people start it, against the command line: the review
  /// over HTTP is byte for byte `ikuplan review --format json` (one number
  /// per quantity), and a backup taken while it runs is a workspace.
  @Test func theServerAnswersAsTheCommandLine() async throws {
    let (db, directory) = try Self.workspace()
    let server = try WorkspaceServer(db: db)
    defer { server.stop() }
    let port = try #require(server.port, "no address on standard error: \(server.standardError)")
    let base = "http://127.0.0.1:\(port)"

    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpShouldSetCookies = false
    configuration.httpCookieStorage = nil
    let session = URLSession(configuration: configuration)
    var signIn = URLRequest(url: try #require(URL(string: base + "/api/session")))
    signIn.httpMethod = "POST"
    signIn.setValue("application/json", forHTTPHeaderField: "Content-Type")
    signIn.httpBody = try JSONSerialization.data(withJSONObject: [
      "username": "ana", "password": Self.password,
    ])
    let (_, signedIn) = try await session.data(for: signIn)
    let response = try #require(signedIn as? HTTPURLResponse)
    #expect(response.statusCode == 200)
    let cookie = try #require(response.value(forHTTPHeaderField: "Set-Cookie"))
    let pair = try #require(cookie.split(separator: ";").first)
    #expect(pair.hasPrefix("ikuplan_sesi="))

    var get = URLRequest(
      url: try #require(URL(string: base + "/api/agencies/disnakerkum/review")))
    get.setValue(String(pair), forHTTPHeaderField: "Cookie")
    let (body, answered) = try await session.data(for: get)
    #expect((answered as? HTTPURLResponse)?.statusCode == 200)
    let command = try runIKUPlan(["review", "--format", "json", "--history", Self.folder])
    #expect(command.status == 0)
    #expect(body == Data(command.standardOutput.utf8))

    let copy = directory.appendingPathComponent("salinan.db").path
    let backup = try runIKUPlan(["backup", "--db", db, "--output", copy])
    #expect(backup.status == 0, "\(backup.standardError)")
    let list = try runIKUPlan(["agency", "list", "--db", copy])
    #expect(list.status == 0, "\(list.standardError)")
    #expect(list.standardOutput.contains("disnakerkum"))
    #expect(list.standardOutput.contains("Disnakerkum Tanjungpinang"))
    #expect(server.isRunning)
  }
}
