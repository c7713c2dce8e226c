import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/api/agencies/{agency}/imports[/{id}]` through the router: the "Done
/// when" workspace plus agency `n`, the bundled folder before its signed
/// sheet, with planners `nina` and `nino`.
@Suite struct ImportAPITests {
  private static let sheetName = WorkspaceFixture.sheetName
  private static let upload = "/api/agencies/n/imports?name=" + sheetName

  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.twoAgencies()
    try store.addAgency(
      code: "n", name: "OPD N", dataset: try WorkspaceFixture.datasetBeforeSheet(), actor: "uji")
    for name in ["nina", "nino"] {
      try store.addAccount(
        username: name, password: WorkspaceFixture.password, role: .planner, agencies: ["n"],
        actor: "uji")
    }
    return store
  }

  private static func sheet() throws -> ByteBuffer {
    ByteBuffer(bytes: try WorkspaceFixture.sheet())
  }

  /// The sheet with IKU-2's 2024 realisation 56,04 rather than 55,04.
  private static func conflictingSheet() throws -> ByteBuffer {
    ByteBuffer(
      bytes: try WorkspaceFixture.sheet {
        $0.replacingOccurrences(of: "\t55,04%\t", with: "\t56,04%\t")
      })
  }

  @Test func anUploadIsCheckedThenConfirmed() async throws {
    let store = try store()
    let before = try store.dataset(of: "n")
    try await WorkspaceFixture.withClient(store) { client in
      let nina = try await client.signIn("nina")
      let response = try await client.post(
        Self.upload, try Self.sheet(), as: nina,
        headers: [.contentType: "application/octet-stream"])
      #expect(response.status == .ok, "\(String(buffer: response.body))")
      #expect(response.headers[.contentType] == "application/json; charset=utf-8")
      let preview = try jsonObject(response.body)
      // The OpenAPI document's `ImportPreview`.
      #expect(
        Set(preview.keys) == ["import", "summary", "report", "added", "changed", "newIndicators"])
      let id = try #require(preview["import"] as? String)
      #expect(id.count == 64)
      #expect(preview["added"] as? Int == 12)
      #expect(preview["changed"] as? Int == 0)
      #expect((preview["newIndicators"] as? [Any])?.isEmpty == true)
      let summary = try #require(preview["summary"] as? String)
      #expect(summary.hasPrefix("6 indikator"), "\(summary)")
      let report = try #require(preview["report"] as? String)
      #expect(report.contains("IKU-2"), "\(report)")
      // Nothing saved yet.
      #expect(try store.dataset(of: "n") == before)

      let confirm = try await client.post("/api/agencies/n/imports/\(id)", as: nina)
      #expect(confirm.status == .ok, "\(String(buffer: confirm.body))")
      #expect(
        String(buffer: confirm.body)
          == JSONValue.object([("added", .int(12)), ("changed", .int(0))]).rendered())
      let after = try store.dataset(of: "n")
      #expect(after.annual.count == before.annual.count + 12)
      #expect(
        try store.auditLog(of: "n").filter { $0.action == .imported }.map(\.actor)
          == Array(repeating: "nina", count: 12))

      // Confirmed once only.
      let again = try await client.post("/api/agencies/n/imports/\(id)", as: nina)
      #expect(again.status == .notFound)
      #expect(try apiError(again).code == "not-found")
      #expect(try store.dataset(of: "n") == after)
    }
  }

  @Test func anUploadIsConfirmedByItsAccountForItsAgencyOnly() async throws {
    let store = try store()
    let before = try store.dataset(of: "n")
    try await WorkspaceFixture.withClient(store) { client in
      let nina = try await client.signIn("nina")
      let nino = try await client.signIn("nino")
      let ana = try await client.signIn("ana")
      let id = try #require(
        try jsonObject(try await client.post(Self.upload, try Self.sheet(), as: nina).body)[
          "import"] as? String)
      // Another planner of the agency is told there is no such upload.
      let other = try await client.post("/api/agencies/n/imports/\(id)", as: nino)
      #expect(other.status == .notFound)
      // A planner of another agency may not confirm for `n` at all, nor
      // under its own agency.
      #expect(
        try await client.post("/api/agencies/n/imports/\(id)", as: ana).status == .forbidden)
      #expect(
        try await client.post("/api/agencies/a/imports/\(id)", as: ana).status == .notFound)
      #expect(try store.dataset(of: "n") == before)
      let confirm = try await client.post("/api/agencies/n/imports/\(id)", as: nina)
      #expect(confirm.status == .ok)
    }
  }

  @Test func onlyTheAgencysPlannersUpload() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      for username in ["ina", "bapp", "admin", "ana", "budi"] {
        let session = try await client.signIn(username)
        let response = try await client.post(Self.upload, try Self.sheet(), as: session)
        #expect(response.status == .forbidden, "\(username)")
        #expect(try apiError(response).code == "forbidden")
        let confirm = try await client.post(
          "/api/agencies/n/imports/" + String(repeating: "0", count: 64), as: session)
        #expect(confirm.status == .forbidden, "\(username)")
      }
      // Without a session, 401; without the CSRF token, 403.
      let anonymous = try await client.execute(
        uri: Self.upload, method: .post, headers: [:], body: try Self.sheet())
      #expect(anonymous.status == .unauthorized)
      #expect(try apiError(anonymous).code == "unauthenticated")
      let nina = try await client.signIn("nina")
      let forged = try await client.execute(
        uri: Self.upload, method: .post, headers: nina.headers, body: try Self.sheet())
      #expect(forged.status == .forbidden)
      #expect(try apiError(forged).code == "csrf")
    }
    let pending = try await store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM pendingImport")
    }
    #expect(pending == 0)
  }

  @Test func aConflictIs422NamingTheFileAndReplacingLetsTheSheetWin() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let uri = "/api/agencies/a/imports?name=" + Self.sheetName
      let conflict = try await client.post(uri, try Self.conflictingSheet(), as: ana)
      #expect(conflict.status == .unprocessableContent)
      let (code, message) = try apiError(conflict)
      #expect(code == "invalid-data")
      #expect(message.hasPrefix(Self.sheetName + ", baris 18"), "\(message)")
      #expect(!message.contains("/tmp") && !message.contains("ikuplan-upload"), "\(message)")
      // In English on request.
      let english = try apiError(
        try await client.post(uri + "&lang=en", try Self.conflictingSheet(), as: ana)
      ).message
      #expect(english.hasPrefix(Self.sheetName + ", line 18"), "\(english)")

      let replacing = try await client.post(
        uri + "&replace=true", try Self.conflictingSheet(), as: ana)
      #expect(replacing.status == .ok, "\(String(buffer: replacing.body))")
      let preview = try jsonObject(replacing.body)
      #expect(preview["added"] as? Int == 0 && preview["changed"] as? Int == 1)
      let id = try #require(preview["import"] as? String)
      #expect(
        try store.value(agency: "a", indicator: "IKU-2", year: 2024, quarter: nil).actual == 55.04)
      let confirm = try await client.post("/api/agencies/a/imports/\(id)", as: ana)
      #expect(
        String(buffer: confirm.body)
          == JSONValue.object([("added", .int(0)), ("changed", .int(1))]).rendered())
      let stored = try store.value(agency: "a", indicator: "IKU-2", year: 2024, quarter: nil)
      #expect(stored.actual == 56.04 && stored.version == 2)
    }
  }

  @Test func aConflictThatAppearedSinceTheCheckIs422() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let nina = try await client.signIn("nina")
      let nino = try await client.signIn("nino")
      let id = try #require(
        try jsonObject(try await client.post(Self.upload, try Self.sheet(), as: nina).body)[
          "import"] as? String)
      let put = try await client.put(
        "/api/agencies/n/values/IKU-2/2024", #"{"value": 60, "source": "LKjIP 2024"}"#, as: nino)
      #expect(put.status == .ok)
      let before = try store.dataset(of: "n")
      let confirm = try await client.post("/api/agencies/n/imports/\(id)", as: nina)
      #expect(confirm.status == .unprocessableContent)
      #expect(try apiError(confirm).code == "invalid-data")
      #expect(
        try apiError(confirm).message.hasPrefix(Self.sheetName), "\(String(buffer: confirm.body))")
      #expect(try store.dataset(of: "n") == before)
    }
  }

  @Test func aFileThatIsNotASheetIs422() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let nina = try await client.signIn("nina")
      for name in ["lembar.xlsx", "lembar.csv", "lembar.txt"] {
        let response = try await client.post(
          "/api/agencies/n/imports?name=\(name)", ByteBuffer(string: "bukan lembar IKU"),
          as: nina)
        #expect(response.status == .unprocessableContent, "\(name)")
        let (code, message) = try apiError(response)
        #expect(code == "invalid-data")
        #expect(message.contains(name), "\(message)")
        #expect(!message.contains("/tmp"), "\(message)")
      }
      // Without `?name=`, the upload is read as a workbook.
      let unnamed = try await client.post(
        "/api/agencies/n/imports", ByteBuffer(string: "bukan lembar IKU"), as: nina)
      #expect(unnamed.status == .unprocessableContent)
      #expect(try apiError(unnamed).message.contains("lembar.xlsx"))
    }
  }

  /// A file name that is a path or a folder's name: only its last
  /// component names the file, and a name that cannot be a file is bad
  /// input (422), not a failure of the server (500).
  @Test(arguments: ["..", "."])
  func aFileNameThatCannotBeAFileIsBadInput(_ name: String) async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let nina = try await client.signIn("nina")
      let response = try await client.post(
        "/api/agencies/n/imports?name=\(name)", try Self.sheet(), as: nina)
      #expect(response.status == .unprocessableContent, "\(String(buffer: response.body))")
      #expect(response.status != .ok)
    }
  }
}
