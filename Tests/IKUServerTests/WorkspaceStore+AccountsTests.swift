import Foundation
import GRDB
import Testing

@testable import IKUServer

@Suite struct WorkspaceStoreAccountsTests {
  /// A database with agencies `a` and `b`.
  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    let dataset = try WorkspaceFixture.dataset()
    try store.addAgency(code: "a", name: "A", dataset: dataset, actor: "uji")
    try store.addAgency(code: "b", name: "B", dataset: dataset, actor: "uji")
    return store
  }

  private func accountCount(_ store: WorkspaceStore) throws -> Int {
    try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? -1 }
  }

  @Test func anAccountIsStoredWithItsRoleAndAgencies() throws {
    let store = try store()
    let ana = try store.addAccount(
      username: "ana", password: "kata-sandi-ana", role: .planner, agencies: ["a"], actor: "cli:uji"
    )
    #expect(ana.username == "ana" && ana.role == .planner && ana.agencies == ["a"])
    let found = try #require(try store.account(named: "ana"))
    #expect(found.account == ana)
    #expect(try store.account(named: "budi") == nil)
  }

  @Test func onlyTheBcryptHashOfThePasswordIsStored() throws {
    let store = try store()
    let password = "kata-sandi-ana"
    try store.addAccount(
      username: "ana", password: password, role: .planner, agencies: ["a"], actor: "uji")
    let stored = try store.pool.read { db in
      try String.fetchOne(db, sql: "SELECT passwordHash FROM account WHERE username = 'ana'")
    }
    let hash = try #require(stored)
    #expect(hash != password && !hash.contains(password))
    // At the store's cost (4 in tests).
    #expect(hash.hasPrefix("$2b$04$"))
    #expect(Password.verify(password, hash: hash))
  }

  @Test func aPasswordOfTenCharactersIsTheShortestTaken() throws {
    let store = try store()
    #expect(throws: WorkspaceError.passwordTooShort) {
      try store.addAccount(
        username: "ana", password: "123456789", role: .admin, agencies: [], actor: "uji")
    }
    #expect(try accountCount(store) == 0)
    try store.addAccount(
      username: "ana", password: "1234567890", role: .admin, agencies: [], actor: "uji")
    #expect(try accountCount(store) == 1)
  }

  /// bcrypt reads 72 bytes of a password: a longer one would sign in with
  /// anything after them.
  @Test func aPasswordOfSeventyTwoBytesIsTheLongestTaken() throws {
    let store = try store()
    let ascii = String(repeating: "k", count: 73)
    // 37 characters of two bytes each.
    let accented = String(repeating: "é", count: 37)
    for password in [ascii, accented] {
      #expect(throws: WorkspaceError.passwordTooLong) {
        try store.addAccount(
          username: "ana", password: password, role: .admin, agencies: [], actor: "uji")
      }
    }
    #expect(try accountCount(store) == 0)
    try store.addAccount(
      username: "ana", password: String(ascii.dropLast()), role: .admin, agencies: [],
      actor: "uji")
    try store.addAccount(
      username: "budi", password: String(accented.dropLast()), role: .admin, agencies: [],
      actor: "uji")
    #expect(try accountCount(store) == 2)
    #expect(
      WorkspaceError.passwordTooLong.message(in: .indonesian)
        == "Kata sandi paling panjang 72 bita (huruf biasa: 72 karakter).")
  }

  @Test func eachRoleTakesItsNumberOfAgencies() throws {
    let store = try store()
    let wrong: [(Role, [String])] = [
      (.planner, []), (.planner, ["a", "b"]), (.inspector, []), (.admin, ["a"]),
      (.bappeda, ["a", "b"]),
    ]
    for (role, agencies) in wrong {
      #expect(throws: WorkspaceError.agencyCount(role, given: agencies.count)) {
        try store.addAccount(
          username: "uji", password: WorkspaceFixture.password, role: role, agencies: agencies,
          actor: "uji")
      }
    }
    #expect(try accountCount(store) == 0)
    // One agency named twice is one agency.
    let planner = try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["a", "a"],
      actor: "uji")
    #expect(planner.agencies == ["a"])
    let inspector = try store.addAccount(
      username: "ina", password: WorkspaceFixture.password, role: .inspector,
      agencies: ["b", "a", "b"], actor: "uji")
    #expect(inspector.agencies == ["a", "b"])
    #expect(try store.account(named: "ina")?.account.agencies == ["a", "b"])
  }

  @Test func anUnknownAgencyIsRefusedAndNothingStored() throws {
    let store = try store()
    #expect(throws: WorkspaceError.unknownAgency("dinsos")) {
      try store.addAccount(
        username: "ina", password: WorkspaceFixture.password, role: .inspector,
        agencies: ["a", "dinsos"], actor: "uji")
    }
    #expect(try accountCount(store) == 0)
    #expect(try store.account(named: "ina") == nil)
  }

  @Test func aUsernameIsTakenOnce() throws {
    let store = try store()
    try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["a"],
      actor: "uji")
    #expect(throws: WorkspaceError.accountExists("ana")) {
      try store.addAccount(
        username: "ana", password: "kata-sandi-lain", role: .admin, agencies: [], actor: "uji")
    }
    #expect(try store.account(named: "ana")?.account.role == .planner)
    #expect(try accountCount(store) == 1)
  }

  @Test(arguments: ["", "ana budi", "ana@dinas", "../ana", "ána"])
  func anInvalidUsernameIsRefused(_ username: String) throws {
    let store = try store()
    #expect(throws: WorkspaceError.invalidName(username)) {
      try store.addAccount(
        username: username, password: WorkspaceFixture.password, role: .admin, agencies: [],
        actor: "uji")
    }
  }

  @Test func theAdditionIsInTheAgencysAuditLog() throws {
    let store = try store()
    try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["a"],
      actor: "cli:uji")
    let entry = try #require(try store.auditLog(of: "a").first)
    #expect(entry.action == .accountAdded)
    #expect(entry.actor == "cli:uji")
    #expect(entry.field == "planner")
    #expect(entry.newValue == "ana")
    // The password appears nowhere in the log.
    let texts = try store.pool.read { db in
      try String.fetchAll(
        db, sql: "SELECT coalesce(newValue, '') || coalesce(reason, '') FROM auditEntry")
    }
    #expect(!texts.contains { $0.contains(WorkspaceFixture.password) })
  }
}
