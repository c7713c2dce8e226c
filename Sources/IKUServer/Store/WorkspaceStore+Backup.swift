import Foundation
import GRDB
import IKUPlan

extension WorkspaceStore {
  /// Writes a consistent copy of the database to `path` while others keep
  /// reading and writing it, through SQLite's online backup API (GRDB's
  /// `backup(to:)`) from one read transaction: the copy is the database as
  /// it was at one moment.
  ///
  /// The copy is written beside `path` and renamed into place, so a
  /// failure leaves no half-written file.
  ///
  /// - Throws: ``WorkspaceError/database(path:reason:)`` when the copy
  ///   cannot be written.
  public func backup(to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(SessionToken.random().prefix(8))")
    defer { try? FileManager.default.removeItem(at: temporary) }
    do {
      let copy = try DatabaseQueue(path: temporary.path)
      try pool.backup(to: copy)
      try copy.close()
      guard rename(temporary.path, url.path) == 0 else {
        throw WorkspaceError.database(path: path, reason: String(cString: strerror(errno)))
      }
    } catch let error as WorkspaceError {
      throw error
    } catch let error as DatabaseError {
      throw WorkspaceError.database(path: path, reason: error.message ?? "\(error)")
    } catch {
      throw WorkspaceError.database(path: path, reason: error.localizedDescription)
    }
  }
}
