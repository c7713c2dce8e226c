import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/api/agencies/{agency}/values/{indicator}/{year}[/{quarter}]` through
/// the router, on the "Done when" workspace (``WorkspaceFixture/twoAgencies()``).
@Suite struct ValueAPITests {
  private static let iku2Of2025 = "/api/agencies/a/values/IKU-2/2025"
  private static let signed =
    "lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt (ditetapkan Maret 2025)"
  /// The keys of the OpenAPI document's `Value`, in the order written.
  private static let keys = ["indicator", "year", "quarter", "actual", "source", "version"]

  private static func entry(_ value: Double, _ source: String, reason: String? = nil) -> String {
    var object: [String: Any] = ["value": value, "source": source]
    if let reason { object["reason"] = reason }
    let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func aYearsValueWithItsSourceAndVersion() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let response = try await client.get("/api/agencies/a/values/IKU-2/2024", as: ina)
      #expect(response.status == .ok)
      #expect(response.headers[.eTag] == "\"1\"")
      #expect(response.headers[.contentType] == "application/json; charset=utf-8")
      #expect(
        String(buffer: response.body)
          == JSONValue.object([
            ("indicator", .string("IKU-2")), ("year", .int(2024)), ("quarter", .null),
            ("actual", .double(55.04)), ("source", .string(Self.signed)), ("version", .int(1)),
          ]).rendered())
      // A quarter of the folder.
      let quarter = try jsonObject(
        try await client.get("/api/agencies/a/values/IKU-1/2025/2", as: ina).body)
      #expect(Array(quarter.keys).sorted() == Self.keys.sorted())
      #expect(quarter["quarter"] as? Int == 2 && quarter["actual"] as? Double == 35.19)
      // No row: version 0, no value.
      let none = try await client.get("/api/agencies/a/values/IKU-2/2025/1", as: ina)
      #expect(none.headers[.eTag] == "\"0\"")
      let object = try jsonObject(none.body)
      #expect(object["actual"] is NSNull && object["version"] as? Int == 0)
      #expect(object["source"] as? String == "")
    }
  }

  @Test func thePlannerEntersAYearsRealisation() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let put = try await client.put(
        Self.iku2Of2025, Self.entry(41.5, "LKjIP 2025 hal. 12", reason: "laporan akhir"),
        as: ana, headers: [.ifMatch: "\"1\""])
      #expect(put.status == .ok, "\(String(buffer: put.body))")
      #expect(put.headers[.eTag] == "\"2\"")
      let stored = try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: nil)
      #expect(stored.actual == 41.5 && stored.version == 2)
      #expect(stored.source.hasPrefix(Self.signed + "; realisasi: LKjIP 2025 hal. 12, diisi ana "))
      #expect(
        String(buffer: put.body)
          == JSONValue.object([
            ("indicator", .string("IKU-2")), ("year", .int(2025)), ("quarter", .null),
            ("actual", .double(41.5)), ("source", .string(stored.source)), ("version", .int(2)),
          ]).rendered())
      // The target is kept.
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
      // And the entry is in the log.
      let audit = try #require(
        try jsonValue(try await client.get("/api/agencies/a/audit", as: ana).body)
          as? [[String: Any]])
      let newest = try #require(audit.first)
      #expect(newest["action"] as? String == "value-entered")
      #expect(newest["actor"] as? String == "ana")
      #expect(newest["field"] as? String == "actual")
      #expect(newest["old"] is NSNull)
      #expect((newest["new"] as? String).flatMap(Double.init) == 41.5)
      #expect(newest["reason"] as? String == "laporan akhir")
    }
    #expect(try store.value(agency: "b", indicator: "IKU-2", year: 2025, quarter: nil).version == 1)
  }

  @Test func thePlannerEntersAQuartersRealisation() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let put = try await client.put(
        Self.iku2Of2025 + "/3", Self.entry(30.25, "laporan TW III"), as: ana,
        headers: [.ifMatch: "\"0\""])
      #expect(put.status == .ok, "\(String(buffer: put.body))")
      #expect(put.headers[.eTag] == "\"1\"")
      let object = try jsonObject(put.body)
      #expect(object["quarter"] as? Int == 3 && object["actual"] as? Double == 30.25)
      #expect((object["source"] as? String)?.hasPrefix("laporan TW III, diisi ana ") == true)
      #expect(
        try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: 3).actual == 30.25)
    }
  }

  @Test func refusalsOfTheEntry() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      // Outside the bounds of a percentage.
      let outside = try await client.put(Self.iku2Of2025, Self.entry(120, "LKjIP"), as: ana)
      #expect(outside.status == .unprocessableContent)
      #expect(
        try apiError(outside)
          == (
            "invalid",
            WorkspaceError.outOfBounds(120, lower: 0, upper: 100).message(in: .indonesian)
          ))
      // Without a source.
      let unsourced = try await client.put(Self.iku2Of2025, Self.entry(41, "  "), as: ana)
      #expect(unsourced.status == .unprocessableContent)
      #expect(
        try apiError(unsourced).message == WorkspaceError.missingSource.message(in: .indonesian))
      // No `source` at all, or a body that is not the entry.
      for body in [#"{"value": 41}"#, #"{"value": "41"}"#, "{"] {
        let response = try await client.put(Self.iku2Of2025, body, as: ana)
        #expect(response.status == .badRequest, "\(body)")
        #expect(try apiError(response).code == "bad-request")
      }
      // A quarter or a year that does not exist.
      for path in ["/5", "/0", "/satu"] {
        let response = try await client.put(
          Self.iku2Of2025 + path, Self.entry(41, "LKjIP"), as: ana)
        #expect(response.status == .unprocessableContent, "\(path)")
        #expect(try apiError(response).code == "invalid")
      }
      let year = try await client.put(
        "/api/agencies/a/values/IKU-2/1800", Self.entry(41, "LKjIP"), as: ana)
      #expect(year.status == .unprocessableContent)
      #expect(
        try apiError(year).message == WorkspaceError.invalidYear(1800).message(in: .indonesian))
      // An indicator that does not exist.
      let unknown = try await client.put(
        "/api/agencies/a/values/IKU-9/2025", Self.entry(41, "LKjIP"), as: ana)
      #expect(unknown.status == .notFound)
      #expect(try apiError(unknown).code == "not-found")
      #expect(
        try await client.get("/api/agencies/a/values/IKU-9/2025", as: ana).status == .notFound)
      #expect(
        try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: nil).version == 1)
      #expect(try store.auditLog(of: "a").allSatisfy { $0.action != .valueEntered })
    }
  }

  @Test func aStaleIfMatchIs409WithTheCurrentETag() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let first = try await client.put(
        Self.iku2Of2025, Self.entry(41, "LKjIP"), as: ana, headers: [.ifMatch: "\"1\""])
      #expect(first.status == .ok)
      let stale = try await client.put(
        Self.iku2Of2025, Self.entry(42, "LKjIP"), as: ana, headers: [.ifMatch: "\"1\""])
      #expect(stale.status == .conflict)
      #expect(stale.headers[.eTag] == "\"2\"")
      #expect(try apiError(stale).code == "stale")
      #expect(
        try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: nil).actual == 41)
      let bad = try await client.put(
        Self.iku2Of2025, Self.entry(42, "LKjIP"), as: ana, headers: [.ifMatch: "dua"])
      #expect(bad.status == .badRequest)
    }
  }

  @Test func onlyThePlannersOfTheAgencyEnterAndItsReadersRead() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let bapp = try await client.signIn("bapp")
      let admin = try await client.signIn("admin")
      let budi = try await client.signIn("budi")
      for session in [ina, bapp, admin, budi] {
        for path in [Self.iku2Of2025, Self.iku2Of2025 + "/1"] {
          let put = try await client.put(path, Self.entry(41, "LKjIP"), as: session)
          #expect(put.status == .forbidden, "\(path)")
          #expect(try apiError(put).code == "forbidden")
        }
      }
      // The inspector, Bappeda and the admin read A; B's planner does not.
      for session in [ina, bapp, admin] {
        #expect(try await client.get(Self.iku2Of2025, as: session).status == .ok)
      }
      #expect(try await client.get(Self.iku2Of2025, as: budi).status == .forbidden)
      #expect(try await client.get(Self.iku2Of2025 + "/1", as: budi).status == .forbidden)
      // Nor does ana reach B, nor an agency that does not exist.
      let ana = try await client.signIn("ana")
      for agency in ["b", "dinsos"] {
        let path = "/api/agencies/\(agency)/values/IKU-2/2025"
        #expect(try await client.get(path, as: ana).status == .forbidden)
        #expect(
          try await client.put(path, Self.entry(41, "LKjIP"), as: ana).status == .forbidden)
      }
      // Bappeda is told that an agency does not exist.
      #expect(
        try await client.get("/api/agencies/dinsos/values/IKU-2/2025", as: bapp).status
          == .notFound)
    }
    #expect(try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: nil).version == 1)
    #expect(try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: 1).version == 0)
  }

  @Test func withoutASessionOrItsCSRFToken() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for uri in [Self.iku2Of2025, Self.iku2Of2025 + "/9", "/api/agencies/a/values/IKU-2/duaribu"] {
        let get = try await client.get(uri)
        #expect(get.status == .unauthorized, "\(uri)")
        #expect(try apiError(get).code == "unauthenticated")
        let put = try await client.execute(
          uri: uri, method: .put, headers: [.contentType: "application/json"],
          body: ByteBuffer(string: Self.entry(41, "LKjIP")))
        #expect(put.status == .unauthorized, "\(uri)")
      }
      let ana = try await client.signIn("ana")
      var headers = ana.headers
      headers[.contentType] = "application/json"
      let forged = try await client.execute(
        uri: Self.iku2Of2025, method: .put, headers: headers,
        body: ByteBuffer(string: Self.entry(41, "LKjIP")))
      #expect(forged.status == .forbidden)
      #expect(try apiError(forged).code == "csrf")
    }
    #expect(try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: nil).version == 1)
  }

  @Test func theReviewSeesTheEntry() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let uri = "/api/agencies/a/review?year=2026"
      let before = String(buffer: try await client.get(uri, as: ana).body)
      let put = try await client.put(Self.iku2Of2025, Self.entry(41.5, "LKjIP"), as: ana)
      #expect(put.status == .ok)
      let after = String(buffer: try await client.get(uri, as: ana).body)
      #expect(after != before)
      #expect(
        after
          == DatasetReview(
            try store.dataset(of: "a"),
            settings: ReviewSettings(year: 2026, assessesFinishedYear: true)
          ).json(in: .indonesian, suggestions: true).rendered())
    }
  }

  /// The page's script sends an indicator's code through
  /// `encodeURIComponent`: a code with a space arrives as `IKU%202`.
  @Test func aCodeWithASpaceAsTheScriptSendsIt() async throws {
    let store = try WorkspaceFixture.store()
    var dataset = try WorkspaceFixture.dataset()
    for index in dataset.indicators.indices where dataset.indicators[index].code == "IKU-2" {
      dataset.indicators[index].code = "IKU 2"
    }
    for index in dataset.annual.indices where dataset.annual[index].code == "IKU-2" {
      dataset.annual[index].code = "IKU 2"
    }
    try store.addAgency(code: "a", name: "OPD A", dataset: dataset, actor: "uji")
    try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["a"],
      actor: "uji")
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let put = try await client.put(
        "/api/agencies/a/values/IKU%202/2025", Self.entry(41, "LKjIP"), as: ana)
      #expect(put.status == .ok, "\(String(buffer: put.body))")
    }
  }
}
