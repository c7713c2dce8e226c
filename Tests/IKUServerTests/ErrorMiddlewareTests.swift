import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import IKUServer

@Suite struct ErrorMiddlewareTests {
  @Test func anAddressWithNoRouteIs404InJSON() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for uri in ["/api", "/api/nowhere", "/api/agencies/a", "/api/agencies/a/targets/IKU-2"] {
        let response = try await client.get(uri)
        #expect(response.status == .notFound, "\(uri)")
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        let error = try apiError(response)
        #expect(error.code == "not-found")
        #expect(error.message == "Alamat ini tidak ada.")
      }
      #expect(try apiError(try await client.get("/api?lang=en")).message == "No such address.")
    }
  }

  /// A page, not the API: without a session the sign-in page; with one, a
  /// page that names the problem in the frame of the signed-in account.
  @Test func aPageWithoutASessionGoesToSignInAndAMissingOneSaysSo() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let anonymous = try await client.get("/opd/a")
      #expect(anonymous.status == .seeOther)
      #expect(anonymous.headers[.location] == "/masuk")
      let ana = try await client.signIn("ana")
      let missing = try await client.get("/tidak-ada", as: ana)
      #expect(missing.status == .notFound)
      #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
      let page = String(buffer: missing.body)
      #expect(page.contains("Alamat ini tidak ada."))
      #expect(page.contains("ana (perencana)"))
    }
  }

  /// An error that is no workspace error (here a trigger the test adds
  /// to the writer's connection) is 500 with a message that tells
  /// nothing of the server's insides.
  @Test func anUnexpectedErrorIs500WithoutItsDetails() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await store.pool.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuseEntry BEFORE INSERT ON auditEntry
          BEGIN SELECT RAISE(ABORT, 'rincian-rahasia'); END
          """)
    }
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 41}"#, as: ana)
      #expect(response.status == .internalServerError)
      let error = try apiError(response)
      #expect(error.code == "internal")
      #expect(error.message == "Terjadi galat di server; rinciannya ada di log server.")
      #expect(!String(buffer: response.body).contains("rincian-rahasia"))
      #expect(!String(buffer: response.body).contains("auditEntry"))
      #expect(response.headers[.xContentTypeOptions] == "nosniff")
    }
    #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
  }
}
