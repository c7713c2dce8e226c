import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/opd/{agency}`, the review with its target editor, and
/// `/opd/{agency}/pratinjau`, the preview behind the editor.
@Suite struct ReviewPageTests {
  private static let preview = "/opd/a/pratinjau"

  @Test func thePlannerHasAnEditorRowPerIndicator() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let dataset = try WorkspaceFixture.dataset()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get("/opd/a", as: ana)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let page = html(response)
      #expect(page.contains("<h1>Tinjauan target 2025 — " + dataset.title + "</h1>"))
      // One editor row per indicator, with its target as typed and the
      // row's version.
      #expect(occurrences(of: "<tr data-target=\"\"", in: page) == dataset.indicators.count)
      for indicator in dataset.indicators {
        #expect(
          page.contains(
            "<tr data-target=\"\" data-indicator=\"\(indicator.code)\" data-year=\"2025\""
              + " data-version=\"1\">"), "\(indicator.code)")
      }
      #expect(
        occurrences(of: "<input name=\"target\"", in: page) == dataset.indicators.count)
      #expect(
        page.contains("<input name=\"target\" class=\"number\" inputmode=\"decimal\" value=\"39\""))
      #expect(page.contains("value=\"5.575\""))
      #expect(occurrences(of: "data-save=\"\"", in: page) == dataset.indicators.count)
      // The upload form, the downloads, and the session's CSRF token for
      // the script.
      #expect(page.contains("data-import-form=\"\" data-agency=\"a\""))
      #expect(page.contains("href=\"/api/agencies/a/download/laporan.html\""))
      #expect(page.contains("href=\"/api/agencies/a/download/dataset.zip\""))
      #expect(page.contains("<meta name=\"csrf-token\" content=\"\(ana.csrfToken)\"/>"))
      #expect(page.contains("data-preview=\"/opd/a/pratinjau\""))
    }
  }

  @Test func bappedaReadsTheReviewWithoutEditing() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for username in ["bapp", "ina", "admin"] {
        let session = try await client.signIn(username)
        let response = try await client.get("/opd/a", as: session)
        #expect(response.status == .ok, "\(username)")
        let page = html(response)
        #expect(!page.contains("<input"), "\(username)")
        #expect(!page.contains("data-save=\"\""), "\(username)")
        #expect(!page.contains("data-import-form"), "\(username)")
        // The downloads are for every reader.
        #expect(page.contains("href=\"/api/agencies/a/download/laporan.xlsx\""))
        // The script wires every `tr[data-target]` as an editor row and
        // fails on the first row without an input (`input` is null).
        #expect(!page.contains("data-target"), "\(username)")
      }
    }
  }

  @Test func aReviewOfAnotherYearAndTheChangedTarget() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let put = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 56.5}"#, as: ana)
      #expect(put.status == .ok)
      let page = html(try await client.get("/opd/a", as: ana))
      #expect(page.contains("value=\"56,5\""))
      #expect(page.contains("data-indicator=\"IKU-2\" data-year=\"2025\" data-version=\"2\""))
      let next = html(try await client.get("/opd/a?tahun=2026", as: ana))
      #expect(next.contains("<h1>Tinjauan target 2026 — "))
      // A year without rows: version 0.
      #expect(next.contains("data-indicator=\"IKU-2\" data-year=\"2026\" data-version=\"0\""))
      // A year out of range is the default year.
      #expect(html(try await client.get("/opd/a?tahun=3000", as: ana)).contains("target 2025 — "))
    }
  }

  @Test func whoReachesTheReview() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      let other = try await client.get("/opd/b", as: ana)
      #expect(other.status == .forbidden)
      #expect(other.headers[.contentType] == "text/html; charset=utf-8")
      #expect(html(other).contains("Akun Anda tidak berhak membuka ini."))
      #expect(try await client.get("/opd/dinsos", as: bapp).status == .notFound)
      let anonymous = try await client.get("/opd/a")
      #expect(anonymous.status == .seeOther)
      #expect(anonymous.headers[.location] == "/masuk")
      #expect(
        try await client.get(Self.preview + "?indikator=IKU-2&tahun=2025&target=1").status
          == .seeOther)
      #expect(
        try await client.get(
          Self.preview.replacingOccurrences(of: "/a/", with: "/b/")
            + "?indikator=IKU-2&tahun=2025&target=1", as: ana
        ).status
          == .forbidden)
    }
  }

  /// The review of IKU-2 for 2025 with its target replaced, as the
  /// preview's words.
  private static func words(target: TargetRange, in l: Language = .indonesian) throws
    -> IndicatorWords
  {
    var dataset = try WorkspaceFixture.dataset()
    let index = try #require(dataset.annual.firstIndex { $0.code == "IKU-2" && $0.year == 2025 })
    dataset.annual[index].target = target.lower
    dataset.annual[index].targetUpper = target.isRange ? target.upper : nil
    let indicator = try #require(dataset.indicator("IKU-2"))
    return IndicatorWords(
      review: IndicatorReview(
        indicator, in: dataset, year: 2025, settings: ReviewSettings(year: 2025)),
      language: l)
  }

  @Test func thePreviewOfATypedTarget() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let response = try await client.get(
        Self.preview + "?indikator=IKU-2&tahun=2025&target=58,5", as: ina)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/json; charset=utf-8")
      let words = try Self.words(target: TargetRange(lower: 58.5, upper: 58.5))
      #expect(
        String(buffer: response.body)
          == JSONValue.object([
            ("ok", .bool(true)), ("value", .double(58.5)), ("upper", .null),
            ("read", .string("58,50%")), ("chance", .string(words.chance)),
            ("flags", .array(words.flagTexts.map(JSONValue.string))), ("changed", .bool(true)),
          ]).rendered())
      // The signed target is no change.
      let same = try jsonObject(
        try await client.get(Self.preview + "?indikator=IKU-2&tahun=2025&target=39", as: ina).body)
      #expect(same["ok"] as? Bool == true && same["changed"] as? Bool == false)
      #expect(same["read"] as? String == "39,00%")
      // A range.
      let range = try jsonObject(
        try await client.get(
          Self.preview + "?indikator=IKU-2&tahun=2025&target=40&atas=45,5", as: ina
        ).body)
      #expect(range["value"] as? Double == 40 && range["upper"] as? Double == 45.5)
      #expect(
        range["read"] as? String
          == (try Self.words(target: TargetRange(lower: 40, upper: 45.5))).target)
      // In English, numbers are read and written the English way.
      let english = try jsonObject(
        try await client.get(
          Self.preview + "?indikator=IKU-2&tahun=2025&target=58.5&lang=en", as: ina
        ).body)
      #expect(english["value"] as? Double == 58.5 && english["read"] as? String == "58.50%")
      // A year without a row.
      let new = try jsonObject(
        try await client.get(Self.preview + "?indikator=IKU-2&tahun=2027&target=60", as: ina).body)
      #expect(new["ok"] as? Bool == true && new["changed"] as? Bool == true)
    }
    // Nothing is stored.
    #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2025).version == 1)
    #expect(try store.target(agency: "a", indicator: "IKU-2", year: 2027).version == 0)
  }

  @Test func thePreviewOfATypedRealisation() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let read = try await client.get(
        Self.preview + "?indikator=IKU-2&tahun=2025&realisasi=55,5", as: ana)
      #expect(
        String(buffer: read.body)
          == JSONValue.object([
            ("ok", .bool(true)), ("value", .double(55.5)), ("read", .string("55,50%")),
          ]).rendered())
      let count = try jsonObject(
        try await client.get(Self.preview + "?indikator=IKU-5&tahun=2025&realisasi=5.600", as: ana)
          .body)
      #expect(count["value"] as? Double == 5_600)
      // Outside the bounds of a percentage.
      let outside = try jsonObject(
        try await client.get(Self.preview + "?indikator=IKU-2&tahun=2025&realisasi=120", as: ana)
          .body)
      #expect(outside["ok"] as? Bool == false)
      #expect(
        outside["message"] as? String
          == WorkspaceError.outOfBounds(120, lower: 0, upper: 100).message(in: .indonesian))
      #expect(outside["value"] == nil)
    }
  }

  @Test(arguments: [
    "target=abc", "target=", "target=58,5,5", "target=1e999", "target=58&atas=x",
    "realisasi=lima puluh",
  ])
  func anUnreadableNumberIsRefusedWithAMessage(_ query: String) async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get(
        Self.preview + "?indikator=IKU-2&tahun=2025&" + query, as: ana)
      #expect(response.status == .ok)
      #expect(
        String(buffer: response.body)
          == JSONValue.object([
            ("ok", .bool(false)), ("message", .string("Ketik sebuah angka, mis. 55,04.")),
          ]).rendered())
    }
  }

  @Test func otherRefusalsOfThePreview() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      func refusal(_ query: String) async throws -> String? {
        let object = try jsonObject(try await client.get(Self.preview + "?" + query, as: ana).body)
        #expect(object["ok"] as? Bool == false, "\(query)")
        return object["message"] as? String
      }
      #expect(
        try await refusal("indikator=IKU-9&tahun=2025&target=50")
          == WorkspaceError.unknownIndicator(agency: "a", code: "IKU-9").message(in: .indonesian))
      #expect(
        try await refusal("indikator=IKU-2&tahun=1800&target=50")
          == WorkspaceError.invalidYear(1800).message(in: .indonesian))
      #expect(
        try await refusal("indikator=IKU-2&tahun=2025&target=50&atas=45")
          == WorkspaceError.invalidTarget(lower: 50, upper: 45).message(in: .indonesian))
      // A year that is not a number: the message should not name a year
      // 0 that nobody typed (as `?year=` of the API no longer does).
      let notAYear = try #require(try await refusal("indikator=IKU-2&tahun=dua-ribu&target=50"))
      #expect(!notAYear.contains("Tahun 0 "), "\(notAYear)")
    }
  }
}
