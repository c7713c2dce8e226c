import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/opd/{agency}/audit`: the log, newest first, read-only.
@Suite struct AuditPageTests {
  @Test func theLogListsAChangeWithItsNumbersAsPeopleReadThem() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let put = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 56.5, "reason": "revisi Renja"}"#,
        as: ana)
      #expect(put.status == .ok)
      // triwulan.csv: IKU-5's first quarter of 2025, 1190.
      let value = try await client.put(
        "/api/agencies/a/values/IKU-5/2025/1", #"{"value": 1250, "source": "TW I"}"#, as: ana)
      #expect(value.status == .ok)
      let ina = try await client.signIn("ina")
      let response = try await client.get("/opd/a/audit", as: ina)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("<h1>Jejak audit — OPD A</h1>"))
      let rows = tableRows(page)
      #expect(
        rows.first
          == [
            "Waktu (UTC)", "Oleh", "Tindakan", "Indikator", "Periode", "Nilai", "Lama", "Baru",
            "Alasan",
          ])
      // Newest first, without the time.
      let entries = rows.dropFirst().map { Array($0.dropFirst()) }
      #expect(entries.count == (try store.auditLog(of: "a").count))
      #expect(
        entries.first
          == ["ana", "realisasi diisi", "IKU-5", "2025 TW 1", "realisasi", "1.190", "1.250", ""])
      #expect(
        entries.dropFirst().first
          == ["ana", "target diubah", "IKU-2", "2025", "target", "39", "56,5", "revisi Renja"])
      #expect(
        entries.last == ["uji", "OPD ditambahkan", "–", "–", "jumlah indikator", "–", "6", ""])
      // The time, as ISO 8601 without the T.
      let time = try #require(rows.dropFirst().first?.first)
      #expect(time.count == 20 && time.hasSuffix("Z") && !time.contains("T"), "\(time)")
      // Nothing on the page edits it.
      #expect(!page.contains("<input") && !page.contains("<form"))
    }
  }

  @Test func inEnglish() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 56.5, reason: nil, actor: "ana",
      expectedVersion: nil)
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let rows = tableRows(html(try await client.get("/opd/a/audit?lang=en", as: ana)))
      #expect(
        rows.dropFirst().first.map { Array($0.dropFirst()) }
          == ["ana", "target changed", "IKU-2", "2025", "target", "39", "56.5", ""])
    }
  }

  @Test func onlyTheAgencysReaders() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let budi = try await client.signIn("budi")
      let bapp = try await client.signIn("bapp")
      #expect(try await client.get("/opd/a/audit", as: budi).status == .forbidden)
      #expect(try await client.get("/opd/a/audit", as: bapp).status == .ok)
      #expect(try await client.get("/opd/dinsos/audit", as: bapp).status == .notFound)
      #expect(try await client.get("/opd/a/audit").status == .seeOther)
    }
  }
}
