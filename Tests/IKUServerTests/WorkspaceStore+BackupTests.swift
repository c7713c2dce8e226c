import Foundation
import GRDB
import TestSupport
import Testing

@testable import IKUServer

@Suite struct WorkspaceStoreBackupTests {
  /// A workspace with something of everything: agencies, accounts, a
  /// changed target and its log entries.
  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.twoAgencies()
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 56, upper: 60, reason: "Renja",
      actor: "ana", expectedVersion: 1)
    return store
  }

  @Test func theCopyOpensWithTheSameAgenciesAndLog() throws {
    let store = try store()
    let copyPath = try temporaryFolder().appendingPathComponent("salinan.db").path
    try store.backup(to: copyPath)
    let copy = try WorkspaceStore(path: copyPath, passwordCost: 4)
    #expect(try copy.agencies() == (try store.agencies()))
    for code in ["a", "b"] {
      #expect(try copy.dataset(of: code) == (try store.dataset(of: code)))
      #expect(try copy.auditLog(of: code) == (try store.auditLog(of: code)))
    }
    #expect(try copy.auditLog(of: "a").contains { $0.action == .targetChanged })
    #expect(try copy.target(agency: "a", indicator: "IKU-2", year: 2025).version == 2)
    // Accounts sign in to the copy.
    guard
      case .signedIn = try copy.signIn(username: "ana", password: WorkspaceFixture.password)
    else {
      Issue.record("ana cannot sign in to the copy")
      return
    }
    let integrity = try copy.pool.read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == "ok")
  }

  @Test func aSessionOfTheOriginalOpensNothingInTheCopy() throws {
    let store = try store()
    guard
      case .signedIn(let token, _, _) = try store.signIn(
        username: "ana", password: WorkspaceFixture.password)
    else {
      Issue.record("ana cannot sign in")
      return
    }
    let copyPath = try temporaryFolder().appendingPathComponent("salinan.db").path
    try store.backup(to: copyPath)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: copyPath))
    #expect(bytes.range(of: Data(token.utf8)) == nil)
  }

  @Test func theCopyReplacesAnExistingFile() throws {
    let store = try store()
    let folder = try temporaryFolder()
    let copyPath = try writeFile("salinan.db", "salinan lama", in: folder)
    try store.backup(to: copyPath)
    #expect(
      try WorkspaceStore(path: copyPath, passwordCost: 4).agencies().map(\.code) == ["a", "b"])
    // Nothing else is left beside it.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix("salinan.db") }
    #expect(names.isEmpty, "\(names)")
  }

  @Test func aFolderThatDoesNotExistIsADatabaseErrorAndLeavesNoFile() throws {
    let store = try store()
    let folder = try temporaryFolder().appendingPathComponent("tidak-ada")
    let copyPath = folder.appendingPathComponent("salinan.db").path
    let error = #expect(throws: WorkspaceError.self) { try store.backup(to: copyPath) }
    guard case .database(let path, _) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(path == copyPath)
    #expect(!FileManager.default.fileExists(atPath: copyPath))
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  /// A path that is a folder cannot be replaced by the copy (root, who
  /// runs these tests in CI, may write anywhere, so this stands for an
  /// unwritable path): the error names it, and no temporary file stays.
  @Test func aPathThatCannotBeReplacedLeavesNoTemporaryFile() throws {
    let store = try store()
    let folder = try temporaryFolder()
    let target = folder.appendingPathComponent("salinan.db")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    try Data("isi".utf8).write(to: target.appendingPathComponent("berkas"))
    let error = #expect(throws: WorkspaceError.self) { try store.backup(to: target.path) }
    guard case .database(let path, _) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(path == target.path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["salinan.db"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["berkas"])
  }

  /// A copy onto the database itself (`ikuplan backup --db F --output F`).
  ///
  /// The copy renamed over the file the store (or a running server) has
  /// open detaches it: its later changes go to the unlinked file and, once
  /// checkpointed, are gone for every process that opens the path
  /// afterwards.
  @Test func aCopyOntoTheDatabaseItselfIsRefused() throws {
    let store = try store()
    #expect(throws: WorkspaceError.backupOverDatabase(store.path)) {
      try store.backup(to: store.path)
    }
    #expect(throws: WorkspaceError.backupOverDatabase(store.path + "-wal")) {
      try store.backup(to: store.path + "-wal")
    }
    let changed = try store.setTarget(
      agency: "a", indicator: "IKU-1", year: 2025, value: 70, reason: nil, actor: "ana",
      expectedVersion: 1)
    #expect(changed.version == 2)
    _ = try store.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    let reopened = try WorkspaceStore(path: store.path, passwordCost: 4)
    let reread = try reopened.target(agency: "a", indicator: "IKU-1", year: 2025)
    #expect(reread == changed)
  }
}
