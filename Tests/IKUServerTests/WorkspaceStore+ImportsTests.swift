import Foundation
import GRDB
import IKUPlan
import Testing

@testable import IKUServer

/// The signed IKU sheet uploaded into agencies: `n` is the bundled folder
/// before the sheet (no rows of 2024 and 2025), to which the sheet adds
/// 12 values — the 2024 realisations and 2025 targets of its 6
/// indicators; `a` is the bundled folder, which already holds them all.
@Suite struct WorkspaceStoreImportsTests {
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06-15T15:06:40Z
  private static let sheetName = WorkspaceFixture.sheetName

  private struct Fixture {
    let store: WorkspaceStore
    /// A planner of `n`.
    let nina: Account
    /// Another planner of `n`.
    let nino: Account
    /// A planner of `a`.
    let ana: Account
  }

  private func fixture() throws -> Fixture {
    let store = try WorkspaceFixture.store()
    try store.addAgency(
      code: "n", name: "N", dataset: try WorkspaceFixture.datasetBeforeSheet(), actor: "uji")
    try store.addAgency(code: "a", name: "A", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    func planner(_ name: String, _ agency: String) throws -> Account {
      try store.addAccount(
        username: name, password: WorkspaceFixture.password, role: .planner, agencies: [agency],
        actor: "uji")
    }
    return Fixture(
      store: store, nina: try planner("nina", "n"), nino: try planner("nino", "n"),
      ana: try planner("ana", "a"))
  }

  /// The 12 values the sheet holds: the folder's 2024 realisations and
  /// 2025 targets, keyed `code|year|field`.
  private static func sheetValues() throws -> [String: Double] {
    var values: [String: Double] = [:]
    for row in try WorkspaceFixture.dataset().annual where [2024, 2025].contains(row.year) {
      if let actual = row.actual { values["\(row.code)|\(row.year)|actual"] = actual }
      if let target = row.target { values["\(row.code)|\(row.year)|target"] = target }
    }
    return values
  }

  private static func key(_ change: IKUSheet.Merge.Change) -> String {
    "\(change.key.code)|\(change.key.year)|\(change.key.field.auditName)"
  }

  private func imported(_ store: WorkspaceStore, _ agency: String) throws -> [AuditEntry] {
    try store.auditLog(of: agency).filter { $0.action == .imported }
  }

  private func pendingCount(_ store: WorkspaceStore) throws -> Int {
    try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM pendingImport") }
      ?? -1
  }

  @Test func theSheetHoldsTwelveValues() throws {
    let values = try Self.sheetValues()
    #expect(values.count == 12)
    #expect(values.keys.filter { $0.hasSuffix("|2024|actual") }.count == 6)
    #expect(values.keys.filter { $0.hasSuffix("|2025|target") }.count == 6)
    #expect(values["IKU-2|2024|actual"] == 55.04 && values["IKU-5|2025|target"] == 5_575)
  }

  @Test func aPreviewListsWhatTheSheetAddsAndChangesNothing() throws {
    let f = try fixture()
    let before = try f.store.dataset(of: "n")
    let revision = try f.store.revision(of: "n")
    let log = try f.store.auditLog(of: "n")
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    #expect(preview.id.count == 64)
    #expect(preview.merge.changed.isEmpty && preview.merge.newIndicators.isEmpty)
    #expect(preview.merge.added.allSatisfy { $0.old == nil })
    let added = Dictionary(
      preview.merge.added.map { (Self.key($0), $0.new) }, uniquingKeysWith: { a, _ in a })
    #expect(preview.merge.added.count == 12)
    #expect(added == (try Self.sheetValues()))
    #expect(preview.sheet.dataset.indicators.count == 6)
    // Nothing of the agency changed.
    #expect(try f.store.dataset(of: "n") == before)
    #expect(try f.store.revision(of: "n") == revision)
    #expect(try f.store.auditLog(of: "n") == log)
    #expect(try pendingCount(f.store) == 1)
  }

  @Test func applyingWritesExactlyThoseValuesWithAnEntryEach() throws {
    let f = try fixture()
    let before = try f.store.dataset(of: "n")
    let revision = try #require(try f.store.revision(of: "n"))
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    let merge = try f.store.applyImport(preview.id, agency: "n", account: f.nina, now: t0)
    #expect(merge.added.count == 12 && merge.changed.isEmpty)

    // The annual values of 2024 and 2025 are the bundled folder's.
    func values(_ dataset: Dataset, _ years: Set<Int>) -> [String: [Double?]] {
      Dictionary(
        dataset.annual.filter { years.contains($0.year) }.map {
          ("\($0.code)|\($0.year)", [$0.actual, $0.target, $0.targetUpper, $0.budget])
        }, uniquingKeysWith: { a, _ in a })
    }
    let after = try f.store.dataset(of: "n")
    let bundled = try WorkspaceFixture.dataset()
    #expect(values(after, [2024, 2025]) == values(bundled, [2024, 2025]))
    #expect(after.annual.count == before.annual.count + 12)
    // Every other row is as it was.
    let otherYears = Set(before.annual.map(\.year))
    #expect(
      after.annual.filter { otherYears.contains($0.year) }
        == before.annual.filter { otherYears.contains($0.year) })
    // The folder's definitions are kept (the decimals written follow the
    // values: those of the bundled folder).
    #expect(after.indicators == bundled.indicators)
    #expect(after.quarterly == before.quarterly)
    // The new rows name the sheet, by its file name.
    for row in after.annual where [2024, 2025].contains(row.year) {
      #expect(row.source.contains(Self.sheetName), "\(row.source)")
      #expect(!row.source.contains("/"), "\(row.source)")
    }

    // One entry per value, in the transaction.
    let entries = try imported(f.store, "n")
    #expect(entries.count == 12)
    for entry in entries {
      #expect(entry.actor == "nina" && entry.agency == "n")
      #expect(entry.at == "2025-06-15T15:06:40Z")
      #expect(entry.oldValue == nil)
      #expect(entry.reason == Self.sheetName)
      #expect(entry.quarter == nil)
    }
    let logged = Dictionary(
      entries.map {
        (
          "\($0.indicator ?? "")|\($0.year ?? 0)|\($0.field ?? "")",
          $0.newValue.flatMap(Double.init)
        )
      }, uniquingKeysWith: { a, _ in a })
    #expect(logged == (try Self.sheetValues()).mapValues { Optional($0) })
    #expect(try f.store.revision(of: "n") == revision + 1)
    #expect(try pendingCount(f.store) == 0)
  }

