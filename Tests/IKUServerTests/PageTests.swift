import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// The frame of every page, and its escaping: an agency, indicator,
/// source and reason as a hostile planner or sheet might write them never
/// reach a page as markup.
@Suite struct PageTests {
  private static let hostile = "<script>alert(1)</script>\"&'"

  /// Agency `x` whose title, name, indicator names, sources and codes
  /// carry markup, with a quarter; planner `ana` and admin `admin`.
  private func hostileStore() throws -> WorkspaceStore {
    let hostile = Self.hostile
    let store = try WorkspaceFixture.store()
    let history = [(2019, 40.5), (2020, 42), (2021, 44.25), (2022, 45), (2023, 47.5), (2024, 48)]
    let dataset = Dataset(
      title: hostile,
      indicators: [
        Indicator(code: "IKU-1", name: hostile, unit: "%"),
        Indicator(code: "IKU-<b>", name: "<img src=x onerror=alert(2)>", unit: "<i>%</i>"),
      ],
      annual: history.flatMap { year, value in
        ["IKU-1", "IKU-<b>"].map {
          AnnualObservation(code: $0, year: year, actual: value, source: "ilustrasi: \(hostile)")
        }
      } + [AnnualObservation(code: "IKU-1", year: 2025, target: 50, source: hostile)],
      quarterly: [
        QuarterlyObservation(code: "IKU-1", year: 2025, quarter: 1, actual: 12, source: hostile),
        QuarterlyObservation(code: "IKU-1", year: 2025, quarter: 2, actual: 25, source: hostile),
      ])
    try store.addAgency(code: "x", name: hostile, dataset: dataset, actor: "uji")
    try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["x"],
      actor: "uji")
    try store.addAccount(
      username: "admin", password: WorkspaceFixture.password, role: .admin, agencies: [],
      actor: "uji")
    _ = try store.setTarget(
      agency: "x", indicator: "IKU-1", year: 2025, value: 51, reason: hostile, actor: "ana",
      expectedVersion: nil)
    _ = try store.setValue(
      agency: "x", indicator: "IKU-1", year: 2025, quarter: 3, value: 38, source: hostile,
      reason: hostile, actor: "ana", expectedVersion: nil)
    return store
  }

  @Test func hostileTextIsEscapedOnEveryPage() async throws {
    let store = try hostileStore()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let admin = try await client.signIn("admin")
      let pages: [(String, SignedInClient?, HTTPResponse.Status)] = [
        ("/", admin, .ok), ("/opd/x", ana, .ok), ("/opd/x", admin, .ok),
        ("/opd/x/indikator/IKU-1", ana, .ok),
        ("/opd/x/audit", ana, .ok), ("/opd/x/saran", ana, .ok), ("/opd/x/triwulan", ana, .ok),
        ("/opd/x/skenario", ana, .ok), ("/akun", admin, .ok), ("/masuk", nil, .ok),
        // Error pages that name what was asked for.
        ("/opd/x/indikator/%3Cscript%3Ealert(3)%3C%2Fscript%3E", ana, .notFound),
        ("/opd/x/skenario/%3Cscript%3E.yaml", ana, .notFound),
      ]
      for (uri, session, status) in pages {
        let response = try await client.get(uri, as: session)
        #expect(response.status == status, "\(uri)")
        let page = html(response)
        // The page's own script tag is the only one.
        #expect(occurrences(of: "<script", in: page) == 1, "\(uri)")
        #expect(!page.contains("<img"), "\(uri)")
        #expect(!page.contains("<b>") && !page.contains("<i>"), "\(uri)")
        #expect(
          !page.contains("alert(1)</script>") && !page.contains("alert(3)</script>"), "\(uri)")
      }
      // The text is there, escaped.
      let escaped = htmlText(Self.hostile)
      let review = html(try await client.get("/opd/x", as: ana))
      #expect(review.contains(escaped))
      #expect(review.contains("&lt;img src=x onerror=alert(2)&gt;"))
      // In attributes, quotes are escaped too.
      #expect(review.contains("data-indicator=\"IKU-&lt;b&gt;\""))
      #expect(review.contains("href=\"/opd/x/indikator/IKU-%3Cb%3E\""))
      let audit = html(try await client.get("/opd/x/audit", as: ana))
      #expect(audit.contains("<td>" + escaped + "</td>"))
      let indicator = html(try await client.get("/opd/x/indikator/IKU-1", as: ana))
      #expect(indicator.contains("<td>" + escaped + "</td>"))
      #expect(indicator.contains("<h1>IKU-1 " + escaped + "</h1>"))
      let title = html(try await client.get("/opd/x/audit", as: ana))
      #expect(title.contains("<title>Jejak audit — ikuplan</title>"))
      #expect(title.contains("<a href=\"/opd/x\">" + escaped + "</a>"))
    }
  }

  @Test func theFrameForEachRole() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      let planner = html(try await client.get("/opd/a", as: ana))
      #expect(planner.contains("<html lang=\"id\">"))
      #expect(planner.contains("<title>OPD A — ikuplan</title>"))
      #expect(planner.contains("<link rel=\"stylesheet\" href=\"/static/ikuplan-id.css\"/>"))
      #expect(planner.contains("<script src=\"/static/ikuplan.js\" defer=\"defer\"></script>"))
      #expect(planner.contains("<meta name=\"csrf-token\" content=\"\(ana.csrfToken)\"/>"))
      #expect(planner.contains("<span class=\"who\">ana (perencana)</span>"))
      #expect(planner.contains("<button type=\"button\" data-signout=\"\">Keluar</button>"))
      for link in ["/opd/a", "/opd/a/saran", "/opd/a/triwulan", "/opd/a/skenario", "/opd/a/audit"] {
        #expect(planner.contains("<a href=\"\(link)\">"), "\(link)")
      }
      // A planner has no overview; Bappeda has, and no accounts page.
      #expect(!planner.contains(">Ikhtisar</a>") && !planner.contains("href=\"/akun\""))
      let bappeda = html(try await client.get("/opd/a", as: bapp))
      #expect(bappeda.contains("<a href=\"/\">Ikhtisar</a>"))
      #expect(!bappeda.contains("href=\"/akun\""))
      // Without a session: no token, no account, no sign-out.
      let signIn = html(try await client.get("/masuk"))
      #expect(!signIn.contains("csrf-token") && !signIn.contains("data-signout"))
      #expect(signIn.contains("<a href=\"/bahasa/en\" class=\"language\">English</a>"))
      // Pages are not cached.
      #expect(try await client.get("/opd/a", as: ana).headers[.cacheControl] == "no-store")
    }
  }
}
