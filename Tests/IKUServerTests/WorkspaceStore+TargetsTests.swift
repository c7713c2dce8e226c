import Foundation
import GRDB
import IKUPlan
import Testing

@testable import IKUServer

/// Targets changed in the workspace, on the bundled agency: IKU-2's signed
/// 2025 target is 39 (39,00%), its 2024 realisation 55,04; its 2021–2023
/// rows are illustrative realisations without targets.
@Suite struct WorkspaceStoreTargetsTests {
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06-15T15:06:40Z

  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    try store.addAgency(code: "d", name: "D", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    return store
  }

  private func targetChanges(_ store: WorkspaceStore) throws -> [AuditEntry] {
    try store.auditLog(of: "d").filter { $0.action == .targetChanged }
  }

  private func annualRow(_ store: WorkspaceStore, _ code: String, _ year: Int) throws
    -> AnnualObservation?
  {
    try store.dataset(of: "d").annual.first { $0.code == code && $0.year == year }
  }

  @Test func theStoredTargetIsTheFolders() throws {
    let store = try store()
    #expect(
      try store.target(agency: "d", indicator: "IKU-2", year: 2025)
        == StoredTarget(
          agency: "d", indicator: "IKU-2", year: 2025, target: 39, targetUpper: nil, version: 1))
    // A year with a realisation and no target.
    let actualOnly = try store.target(agency: "d", indicator: "IKU-2", year: 2024)
    #expect(actualOnly.target == nil && actualOnly.version == 1)
    // A year without a row.
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2026).version == 0)
  }

  @Test func changingATargetBumpsTheVersionAndLogsTheChange() throws {
    let store = try store()
    let stored = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 56.5, reason: "  revisi Renja 2025\n",
      actor: "ana", expectedVersion: 1, now: t0)
    #expect(
      stored
        == StoredTarget(
          agency: "d", indicator: "IKU-2", year: 2025, target: 56.5, targetUpper: nil, version: 2))
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025) == stored)
    #expect(try annualRow(store, "IKU-2", 2025)?.target == 56.5)
    let changes = try targetChanges(store)
    #expect(changes.count == 1)
    let entry = try #require(changes.first)
    #expect(entry.actor == "ana")
    #expect(entry.agency == "d" && entry.indicator == "IKU-2" && entry.year == 2025)
    #expect(entry.quarter == nil)
    #expect(entry.field == "target")
    #expect(entry.oldValue.flatMap(Double.init) == 39)
    #expect(entry.newValue.flatMap(Double.init) == 56.5)
    #expect(entry.reason == "revisi Renja 2025")
    #expect(entry.at == "2025-06-15T15:06:40Z")
  }

  @Test func aReasonIsTrimmedToAThousandCharactersAndBlankIsNone() throws {
    let store = try store()
    let long = String(repeating: "é", count: 1200)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: "\n" + long, actor: "ana",
      expectedVersion: nil, now: t0)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 46, reason: " \t\n ", actor: "ana",
      expectedVersion: nil, now: t0)
    let reasons = try targetChanges(store).map(\.reason)
    #expect(reasons == [nil, String(repeating: "é", count: 1000)])
  }

  @Test func theSameValueAgainIsNoChange() throws {
    let store = try store()
    let same = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 39, reason: "tetap", actor: "ana",
      expectedVersion: 1, now: t0)
    #expect(same.version == 1 && same.target == 39)
    #expect(try targetChanges(store).isEmpty)
    #expect(
      try annualRow(store, "IKU-2", 2025)?.source
        == "lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt (ditetapkan Maret 2025)")
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 40, reason: nil, actor: "ana",
      expectedVersion: nil, now: t0)
    let again = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 40, reason: nil, actor: "budi",
      expectedVersion: nil, now: t0)
    #expect(again.version == 2)
    #expect(try targetChanges(store).count == 1)
  }

  @Test func aStaleVersionIsRefusedAndChangesNothing() throws {
    let store = try store()
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "ana",
      expectedVersion: 1, now: t0)
    // Someone who read version 1 tries to change it again.
    #expect(throws: WorkspaceError.staleVersion(current: 2)) {
      try store.setTarget(
        agency: "d", indicator: "IKU-2", year: 2025, value: 50, reason: nil, actor: "budi",
        expectedVersion: 1, now: t0)
    }
    // Even to the value it already has.
    #expect(throws: WorkspaceError.staleVersion(current: 2)) {
      try store.setTarget(
        agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "budi",
        expectedVersion: 1, now: t0)
    }
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025).target == 45)
    #expect(try targetChanges(store).count == 1)
    // A year without a row is version 0.
    #expect(throws: WorkspaceError.staleVersion(current: 0)) {
      try store.setTarget(
        agency: "d", indicator: "IKU-2", year: 2026, value: 50, reason: nil, actor: "ana",
        expectedVersion: 1, now: t0)
    }
  }

  @Test func aYearWithoutARowGetsOne() throws {
    let store = try store()
    let rowsBefore = try store.dataset(of: "d").annual.count
    let stored = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2026, value: 58, reason: "Renstra", actor: "ana",
      expectedVersion: 0, now: t0)
    #expect(stored.version == 1 && stored.target == 58)
    let dataset = try store.dataset(of: "d")
    #expect(dataset.annual.count == rowsBefore + 1)
    let row = try #require(dataset.annual.first { $0.code == "IKU-2" && $0.year == 2026 })
    #expect(row.target == 58 && row.actual == nil && row.targetUpper == nil)
    #expect(row.source == "target diubah di ruang kerja oleh ana, 2025-06-15")
    let entry = try #require(try targetChanges(store).first)
    #expect(entry.oldValue == nil && entry.newValue.flatMap(Double.init) == 58)
    // The new row comes last, as a row appended to the folder's file.
    #expect(dataset.annual.last == row)
  }

  @Test func aRangeTargetKeepsBothEnds() throws {
    let store = try store()
    let stored = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 40, upper: 45.5, reason: nil,
      actor: "ana", expectedVersion: 1, now: t0)
    #expect(stored.target == 40 && stored.targetUpper == 45.5 && stored.version == 2)
    let row = try #require(try annualRow(store, "IKU-2", 2025))
    #expect(row.targetRange == TargetRange(lower: 40, upper: 45.5))
    let changes = try targetChanges(store)
    #expect(Set(changes.compactMap(\.field)) == ["target", "targetUpper"])
    let upper = try #require(changes.first { $0.field == "targetUpper" })
    #expect(upper.oldValue == nil && upper.newValue.flatMap(Double.init) == 45.5)
    // An upper end equal to the value is a single target.
    let single = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 42, upper: 42, reason: nil,
      actor: "ana", expectedVersion: 2, now: t0)
    #expect(single.targetUpper == nil && single.target == 42)
    #expect(try annualRow(store, "IKU-2", 2025)?.targetUpper == nil)
  }

  @Test(
    "a target that is not a finite number or a range upside down",
    arguments: [
      (45.0, 40.0), (Double.nan, nil), (Double.infinity, nil), (-Double.infinity, nil),
      (40, Double.nan), (40, Double.infinity),
    ] as [(Double, Double?)])
  func anInvalidTargetIsRefused(_ value: Double, _ upper: Double?) throws {
    let store = try store()
    let error = #expect(throws: WorkspaceError.self) {
      try store.setTarget(
        agency: "d", indicator: "IKU-2", year: 2025, value: value, upper: upper, reason: nil,
        actor: "ana", expectedVersion: nil, now: t0)
    }
    guard case .invalidTarget = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025).target == 39)
    #expect(try targetChanges(store).isEmpty)
  }

  /// A target, or a range's upper end, the models cannot compute with.
  @Test(arguments: [(1e200, nil), (1e-200, nil), (40, 1e200)] as [(Double, Double?)])
  func aTargetBeyondTheModelsRangeIsRefused(_ value: Double, _ upper: Double?) throws {
    let store = try store()
    #expect(throws: WorkspaceError.beyondMagnitude(upper ?? value)) {
      try store.setTarget(
        agency: "d", indicator: "IKU-2", year: 2025, value: value, upper: upper, reason: nil,
        actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025).target == 39)
    #expect(try targetChanges(store).isEmpty)
  }

  @Test func yearsOutsideTheDatasetsRangeAreRefused() throws {
    let store = try store()
    for year in [1899, 2201, 0] {
      #expect(throws: WorkspaceError.invalidYear(year)) {
        try store.setTarget(
          agency: "d", indicator: "IKU-2", year: year, value: 50, reason: nil, actor: "ana",
          expectedVersion: nil, now: t0)
      }
    }
    #expect(try targetChanges(store).isEmpty)
  }

  @Test func unknownAgenciesAndIndicators() throws {
    let store = try store()
    #expect(throws: WorkspaceError.unknownAgency("x")) {
      try store.setTarget(
        agency: "x", indicator: "IKU-2", year: 2025, value: 50, reason: nil, actor: "ana",
        expectedVersion: nil, now: t0)
    }
    #expect(throws: WorkspaceError.unknownIndicator(agency: "d", code: "IKU-9")) {
      try store.setTarget(
        agency: "d", indicator: "IKU-9", year: 2025, value: 50, reason: nil, actor: "ana",
        expectedVersion: nil, now: t0)
    }
    #expect(throws: WorkspaceError.unknownIndicator(agency: "d", code: "IKU-9")) {
      try store.target(agency: "d", indicator: "IKU-9", year: 2025)
    }
    #expect(throws: WorkspaceError.unknownAgency("x")) {
      try store.target(agency: "x", indicator: "IKU-2", year: 2025)
    }
  }

  @Test func theSourceSaysWhoChangedTheTargetOnce() throws {
    let store = try store()
    let signed = "lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt (ditetapkan Maret 2025)"
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "ana",
      expectedVersion: nil, now: t0)
    #expect(
      try annualRow(store, "IKU-2", 2025)?.source
        == signed + "; target diubah di ruang kerja oleh ana, 2025-06-15")
    // A second change replaces the note rather than adding another.
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 46, reason: nil, actor: "budi",
      expectedVersion: nil, now: t0.addingTimeInterval(86_400))
    #expect(
      try annualRow(store, "IKU-2", 2025)?.source
        == signed + "; target diubah di ruang kerja oleh budi, 2025-06-16")
  }

  @Test func anIllustrativeRowStaysIllustrative() throws {
    let store = try store()
    let before = try #require(try annualRow(store, "IKU-2", 2023))
    #expect(before.isIllustrative && before.target == nil && before.actual == 50.1)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2023, value: 50, reason: nil, actor: "ana",
      expectedVersion: 1, now: t0)
    let after = try #require(try annualRow(store, "IKU-2", 2023))
    #expect(after.source.hasPrefix("ilustrasi: "))
    #expect(after.source.hasPrefix(before.source))
    #expect(after.source.hasSuffix("; target diubah di ruang kerja oleh ana, 2025-06-15"))
    #expect(after.isIllustrative)
    #expect(after.actual == 50.1 && after.target == 50)
  }

  @Test func theReviewUsesTheNewTarget() throws {
    let store = try store()
    let before = DatasetReview(
      try store.dataset(of: "d"), settings: ReviewSettings(assessesFinishedYear: true))
    #expect(before.year == 2025)
    #expect(before.indicators.first { $0.indicator.code == "IKU-2" }?.target == 39)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 56, reason: nil, actor: "ana",
      expectedVersion: 1, now: t0)
    let dataset = try store.dataset(of: "d")
    let review = DatasetReview(dataset, settings: ReviewSettings(assessesFinishedYear: true))
    let iku2 = try #require(review.indicators.first { $0.indicator.code == "IKU-2" })
    #expect(iku2.target == 56)
    // 56 is above the 2024 realisation (55,04): no longer the flag of a
    // target below it, which the signed 39 raised.
    #expect(
      before.indicators.first { $0.indicator.code == "IKU-2" }?.flags.map(\.code)
        .contains(.targetBelowLastActual) == true)
    #expect(!iku2.flags.map(\.code).contains(.targetBelowLastActual))
    let indicator = try #require(dataset.indicator("IKU-2"))
    #expect(
      IndicatorReview(indicator, in: dataset, year: 2025, settings: ReviewSettings(year: 2025))
        .target == 56)
  }

  @Test func aTargetAndItsLogEntryAreOneTransaction() throws {
    let store = try store()
    // A trigger that refuses the log entry, as a full disk would.
    try store.pool.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuseEntry BEFORE INSERT ON auditEntry
          BEGIN SELECT RAISE(ABORT, 'uji'); END
          """)
    }
    // TEMP triggers are per connection: try the writer's, the one that
    // made the trigger.
    #expect(throws: (any Error).self) {
      try store.setTarget(
        agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "ana",
        expectedVersion: nil, now: t0)
    }
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025).target == 39)
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025).version == 1)
  }
}