  @Test func theSheetIntoTheAgencyThatHasItAddsNothing() throws {
    let f = try fixture()
    let before = try f.store.dataset(of: "a")
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "a",
      account: f.ana, now: t0)
    #expect(preview.merge.added.isEmpty && preview.merge.changed.isEmpty)
    let merge = try f.store.applyImport(preview.id, agency: "a", account: f.ana, now: t0)
    #expect(merge.added.isEmpty && merge.changed.isEmpty)
    #expect(try f.store.dataset(of: "a") == before)
    #expect(try imported(f.store, "a").isEmpty)
  }

  @Test func anUploadIsAppliedOnce() throws {
    let f = try fixture()
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    _ = try f.store.applyImport(preview.id, agency: "n", account: f.nina, now: t0)
    let after = try f.store.dataset(of: "n")
    #expect(throws: WorkspaceError.unknownImport) {
      try f.store.applyImport(preview.id, agency: "n", account: f.nina, now: t0)
    }
    #expect(try f.store.dataset(of: "n") == after)
    #expect(try imported(f.store, "n").count == 12)
  }

  @Test func anUploadIsOnlyItsAccountsForItsAgency() throws {
    let f = try fixture()
    let before = try f.store.dataset(of: "n")
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    // Another planner of the same agency.
    #expect(throws: WorkspaceError.unknownImport) {
      try f.store.applyImport(preview.id, agency: "n", account: f.nino, now: t0)
    }
    // The same account, another agency.
    #expect(throws: WorkspaceError.unknownImport) {
      try f.store.applyImport(preview.id, agency: "a", account: f.nina, now: t0)
    }
    // An id nobody was given.
    #expect(throws: WorkspaceError.unknownImport) {
      try f.store.applyImport(
        String(repeating: "0", count: 64), agency: "n", account: f.nina, now: t0)
    }
    #expect(try f.store.dataset(of: "n") == before)
    // The refusals did not use the upload up.
    let merge = try f.store.applyImport(preview.id, agency: "n", account: f.nina, now: t0)
    #expect(merge.added.count == 12)
  }

  @Test func anUploadExpiresAfterAnHour() throws {
    let f = try fixture()
    let before = try f.store.dataset(of: "n")
    let late = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    #expect(throws: WorkspaceError.unknownImport) {
      try f.store.applyImport(
        late.id, agency: "n", account: f.nina,
        now: t0.addingTimeInterval(WorkspaceStore.importLifetime + 1))
    }
    #expect(try f.store.dataset(of: "n") == before)
    // Within the hour it is still there.
    let onTime = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    let merge = try f.store.applyImport(
      onTime.id, agency: "n", account: f.nina,
      now: t0.addingTimeInterval(WorkspaceStore.importLifetime - 1))
    #expect(merge.added.count == 12)
    #expect(WorkspaceStore.importLifetime == 3_600)
  }

  @Test func aNewUploadClearsExpiredOnes() throws {
    let f = try fixture()
    for _ in 0..<2 {
      _ = try f.store.previewImport(
        try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
        account: f.nina, now: t0)
    }
    #expect(try pendingCount(f.store) == 2)
    _ = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0.addingTimeInterval(2 * WorkspaceStore.importLifetime))
    #expect(try pendingCount(f.store) == 1)
  }

  /// The sheet with IKU-2's 2024 realisation 56,04 rather than 55,04.
  private static func conflictingSheet() throws -> Data {
    try WorkspaceFixture.sheet {
      $0.replacingOccurrences(of: "\t55,04%\t", with: "\t56,04%\t")
    }
  }

  @Test func aConflictNamesTheUploadedFileAndItsCell() throws {
    let f = try fixture()
    #expect(try Self.conflictingSheet() != (try WorkspaceFixture.sheet()))
    let before = try f.store.dataset(of: "a")
    let error = #expect(throws: InputError.self) {
      try f.store.previewImport(
        try Self.conflictingSheet(), fileName: Self.sheetName, replacing: false, agency: "a",
        account: f.ana, now: t0)
    }
    let conflict = try #require(error)
    #expect(conflict.location.file == Self.sheetName)
    // IKU-2's line of the sheet (its 18th line).
    #expect(conflict.location.line == 18)
    guard
      case .conflictingValue(let code, let year, let field, let existing, _, let new, _) =
        conflict.problem
    else {
      Issue.record("\(conflict.problem)")
      return
    }
    #expect(code == "IKU-2" && year == 2024 && field == .actual)
    #expect(existing == 55.04 && new == 56.04)
    for l in [Language.indonesian, .english] {
      let message = conflict.message(in: l)
      #expect(message.contains(Self.sheetName), "\(message)")
      #expect(!message.contains("/tmp") && !message.contains("ikuplan-upload"), "\(message)")
    }
    #expect(try f.store.dataset(of: "a") == before)
    #expect(try pendingCount(f.store) == 0)
  }

  @Test func aPathAsTheFileNameIsCutToItsName() throws {
    let f = try fixture()
    let error = #expect(throws: InputError.self) {
      try f.store.previewImport(
        try Self.conflictingSheet(), fileName: "../../rahasia/" + Self.sheetName,
        replacing: false, agency: "a", account: f.ana, now: t0)
    }
    #expect(error?.location.file == Self.sheetName)
  }

  @Test func aSheetThatCannotBeReadIsRefusedNamingIt() throws {
    let f = try fixture()
    let error = #expect(throws: InputError.self) {
      try f.store.previewImport(
        Data("bukan buku kerja".utf8), fileName: "lembar.xlsx", replacing: false, agency: "n",
        account: f.nina, now: t0)
    }
    let message = try #require(error).message(in: .indonesian)
    #expect(message.contains("lembar.xlsx"), "\(message)")
    #expect(!message.contains("/tmp") && !message.contains("ikuplan-upload"), "\(message)")
    #expect(try pendingCount(f.store) == 0)
  }

  @Test func replacingLetsTheSheetWinAndRaisesTheRowsVersion() throws {
    let f = try fixture()
    #expect(
      try f.store.value(agency: "a", indicator: "IKU-2", year: 2024, quarter: nil).version == 1)
    let preview = try f.store.previewImport(
      try Self.conflictingSheet(), fileName: Self.sheetName, replacing: true, agency: "a",
      account: f.ana, now: t0)
    #expect(preview.merge.added.isEmpty)
    #expect(preview.merge.changed.map(Self.key) == ["IKU-2|2024|actual"])
    #expect(preview.merge.changed.first?.old == 55.04 && preview.merge.changed.first?.new == 56.04)
    #expect(
      try f.store.value(agency: "a", indicator: "IKU-2", year: 2024, quarter: nil).actual == 55.04)

    let merge = try f.store.applyImport(preview.id, agency: "a", account: f.ana, now: t0)
    #expect(merge.changed.count == 1)
    let stored = try f.store.value(agency: "a", indicator: "IKU-2", year: 2024, quarter: nil)
    #expect(stored.actual == 56.04 && stored.version == 2)
    // Only that row changed.
    let versions = try f.store.targetVersions(of: "a")
    #expect(versions.filter { $0.value != 1 }.keys.sorted() == ["IKU-2|2024"])
    let entries = try imported(f.store, "a")
    #expect(entries.count == 1)
    let entry = try #require(entries.first)
    #expect(entry.indicator == "IKU-2" && entry.year == 2024 && entry.field == "actual")
    #expect(entry.oldValue.flatMap(Double.init) == 55.04)
    #expect(entry.newValue.flatMap(Double.init) == 56.04)
    #expect(entry.reason == Self.sheetName + " (ganti)")
  }

  @Test func aConflictThatAppearsBeforeTheConfirmationStopsItWritingNothing() throws {
    let f = try fixture()
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    #expect(preview.merge.added.count == 12)
    // Meanwhile someone enters IKU-2's 2024 realisation, not the sheet's.
    _ = try f.store.setValue(
      agency: "n", indicator: "IKU-2", year: 2024, quarter: nil, value: 60, source: "LKjIP 2024",
      reason: nil, actor: "nino", expectedVersion: 0, now: t0)
    let before = try f.store.dataset(of: "n")
    let revision = try f.store.revision(of: "n")
    let log = try f.store.auditLog(of: "n")
    let error = #expect(throws: InputError.self) {
      try f.store.applyImport(preview.id, agency: "n", account: f.nina, now: t0)
    }
    #expect(error?.location.file == Self.sheetName)
    if case .conflictingValue(let code, let year, _, let existing, _, let new, _) = error?.problem {
      #expect(code == "IKU-2" && year == 2024 && existing == 60 && new == 55.04)
    } else {
      Issue.record("\(String(describing: error))")
    }
    // Nothing written: not the 11 values that do not conflict either.
    #expect(try f.store.dataset(of: "n") == before)
    #expect(try f.store.revision(of: "n") == revision)
    #expect(try f.store.auditLog(of: "n") == log)
  }

  @Test func anUnknownAgency() throws {
    let f = try fixture()
    #expect(throws: WorkspaceError.unknownAgency("x")) {
      try f.store.previewImport(
        try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "x",
        account: f.nina, now: t0)
    }
  }

  @Test func anApplicationAndItsEntriesAreOneTransaction() throws {
    let f = try fixture()
    let preview = try f.store.previewImport(
      try WorkspaceFixture.sheet(), fileName: Self.sheetName, replacing: false, agency: "n",
      account: f.nina, now: t0)
    let before = try f.store.dataset(of: "n")
    try f.store.pool.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuseImported BEFORE INSERT ON auditEntry
          WHEN NEW.action = 'imported'
          BEGIN SELECT RAISE(ABORT, 'uji'); END
          """)
    }
    #expect(throws: (any Error).self) {
      try f.store.applyImport(preview.id, agency: "n", account: f.nina, now: t0)
    }
    #expect(try f.store.dataset(of: "n") == before)
    #expect(try pendingCount(f.store) == 1)
  }
}
