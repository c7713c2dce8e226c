import Foundation
import GRDB
import Testing

@testable import IKUServer

@Suite struct AuditEntryTests {
  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.twoAgencies()
    for (value, actor) in [(45.0, "ana"), (46.0, "ana"), (47.0, "ana")] {
      _ = try store.setTarget(
        agency: "a", indicator: "IKU-2", year: 2025, value: value, reason: nil, actor: actor,
        expectedVersion: nil)
    }
    return store
  }

  private func allEntries(_ store: WorkspaceStore) throws -> [Row] {
    try store.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM auditEntry ORDER BY id") }
  }

  @Test(
    "the log is append-only in the database itself",
    arguments: [
      "UPDATE auditEntry SET actor = 'orang lain'",
      "UPDATE auditEntry SET newValue = '99' WHERE action = 'target-changed'",
      "DELETE FROM auditEntry",
      "DELETE FROM auditEntry WHERE id = (SELECT max(id) FROM auditEntry)",
    ])
  func updatesAndDeletesAreRefused(_ sql: String) throws {
    let store = try store()
    let before = try allEntries(store)
    #expect(before.count > 0)
    #expect(throws: DatabaseError.self) { try store.pool.write { db in try db.execute(sql: sql) } }
    #expect(try allEntries(store) == before)
  }

  @Test func anAgencysLogIsNewestFirstAndOnlyItsOwn() throws {
    let store = try store()
    let log = try store.auditLog(of: "a")
    #expect(log.map(\.id) == log.map(\.id).sorted { ($0 ?? 0) > ($1 ?? 0) })
    #expect(log.allSatisfy { $0.agency == "a" })
    // Newest first: 47, 46, 45, then the accounts of ina and ana, then
    // the agency.
    #expect(log.prefix(3).map { $0.newValue.flatMap(Double.init) } == [47, 46, 45])
    #expect(log.map(\.action).suffix(2) == [.accountAdded, .agencyAdded])
    #expect(try store.auditLog(of: "a", limit: 2).map(\.id) == log.prefix(2).map(\.id))
    #expect(try store.auditLog(of: "b").map(\.action) == [.accountAdded, .agencyAdded])
    #expect(try store.auditLog(of: "tidak-ada").isEmpty)
  }

  @Test func anUnknownActionStillReads() {
    let action = AuditEntry.Action(rawValue: "value-imported")
    #expect(action.rawValue == "value-imported")
    #expect(action != .targetChanged)
    #expect(AuditEntry.Action.targetChanged.rawValue == "target-changed")
  }

  @Test func theLogInPages() throws {
    let store = try store()
    let log = try store.auditLog(of: "a")
    #expect(log.count == 6)
    let ids = log.compactMap(\.id)
    // The page after the first two: the entries older than the second.
    #expect(
      try store.auditLog(of: "a", before: ids[1], limit: 2).compactMap(\.id) == [ids[2], ids[3]])
    #expect(try store.auditLog(of: "a", before: ids[1]).compactMap(\.id) == Array(ids.dropFirst(2)))
    // Before the oldest: nothing; before a number past the newest: all.
    #expect(try store.auditLog(of: "a", before: ids.last).isEmpty)
    #expect(try store.auditLog(of: "a", before: ids[0] + 1000).compactMap(\.id) == ids)
    // Another agency's entries are never in the page.
    #expect(try store.auditLog(of: "b", before: ids[0]).allSatisfy { $0.agency == "b" })
  }

  @Test func aPageHoldsAThousandEntries() throws {
    let store = try store()
    try store.pool.write { db in
      for value in 0..<1_001 {
        try AuditEntry.append(
          AuditEntry(
            actor: "uji", agency: "a", action: .targetChanged, indicator: "IKU-2", year: 2025,
            field: "target", newValue: String(value)), in: db)
      }
    }
    let first = try store.auditLog(of: "a")
    #expect(first.count == 1_000)
    #expect(first.first?.newValue == "1000")
    let last = try #require(first.last?.id)
    let second = try store.auditLog(of: "a", before: last)
    // The one bulk entry left, then the 6 of the fixture.
    #expect(second.count == 7)
    #expect(second.first?.newValue == "0")
  }
}
