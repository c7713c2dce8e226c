import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/opd/{agency}/saran[?sampai=]`: the suggested targets of `ikuplan
/// suggest`, and a target path through a year.
@Suite struct SuggestPageTests {
  private static func section(_ dataset: Dataset, through: Int?) -> String {
    HTMLRenderer().section(
      DatasetReview(
        dataset, settings: ReviewSettings(pathThrough: through, assessesFinishedYear: true)
      ).document(.suggest, in: .indonesian), attributes: [("class", "review")]
    ).rendered
  }

  @Test func theSuggestionsAndAPath() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    let dataset = try WorkspaceFixture.dataset()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let plain = html(try await client.get("/opd/a/saran", as: ana))
      #expect(plain.contains("<h1>Saran target</h1>"))
      #expect(plain.contains(Self.section(dataset, through: nil)))
      // The form proposes four years after the year reviewed (2025).
      #expect(
        plain.contains(
          "<input name=\"sampai\" class=\"number\" inputmode=\"numeric\" value=\"2029\"/>"))
      let path = html(try await client.get("/opd/a/saran?sampai=2029", as: ana))
      #expect(path.contains(Self.section(dataset, through: 2029)))
      #expect(Self.section(dataset, through: 2029) != Self.section(dataset, through: nil))
      // At most ten years on, and after the year reviewed: otherwise no path.
      for through in ["2036", "2025", "2020", "dua"] {
        let page = html(try await client.get("/opd/a/saran?sampai=\(through)", as: ana))
        #expect(page.contains(Self.section(dataset, through: nil)), "\(through)")
      }
      #expect(
        html(try await client.get("/opd/a/saran?sampai=2035", as: ana)).contains(
          Self.section(dataset, through: 2035)))
    }
  }

  @Test func refusals() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      #expect(try await client.get("/opd/b/saran", as: ana).status == .forbidden)
      #expect(try await client.get("/opd/dinsos/saran", as: bapp).status == .notFound)
      #expect(try await client.get("/opd/a/saran").status == .seeOther)
    }
  }
}
