import Foundation
import GRDB

/// The workspace's database: one SQLite file in WAL mode, through GRDB.
///
/// Agencies with their indicators, yearly and quarterly values, scenario
/// files, accounts, sessions and the append-only audit log (``Schema``).
/// Every change is one transaction: a process killed in the middle leaves
/// the file as it was before the change. Several processes may open the
/// same file (the server, `ikuplan user add`, `ikuplan backup`): WAL lets
/// readers go on while one writes.
public final class WorkspaceStore: Sendable {
  /// The file's path.
  public let path: String
  let pool: DatabasePool
  /// The bcrypt cost of new password hashes (``Password/cost``).
  let passwordCost: UInt8

  /// Opens the database at `path`, creating it and its tables if needed.
  ///
  /// - Throws: ``WorkspaceError/database(path:reason:)`` when the file
  ///   cannot be opened or is not an ikuplan workspace.
  public convenience init(path: String) throws {
    try self.init(path: path, passwordCost: Password.cost)
  }

  /// Opens the database with a lower bcrypt cost, for tests.
  init(path: String, passwordCost: UInt8) throws {
    self.path = path
    self.passwordCost = passwordCost
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    // Another process (a CLI command beside the server) may hold the write
    // lock for a moment; wait for it rather than fail.
    configuration.busyMode = .timeout(10)
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      try Schema.migrator.migrate(pool)
    } catch let error as DatabaseError {
      throw WorkspaceError.database(path: path, reason: error.message ?? "\(error)")
    }
  }

  /// The current time as stored: ISO 8601 in UTC, to the second.
  public static func timestamp(_ date: Date = Date()) -> String {
    date.formatted(.iso8601)
  }

  /// A stored timestamp read back.
  static func date(_ timestamp: String) -> Date? {
    try? Date(timestamp, strategy: .iso8601)
  }
}
