import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

@Suite struct AgencyAPITests {
  @Test func theAgenciesAnAccountReads() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let count = try WorkspaceFixture.dataset().indicators.count
    try await WorkspaceFixture.withClient(store) { client in
      let a: [String?] = ["a", "OPD A", String(count)]
      let b: [String?] = ["b", "OPD B", String(count)]
      for (username, expected) in [
        ("admin", [a, b]), ("bapp", [a, b]), ("ana", [a]), ("budi", [b]), ("ina", [a]),
      ] {
        let session = try await client.signIn(username)
        let response = try await client.get("/api/agencies", as: session)
        #expect(response.status == .ok)
        let list = try #require(try jsonValue(response.body) as? [[String: Any]])
        #expect(list.allSatisfy { $0.count == 3 })
        let rows = list.map {
          [
            $0["code"] as? String, $0["name"] as? String,
            ($0["indicators"] as? Int).map { String($0) },
          ]
        }
        #expect(rows == expected, "\(username)")
      }
    }
  }

  @Test func aReviewOfAnotherYear() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let dataset = try WorkspaceFixture.dataset()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      for year in [2024, 2025, 2026] {
        let response = try await client.get("/api/agencies/a/review?year=\(year)", as: ana)
        #expect(response.status == .ok)
        #expect(
          String(buffer: response.body)
            == DatasetReview(
              dataset, settings: ReviewSettings(year: year, assessesFinishedYear: true)
            ).json(in: .indonesian, suggestions: true).rendered())
      }
    }
  }

  /// `?year=abc` is refused as year 0: the message names a year nobody
  /// wrote.
  @Test func aYearThatIsNotANumberIsRefusedNamingIt() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get("/api/agencies/a/review?year=dua-ribu", as: ana)
      #expect(response.status == .badRequest)
      let message = try apiError(response).message
      #expect(!message.contains("Tahun 0 "), "\(message)")
      #expect(message.contains("dua-ribu"), "\(message)")
    }
  }

  @Test func aTargetWithItsVersion() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let response = try await client.get("/api/agencies/a/targets/IKU-2/2025", as: ina)
      #expect(response.status == .ok)
      #expect(response.headers[.eTag] == "\"1\"")
      // The signed target of IKU-2 for 2025: 39,00%.
      #expect(
        String(buffer: response.body)
          == JSONValue.object([
            ("indicator", .string("IKU-2")), ("year", .int(2025)), ("target", .double(39)),
            ("targetUpper", .null), ("version", .int(1)),
          ]).rendered())
      let none = try jsonObject(
        try await client.get("/api/agencies/a/targets/IKU-2/2030", as: ina).body)
      #expect(none["version"] as? Int == 0)
      #expect(none["target"] is NSNull)
      let unknown = try await client.get("/api/agencies/a/targets/IKU-9/2025", as: ina)
      #expect(unknown.status == .notFound)
      #expect(
        try apiError(unknown).message
          == WorkspaceError.unknownIndicator(agency: "a", code: "IKU-9").message(in: .indonesian))
      let notAYear = try await client.get("/api/agencies/a/targets/IKU-2/duaribu", as: ina)
      #expect(notAYear.status == .badRequest)
    }
  }

  @Test func aRangeTargetAndAYearWithoutARow() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let range = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 40, "upper": 45.5}"#, as: ana)
      #expect(range.status == .ok)
      let review = try jsonObject(range.body)
      #expect(review["target"] as? Double == 40)
      #expect(review["targetUpper"] as? Double == 45.5)
      // A year without a row: version 0 before, 1 after.
      let new = try await client.put(
        "/api/agencies/a/targets/IKU-2/2027", #"{"value": 60}"#, as: ana,
        headers: [.ifMatch: "\"0\""])
      #expect(new.status == .ok)
      #expect(new.headers[.eTag] == "\"1\"")
      #expect(try jsonObject(new.body)["target"] as? Double == 60)
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2027).target == 60)
    }
  }

  @Test(arguments: ["W/\"1\"", "1", " \"1\" "])
  func ifMatchInItsWrittenForms(_ header: String) async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 41}"#, as: ana,
        headers: [.ifMatch: header])
      #expect(response.status == .ok)
      #expect(response.headers[.eTag] == "\"2\"")
    }
  }

  @Test(arguments: ["tiga", "\"-1\"", "\"\"", "\"1\", \"2\""])
  func anIfMatchWithoutAVersionIs400(_ header: String) async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 41}"#, as: ana,
        headers: [.ifMatch: header])
      #expect(response.status == .badRequest)
      #expect(try apiError(response).code == "bad-request")
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
    }
  }

  @Test func aNumberBeyondDoubleIsRefusedNotStored() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 1e999}"#, as: ana)
      #expect(
        response.status == .badRequest || response.status == .unprocessableContent,
        "\(response.status)")
      #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).target == 39)
    }
  }

  @Test func aPlannerOfNoSuchAgencyIsForbiddenNotTold() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      // Whether the agency exists is not for ana to learn.
      let response = try await client.put(
        "/api/agencies/dinsos/targets/IKU-2/2025", #"{"value": 41}"#, as: ana)
      #expect(response.status == .forbidden)
      #expect(try await client.get("/api/agencies/dinsos/review", as: ana).status == .forbidden)
    }
  }

  @Test func theAuditLogsEntries() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      _ = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 40, "upper": 42}"#, as: ana)
      let response = try await client.get("/api/agencies/a/audit", as: ana)
      #expect(response.status == .ok)
      let entries = try #require(try jsonValue(response.body) as? [[String: Any]])
      #expect(try entries.count == store.auditLog(of: "a").count)
      for entry in entries {
        #expect(
          Set(entry.keys)
            == [
              "id", "at", "actor", "action", "indicator", "year", "quarter", "field", "old", "new",
              "reason",
            ])
      }
      // Newest first: the upper end, then the target, ….
      #expect(entries.prefix(2).compactMap { $0["field"] as? String } == ["targetUpper", "target"])
      #expect(entries[0]["old"] is NSNull)
      #expect(entries[0]["reason"] is NSNull)
      #expect(entries.last?["action"] as? String == "agency-added")
      #expect(entries.last?["indicator"] is NSNull)
      let ids = entries.compactMap { $0["id"] as? Int }
      #expect(ids.count == entries.count && ids == ids.sorted(by: >))
    }
  }

  @Test func theAuditLogInPagesOfAThousand() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await store.pool.write { db in
      for value in 0..<1_002 {
        try AuditEntry.append(
          AuditEntry(
            actor: "ana", agency: "a", action: .targetChanged, indicator: "IKU-2", year: 2025,
            field: "target", newValue: String(value)), in: db)
      }
    }
    let total = try store.auditLog(of: "a", limit: 5_000).count
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let first = try #require(
        try jsonValue(try await client.get("/api/agencies/a/audit", as: ana).body)
          as? [[String: Any]])
      #expect(first.count == 1_000)
      #expect(first.first?["new"] as? String == "1001")
      let last = try #require(first.last?["id"] as? Int)
      let second = try #require(
        try jsonValue(try await client.get("/api/agencies/a/audit?before=\(last)", as: ana).body)
          as? [[String: Any]])
      #expect(second.count == total - 1_000)
      #expect(second.compactMap { $0["id"] as? Int }.allSatisfy { $0 < last })
      #expect(second.last?["action"] as? String == "agency-added")
      for before in ["abc", "1.5", ""] {
        let response = try await client.get("/api/agencies/a/audit?before=\(before)", as: ana)
        #expect(response.status == .badRequest, "\(before)")
        #expect(try apiError(response).code == "bad-request")
      }
    }
  }

  /// An indicator's name, a reason and a title as a hostile planner or
  /// sheet might write them: the JSON stays JSON and carries them exactly.
  @Test func hostileTextRoundTripsThroughTheJSON() async throws {
    let hostile = "<script>alert(1)</script>\"&'"
    let odd = hostile + " \\ \u{1} \n\t \u{2028} é 🇮🇩"
    let store = try WorkspaceFixture.store()
    let history = [(2019, 40.5), (2020, 42), (2021, 44.25), (2022, 45), (2023, 47.5), (2024, 48)]
    let dataset = Dataset(
      title: odd,
      indicators: [
        Indicator(code: "IKU-1", name: hostile, unit: "%"),
        Indicator(code: "IKU-2", name: odd, unit: "%"),
      ],
      annual: history.flatMap { year, value in
        ["IKU-1", "IKU-2"].map {
          AnnualObservation(code: $0, year: year, actual: value, source: "ilustrasi: \(hostile)")
        }
      } + [AnnualObservation(code: "IKU-1", year: 2025, target: 50, source: hostile)])
    try store.addAgency(code: "x", name: odd, dataset: dataset, actor: "uji")
    try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["x"],
      actor: "uji")
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get("/api/agencies/x/review", as: ana)
      #expect(response.status == .ok)
      let review = try jsonObject(response.body)
      #expect(review["dataset"] as? String == odd)
      let indicators = try #require(review["indicators"] as? [[String: Any]])
      #expect(indicators.map { $0["name"] as? String } == [hostile, odd])
      // Nothing of the markup is written raw where an HTML parser could
      // take it for a tag: JSON text only ever holds it inside strings.
      let agencies = try #require(
        try jsonValue(try await client.get("/api/agencies", as: ana).body) as? [[String: Any]])
      #expect(agencies.first?["name"] as? String == odd)

      let put = try await client.put(
        "/api/agencies/x/targets/IKU-1/2025",
        String(
          decoding: try JSONSerialization.data(withJSONObject: ["value": 51, "reason": odd]),
          as: UTF8.self), as: ana)
      #expect(put.status == .ok)
      #expect(try jsonObject(put.body)["name"] as? String == hostile)
      let audit = try #require(
        try jsonValue(try await client.get("/api/agencies/x/audit", as: ana).body)
          as? [[String: Any]])
      #expect(
        audit.first?["reason"] as? String == odd.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }
}
