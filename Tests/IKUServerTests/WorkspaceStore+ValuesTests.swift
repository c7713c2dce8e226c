import Foundation
import GRDB
import IKUPlan
import Testing

@testable import IKUServer

/// Realisations entered in the workspace, on the bundled agency: IKU-2 is
/// a percentage (0–100) whose 2025 row holds the signed target 39 and no
/// realisation, whose 2024 realisation is 55,04 and whose 2021–2023 rows
/// are illustrative; IKU-5 counts people (≥ 0, no upper bound); IKU-1 has
/// illustrative quarters of 2025 (Q2: 35,19), IKU-2 none.
@Suite struct WorkspaceStoreValuesTests {
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06-15T15:06:40Z
  private static let signed =
    "lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt (ditetapkan Maret 2025)"

  /// The bundled agency as `d`, with a budget on IKU-2's 2025 row (which
  /// a realisation must keep).
  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    var dataset = try WorkspaceFixture.dataset()
    let index = try #require(dataset.annual.firstIndex { $0.code == "IKU-2" && $0.year == 2025 })
    dataset.annual[index].budget = 1_250_000_000
    dataset.annual[index].budgetSpent = 1_100_000_000
    try store.addAgency(code: "d", name: "D", dataset: dataset, actor: "uji")
    return store
  }

  private func entries(_ store: WorkspaceStore) throws -> [AuditEntry] {
    try store.auditLog(of: "d").filter { $0.action == .valueEntered }
  }

  private func annualRow(_ store: WorkspaceStore, _ code: String, _ year: Int) throws
    -> AnnualObservation?
  {
    try store.dataset(of: "d").annual.first { $0.code == code && $0.year == year }
  }

  private func quarterRow(_ store: WorkspaceStore, _ code: String, _ year: Int, _ quarter: Int)
    throws -> QuarterlyObservation?
  {
    try store.dataset(of: "d").quarterly.first {
      $0.code == code && $0.year == year && $0.quarter == quarter
    }
  }

  @Test func theStoredValueIsTheFolders() throws {
    let store = try store()
    #expect(
      try store.value(agency: "d", indicator: "IKU-2", year: 2024, quarter: nil)
        == StoredValue(
          agency: "d", indicator: "IKU-2", year: 2024, quarter: nil, actual: 55.04,
          source: Self.signed, version: 1))
    // A row with a target and no realisation.
    let targetOnly = try store.value(agency: "d", indicator: "IKU-2", year: 2025, quarter: nil)
    #expect(targetOnly.actual == nil && targetOnly.version == 1)
    // A quarter of the folder's `triwulan.csv`.
    let quarter = try store.value(agency: "d", indicator: "IKU-1", year: 2025, quarter: 2)
    #expect(quarter.actual == 35.19 && quarter.version == 1)
    #expect(quarter.source == "ilustrasi: nilai triwulan contoh, bukan data resmi")
    // No row: version 0, no value, no source.
    #expect(
      try store.value(agency: "d", indicator: "IKU-2", year: 2025, quarter: 1)
        == StoredValue(
          agency: "d", indicator: "IKU-2", year: 2025, quarter: 1, actual: nil, source: "",
          version: 0))
    #expect(try store.value(agency: "d", indicator: "IKU-2", year: 2026, quarter: nil).version == 0)
  }

  @Test func aYearsRealisationKeepsTheRowsTargetAndBudgetAndNotesItsSource() throws {
    let store = try store()
    let stored = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41.5,
      source: "  LKjIP 2025 hal. 12\n", reason: "laporan akhir tahun", actor: "ana",
      expectedVersion: 1, now: t0)
    let source = Self.signed + "; realisasi: LKjIP 2025 hal. 12, diisi ana 2025-06-15"
    #expect(
      stored
        == StoredValue(
          agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, actual: 41.5, source: source,
          version: 2))
    #expect(try store.value(agency: "d", indicator: "IKU-2", year: 2025, quarter: nil) == stored)
    let row = try #require(try annualRow(store, "IKU-2", 2025))
    #expect(row.actual == 41.5)
    #expect(row.target == 39 && row.targetUpper == nil)
    #expect(row.budget == 1_250_000_000 && row.budgetSpent == 1_100_000_000)
    #expect(row.source == source)
    // The target's version is the row's.
    #expect(try store.target(agency: "d", indicator: "IKU-2", year: 2025).version == 2)
  }

  @Test func aSecondEntryReplacesTheNoteOfTheFirst() throws {
    let store = try store()
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41.5,
      source: "LKjIP 2025 hal. 12", reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    let second = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 42,
      source: "LKjIP 2025 (revisi) hal. 14", reason: nil, actor: "budi", expectedVersion: 2,
      now: t0.addingTimeInterval(86_400))
    let source = Self.signed + "; realisasi: LKjIP 2025 (revisi) hal. 14, diisi budi 2025-06-16"
    #expect(second.source == source && second.version == 3 && second.actual == 42)
    #expect(try annualRow(store, "IKU-2", 2025)?.source == source)
  }

  @Test func anIllustrativeRowStaysIllustrative() throws {
    let store = try store()
    let before = try #require(try annualRow(store, "IKU-2", 2023))
    #expect(before.isIllustrative && before.actual == 50.1)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2023, quarter: nil, value: 51, source: "LKjIP 2023",
      reason: nil, actor: "ana", expectedVersion: 1, now: t0)
    let after = try #require(try annualRow(store, "IKU-2", 2023))
    #expect(after.source == before.source + "; realisasi: LKjIP 2023, diisi ana 2025-06-15")
    #expect(after.isIllustrative)
    #expect(after.actual == 51 && after.target == nil)
  }

  @Test func aYearWithoutARowGetsOneHoldingTheRealisation() throws {
    let store = try store()
    let rowsBefore = try store.dataset(of: "d").annual.count
    let stored = try store.setValue(
      agency: "d", indicator: "IKU-5", year: 2026, quarter: nil, value: 5_700,
      source: "LKjIP 2026 hal. 3", reason: nil, actor: "ana", expectedVersion: 0, now: t0)
    #expect(stored.version == 1 && stored.actual == 5_700)
    #expect(stored.source == "realisasi: LKjIP 2026 hal. 3, diisi ana 2025-06-15")
    let dataset = try store.dataset(of: "d")
    #expect(dataset.annual.count == rowsBefore + 1)
    // Appended last, as a row added to the folder's file.
    let row = try #require(dataset.annual.last)
    #expect(row.code == "IKU-5" && row.year == 2026)
    #expect(row.actual == 5_700 && row.target == nil && row.budget == nil)
    #expect(row.source == stored.source)
    // A second entry replaces the whole note: the row has no other source.
    let again = try store.setValue(
      agency: "d", indicator: "IKU-5", year: 2026, quarter: nil, value: 5_710,
      source: "LKjIP 2026 hal. 4", reason: nil, actor: "budi", expectedVersion: 1, now: t0)
    #expect(again.source == "realisasi: LKjIP 2026 hal. 4, diisi budi 2025-06-15")
  }

  @Test func aQuartersRowIsCreatedThenUpdated() throws {
    let store = try store()
    let quartersBefore = try store.dataset(of: "d").quarterly.count
    let created = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: 1, value: 12.5,
      source: "laporan TW I hal. 2", reason: nil, actor: "ana", expectedVersion: 0, now: t0)
    #expect(
      created
        == StoredValue(
          agency: "d", indicator: "IKU-2", year: 2025, quarter: 1, actual: 12.5,
          source: "laporan TW I hal. 2, diisi ana 2025-06-15", version: 1))
    let dataset = try store.dataset(of: "d")
    #expect(dataset.quarterly.count == quartersBefore + 1)
    let row = try #require(dataset.quarterly.last)
    #expect(row.code == "IKU-2" && row.year == 2025 && row.quarter == 1 && row.actual == 12.5)
    #expect(row.source == created.source)
    // The year's row is untouched.
    #expect(try annualRow(store, "IKU-2", 2025)?.actual == nil)
    #expect(try store.value(agency: "d", indicator: "IKU-2", year: 2025, quarter: nil).version == 1)

    let updated = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: 1, value: 13,
      source: "laporan TW I (revisi)", reason: nil, actor: "budi", expectedVersion: 1, now: t0)
    #expect(updated.version == 2 && updated.actual == 13)
    // A quarter's row holds one value: its source is the one given.
    #expect(updated.source == "laporan TW I (revisi), diisi budi 2025-06-15")
    #expect(try quarterRow(store, "IKU-2", 2025, 1)?.source == updated.source)
    #expect(try store.dataset(of: "d").quarterly.count == quartersBefore + 1)
  }

  @Test func aQuarterOfTheFolderIsUpdatedInPlace() throws {
    let store = try store()
    let before = try store.dataset(of: "d").quarterly
    let index = try #require(
      before.firstIndex { $0.code == "IKU-1" && $0.year == 2025 && $0.quarter == 2 })
    _ = try store.setValue(
      agency: "d", indicator: "IKU-1", year: 2025, quarter: 2, value: 36, source: "laporan TW II",
      reason: nil, actor: "ana", expectedVersion: 1, now: t0)
    let after = try store.dataset(of: "d").quarterly
    #expect(after.count == before.count)
    #expect(after[index].actual == 36)
    #expect(after[index].source == "laporan TW II, diisi ana 2025-06-15")
    // The folder's pembilang and penyebut are kept.
    #expect(after[index].numerator == before[index].numerator)
    #expect(after[index].denominator == before[index].denominator)
  }

  @Test(
    "a realisation outside the indicator's hard bounds or not finite",
    arguments: [
      ("IKU-2", 120.0, 0.0, 100.0), ("IKU-2", -0.5, 0, 100), ("IKU-2", 100.01, 0, 100),
      ("IKU-2", .nan, 0, 100), ("IKU-2", .infinity, 0, 100), ("IKU-5", -1, 0, nil),
    ] as [(String, Double, Double?, Double?)])
  func aValueOutsideTheBoundsIsRefused(
    _ code: String, _ value: Double, _ lower: Double?, _ upper: Double?
  ) throws {
    let store = try store()
    let error = #expect(throws: WorkspaceError.self) {
      try store.setValue(
        agency: "d", indicator: code, year: 2025, quarter: nil, value: value, source: "LKjIP",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    guard case .outOfBounds(let refused, let refusedLower, let refusedUpper) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(refused.isNaN ? value.isNaN : refused == value)
    #expect(refusedLower == lower && refusedUpper == upper)
    #expect(try store.value(agency: "d", indicator: code, year: 2025, quarter: nil).version == 1)
    #expect(try entries(store).isEmpty)
  }

  /// Within an indicator's bounds (or without an upper one) a value the
  /// models cannot compute with is refused, and nothing is stored.
  @Test(arguments: [("IKU-5", 1e200), ("IKU-2", 1e-200), ("IKU-5", 1e150.nextUp)])
  func aValueBeyondTheModelsRangeIsRefused(_ code: String, _ value: Double) throws {
    let store = try store()
    #expect(throws: WorkspaceError.beyondMagnitude(value)) {
      try store.setValue(
        agency: "d", indicator: code, year: 2025, quarter: nil, value: value, source: "LKjIP",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(try store.value(agency: "d", indicator: code, year: 2025, quarter: nil).version == 1)
    #expect(try entries(store).isEmpty)
  }

  @Test func theBoundsThemselvesAndALargeCountAreTaken() throws {
    let store = try store()
    for value in [0.0, 100] {
      let stored = try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: value, source: "LKjIP",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
      #expect(stored.actual == value)
    }
    // IKU-5 has no upper bound.
    let count = try store.setValue(
      agency: "d", indicator: "IKU-5", year: 2025, quarter: nil, value: 1_000_000, source: "LKjIP",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    #expect(count.actual == 1_000_000)
  }

  @Test(arguments: ["", "   ", "\n\t "])
  func aValueWithoutASourceIsRefused(_ source: String) throws {
    let store = try store()
    #expect(throws: WorkspaceError.missingSource) {
      try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: source,
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(try annualRow(store, "IKU-2", 2025)?.actual == nil)
    #expect(try entries(store).isEmpty)
  }

  @Test(arguments: [0, 5, -1])
  func aQuarterOutsideOneToFourIsRefused(_ quarter: Int) throws {
    let store = try store()
    #expect(throws: WorkspaceError.invalidQuarter(quarter)) {
      try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: quarter, value: 41, source: "TW",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(try entries(store).isEmpty)
  }

  @Test func aYearOutsideTheDatasetsRangeIsRefused() throws {
    let store = try store()
    for year in [1899, 2201] {
      #expect(throws: WorkspaceError.invalidYear(year)) {
        try store.setValue(
          agency: "d", indicator: "IKU-2", year: year, quarter: nil, value: 41, source: "LKjIP",
          reason: nil, actor: "ana", expectedVersion: nil, now: t0)
      }
    }
  }

  @Test func aStaleVersionIsRefusedAndChangesNothing() throws {
    let store = try store()
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: "LKjIP",
      reason: nil, actor: "ana", expectedVersion: 1, now: t0)
    // Someone who read version 1 enters another value.
    #expect(throws: WorkspaceError.staleVersion(current: 2)) {
      try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 45, source: "LKjIP",
        reason: nil, actor: "budi", expectedVersion: 1, now: t0)
    }
    #expect(try annualRow(store, "IKU-2", 2025)?.actual == 41)
    #expect(try entries(store).count == 1)
    // A quarter without a row is version 0.
    #expect(throws: WorkspaceError.staleVersion(current: 0)) {
      try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: 3, value: 30, source: "TW III",
        reason: nil, actor: "ana", expectedVersion: 1, now: t0)
    }
    #expect(try quarterRow(store, "IKU-2", 2025, 3) == nil)
  }

  @Test func unknownAgenciesAndIndicators() throws {
    let store = try store()
    #expect(throws: WorkspaceError.unknownAgency("x")) {
      try store.setValue(
        agency: "x", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: "LKjIP",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(throws: WorkspaceError.unknownIndicator(agency: "d", code: "IKU-9")) {
      try store.setValue(
        agency: "d", indicator: "IKU-9", year: 2025, quarter: 1, value: 41, source: "LKjIP",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(throws: WorkspaceError.unknownIndicator(agency: "d", code: "IKU-9")) {
      try store.value(agency: "d", indicator: "IKU-9", year: 2025, quarter: nil)
    }
    #expect(throws: WorkspaceError.unknownAgency("x")) {
      try store.value(agency: "x", indicator: "IKU-2", year: 2025, quarter: nil)
    }
  }

  @Test func eachEntryIsLoggedWithWhoWhenFromWhatToWhatAndWhy() throws {
    let store = try store()
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2024, quarter: nil, value: 55.5, source: "LKjIP 2024",
      reason: "  koreksi BPS\n", actor: "ana", expectedVersion: 1, now: t0)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: 2, value: 20.25, source: "TW II",
      reason: " ", actor: "budi", expectedVersion: 0, now: t0.addingTimeInterval(60))
    let logged = try entries(store)
    #expect(logged.count == 2)
    // Newest first.
    let quarter = try #require(logged.first)
    let year = try #require(logged.last)
    #expect(year.actor == "ana" && year.agency == "d" && year.indicator == "IKU-2")
    #expect(year.year == 2024 && year.quarter == nil && year.field == "actual")
    #expect(year.oldValue.flatMap(Double.init) == 55.04)
    #expect(year.newValue.flatMap(Double.init) == 55.5)
    #expect(year.reason == "koreksi BPS")
    #expect(year.at == "2025-06-15T15:06:40Z")
    #expect(quarter.actor == "budi" && quarter.year == 2025 && quarter.quarter == 2)
    #expect(quarter.field == "actual")
    #expect(quarter.oldValue == nil)
    #expect(quarter.newValue.flatMap(Double.init) == 20.25)
    #expect(quarter.reason == nil)
    #expect(quarter.at == "2025-06-15T15:07:40Z")
  }

  @Test func theSameValueAgainIsStillAnEntry() throws {
    let store = try store()
    // Unlike a target, a realisation entered again records its (new)
    // source: the row is written and logged.
    let stored = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2024, quarter: nil, value: 55.04,
      source: "LKjIP 2024 hal. 9", reason: nil, actor: "ana", expectedVersion: 1, now: t0)
    #expect(stored.version == 2)
    #expect(try entries(store).count == 1)
  }

  @Test func aValueAndItsLogEntryAreOneTransaction() throws {
    let store = try store()
    try store.pool.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuseEntry BEFORE INSERT ON auditEntry
          BEGIN SELECT RAISE(ABORT, 'uji'); END
          """)
    }
    let revision = try store.revision(of: "d")
    #expect(throws: (any Error).self) {
      try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: "LKjIP",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(throws: (any Error).self) {
      try store.setValue(
        agency: "d", indicator: "IKU-2", year: 2025, quarter: 1, value: 10, source: "TW I",
        reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    }
    #expect(try store.value(agency: "d", indicator: "IKU-2", year: 2025, quarter: nil).version == 1)
    #expect(try store.value(agency: "d", indicator: "IKU-2", year: 2025, quarter: 1).version == 0)
    #expect(try store.revision(of: "d") == revision)
  }

  @Test func theReviewSeesTheNewRealisation() throws {
    let store = try store()
    let settings = ReviewSettings(year: 2026, assessesFinishedYear: true)
    let before = DatasetReview(try store.dataset(of: "d"), settings: settings)
    let iku2Before = try #require(before.indicators.first { $0.indicator.code == "IKU-2" })
    #expect(iku2Before.lastActual?.year == 2024 && iku2Before.lastActual?.value == 55.04)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41.5, source: "LKjIP",
      reason: nil, actor: "ana", expectedVersion: 1, now: t0)
    let after = DatasetReview(try store.dataset(of: "d"), settings: settings)
    let iku2 = try #require(after.indicators.first { $0.indicator.code == "IKU-2" })
    #expect(iku2.lastActual?.year == 2025 && iku2.lastActual?.value == 41.5)
    #expect(iku2.history.suffix(2).map(\.value) == [55.04, 41.5])
  }

  /// A realisation entered after the target was changed in the workspace:
  /// the row's source must still say that the target was changed there,
  /// or the row claims the signed sheet as its target's source again.
  @Test func aRealisationKeepsTheNoteOfAChangedTarget() throws {
    let store = try store()
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "ana",
      expectedVersion: nil, now: t0)
    let targetNote = "target diubah di ruang kerja oleh ana, 2025-06-15"
    #expect(try annualRow(store, "IKU-2", 2025)?.source == Self.signed + "; " + targetNote)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: "LKjIP",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    let realisationNote = "realisasi: LKjIP, diisi ana 2025-06-15"
    let first = try #require(try annualRow(store, "IKU-2", 2025)?.source)
    #expect(first == Self.signed + "; " + targetNote + "; " + realisationNote)
    // A second realisation replaces only its own note.
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 42, source: "LKjIP rev",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    #expect(
      try annualRow(store, "IKU-2", 2025)?.source
        == Self.signed + "; " + targetNote + "; realisasi: LKjIP rev, diisi ana 2025-06-15")
  }

  /// A realisation, then a target change, then the realisation again: the
  /// target's note must stay.
  @Test func aRealisationEnteredAgainKeepsTheNoteOfATargetChangedSince() throws {
    let store = try store()
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: "LKjIP",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "budi",
      expectedVersion: nil, now: t0)
    let targetNote = "target diubah di ruang kerja oleh budi, 2025-06-15"
    #expect(try annualRow(store, "IKU-2", 2025)?.source.contains(targetNote) == true)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 42, source: "LKjIP rev",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    let source = try #require(try annualRow(store, "IKU-2", 2025)?.source)
    #expect(source.hasPrefix(Self.signed + "; "))
    #expect(source.hasSuffix("realisasi: LKjIP rev, diisi ana 2025-06-15"))
    #expect(source.contains(targetNote), "\(source)")
  }

  /// A target changed after a realisation was entered: the realisation's
  /// note stays.
  @Test func aChangedTargetKeepsTheNoteOfARealisation() throws {
    let store = try store()
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 45, reason: nil, actor: "ana",
      expectedVersion: nil, now: t0)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2025, quarter: nil, value: 41, source: "LKjIP",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2025, value: 46, reason: nil, actor: "budi",
      expectedVersion: nil, now: t0)
    let source = try #require(try annualRow(store, "IKU-2", 2025)?.source)
    #expect(source.hasPrefix(Self.signed))
    #expect(source.contains("target diubah di ruang kerja oleh budi, 2025-06-15"))
    #expect(source.contains("realisasi: LKjIP, diisi ana 2025-06-15"), "\(source)")
  }

  /// A row the workspace created for a realisation, whose target is then
  /// set and whose realisation is entered again.
  @Test func aRowCreatedByARealisationKeepsItsTargetNote() throws {
    let store = try store()
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2026, quarter: nil, value: 50, source: "LKjIP 2026",
      reason: nil, actor: "ana", expectedVersion: 0, now: t0)
    _ = try store.setTarget(
      agency: "d", indicator: "IKU-2", year: 2026, value: 58, reason: nil, actor: "ana",
      expectedVersion: nil, now: t0)
    _ = try store.setValue(
      agency: "d", indicator: "IKU-2", year: 2026, quarter: nil, value: 51, source: "LKjIP 2026b",
      reason: nil, actor: "ana", expectedVersion: nil, now: t0)
    let row = try #require(try annualRow(store, "IKU-2", 2026))
    #expect(row.target == 58 && row.actual == 51)
    #expect(row.source.contains("target diubah di ruang kerja oleh ana"), "\(row.source)")
  }
}
