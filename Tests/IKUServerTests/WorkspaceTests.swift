import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// The workspace API's "Done when", end to end through the router: two
/// agencies `a` and `b` (both the bundled folder), an admin, a planner of
/// each, an inspector of `a` and Bappeda.
@Suite struct WorkspaceTests {
  private static let reviewOfA = "/api/agencies/a/review"
  private static let iku2Of2025 = "/api/agencies/a/targets/IKU-2/2025"

  /// The review of `ikuplan review --format json` for a dataset.
  private static func reviewJSON(_ dataset: Dataset, in language: Language = .indonesian)
    -> String
  {
    DatasetReview(dataset, settings: ReviewSettings(assessesFinishedYear: true))
      .json(in: language, suggestions: true).rendered()
  }

  @Test func thePlannerOfAReadsAndChangesA() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let dataset = try WorkspaceFixture.dataset()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let review = try await client.get(Self.reviewOfA, as: ana)
      #expect(review.status == .ok)
      #expect(review.headers[.contentType] == "application/json; charset=utf-8")
      #expect(String(buffer: review.body) == Self.reviewJSON(dataset))

      let put = try await client.put(
        Self.iku2Of2025, #"{"value": 56.5, "reason": "revisi Renja"}"#, as: ana,
        headers: [.ifMatch: "\"1\""])
      #expect(put.status == .ok, "\(String(buffer: put.body))")
      #expect(put.headers[.eTag] == "\"2\"")
      let indicator = try jsonObject(put.body)
      #expect(indicator["code"] as? String == "IKU-2")
      #expect(indicator["target"] as? Double == 56.5)
      // The indicator's review for 2025 of the changed dataset.
      let changed = try store.dataset(of: "a")
      let iku2 = try #require(changed.indicator("IKU-2"))
      #expect(
        String(buffer: put.body)
          == IndicatorReview(iku2, in: changed, year: 2025, settings: ReviewSettings(year: 2025))
          .json(in: .indonesian, suggestions: true).rendered())

      // The change is in the log, and in the review.
      let audit = try await client.get("/api/agencies/a/audit", as: ana)
      #expect(audit.status == .ok)
      let entries = try #require(try jsonValue(audit.body) as? [[String: Any]])
      let newest = try #require(entries.first)
      #expect(newest["action"] as? String == "target-changed")
      #expect(newest["actor"] as? String == "ana")
      #expect(newest["indicator"] as? String == "IKU-2")
      #expect(newest["year"] as? Int == 2025)
      #expect(newest["field"] as? String == "target")
      #expect((newest["old"] as? String).flatMap(Double.init) == 39)
      #expect((newest["new"] as? String).flatMap(Double.init) == 56.5)
      #expect(newest["reason"] as? String == "revisi Renja")
      let after = try await client.get(Self.reviewOfA, as: ana)
      #expect(String(buffer: after.body) == Self.reviewJSON(changed))
    }
    // B is untouched.
    #expect(try store.dataset(of: "b") == dataset)
  }

  @Test func aStateChangingRequestNeedsTheSessionsCSRFToken() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let other = try await client.signIn("ana")
      var forged = ana.headers
      forged[.contentType] = "application/json"
      let tokens: [String?] = [nil, "", "salah", other.csrfToken, ana.csrfToken.uppercased()]
      for token in tokens {
        var headers = forged
        if let token { headers[.csrfToken] = token }
        let response = try await client.execute(
          uri: Self.iku2Of2025, method: .put, headers: headers,
          body: ByteBuffer(string: #"{"value": 80}"#))
        #expect(response.status == .forbidden, "\(String(describing: token))")
        #expect(try apiError(response).code == "csrf")
      }
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
    }
  }

  @Test func nobodyReadsOrChangesWhatTheirRoleDoesNotReach() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let budi = try await client.signIn("budi")
      let ina = try await client.signIn("ina")
      let bapp = try await client.signIn("bapp")
      let admin = try await client.signIn("admin")
      // A's planner does not read B; B's planner does not read A.
      for (session, agency) in [(ana, "b"), (budi, "a"), (ina, "b")] {
        for path in ["review", "audit", "targets/IKU-2/2025"] {
          let response = try await client.get("/api/agencies/\(agency)/\(path)", as: session)
          #expect(response.status == .forbidden, "\(agency)/\(path)")
          #expect(try apiError(response).code == "forbidden")
        }
      }
      // The inspector, Bappeda and the admin read A but change nothing.
      for session in [ina, bapp, admin] {
        #expect(try await client.get(Self.reviewOfA, as: session).status == .ok)
        let put = try await client.put(Self.iku2Of2025, #"{"value": 80}"#, as: session)
        #expect(put.status == .forbidden)
        #expect(try apiError(put).code == "forbidden")
      }
      // Nor does B's planner change A.
      #expect(
        try await client.put(Self.iku2Of2025, #"{"value": 80}"#, as: budi).status == .forbidden)
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
      #expect(try store.auditLog(of: "a").allSatisfy { $0.action != .targetChanged })
    }
  }

  @Test func withoutASessionEverythingButSigningInIs401() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let requests: [(HTTPRequest.Method, String)] = [
        (.get, "/api/session"), (.get, "/api/agencies"), (.get, Self.reviewOfA),
        (.get, "/api/agencies/a/audit"), (.get, Self.iku2Of2025), (.put, Self.iku2Of2025),
      ]
      // No cookie, and a cookie that opens no session.
      for cookie in [nil, "\(SessionMiddleware.cookie)=\(String(repeating: "0", count: 64))"] {
        for (method, uri) in requests {
          var headers: HTTPFields = [.contentType: "application/json"]
          if let cookie { headers[.cookie] = cookie }
          let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: ByteBuffer(string: #"{"value": 1}"#))
          #expect(response.status == .unauthorized, "\(method) \(uri)")
          #expect(try apiError(response).code == "unauthenticated")
        }
      }
      // A wrong password is 401 too, and opens nothing.
      let wrong = try await client.execute(
        uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
        body: credentials("ana", "kata-sandi-salah"))
      #expect(wrong.status == .unauthorized)
      #expect(try apiError(wrong).code == "wrong-password")
      #expect(wrong.headers[.setCookie] == nil)
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
    }
  }

  @Test func aStaleIfMatchIs409WithTheCurrentETag() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let first = try await client.put(
        Self.iku2Of2025, #"{"value": 45}"#, as: ana, headers: [.ifMatch: "\"1\""])
      #expect(first.status == .ok)
      // A second tab still holds version 1.
      let stale = try await client.put(
        Self.iku2Of2025, #"{"value": 50}"#, as: ana, headers: [.ifMatch: "\"1\""])
      #expect(stale.status == .conflict)
      #expect(stale.headers[.eTag] == "\"2\"")
      #expect(try apiError(stale).code == "stale")
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 45)
      // With the current version the change goes through.
      let current = try await client.put(
        Self.iku2Of2025, #"{"value": 50}"#, as: ana, headers: [.ifMatch: "\"2\""])
      #expect(current.status == .ok)
      #expect(current.headers[.eTag] == "\"3\"")
    }
  }

  @Test func refusalsOfUnknownThingsAndBadInput() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      // An agency that does not exist, for someone who reads every agency.
      for path in ["review", "audit", "targets/IKU-2/2025"] {
        let response = try await client.get("/api/agencies/dinsos/\(path)", as: bapp)
        #expect(response.status == .notFound, "\(path)")
        #expect(try apiError(response).code == "not-found")
      }
      // Bodies that are not the JSON of a target change.
      for body in ["", "{", #"{"value": "lima puluh"}"#, #"{"upper": 50}"#, "[50]", "50"] {
        let response = try await client.put(Self.iku2Of2025, body, as: ana)
        #expect(response.status == .badRequest, "\(body)")
        #expect(try apiError(response).code == "bad-request")
      }
      // Years outside 1900–2200.
      for year in [1899, 2201] {
        let response = try await client.put(
          "/api/agencies/a/targets/IKU-2/\(year)", #"{"value": 50}"#, as: ana)
        #expect(response.status == .unprocessableContent)
        #expect(try apiError(response).code == "invalid")
      }
      #expect(
        try await client.get(Self.reviewOfA + "?year=3000", as: ana).status
          == .unprocessableContent)
      // A range upside down.
      let upsideDown = try await client.put(
        Self.iku2Of2025, #"{"value": 50, "upper": 40}"#, as: ana)
      #expect(upsideDown.status == .unprocessableContent)
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).version == 1)
    }
  }

  @Test func englishOnRequest() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let dataset = try WorkspaceFixture.dataset()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      #expect(
        try apiError(try await client.get("/api/agencies?lang=en")).message
          == "Please sign in first.")
      #expect(
        try apiError(try await client.get("/api/agencies")).message
          == "Silakan masuk lebih dulu.")
      #expect(
        try apiError(try await client.get("/api/agencies/dinsos/review?lang=en", as: bapp)).message
          == WorkspaceError.unknownAgency("dinsos").message(in: .english))
      #expect(
        try apiError(try await client.get("/api/agencies/b/review?lang=en", as: ana)).message
          == "Your account may not open this.")
      let stale = try await client.put(
        Self.iku2Of2025 + "?lang=en", #"{"value": 50}"#, as: ana, headers: [.ifMatch: "\"7\""])
      #expect(
        try apiError(stale).message == WorkspaceError.staleVersion(current: 1).message(in: .english)
      )
      // The review's words too.
      let english = String(buffer: try await client.get(Self.reviewOfA + "?lang=en", as: ana).body)
      #expect(english == Self.reviewJSON(dataset, in: .english))
      #expect(english != Self.reviewJSON(dataset, in: .indonesian))
    }
  }

  @Test func everyResponseCarriesTheSecurityHeaders() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let responses = [
        try await client.get(Self.reviewOfA, as: ana),
        try await client.get("/api/agencies/b/review", as: ana),
        try await client.get(Self.reviewOfA),
        try await client.get("/tidak-ada"),
        try await client.get("/api/openapi.yaml"),
        try await client.put(Self.iku2Of2025, "{", as: ana),
        try await client.execute(uri: Self.iku2Of2025, method: .put, headers: ana.headers),
        try await client.execute(uri: "/api/session", method: .delete, headers: ana.editing),
      ]
      #expect(responses.map(\.status.code) == [200, 403, 401, 404, 200, 400, 403, 204])
      for response in responses {
        let policy = try #require(response.headers[.contentSecurityPolicy])
        #expect(policy.contains("default-src 'self'"))
        #expect(policy.contains("frame-ancestors 'none'"))
        // Scripts only from the workspace's own file; inline styles are
        // allowed (the documents' right-aligned number columns).
        #expect(policy.contains("script-src 'self';"))
        #expect(!policy.contains("script-src 'self' 'unsafe-inline'"))
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        #expect(response.headers[.xFrameOptions] == "DENY")
        #expect(response.headers[.referrerPolicy] == "same-origin")
      }
    }
  }

  @Test func theSessionCookieIsHttpOnlyAndSameSiteStrict() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let attributes = ana.setCookie.split(separator: ";")
        .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      #expect(attributes.first == "\(SessionMiddleware.cookie)=\(ana.token)")
      #expect(attributes.contains("httponly"))
      #expect(attributes.contains("samesite=strict"))
      #expect(attributes.contains("path=/"))
      #expect(attributes.contains("max-age=\(Int(WorkspaceStore.sessionLifetime))"))
    }
  }
}
