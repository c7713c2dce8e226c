internal import Foundation

extension DelimitedTable {
  /// Reads and parses a file.
  ///
  /// - Throws: ``InputError/Problem/unreadable(reason:)`` when the file
  ///   cannot be read, or any error of ``init(bytes:file:delimiter:)``.
  public init(contentsOfFile path: String, delimiter: Character? = nil) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw InputError(
        .unreadable(reason: exists ? "permission or I/O error" : "not found"),
        at: SourceLocation(file: path, line: 0))
    }
    try self.init(bytes: [UInt8](data), file: path, delimiter: delimiter)
  }
}
