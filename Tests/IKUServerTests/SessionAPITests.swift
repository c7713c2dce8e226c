import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import IKUServer

@Suite struct SessionAPITests {
  @Test func signingInGivesTheCSRFTokenTheAccountAndTheCookie() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let response = try await client.execute(
        uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
        body: credentials("ina"))
      #expect(response.status == .ok)
      let body = try jsonObject(response.body)
      let csrf = try #require(body["csrfToken"] as? String)
      let account = try #require(body["account"] as? [String: Any])
      #expect(account["username"] as? String == "ina")
      #expect(account["role"] as? String == "inspector")
      #expect(account["agencies"] as? [String] == ["a"])
      // The cookie's token opens the session the body's CSRF token
      // belongs to; the body does not carry the cookie's token.
      let cookie = try #require(response.headers[.setCookie])
      let token = try #require(
        cookie.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last)
      let session = try #require(try store.session(token: String(token)))
      #expect(session.account.username == "ina")
      #expect(session.csrfToken == csrf)
      #expect(!String(buffer: response.body).contains(String(token)))
    }
  }

  @Test func theCurrentSession() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let bapp = try await client.signIn("bapp")
      let response = try await client.get("/api/session", as: bapp)
      #expect(response.status == .ok)
      let body = try jsonObject(response.body)
      #expect(body["csrfToken"] as? String == bapp.csrfToken)
      let account = try #require(body["account"] as? [String: Any])
      #expect(account["username"] as? String == "bapp")
      #expect(account["role"] as? String == "bappeda")
      #expect(account["agencies"] as? [String] == [])
      let none = try await client.get("/api/session")
      #expect(none.status == .unauthorized)
      #expect(try apiError(none).code == "unauthenticated")
    }
  }

  @Test func aWrongPasswordAndAnUnknownNameGetTheSameAnswer() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      var bodies: [String] = []
      for (username, password) in [
        ("ana", "kata-sandi-salah"), ("tidak-ada", WorkspaceFixture.password),
      ] {
        let response = try await client.execute(
          uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
          body: credentials(username, password))
        #expect(response.status == .unauthorized)
        #expect(response.headers[.setCookie] == nil)
        #expect(try apiError(response).code == "wrong-password")
        bodies.append(String(buffer: response.body))
      }
      #expect(bodies[0] == bodies[1])
    }
  }

  @Test(arguments: ["", "{}", #"{"username": "ana"}"#, #"{"username": 1, "password": 2}"#])
  func aBodyWithoutNameAndPasswordIs400(_ body: String) async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let response = try await client.execute(
        uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: body))
      #expect(response.status == .badRequest)
      #expect(try apiError(response).code == "bad-request")
    }
  }

  @Test func signingOutEndsTheSessionAndClearsTheCookie() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      // Without the CSRF token, a forged sign-out changes nothing.
      let forged = try await client.execute(
        uri: "/api/session", method: .delete, headers: ana.headers)
      #expect(forged.status == .forbidden)
      #expect(try apiError(forged).code == "csrf")
      #expect(try await client.get("/api/session", as: ana).status == .ok)

      let response = try await client.execute(
        uri: "/api/session", method: .delete, headers: ana.editing)
      #expect(response.status == .noContent)
      let cookie = try #require(response.headers[.setCookie]).lowercased()
      #expect(cookie.hasPrefix("\(SessionMiddleware.cookie)=;"))
      #expect(cookie.contains("max-age=0"))
      #expect(try store.session(token: ana.token) == nil)
      #expect(try await client.get("/api/session", as: ana).status == .unauthorized)
    }
  }

  @Test func signingInTooOftenIs429WithRetryAfter() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let throttle = LoginThrottle(allowedFailures: 2, window: 600)
    try await WorkspaceFixture.withClient(store, throttle: throttle) { client in
      for _ in 0..<2 {
        let response = try await client.execute(
          uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
          body: credentials("ana", "kata-sandi-salah"))
        #expect(response.status == .unauthorized)
      }
      // Now even the right password waits.
      let response = try await client.execute(
        uri: "/api/session?lang=en", method: .post, headers: [.contentType: "application/json"],
        body: credentials("ana"))
      #expect(response.status == .tooManyRequests)
      #expect(response.headers[.setCookie] == nil)
      let error = try apiError(response)
      #expect(error.code == "throttled")
      let retryAfter = try #require(response.headers[.retryAfter].flatMap { Int($0) })
      // At most the window, since the first failure is at most that old.
      #expect((1...600).contains(retryAfter))
      let minutes = (retryAfter + 59) / 60
      #expect(error.message == "Too many failed sign-ins; try again in \(minutes) minutes.")
      // Another account is not slowed down.
      _ = try await client.signIn("budi")
    }
  }
}
