import Foundation
import GRDB
import TestSupport
import Testing

@testable import IKUServer

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `ikuplan serve` killed (SIGKILL) while it saves a planner's upload:
/// the database is intact, the agency is as it was before the upload (no
/// value of it half-saved), the upload still waits, and after a restart
/// the same confirmation saves all of it.
@Suite struct ServerKilledDuringImportTests {
  /// Indicators in the agency and the sheet: enough that merging the sheet
  /// (inside the saving transaction) takes a moment in a debug build.
  private static let indicators = 600
  private static let password = "rahasia-sekali-1"

  /// An agency's folder with 2020–2023 realisations, and an IKU sheet of
  /// the same indicators with their 2024 realisation and 2025 target.
  private static func files(in directory: URL) throws -> (folder: URL, sheet: Data) {
    let folder = directory.appendingPathComponent("sebelum")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var indicators = "kode;indikator;satuan;polaritas\n"
    var annual = "kode;tahun;realisasi;target;sumber\n"
    var sheet = "NO.\tINDIKATOR KINERJA UTAMA\tSATUAN\tCAPAIAN TA 2024\tTARGET TA. 2025\n"
    for i in 1...Self.indicators {
      indicators += "U-\(i);Indikator uji nomor \(i);%;naik\n"
      for year in 2020...2023 {
        annual += "U-\(i);\(year);\(30 + (i + year) % 20);;ilustrasi: uji\n"
      }
      sheet += "\(i).\tIndikator uji nomor \(i)\t%\t\(40 + i % 10),5\t\(50 + i % 7)\n"
    }
    _ = try writeFile("indikator.csv", indicators, in: folder)
    _ = try writeFile("realisasi.csv", annual, in: folder)
    return (folder, Data(sheet.utf8))
  }

  /// Whether another process holds the database's write lock (a write
  /// transaction is open): `BEGIN IMMEDIATE` is refused at once.
  private static func isWriting(_ path: String) -> Bool {
    var configuration = Configuration()
    configuration.busyMode = .immediateError
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else {
      return false
    }
    do {
      try queue.inTransaction(.immediate) { _ in .rollback }
      return false
    } catch {
      return true
    }
  }

  private struct Client {
    let base: String
    let session: URLSession
    var cookie = ""
    var csrf = ""

    func send(_ method: String, _ path: String, _ body: Data?) async throws -> (Int, Data) {
      var request = URLRequest(url: try #require(URL(string: base + path)))
      request.httpMethod = method
      request.httpBody = body
      request.setValue(cookie, forHTTPHeaderField: "Cookie")
      request.setValue(csrf, forHTTPHeaderField: "X-CSRF-Token")
      let (data, response) = try await session.data(for: request)
      return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    mutating func signIn() async throws {
      let body = try JSONSerialization.data(withJSONObject: [
        "username": "perencana", "password": ServerKilledDuringImportTests.password,
      ])
      var request = URLRequest(url: try #require(URL(string: base + "/api/session")))
      request.httpMethod = "POST"
      request.httpBody = body
      let (data, response) = try await session.data(for: request)
      let http = try #require(response as? HTTPURLResponse)
      #expect(http.statusCode == 200)
      let setCookie = try #require(http.value(forHTTPHeaderField: "Set-Cookie"))
      cookie = String(try #require(setCookie.split(separator: ";").first))
      let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      csrf = try #require(json["csrfToken"] as? String)
    }
  }

  private static func client(_ server: WorkspaceServer) throws -> Client {
    let port = try #require(server.port, "no address: \(server.standardError)")
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpShouldSetCookies = false
    configuration.httpCookieStorage = nil
    configuration.timeoutIntervalForRequest = 600
    return Client(
      base: "http://127.0.0.1:\(port)", session: URLSession(configuration: configuration))
  }

  @Test func aKilledSaveLeavesTheAgencyAsItWasAndTheUploadWaiting() async throws {
    let directory = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (folder, sheet) = try Self.files(in: directory)
    let db = directory.appendingPathComponent("ruang-kerja.db").path
    let added = try runIKUPlan([
      "agency", "add", "uji", "--name", "OPD uji", "--from", folder.path, "--db", db,
    ])
    #expect(added.status == 0, "\(added.standardError)")
    let user = try runIKUPlan(
      ["user", "add", "perencana", "--role", "planner", "--agency", "uji", "--db", db],
      standardInput: Self.password + "\n")
    #expect(user.status == 0, "\(user.standardError)")
    let before = Self.indicators * 4

    let server = try WorkspaceServer(db: db)
    defer { server.stop() }
    var client = try Self.client(server)
    try await client.signIn()
    let (status, preview) = try await client.send(
      "POST", "/api/agencies/uji/imports?name=IKU-2025.txt", sheet)
    #expect(status == 200, "\(String(decoding: preview, as: UTF8.self))")
    let previewed = try #require(try JSONSerialization.jsonObject(with: preview) as? [String: Any])
    let id = try #require(previewed["import"] as? String)
    #expect(previewed["added"] as? Int == 2 * Self.indicators)

    // The confirmation, left running; the server is killed once it holds
    // the write lock: inside the transaction that saves the upload.
    let confirming = Task { [client] in
      try? await client.send("POST", "/api/agencies/uji/imports/\(id)", Data("{}".utf8))
    }
    var sawTheTransaction = false
    for _ in 0..<20_000 where server.isRunning {
      if Self.isWriting(db) {
        sawTheTransaction = true
        break
      }
      usleep(1_000)
    }
    server.kill()
    _ = await confirming.value
    #expect(sawTheTransaction, "the server never held the write lock")

    let store = try WorkspaceStore(path: db, passwordCost: 4)
    let (integrity, rows, imported, waiting) = try await store.pool.read { db in
      (
        try String.fetchAll(db, sql: "PRAGMA integrity_check"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM annualValue WHERE agency = 'uji'"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM auditEntry WHERE action = 'imported'"),
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM pendingImport WHERE id = ?", arguments: [id])
      )
    }
    #expect(integrity == ["ok"])
    // Killed inside the transaction: nothing of the upload is saved, and
    // it still waits to be confirmed.
    #expect(rows == before)
    #expect(imported == 0)
    #expect(waiting == 1)

    // Restarted, the same session confirms the same upload: all of it.
    let restarted = try WorkspaceServer(db: db)
    defer { restarted.stop() }
    var again = try Self.client(restarted)
    again.cookie = client.cookie
    again.csrf = client.csrf
    let (confirmed, answer) = try await again.send(
      "POST", "/api/agencies/uji/imports/\(id)", Data("{}".utf8))
    #expect(confirmed == 200, "\(String(decoding: answer, as: UTF8.self))")
    let after = try await store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM annualValue WHERE agency = 'uji'")
    }
    #expect(after == before + 2 * Self.indicators)
  }
}
