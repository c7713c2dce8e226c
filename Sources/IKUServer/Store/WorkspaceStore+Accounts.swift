import Foundation
import GRDB

extension WorkspaceStore {
  /// Adds an account.
  ///
  /// - Parameters:
  ///   - username: letters, digits, `-`, `_`, `.` (1–64).
  ///   - password: at least ``Password/minimumLength`` characters; only its
  ///     bcrypt hash is stored.
  ///   - role: what the account may do.
  ///   - agencies: the agency codes the role needs (``Role/agencyCount``).
  ///   - actor: who adds it, for the audit log.
  /// - Returns: the account as stored.
  /// - Throws: ``WorkspaceError`` for an invalid name, a short password, a
  ///   wrong number of agencies, an unknown agency or an existing account.
  @discardableResult
  public func addAccount(
    username: String, password: String, role: Role, agencies: [String], actor: String
  ) throws -> Account {
    guard WorkspaceError.isValidName(username) else {
      throw WorkspaceError.invalidName(username)
    }
    guard password.count >= Password.minimumLength else { throw WorkspaceError.passwordTooShort }
    guard password.utf8.count <= Password.maximumBytes else {
      throw WorkspaceError.passwordTooLong
    }
    let agencies = Array(Set(agencies)).sorted()
    guard role.agencyCount.contains(agencies.count) else {
      throw WorkspaceError.agencyCount(role, given: agencies.count)
    }
    // bcrypt takes a quarter of a second: outside the write transaction.
    let hash = Password.hash(password, cost: passwordCost)
    return try pool.write { db in
      if try Bool.fetchOne(
        db, sql: "SELECT 1 FROM account WHERE username = ?", arguments: [username]) ?? false
      {
        throw WorkspaceError.accountExists(username)
      }
      for agency in agencies {
        guard
          try Bool.fetchOne(db, sql: "SELECT 1 FROM agency WHERE code = ?", arguments: [agency])
            ?? false
        else { throw WorkspaceError.unknownAgency(agency) }
      }
      try db.execute(
        sql: "INSERT INTO account (username, passwordHash, role, addedAt) VALUES (?, ?, ?, ?)",
        arguments: [username, hash, role.rawValue, Self.timestamp()])
      let id = db.lastInsertedRowID
      for agency in agencies {
        try db.execute(
          sql: "INSERT INTO accountAgency (account, agency) VALUES (?, ?)",
          arguments: [id, agency])
      }
      try AuditEntry.append(
        AuditEntry(
          actor: actor, agency: agencies.count == 1 ? agencies[0] : nil,
          action: .accountAdded, field: role.rawValue, newValue: username), in: db)
      return Account(id: id, username: username, role: role, agencies: agencies)
    }
  }

  /// The account with a username and its stored password hash, if any.
  func account(named username: String) throws -> (account: Account, passwordHash: String)? {
    try pool.read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM account WHERE username = ?", arguments: [username])
      else { return nil }
      return (try Self.account(row, in: db), row["passwordHash"])
    }
  }

  static func account(_ row: Row, in db: Database) throws -> Account {
    let id: Int64 = row["id"]
    let agencies = try String.fetchAll(
      db, sql: "SELECT agency FROM accountAgency WHERE account = ? ORDER BY agency",
      arguments: [id])
    // The CHECK constraint keeps `role` to the four names.
    return Account(
      id: id, username: row["username"], role: Role(rawValue: row["role"]) ?? .inspector,
      agencies: agencies)
  }
}

extension WorkspaceStore {
  /// Every account, by username.
  public func accounts() throws -> [Account] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY username").map {
        try Self.account($0, in: db)
      }
    }
  }
}

extension WorkspaceStore {
  /// Sets an account's password (an admin's reset, or the person's own
  /// change) and ends the account's sessions, so that whoever knew the old
  /// one is signed out everywhere.
  ///
  /// - Throws: ``WorkspaceError/unknownAccount(_:)``, a short or long
  ///   password.
  public func setPassword(of username: String, to password: String, actor: String) throws {
    guard password.count >= Password.minimumLength else { throw WorkspaceError.passwordTooShort }
    guard password.utf8.count <= Password.maximumBytes else {
      throw WorkspaceError.passwordTooLong
    }
    let hash = Password.hash(password, cost: passwordCost)
    try pool.write { db in
      guard
        let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM account WHERE username = ?", arguments: [username])
      else { throw WorkspaceError.unknownAccount(username) }
      try db.execute(
        sql: "UPDATE account SET passwordHash = ? WHERE id = ?", arguments: [hash, id])
      try db.execute(sql: "DELETE FROM session WHERE account = ?", arguments: [id])
      try AuditEntry.append(
        AuditEntry(actor: actor, action: .passwordChanged, newValue: username), in: db)
    }
  }

  /// Removes an account; its sessions end at once.
  ///
  /// Its entries in the audit log stay, under its name.
  ///
  /// - Throws: ``WorkspaceError/unknownAccount(_:)``.
  public func removeAccount(_ username: String, actor: String) throws {
    try pool.write { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM account WHERE username = ?", arguments: [username])
      else { throw WorkspaceError.unknownAccount(username) }
      let account = try Self.account(row, in: db)
      try db.execute(sql: "DELETE FROM account WHERE id = ?", arguments: [account.id])
      try AuditEntry.append(
        AuditEntry(
          actor: actor, agency: account.agencies.count == 1 ? account.agencies[0] : nil,
          action: .accountRemoved, field: account.role.rawValue, newValue: username), in: db)
    }
  }
}
