import Foundation
import GRDB
import TestSupport
import Testing

@testable import IKUServer

@Suite struct WorkspaceStoreTests {
  @Test func openingCreatesTheFileAndItsTablesInWALMode() throws {
    let path = try temporaryFolder().appendingPathComponent("baru.db").path
    #expect(!FileManager.default.fileExists(atPath: path))
    let store = try WorkspaceStore(path: path, passwordCost: 4)
    #expect(store.path == path)
    #expect(FileManager.default.fileExists(atPath: path))
    let (tables, journal, foreignKeys) = try store.pool.read { db in
      (
        try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    for table in [
      "agency", "indicator", "annualValue", "quarterlyValue", "scenarioFile", "account",
      "accountAgency", "session", "loginFailure", "auditEntry",
    ] {
      #expect(tables.contains(table), "\(table)")
    }
    #expect(journal == "wal")
    #expect(foreignKeys == true)
    #expect(try store.agencies().isEmpty)
  }

  @Test func reopeningKeepsWhatWasStored() throws {
    let path = try temporaryFolder().appendingPathComponent("ruang-kerja.db").path
    try WorkspaceStore(path: path, passwordCost: 4).addAgency(
      code: "dinas", name: "Dinas", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    let reopened = try WorkspaceStore(path: path, passwordCost: 4)
    #expect(try reopened.agencies().map(\.code) == ["dinas"])
  }

  @Test func aFileThatIsNotADatabaseIsRefusedNamingIt() throws {
    let folder = try temporaryFolder()
    let path = try writeFile("bukan.db", "kode;tahun\nIKU-1;2024\n", in: folder)
    let error = #expect(throws: WorkspaceError.self) {
      try WorkspaceStore(path: path, passwordCost: 4)
    }
    guard case .database(let named, _) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(named == path)
  }

  @Test func aFolderThatDoesNotExistIsRefused() throws {
    let path = try temporaryFolder().appendingPathComponent("tidak-ada/ruang-kerja.db").path
    #expect(throws: WorkspaceError.self) { try WorkspaceStore(path: path, passwordCost: 4) }
  }

  @Test func timestampsAreISO8601InUTCToTheSecond() throws {
    // 1 750 000 000 s after 1970-01-01T00:00:00Z is 2025-06-15 15:06:40
    // UTC (20 254 days and 54 400 s).
    let date = Date(timeIntervalSince1970: 1_750_000_000.75)
    #expect(WorkspaceStore.timestamp(date) == "2025-06-15T15:06:40Z")
    #expect(
      WorkspaceStore.date("2025-06-15T15:06:40Z") == Date(timeIntervalSince1970: 1_750_000_000))
    #expect(WorkspaceStore.date("15/06/2025") == nil)
  }
}
