import Foundation
import GRDB

/// One line of the audit log: who changed what, when, from which value to
/// which, and why.
///
/// The log is append-only: the database refuses to update or delete an
/// entry (``Schema``), and nothing in ikuplan tries.
public struct AuditEntry: Sendable, Hashable {
  /// What happened: an open set of codes (as swift-system's `Errno`), so
  /// that a log written by a later version still reads.
  public struct Action: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let agencyAdded = Action(rawValue: "agency-added")
    public static let accountAdded = Action(rawValue: "account-added")
    public static let accountRemoved = Action(rawValue: "account-removed")
    public static let passwordChanged = Action(rawValue: "password-changed")
    public static let targetChanged = Action(rawValue: "target-changed")
    public static let valueEntered = Action(rawValue: "value-entered")
    public static let imported = Action(rawValue: "imported")
  }

  /// The entry's number, increasing; `nil` before it is stored.
  public var id: Int64?
  /// When, as ISO 8601 in UTC.
  public var at: String
  /// Who: an account's username, or `cli:` and the system user for a
  /// command run at the server's console.
  public var actor: String
  /// The agency concerned, if any.
  public var agency: String?
  public var action: Action
  public var indicator: String?
  public var year: Int?
  public var quarter: Int?
  /// The value changed (`target`, `targetUpper`, …), if any.
  public var field: String?
  /// The value before, in JSON's number form (`55.04`), or `nil`.
  public var oldValue: String?
  /// The value after.
  public var newValue: String?
  /// The reason given, if any.
  public var reason: String?

  public init(
    at: String = WorkspaceStore.timestamp(), actor: String, agency: String? = nil,
    action: Action, indicator: String? = nil, year: Int? = nil, quarter: Int? = nil,
    field: String? = nil, oldValue: String? = nil, newValue: String? = nil,
    reason: String? = nil
  ) {
    self.at = at
    self.actor = actor
    self.agency = agency
    self.action = action
    self.indicator = indicator
    self.year = year
    self.quarter = quarter
    self.field = field
    self.oldValue = oldValue
    self.newValue = newValue
    self.reason = reason
  }

  /// Appends an entry inside the caller's transaction, so that the change
  /// and its entry are stored together or not at all.
  static func append(_ entry: AuditEntry, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO auditEntry (at, actor, agency, action, indicator, year, quarter, field,
          oldValue, newValue, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        entry.at, entry.actor, entry.agency, entry.action.rawValue, entry.indicator, entry.year,
        entry.quarter, entry.field, entry.oldValue, entry.newValue, entry.reason,
      ])
  }

  init(row: Row) {
    id = row["id"]
    at = row["at"]
    actor = row["actor"]
    agency = row["agency"]
    action = Action(rawValue: row["action"])
    indicator = row["indicator"]
    year = row["year"]
    quarter = row["quarter"]
    field = row["field"]
    oldValue = row["oldValue"]
    newValue = row["newValue"]
    reason = row["reason"]
  }
}

extension WorkspaceStore {
  /// An agency's audit log, newest first: at most `limit` entries, those
  /// older than entry `before` when it is given (the next page).
  ///
  /// With `agency == nil`, the entries of no agency: accounts of admins,
  /// Bappeda and inspectors of several agencies, password changes.
  public func auditLog(of agency: String?, before: Int64? = nil, limit: Int = 1000) throws
    -> [AuditEntry]
  {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM auditEntry WHERE agency IS ? AND id < ? ORDER BY id DESC LIMIT ?
          """,
        arguments: [agency, before ?? Int64.max, limit]
      ).map(AuditEntry.init(row:))
    }
  }
}
