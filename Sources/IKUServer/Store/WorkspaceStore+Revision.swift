import GRDB
import IKUPlan

extension WorkspaceStore {
  /// How many times an agency's data has changed, or `nil` when no agency
  /// has the code.
  public func revision(of agency: String) throws -> Int? {
    try pool.read { db in
      try Int.fetchOne(db, sql: "SELECT revision FROM agency WHERE code = ?", arguments: [agency])
    }
  }

  /// An agency's dataset with its revision, read in one transaction.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``.
  public func snapshot(of agency: String) throws -> (revision: Int, dataset: Dataset) {
    try pool.read { db in
      guard
        let revision = try Int.fetchOne(
          db, sql: "SELECT revision FROM agency WHERE code = ?", arguments: [agency])
      else { throw WorkspaceError.unknownAgency(agency) }
      return (revision, try Self.dataset(of: agency, in: db))
    }
  }

  /// Counts a change of an agency's data, inside the change's transaction.
  static func touch(_ agency: String, in db: Database) throws {
    try db.execute(
      sql: "UPDATE agency SET revision = revision + 1 WHERE code = ?", arguments: [agency])
  }
}
