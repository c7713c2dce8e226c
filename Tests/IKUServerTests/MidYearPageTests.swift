import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/opd/{agency}/triwulan`: the mid-year status of `ikuplan midyear`.
@Suite struct MidYearPageTests {
  @Test func theMidYearReviewOfTheAgency() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let response = try await client.get("/opd/a/triwulan", as: ina)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("<h1>Status triwulan</h1>"))
      // The section of `ikuplan midyear` on the agency's data: the second
      // quarter of 2025, the last the folder has.
      let section = MidYearSection(review: try MidYearReview(try store.dataset(of: "a")))
      let expected = HTMLRenderer().section(
        section.document(in: .indonesian), attributes: [("class", "midyear")])
      #expect(page.contains(expected.rendered))
      #expect(page.contains("<h2>Tinjauan triwulan 2 tahun 2025 — "))
    }
  }

  @Test func anAgencyWithoutQuartersIsToldSo() async throws {
    let store = try WorkspaceFixture.store()
    var dataset = try WorkspaceFixture.dataset()
    dataset.quarterly = []
    try store.addAgency(code: "q", name: "Q", dataset: dataset, actor: "uji")
    try store.addAccount(
      username: "bapp", password: WorkspaceFixture.password, role: .bappeda, agencies: [],
      actor: "uji")
    let message = try #require(
      #expect(throws: InputError.self) { try MidYearReview(dataset) }
    ).message(in: .indonesian)
    try await WorkspaceFixture.withClient(store) { client in
      let bapp = try await client.signIn("bapp")
      let response = try await client.get("/opd/q/triwulan", as: bapp)
      #expect(response.status == .ok)
      let page = html(response)
      #expect(page.contains("<p class=\"message\">" + htmlText(message) + "</p>"))
      #expect(!page.contains("class=\"midyear\""))
    }
  }

  @Test func refusals() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let bapp = try await client.signIn("bapp")
      #expect(try await client.get("/opd/b/triwulan", as: ana).status == .forbidden)
      #expect(try await client.get("/opd/dinsos/triwulan", as: bapp).status == .notFound)
      #expect(try await client.get("/opd/a/triwulan").status == .seeOther)
    }
  }
}
