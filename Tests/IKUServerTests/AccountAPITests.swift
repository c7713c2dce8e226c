import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/api/accounts`: listed and added by an admin only.
@Suite struct AccountAPITests {
  private static func newAccount(
    _ username: String, password: String = "kata-sandi-baru", role: String = "planner",
    agencies: [String]? = ["a"]
  ) -> String {
    var object: [String: Any] = ["username": username, "password": password, "role": role]
    if let agencies { object["agencies"] = agencies }
    let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  private func post(
    _ client: any TestClientProtocol, _ json: String, as session: SignedInClient
  ) async throws -> TestResponse {
    try await client.post(
      "/api/accounts", ByteBuffer(string: json), as: session,
      headers: [.contentType: "application/json"])
  }

  @Test func theAdminListsEveryAccount() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let admin = try await client.signIn("admin")
      let response = try await client.get("/api/accounts", as: admin)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/json; charset=utf-8")
      // By username; each `{"username", "role", "agencies"}` (the OpenAPI
      // document's `Account`), never a password or its hash.
      #expect(
        String(buffer: response.body)
          == JSONValue.array(
            [
              ("admin", "admin", []), ("ana", "planner", ["a"]), ("bapp", "bappeda", []),
              ("budi", "planner", ["b"]), ("ina", "inspector", ["a"]),
            ].map { username, role, agencies in
              JSONValue.object([
                ("username", .string(username)), ("role", .string(role)),
                ("agencies", .array(agencies.map(JSONValue.string))),
              ])
            }
          ).rendered())
      #expect(!String(buffer: response.body).contains("$2b$"))
    }
  }

  @Test func nobodyButTheAdminListsOrAdds() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for username in ["ana", "ina", "bapp", "budi"] {
        let session = try await client.signIn(username)
        let list = try await client.get("/api/accounts", as: session)
        #expect(list.status == .forbidden, "\(username)")
        #expect(try apiError(list).code == "forbidden")
        let add = try await post(
          client, Self.newAccount("nina", role: "admin", agencies: nil), as: session)
        #expect(add.status == .forbidden, "\(username)")
        #expect(try apiError(add).code == "forbidden")
      }
      let anonymous = try await client.get("/api/accounts")
      #expect(anonymous.status == .unauthorized)
      let anonymousAdd = try await client.execute(
        uri: "/api/accounts", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: Self.newAccount("nina")))
      #expect(anonymousAdd.status == .unauthorized)
      // The admin's session without its CSRF token.
      let admin = try await client.signIn("admin")
      var headers = admin.headers
      headers[.contentType] = "application/json"
      let forged = try await client.execute(
        uri: "/api/accounts", method: .post, headers: headers,
        body: ByteBuffer(string: Self.newAccount("nina")))
      #expect(forged.status == .forbidden)
      #expect(try apiError(forged).code == "csrf")
    }
    #expect(try store.account(named: "nina") == nil)
  }

  @Test func theAdminAddsAnAccountThatCanSignIn() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let admin = try await client.signIn("admin")
      let response = try await post(client, Self.newAccount("nina", agencies: ["b"]), as: admin)
      #expect(response.status == .created, "\(String(buffer: response.body))")
      #expect(
        String(buffer: response.body)
          == JSONValue.object([
            ("username", .string("nina")), ("role", .string("planner")),
            ("agencies", .array([.string("b")])),
          ]).rendered())
      let nina = try await client.signIn("nina", password: "kata-sandi-baru")
      #expect(try await client.get("/api/agencies/b/review", as: nina).status == .ok)
      #expect(try await client.get("/api/agencies/a/review", as: nina).status == .forbidden)
      // Logged, with the admin as actor.
      let entry = try #require(try store.auditLog(of: "b").first)
      #expect(entry.action == .accountAdded && entry.actor == "admin")
      #expect(entry.newValue == "nina" && entry.field == "planner")
      // Bappeda takes no agency; `agencies` may be left out.
      let bappeda = try await post(
        client, Self.newAccount("bappeda2", role: "bappeda", agencies: nil), as: admin)
      #expect(bappeda.status == .created)
      #expect(try jsonObject(bappeda.body)["agencies"] as? [String] == [])
    }
  }

  @Test func refusalsOfANewAccount() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let admin = try await client.signIn("admin")
      let short = try await post(client, Self.newAccount("nina", password: "pendek"), as: admin)
      #expect(short.status == .unprocessableContent)
      #expect(
        try apiError(short)
          == ("invalid", WorkspaceError.passwordTooShort.message(in: .indonesian)))
      // 73 bytes: one more than bcrypt reads.
      let long = try await post(
        client, Self.newAccount("nina", password: String(repeating: "k", count: 73)), as: admin)
      #expect(long.status == .unprocessableContent)
      #expect(try apiError(long).message == WorkspaceError.passwordTooLong.message(in: .indonesian))
      let existing = try await post(client, Self.newAccount("ana"), as: admin)
      #expect(existing.status == .conflict)
      #expect(
        try apiError(existing)
          == ("exists", WorkspaceError.accountExists("ana").message(in: .indonesian)))
      let unknownAgency = try await post(
        client, Self.newAccount("nina", agencies: ["dinsos"]), as: admin)
      #expect(unknownAgency.status == .notFound)
      let twoAgencies = try await post(
        client, Self.newAccount("nina", agencies: ["a", "b"]), as: admin)
      #expect(twoAgencies.status == .unprocessableContent)
      let noAgency = try await post(client, Self.newAccount("nina", agencies: nil), as: admin)
      #expect(noAgency.status == .unprocessableContent)
      let badName = try await post(client, Self.newAccount("nina budi"), as: admin)
      #expect(badName.status == .unprocessableContent)
      for body in [Self.newAccount("nina", role: "raja"), #"{"username": "nina"}"#, "{"] {
        let response = try await post(client, body, as: admin)
        #expect(response.status == .badRequest, "\(body)")
        #expect(try apiError(response).code == "bad-request")
      }
    }
    #expect(try store.account(named: "nina") == nil)
    #expect(try store.accounts().count == 5)
  }

  @Test func seventyTwoBytesIsTheLongestPassword() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let admin = try await client.signIn("admin")
      // "é" is two bytes in UTF-8: 36 of them are 72 bytes.
      let password = String(repeating: "é", count: 36)
      #expect(password.utf8.count == 72)
      let response = try await post(client, Self.newAccount("nina", password: password), as: admin)
      #expect(response.status == .created)
      _ = try await client.signIn("nina", password: password)
      // 37 of them are 37 characters, but 74 bytes.
      let over = try await post(
        client, Self.newAccount("nino", password: password + "é"), as: admin)
      #expect(over.status == .unprocessableContent)
      #expect(try apiError(over).message == WorkspaceError.passwordTooLong.message(in: .indonesian))
    }
  }
}
