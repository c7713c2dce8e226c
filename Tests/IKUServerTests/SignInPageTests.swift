import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/masuk`, signing in with a plain form, and `/bahasa/{id|en}`.
@Suite struct SignInPageTests {
  /// The form's body, as a browser encodes it: every character but the
  /// unreserved ones percent-encoded.
  private static func form(_ username: String, _ password: String) -> ByteBuffer {
    var unreserved = CharacterSet.alphanumerics.intersection(
      .init(charactersIn: "\u{0}"..."\u{7F}"))
    unreserved.insert(charactersIn: "-._~")
    func encoded(_ text: String) -> String {
      text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
    return ByteBuffer(string: "username=\(encoded(username))&password=\(encoded(password))")
  }

  private static func post(
    _ client: any TestClientProtocol, _ body: ByteBuffer, uri: String = "/masuk"
  ) async throws -> TestResponse {
    try await client.execute(
      uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
      body: body)
  }

  @Test func theFormIsServedToAnyone() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let response = try await client.get("/masuk")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let page = html(response)
      #expect(page.contains("<form method=\"post\" action=\"/masuk\" class=\"sign-in\">"))
      #expect(page.contains("<input name=\"username\" autocomplete=\"username\""))
      #expect(page.contains("<input name=\"password\" type=\"password\""))
      #expect(!page.contains("csrf-token"))
      let english = html(try await client.get("/masuk?lang=en"))
      #expect(english.contains("Sign in to the workspace"))
    }
  }

  @Test func signingInWithTheFormOpensASession() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let response = try await Self.post(client, Self.form("ana", WorkspaceFixture.password))
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/")
      let setCookie = try #require(response.headers[.setCookie])
      let attributes = setCookie.split(separator: ";").map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }
      #expect(attributes.contains("httponly") && attributes.contains("samesite=strict"))
      let pair = try #require(attributes.first)
      let prefix = SessionMiddleware.cookie + "="
      #expect(pair.hasPrefix(prefix))
      let token = String(setCookie.split(separator: ";")[0].dropFirst(prefix.count))
      let session = try #require(try store.session(token: token))
      #expect(session.account.username == "ana")
      // The cookie opens the pages.
      let page = try await client.execute(
        uri: "/opd/a", method: .get, headers: [.cookie: "\(prefix)\(token)"])
      #expect(page.status == .ok)
      // A password with characters the form encodes.
      try store.addAccount(
        username: "nina", password: "kata sandi&=+é", role: .planner, agencies: ["a"],
        actor: "uji")
      let encoded = try await Self.post(client, Self.form("nina", "kata sandi&=+é"))
      #expect(encoded.status == .seeOther)
    }
  }

  @Test func aWrongPasswordIs401WithTheForm() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for (username, password) in [
        ("ana", "kata-sandi-salah"), ("tidak-ada", WorkspaceFixture.password),
      ] {
        let response = try await Self.post(client, Self.form(username, password))
        #expect(response.status == .unauthorized)
        #expect(response.headers[.setCookie] == nil)
        let page = html(response)
        #expect(page.contains("<p class=\"message\">Nama pengguna atau kata sandi salah.</p>"))
        #expect(page.contains("<form method=\"post\" action=\"/masuk\""))
      }
      // A body that is not the form.
      let bad = try await Self.post(client, ByteBuffer(string: "nama=ana"))
      #expect(bad.status == .badRequest)
      #expect(html(bad).contains("<form method=\"post\" action=\"/masuk\""))
    }
  }

  @Test func tooManyFailuresAre429WithRetryAfter() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let throttle = LoginThrottle(allowedFailures: 2, window: 600)
    try await WorkspaceFixture.withClient(store, throttle: throttle) { client in
      for _ in 0..<2 {
        let wrong = try await Self.post(client, Self.form("ana", "kata-sandi-salah"))
        #expect(wrong.status == .unauthorized)
      }
      let throttled = try await Self.post(client, Self.form("ana", WorkspaceFixture.password))
      #expect(throttled.status == .tooManyRequests)
      let retryAfter = try #require(throttled.headers[.retryAfter].flatMap { Int($0) })
      #expect((1...600).contains(retryAfter))
      #expect(throttled.headers[.setCookie] == nil)
      // The page words the header's wait in whole minutes, rounded up. The wait itself depends on
      // how long the two failures took (bcrypt under a loaded test run can take minutes), so the
      // page is checked against the header rather than against 10.
      let minutes = (retryAfter + 59) / 60
      #expect(html(throttled).contains("coba lagi dalam \(minutes) menit"))
    }
  }

  @Test func theLanguageSwitchKeepsItsChoiceInACookie() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let response = try await client.get("/bahasa/en")
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/")
      let setCookie = try #require(response.headers[.setCookie])
      #expect(setCookie.hasPrefix("ikuplan_bahasa=en;"))
      #expect(setCookie.lowercased().contains("max-age=31536000"))
      #expect(setCookie.lowercased().contains("samesite=strict"))
      // The cookie's language, unless `?lang=` says otherwise.
      let english = html(
        try await client.execute(
          uri: "/masuk", method: .get, headers: [.cookie: "ikuplan_bahasa=en"]))
      #expect(english.contains("<html lang=\"en\">"))
      #expect(english.contains("href=\"/static/ikuplan-en.css\""))
      #expect(english.contains("<a href=\"/bahasa/id\" class=\"language\">Bahasa Indonesia</a>"))
      let overridden = html(
        try await client.execute(
          uri: "/masuk?lang=id", method: .get, headers: [.cookie: "ikuplan_bahasa=en"]))
      #expect(overridden.contains("<html lang=\"id\">"))
      // An unknown language is Bahasa Indonesia.
      let unknown = try await client.get("/bahasa/fr")
      #expect(unknown.headers[.setCookie]?.hasPrefix("ikuplan_bahasa=id;") == true)
    }
  }
}
