internal import Foundation

/// Writes files so that none is ever half-written: each is written in full
/// to a temporary name beside its destination, then renamed over it
/// (`rename(2)` is atomic within a file system).
enum AtomicFiles {
  /// Writes `files` (name → text) into `folder`, creating the folder.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)`` naming the path.
  static func write(_ files: [String: String], toFolder folder: String) throws {
    let manager = FileManager.default
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw InputError(
        .unwritable(reason: error.localizedDescription),
        at: SourceLocation(file: folder, line: 0))
    }
    var temporaries: [(String, String)] = []
    defer {
      for (temporary, _) in temporaries where manager.fileExists(atPath: temporary) {
        try? manager.removeItem(atPath: temporary)
      }
    }
    let token = UUID().uuidString.prefix(8)
    for (name, text) in files.sorted(by: { $0.key < $1.key }) {
      let destination = (folder as NSString).appendingPathComponent(name)
      let temporary = (folder as NSString).appendingPathComponent(".\(name).\(token).tmp")
      guard manager.createFile(atPath: temporary, contents: Data(text.utf8)) else {
        throw InputError(
          .unwritable(reason: "cannot create"), at: SourceLocation(file: temporary, line: 0))
      }
      temporaries.append((temporary, destination))
    }
    for (temporary, destination) in temporaries {
      guard rename(temporary, destination) == 0 else {
        throw InputError(
          .unwritable(reason: String(cString: strerror(errno))),
          at: SourceLocation(file: destination, line: 0))
      }
    }
  }

  /// Writes one file atomically (`path`'s folder must exist or be
  /// creatable).
  static func write(_ text: String, toFile path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    try write([name: text], toFolder: folder.isEmpty ? "." : folder)
  }
}
