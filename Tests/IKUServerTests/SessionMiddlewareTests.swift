import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import IKUServer

@Suite struct SessionMiddlewareTests {
  @Test func tokensAreComparedWhole() {
    let token = String(repeating: "ab", count: 32)
    #expect(SessionMiddleware.constantTimeEqual(token, token))
    #expect(!SessionMiddleware.constantTimeEqual(token, String(token.dropLast()) + "c"))
    #expect(!SessionMiddleware.constantTimeEqual(token, String(token.dropLast())))
    #expect(!SessionMiddleware.constantTimeEqual(token, token + "a"))
    #expect(!SessionMiddleware.constantTimeEqual(token, ""))
    #expect(SessionMiddleware.constantTimeEqual("", ""))
    #expect(!SessionMiddleware.constantTimeEqual(token, token.uppercased()))
  }

  @Test func whichMethodsChangeState() {
    for method: HTTPRequest.Method in [.get, .head, .options] {
      #expect(!SessionMiddleware.changesState(method), "\(method)")
    }
    for method: HTTPRequest.Method in [.post, .put, .patch, .delete] {
      #expect(SessionMiddleware.changesState(method), "\(method)")
    }
  }

  @Test func signingInIsTheOneStateChangeWithoutAToken() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      // Signing in again from a signed-in browser (another account, say)
      // needs no token of the old session.
      var headers = ana.headers
      headers[.contentType] = "application/json"
      let again = try await client.execute(
        uri: "/api/session", method: .post, headers: headers, body: credentials("budi"))
      #expect(again.status == .ok)
      // Any other state change of a session does.
      for method: HTTPRequest.Method in [.post, .put, .patch, .delete] {
        let response = try await client.execute(
          uri: "/api/agencies/a/targets/IKU-2/2025", method: method, headers: ana.headers)
        #expect(response.status == .forbidden, "\(method)")
        #expect(try apiError(response).code == "csrf")
      }
    }
  }

  @Test func theCookieOfAnotherNameOpensNothing() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.execute(
        uri: "/api/agencies", method: .get, headers: [.cookie: "sesi=\(ana.token)"])
      #expect(response.status == .unauthorized)
      let right = try await client.execute(
        uri: "/api/agencies", method: .get,
        headers: [.cookie: "lain=1; \(SessionMiddleware.cookie)=\(ana.token)"])
      #expect(right.status == .ok)
    }
  }
}
