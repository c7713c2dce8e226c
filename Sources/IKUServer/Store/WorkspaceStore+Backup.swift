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
    // The copy must not replace the database it copies, nor its WAL files
    // (renaming over an open database detaches it: later changes would be
    // lost with the unlinked file).
    for own in [self.path, self.path + "-wal", self.path + "-shm"]
    where Self.isSameFile(path, own) {
      throw WorkspaceError.backupOverDatabase(path)
    }
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

  /// Whether two paths name one file (the same device and inode), or the
  /// same path once symbolic links are resolved when the file does not
  /// exist yet.
  static func isSameFile(_ a: String, _ b: String) -> Bool {
    var first = stat()
    var second = stat()
    if stat(a, &first) == 0, stat(b, &second) == 0 {
      return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
    return URL(fileURLWithPath: a).resolvingSymlinksInPath().standardized.path
      == URL(fileURLWithPath: b).resolvingSymlinksInPath().standardized.path
  }
}
