import Foundation
import GRDB
import IKUPlan
import Testing

@testable import IKUServer

/// An agency's revision: how many times its data changed, raised by every
/// write of targets, values and imports in the write's own transaction.
@Suite struct WorkspaceStoreRevisionTests {
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)

  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    try store.addAgency(
      code: "n", name: "N", dataset: try WorkspaceFixture.datasetBeforeSheet(), actor: "uji")
    try store.addAgency(code: "a", name: "A", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    try store.addAccount(
      username: "nina", password: WorkspaceFixture.password, role: .planner, agencies: ["n"],
      actor: "uji")
    return store
  }

  @Test func aNewAgencyIsRevisionZeroAndNoAgencyHasNone() throws {
    let store = try store()
    #expect(try store.revision(of: "n") == 0)
    #expect(try store.revision(of: "a") == 0)
    #expect(try store.revision(of: "x") == nil)
    #expect(throws: WorkspaceError.unknownAgency("x")) { try store.snapshot(of: "x") }
  }

  @Test func everyWriteRaisesTheRevisionOfItsAgencyOnly() throws {
    let store = try store()
    _ = try store.setTarget(
      agency: "n", indicator: "IKU-2", year: 2026, value: 58, reason: nil, actor: "nina",
      expectedVersion: nil, now: t0)
    #expect(try store.revision(of: "n") == 1)
    _ = try store.setValue(
      agency: "n", indicator: "IKU-2", year: 2023, quarter: nil, value: 50.5, source: "LKjIP",
      reason: nil, actor: "nina", expectedVersion: nil, now: t0)
    #expect(try store.revision(of: "n") == 2)
    _ = try store.setValue(
      agency: "n", indicator: "IKU-2", year: 2025, quarter: 1, value: 10, source: "TW I",
      reason: nil, actor: "nina", expectedVersion: nil, now: t0)
    #expect(try store.revision(of: "n") == 3)
    let nina = try #require(try store.account(named: "nina")).account
    let preview = try store.previewImport(
      try WorkspaceFixture.sheet(), fileName: WorkspaceFixture.sheetName, replacing: false,
      agency: "n", account: nina, now: t0)
    // A preview changes nothing.
    #expect(try store.revision(of: "n") == 3)
    _ = try store.applyImport(preview.id, agency: "n", account: nina, now: t0)
    #expect(try store.revision(of: "n") == 4)
    #expect(try store.revision(of: "a") == 0)
  }

  @Test func whatChangesNothingRaisesNothing() throws {
    let store = try store()
    // The target it already has.
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 39, reason: nil, actor: "nina",
      expectedVersion: nil, now: t0)
    // Refused writes.
    _ = try? store.setValue(
      agency: "a", indicator: "IKU-2", year: 2025, quarter: nil, value: 120, source: "LKjIP",
      reason: nil, actor: "nina", expectedVersion: nil, now: t0)
    _ = try? store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 40, reason: nil, actor: "nina",
      expectedVersion: 7, now: t0)
    #expect(try store.revision(of: "a") == 0)
  }

  @Test func aSnapshotIsTheDatasetWithItsRevision() throws {
    let store = try store()
    let first = try store.snapshot(of: "a")
    #expect(first.revision == 0)
    #expect(first.dataset == (try store.dataset(of: "a")))
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "nina",
      expectedVersion: nil, now: t0)
    let second = try store.snapshot(of: "a")
    #expect(second.revision == 1)
    #expect(second.dataset.annual.first { $0.code == "IKU-2" && $0.year == 2025 }?.target == 45)
  }
}
