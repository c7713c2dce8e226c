import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/`: a planner goes to their agency; others see every agency they read
/// and its flagged targets.
@Suite struct OverviewPageTests {
  @Test func aPlannerGoesToTheirAgencyAndNobodyToSignIn() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for (username, agency) in [("ana", "a"), ("budi", "b")] {
        let response = try await client.get("/", as: try await client.signIn(username))
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/opd/\(agency)")
      }
      let anonymous = try await client.get("/")
      #expect(anonymous.status == .seeOther)
      #expect(anonymous.headers[.location] == "/masuk")
    }
  }

  @Test func bappedaSeesEveryAgencyAndItsFlaggedTargets() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let bapp = try await client.signIn("bapp")
      let response = try await client.get("/", as: bapp)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("<h1>Ikhtisar OPD</h1>"))
      // The folder's realisations before 2024 are illustrative.
      #expect(page.contains("memakai nilai ilustrasi, bukan data resmi: OPD A; OPD B."))
      let rows = tableRows(page)
      let agencies = rows.filter { $0.count == 4 && $0.first?.hasPrefix("OPD ") == true }
      let flagged = rows.filter { $0.count == 5 && $0.first?.hasPrefix("OPD ") == true }
      #expect(
        agencies.map { Array($0.prefix(3)) } == [["OPD A", "2025", "6"], ["OPD B", "2025", "6"]])
      // Each agency's count is its rows of the flagged table.
      for agency in agencies {
        #expect(
          agency.last == String(flagged.filter { $0.first == agency.first }.count),
          "\(agency)")
      }
      // IKU-2's signed target, 39, is below its 2024 realisation, 55,04.
      let iku2 = try #require(
        flagged.first { $0.first == "OPD A" && $0[1].hasPrefix("IKU-2 ") })
      #expect(iku2[2] == "39,00%")
      #expect(iku2[4].contains("di bawah realisasi 2024 55,04%"), "\(iku2[4])")
      #expect(page.contains("<a href=\"/opd/b/indikator/IKU-2\">"))
    }
  }

  @Test func anInspectorSeesTheirAgencyOnly() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 56, reason: nil, actor: "ana",
      expectedVersion: nil)
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let page = html(try await client.get("/", as: ina))
      #expect(!page.contains("OPD B"))
      #expect(page.contains("<a href=\"/opd/a\">OPD A</a>"))
      // 56 is above 55,04: no longer below the last realisation.
      let iku2 = tableRows(page).first { $0.count == 5 && $0[1].hasPrefix("IKU-2 ") }
      #expect(iku2.map { !$0[4].contains("di bawah realisasi") } ?? true)
      #expect(iku2.map { $0[2] == "56,00%" } ?? true)
    }
  }
}
