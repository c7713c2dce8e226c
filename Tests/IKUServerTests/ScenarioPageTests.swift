import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/opd/{agency}/skenario[/{file}]`: the agency's scenario files and one
/// file's analysis with a what-if scenario, `Coba`.
@Suite struct ScenarioPageTests {
  private static let training = "/opd/a/skenario/pelatihan-iku1.yaml"

  /// Agency `a` with the folder's scenario files, `b` without; planner
  /// `ana` of `a`, `budi` of `b`.
  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    let dataset = try WorkspaceFixture.dataset()
    try store.addAgency(
      code: "a", name: "OPD A", dataset: dataset, scenarios: try WorkspaceFixture.scenarioFiles(),
      actor: "uji")
    try store.addAgency(code: "b", name: "OPD B", dataset: dataset, actor: "uji")
    for (name, agency) in [("ana", "a"), ("budi", "b")] {
      try store.addAccount(
        username: name, password: WorkspaceFixture.password, role: .planner, agencies: [agency],
        actor: "uji")
    }
    return store
  }

  @Test func theAgencysScenarioFiles() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let page = html(try await client.get("/opd/a/skenario", as: ana))
      #expect(page.contains("<h1>Skenario — OPD A</h1>"))
      #expect(
        page.contains(
          "<li><a href=\"/opd/a/skenario/pelatihan-iku1.yaml\">pelatihan-iku1.yaml</a></li>"
            + "<li><a href=\"/opd/a/skenario/renstra-iku1-2025-2029.yaml\">"
            + "renstra-iku1-2025-2029.yaml</a></li>"))
      let budi = try await client.signIn("budi")
      let none = html(try await client.get("/opd/b/skenario", as: budi))
      #expect(none.contains("OPD ini belum memiliki berkas skenario"))
    }
  }

  /// The file's scenario `+5 angkatan` sets `kapasitas` to 600; a what-if
  /// of 600 is that scenario, with the same draws (the file's seed).
  @Test func aWhatIfOfAScenariosValueIsThatScenario() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get(Self.training + "?coba.kapasitas=600", as: ana)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("<h1>pelatihan-iku1.yaml</h1>"))
      // The form holds what was typed, and the file's other fixed driver.
      #expect(
        page.contains(
          "<input name=\"coba.kapasitas\" class=\"number\" inputmode=\"decimal\" value=\"600\"/>"))
      #expect(
        page.contains(
          "name=\"coba.biaya_per_kursi\" class=\"number\" inputmode=\"decimal\" value=\"3.500.000\""
        ))
      let rows = tableRows(page)
      let coba = try #require(rows.first { $0.first == "Coba" })
      let fivemore = try #require(rows.first { $0.first == "+5 angkatan" })
      #expect(coba.dropFirst() == fivemore.dropFirst())
      let base = try #require(rows.first { $0.first == "Dasar" })
      #expect(coba.dropFirst() != base.dropFirst())
      // Without a what-if there is no `Coba`, and the form holds the file's
      // values.
      let plain = html(try await client.get(Self.training, as: ana))
      #expect(!tableRows(plain).contains { $0.first == "Coba" })
      #expect(
        plain.contains(
          "name=\"coba.kapasitas\" class=\"number\" inputmode=\"decimal\" value=\"400\""))
    }
  }

  @Test func aWhatIfThatIsNotANumberIsNotUsed() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let page = html(try await client.get(Self.training + "?coba.kapasitas=banyak", as: ana))
      #expect(page.contains("<p class=\"message\">Bukan angka, tidak dipakai: kapasitas</p>"))
      #expect(!tableRows(page).contains { $0.first == "Coba" })
      // A driver that is not a fixed one is ignored.
      let other = html(try await client.get(Self.training + "?coba.kelulusan=1", as: ana))
      #expect(!tableRows(other).contains { $0.first == "Coba" })
    }
  }

  @Test func aRenstraFileHasNoWhatIf() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get(
        "/opd/a/skenario/renstra-iku1-2025-2029.yaml?coba.kapasitas=600", as: ana)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("tidak memiliki pendorong bernilai tetap"))
      #expect(!page.contains("name=\"coba."))
    }
  }

  @Test func refusals() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let budi = try await client.signIn("budi")
      #expect(try await client.get("/opd/a/skenario/tidak-ada.yaml", as: ana).status == .notFound)
      #expect(try await client.get(Self.training, as: budi).status == .forbidden)
      #expect(try await client.get("/opd/a/skenario", as: budi).status == .forbidden)
      #expect(try await client.get(Self.training).status == .seeOther)
    }
  }
}
