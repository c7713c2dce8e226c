internal import Foundation

/// Writes files so that none is ever half-written: each is written in full
/// to a temporary name beside its destination, then renamed over it
/// (`rename(2)` is atomic within a file system).
///
/// Before anything is written, every destination is checked: a folder
/// where a file belongs, a file where the folder belongs, or a destination
/// that is one of the command's input files (the same file by device and
/// inode, so a symbolic or hard link is caught too) stops the command with
/// nothing written.
///
/// A single output file named through a symbolic link replaces the file
/// the link names (the link stays); one that exists and is no regular file
/// (`/dev/null`, a named pipe) is written in place, as a shell redirection
/// would: renaming over it would replace a device with a file.
enum AtomicFiles {
  /// Writes `files` (name → text) into `folder`, creating the folder.
  ///
  /// - Throws: ``InputError`` naming the path: ``InputError/Problem/outputIsFolder``,
  ///   ``InputError/Problem/outputIsNotFolder``, ``InputError/Problem/outputIsInput(_:)``
  ///   or ``InputError/Problem/unwritable(reason:)``.
  static func write(
    _ files: [String: String], toFolder folder: String, protecting inputs: [String] = []
  ) throws {
    let manager = FileManager.default
    var isFolder: ObjCBool = false
    if manager.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
      throw InputError(.outputIsNotFolder, at: SourceLocation(file: folder, line: 0))
    }
    for name in files.keys {
      let destination = (folder as NSString).appendingPathComponent(name)
      try checkDestination(destination, protecting: inputs)
    }
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
      let temporary = (folder as NSString).appendingPathComponent(temporaryName(name, token))
      guard manager.createFile(atPath: temporary, contents: Data(text.utf8)) else {
        // Named by its destination: the temporary name is ours, not the
        // user's.
        throw unwritable(destination)
      }
      temporaries.append((temporary, destination))
    }
    for (temporary, destination) in temporaries {
      guard rename(temporary, destination) == 0 else {
        throw unwritable(destination)
      }
    }
  }

  /// Writes one file atomically into its existing folder (in place when
  /// it is no regular file: see the type's documentation).
  static func write(_ text: String, toFile path: String, protecting inputs: [String] = []) throws {
    try checkDestination(path, protecting: inputs)
    guard let real = replaceable(path) else {
      try writeInPlace(Array(text.utf8), to: path)
      return
    }
    let (folder, name) = split(real)
    try checkFolder(folder, of: path)
    try write([name: text], toFolder: folder, protecting: inputs)
  }

  /// Writes one file atomically through a writer that wants a path (a
  /// library that writes the file itself, such as libxlsxwriter): `write`
  /// gets a temporary path beside `path` (beside the file a link names),
  /// which is renamed into place when it returns, and removed when it
  /// throws; or `path` itself when that is no regular file (see the type's
  /// documentation).
  ///
  /// - Throws: ``InputError`` naming the path, or what `write` throws.
  static func write(
    toFile path: String, protecting inputs: [String] = [],
    using write: (_ temporary: String) throws -> Void
  ) throws {
    try checkDestination(path, protecting: inputs)
    guard let real = replaceable(path) else {
      try write(path)
      return
    }
    let manager = FileManager.default
    let (folder, name) = split(real)
    try checkFolder(folder, of: path)
    let temporary = (folder as NSString).appendingPathComponent(
      temporaryName(name, String(UUID().uuidString.prefix(8))))
    defer {
      if manager.fileExists(atPath: temporary) { try? manager.removeItem(atPath: temporary) }
    }
    try write(temporary)
    guard rename(temporary, real) == 0 else { throw unwritable(path) }
  }

  /// The path a temporary copy is renamed over for `path`: `path` itself,
  /// or the regular file a symbolic link names; nil when `path` is (or
  /// links to) something else that exists — a device, a named pipe, a
  /// socket — or is a link to nothing, which are written in place.
  static func replaceable(_ path: String) -> String? {
    var info = stat()
    var link = stat()
    guard stat(path, &info) == 0 else { return lstat(path, &link) == 0 ? nil : path }
    guard info.st_mode & S_IFMT == S_IFREG else { return nil }
    guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return path }
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Writes `bytes` to an existing file that is no regular file.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)``.
  static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
    try withDescriptor(writing: path, naming: path) { descriptor in
      try bytes.withUnsafeBytes { try writeAll($0, to: descriptor, path: path) }
    }
  }

  /// Opens `file` for writing (creating it, emptying a regular file) and
  /// calls `body` with its descriptor, closed after.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)`` naming `path`
  ///   (the user's name for `file`, which may be a temporary copy), or
  ///   what `body` throws.
  static func withDescriptor(
    writing file: String, naming path: String, _ body: (Int32) throws -> Void
  ) throws {
    let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw unwritable(path) }
    do {
      try body(descriptor)
    } catch {
      close(descriptor)
      throw error
    }
    guard close(descriptor) == 0 else { throw unwritable(path) }
  }

  /// Writes every byte of `bytes` to `descriptor`, which is `path`'s.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)`` with `write(2)`'s
  ///   error.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String)
    throws
  {
    var rest = bytes
    while !rest.isEmpty {
      let written = Foundation.write(descriptor, rest.baseAddress, rest.count)
      if written < 0 {
        if errno == EINTR { continue }
        throw unwritable(path)
      }
      rest = UnsafeRawBufferPointer(rebasing: rest[written...])
    }
  }

  /// `errno` as the reason `path` cannot be written.
  private static func unwritable(_ path: String) -> InputError {
    InputError(
      .unwritable(reason: String(cString: strerror(errno))),
      at: SourceLocation(file: path, line: 0))
  }

  /// The hidden temporary name for `name` (`.name.token.tmp`), or a short
  /// one when that would pass the file system's 255 bytes a name.
  static func temporaryName(_ name: String, _ token: some StringProtocol) -> String {
    let long = ".\(name).\(token).tmp"
    return long.utf8.count <= 255 ? long : ".ikuplan.\(token).tmp"
  }

  /// Refuses a file whose folder does not exist: a single output file is
  /// written into an existing folder, so that a mistyped path is named
  /// rather than created.
  static func checkFolder(_ folder: String, of path: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw InputError(.outputFolderMissing(folder), at: SourceLocation(file: path, line: 0))
    }
  }

  /// A file path's folder (`.` for a bare name) and name.
  ///
  /// Split by hand: Foundation's `NSString.deletingLastPathComponent`
  /// traps on a one-character relative path (`a`, `-`) in
  /// swift-corelibs-foundation on Linux.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }

  /// Refuses a destination that is a folder or one of `inputs`.
  static func checkDestination(_ path: String, protecting inputs: [String]) throws {
    var isFolder: ObjCBool = false
    let at = SourceLocation(file: path, line: 0)
    if path.hasSuffix("/") { throw InputError(.outputIsFolder, at: at) }
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
    if isFolder.boolValue { throw InputError(.outputIsFolder, at: at) }
    guard let target = identity(path) else { return }
    for input in inputs where identity(input) == target {
      throw InputError(.outputIsInput(input), at: at)
    }
  }

  /// Device and inode of an existing file.
  private static func identity(_ path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }
}

/// A command's output written to a file instead of the terminal.
public enum OutputFile {
  /// Writes `text` to `path` atomically (a temporary name renamed into
  /// place); refuses a folder or one of `inputs`.
  ///
  /// - Throws: ``InputError`` naming the path.
  public static func write(_ text: String, to path: String, protecting inputs: [String] = [])
    throws
  {
    try AtomicFiles.write(text, toFile: path, protecting: inputs)
  }
}
