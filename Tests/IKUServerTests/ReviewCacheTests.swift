import Foundation
import GRDB
import IKUPlan
import Testing

@testable import IKUServer

/// Reviews computed once per revision of an agency's data.
@Suite struct ReviewCacheTests {
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)

  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    try store.addAgency(code: "a", name: "A", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    try store.addAgency(
      code: "n", name: "N", dataset: try WorkspaceFixture.datasetBeforeSheet(), actor: "uji")
    try store.addAccount(
      username: "nina", password: WorkspaceFixture.password, role: .planner, agencies: ["n"],
      actor: "uji")
    return store
  }

  private func iku2(_ review: DatasetReview) -> IndicatorReview? {
    review.indicators.first { $0.indicator.code == "IKU-2" }
  }

  /// Changes IKU-2's 2025 target behind the store's back: without raising
  /// the revision, as no write of the workspace does.
  private func changeSilently(_ store: WorkspaceStore, agency: String, target: Double) throws {
    try store.pool.write { db in
      try db.execute(
        sql: """
          UPDATE annualValue SET target = ?
          WHERE agency = ? AND indicator = 'IKU-2' AND year = 2025
          """, arguments: [target, agency])
    }
  }

  @Test func theReviewIsThatOfReviewAndIsKeptUntilTheRevisionChanges() throws {
    let store = try store()
    let cache = ReviewCache(store: store)
    let review = try cache.review(of: "a")
    // The review of `ikuplan review` on the agency's data.
    let expected = DatasetReview(
      try store.dataset(of: "a"), settings: ReviewSettings(assessesFinishedYear: true))
    #expect(
      review.json(in: .indonesian, suggestions: true).rendered()
        == expected.json(in: .indonesian, suggestions: true).rendered())
    #expect(iku2(review)?.target == 39)
    // Data changed without a new revision is not seen: the review is the
    // one computed before.
    try changeSilently(store, agency: "a", target: 99)
    #expect(iku2(try cache.review(of: "a"))?.target == 39)
    // A write raises the revision: the review is computed again, and sees
    // both changes.
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2024, value: 50, reason: nil, actor: "uji",
      expectedVersion: nil, now: t0)
    #expect(iku2(try cache.review(of: "a"))?.target == 99)
  }

  @Test func afterSetTargetTheReviewHasTheNewTarget() throws {
    let store = try store()
    let cache = ReviewCache(store: store)
    #expect(iku2(try cache.review(of: "a"))?.target == 39)
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 56.5, reason: nil, actor: "uji",
      expectedVersion: 1, now: t0)
    let review = try cache.review(of: "a")
    #expect(iku2(review)?.target == 56.5)
    #expect(
      review.json(in: .indonesian, suggestions: true).rendered()
        == DatasetReview(
          try store.dataset(of: "a"), settings: ReviewSettings(assessesFinishedYear: true)
        ).json(in: .indonesian, suggestions: true).rendered())
  }

  @Test func aRealisationIsSeen() throws {
    let store = try store()
    let cache = ReviewCache(store: store)
    let year = try cache.review(of: "a", year: 2026)
    #expect(iku2(year)?.lastActual?.year == 2024)
    try changeSilently(store, agency: "a", target: 99)
    _ = try store.setValue(
      agency: "a", indicator: "IKU-2", year: 2025, quarter: nil, value: 41.5, source: "LKjIP",
      reason: nil, actor: "uji", expectedVersion: nil, now: t0)
    let after = try cache.review(of: "a", year: 2026)
    #expect(iku2(after)?.lastActual?.year == 2025 && iku2(after)?.lastActual?.value == 41.5)
  }

  @Test func anImportIsSeen() throws {
    let store = try store()
    let cache = ReviewCache(store: store)
    // Before the sheet, IKU-2 has no 2025 target.
    #expect(iku2(try cache.review(of: "n", year: 2025))?.target == nil)
    let nina = try #require(try store.account(named: "nina")).account
    let preview = try store.previewImport(
      try WorkspaceFixture.sheet(), fileName: WorkspaceFixture.sheetName, replacing: false,
      agency: "n", account: nina, now: t0)
    #expect(iku2(try cache.review(of: "n", year: 2025))?.target == nil)
    _ = try store.applyImport(preview.id, agency: "n", account: nina, now: t0)
    let review = try cache.review(of: "n", year: 2025)
    #expect(iku2(review)?.target == 39)
    #expect(iku2(review)?.lastActual?.year == 2024 && iku2(review)?.lastActual?.value == 55.04)
  }

  @Test func eachAgencyAndYearHasItsOwnReview() throws {
    let store = try store()
    let cache = ReviewCache(store: store)
    #expect(try cache.review(of: "a").year == 2025)
    #expect(try cache.review(of: "a", year: 2026).year == 2026)
    #expect(try cache.review(of: "a", year: 2025).year == 2025)
    #expect(try cache.review(of: "a").year == 2025)
    #expect(iku2(try cache.review(of: "n", year: 2025))?.target == nil)
    #expect(iku2(try cache.review(of: "a", year: 2025))?.target == 39)
    // A write of `a` leaves the review of `n` as it was computed.
    try changeSilently(store, agency: "n", target: 77)
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "uji",
      expectedVersion: nil, now: t0)
    #expect(iku2(try cache.review(of: "n", year: 2025))?.target == nil)
    #expect(iku2(try cache.review(of: "a", year: 2025))?.target == 45)
  }

  @Test func anUnknownAgency() throws {
    let store = try store()
    let cache = ReviewCache(store: store)
    #expect(throws: WorkspaceError.unknownAgency("x")) { try cache.review(of: "x") }
    #expect(throws: WorkspaceError.unknownAgency("x")) { try cache.review(of: "x", year: 2025) }
  }
}
