import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/opd/{agency}/indikator/{indicator}`: one indicator's findings, values
/// with their sources, and the planner's form for a realisation.
@Suite struct IndicatorPageTests {
  private static let signed =
    "lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt (ditetapkan Maret 2025)"

  @Test func theYearlyAndQuarterlyValuesWithTheirSources() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let response = try await client.get("/opd/a/indikator/IKU-1", as: ina)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("<h1>IKU-1 Prosentase Peningkatan Tenaga Kerja Yang Kompeten</h1>"))
      let rows = tableRows(page)
      // realisasi.csv: 2024 realised 39,67; 2025's target 65,71.
      #expect(rows.contains(["2024", "–", "39,67%", Self.signed]))
      #expect(rows.contains(["2025", "65,71%", "–", Self.signed]))
      #expect(
        rows.contains([
          "2019", "–", "31,80%",
          "ilustrasi: nilai contoh untuk menunjukkan proyeksi tren, bukan data resmi",
        ]))
      // triwulan.csv: 2025 Q2 35,19 to date.
      #expect(page.contains("Realisasi triwulan (kumulatif)"))
      #expect(
        rows.contains(["2025", "2", "35,19%", "ilustrasi: nilai triwulan contoh, bukan data resmi"])
      )
      // The inspector enters nothing.
      #expect(!page.contains("data-value-form"))
      // IKU-2 has no quarters.
      let iku2 = html(try await client.get("/opd/a/indikator/IKU-2", as: ina))
      #expect(!iku2.contains("Realisasi triwulan"))
      #expect(tableRows(iku2).contains(["2025", "39,00%", "–", Self.signed]))
    }
  }

  @Test func thePlannerHasTheFormAndSeesWhatWasEntered() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let page = html(try await client.get("/opd/a/indikator/IKU-2", as: ana))
      #expect(
        page.contains(
          "<form class=\"value-entry\" data-value-form=\"\" data-agency=\"a\""
            + " data-indicator=\"IKU-2\" data-preview=\"/opd/a/pratinjau\">"))
      #expect(
        page.contains("<input name=\"tahun\" class=\"number\" inputmode=\"numeric\" value=\"2025\"")
      )
      #expect(page.contains("<input name=\"sumber\" required=\"required\""))
      #expect(page.contains("<option value=\"4\">TW 4</option>"))
      #expect(page.contains("Realisasi (%)"))
      let put = try await client.put(
        "/api/agencies/a/values/IKU-2/2025", #"{"value": 41.5, "source": "LKjIP 2025 hal. 12"}"#,
        as: ana)
      #expect(put.status == .ok)
      let source = try store.value(agency: "a", indicator: "IKU-2", year: 2025, quarter: nil).source
      let after = tableRows(html(try await client.get("/opd/a/indikator/IKU-2", as: ana)))
      #expect(after.contains(["2025", "39,00%", "41,50%", source]))
    }
  }

  @Test func refusals() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      let unknown = try await client.get("/opd/a/indikator/IKU-9", as: ana)
      #expect(unknown.status == .notFound)
      #expect(
        html(unknown).contains(
          WorkspaceError.unknownIndicator(agency: "a", code: "IKU-9").message(in: .indonesian)))
      #expect(try await client.get("/opd/b/indikator/IKU-2", as: ana).status == .forbidden)
      #expect(try await client.get("/opd/dinsos/indikator/IKU-2", as: bapp).status == .notFound)
      #expect(try await client.get("/opd/a/indikator/IKU-2").status == .seeOther)
    }
  }

  /// An indicator code with a space (or `/`, which `Paths.escapedSegment`
  /// is there for): the review page links its page percent-encoded, and
  /// the link must open it.
  @Test func theLinkOfACodeWithASpaceOpensItsPage() async throws {
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
      let review = html(try await client.get("/opd/a", as: ana))
      let link = "/opd/a/indikator/IKU%202"
      #expect(review.contains("<a href=\"\(link)\">IKU 2 "))
      let page = try await client.get(link, as: ana)
      #expect(page.status == .ok)
      #expect(html(page).contains("<h1>IKU 2 Prosentase Pencari Kerja yang Ditempatkan</h1>"))
    }
  }
}
