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

  @Test func anOriginIsTheRequestsHostOnlyWhenItNamesIt() {
    #expect(SessionMiddleware.isSameOrigin("http://127.0.0.1:8080", host: "127.0.0.1:8080"))
    #expect(SessionMiddleware.isSameOrigin("http://localhost", host: "localhost"))
    #expect(SessionMiddleware.isSameOrigin("https://ikuplan.example", host: "ikuplan.example"))
    // Host names are compared without case.
    #expect(SessionMiddleware.isSameOrigin("http://IKUPlan.Example", host: "ikuplan.example"))
    // Another host, port or a host that merely starts or ends alike.
    #expect(!SessionMiddleware.isSameOrigin("http://evil.example", host: "localhost"))
    #expect(!SessionMiddleware.isSameOrigin("http://localhost:8081", host: "localhost:8080"))
    #expect(!SessionMiddleware.isSameOrigin("http://localhost", host: "localhost:8080"))
    #expect(!SessionMiddleware.isSameOrigin("http://localhost.evil.example", host: "localhost"))
    #expect(!SessionMiddleware.isSameOrigin("http://evil.localhost", host: "localhost"))
    #expect(!SessionMiddleware.isSameOrigin("http://user@localhost", host: "localhost"))
    // An opaque origin (`null`, a sandboxed page), or no host to compare.
    #expect(!SessionMiddleware.isSameOrigin("null", host: "localhost"))
    #expect(!SessionMiddleware.isSameOrigin("", host: "localhost"))
    #expect(!SessionMiddleware.isSameOrigin("http://localhost", host: nil))
  }

  /// The router's test client sends every request to `localhost`.
  @Test func aStateChangeFromAnotherSitesPageIsRefusedEvenWithTheToken() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      for origin in ["http://evil.example", "null", "http://localhost:8080"] {
        let response = try await client.put(
          "/api/agencies/a/targets/IKU-2/2025", #"{"value": 80}"#, as: ana,
          headers: [.origin: origin])
        #expect(response.status == .forbidden, "\(origin)")
        #expect(try apiError(response).code == "csrf")
      }
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
      // From the workspace's own page, the change goes through.
      let same = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 45}"#, as: ana,
        headers: [.origin: "http://localhost"])
      #expect(same.status == .ok, "\(String(buffer: same.body))")
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 45)
      // Reading is not a state change: another site's Origin is no matter.
      var reading = ana.headers
      reading[.origin] = "http://evil.example"
      let read = try await client.execute(
        uri: "/api/agencies/a/review", method: .get, headers: reading)
      #expect(read.status == .ok)
      // Signing out from another site is refused too.
      var signingOut = ana.editing
      signingOut[.origin] = "http://evil.example"
      let signOut = try await client.execute(
        uri: "/api/session", method: .delete, headers: signingOut)
      #expect(signOut.status == .forbidden)
      #expect(try store.session(token: ana.token) != nil)
    }
  }

  @Test func signingInFromAnotherSiteIsRefused() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let api = try await client.execute(
        uri: "/api/session", method: .post,
        headers: [.contentType: "application/json", .origin: "http://evil.example"],
        body: credentials("ana"))
      #expect(api.status == .forbidden)
      #expect(try apiError(api).code == "csrf")
      #expect(api.headers[.setCookie] == nil)
      // The sign-in form too: a page, 403.
      let form = try await client.execute(
        uri: "/masuk", method: .post,
        headers: [
          .contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example",
        ],
        body: ByteBuffer(string: "username=ana&password=\(WorkspaceFixture.password)"))
      #expect(form.status == .forbidden)
      #expect(form.headers[.setCookie] == nil)
      #expect(form.headers[.contentType] == "text/html; charset=utf-8")
      // From the workspace itself, signing in works.
      let same = try await client.execute(
        uri: "/api/session", method: .post,
        headers: [.contentType: "application/json", .origin: "http://localhost"],
        body: credentials("ana"))
      #expect(same.status == .ok)
    }
    // No attempt was counted for the refused requests.
    let failures = try await store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM loginFailure")
    }
    #expect(failures == 0)
  }
}
