import Foundation

/// The outcome of running the built `ikuplan` executable.
public struct CommandResult: Sendable {
  public let status: Int32
  public let standardOutput: String
  public let standardError: String
}

/// The root folder of the package (for `history/` and other committed
/// files), found from this source file's path.
public let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()  // TestSupport
  .deletingLastPathComponent()  // Tests
  .deletingLastPathComponent()

/// The `ikuplan` executable built next to the test bundle.
public func ikuplanExecutable() throws -> URL {
  let products = URL(fileURLWithPath: CommandLine.arguments[0])
    .deletingLastPathComponent()
  let candidates = [
    products.appendingPathComponent("ikuplan"),
    Bundle.main.bundleURL.deletingLastPathComponent()
      .appendingPathComponent("ikuplan"),
  ]
  guard
    let binary = candidates.first(where: {
      FileManager.default.isExecutableFile(atPath: $0.path)
    })
  else {
    throw CocoaError(
      .fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates[0].path])
  }
  return binary
}

/// Runs the `ikuplan` executable built next to the test bundle, as a user
/// would, with the package root as working directory (in the manner of
/// swift-argument-parser's `AssertExecuteCommand`).
///
/// `environment` adds to
/// (or overrides) the test process's environment; `directory` is the
/// working directory (default: the package root).
public func runIKUPlan(
  _ arguments: [String], environment: [String: String] = [:],
  in directory: URL = packageRoot
) throws -> CommandResult {
  try runIKUPlan(arguments, standardInput: nil, environment: environment, in: directory)
}

/// Runs the `ikuplan` executable with `standardInput` written to its
/// standard input (then closed), as `echo … | ikuplan …` would; `nil`
/// leaves the test process's standard input.
public func runIKUPlan(
  _ arguments: [String], standardInput: String?, environment: [String: String] = [:],
  in directory: URL = packageRoot
) throws -> CommandResult {
  let process = Process()
  process.executableURL = try ikuplanExecutable()
  process.arguments = arguments
  process.currentDirectoryURL = directory
  if !environment.isEmpty {
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }
  let input = Pipe()
  if standardInput != nil {
    process.standardInput = input
  }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  if let standardInput {
    // Small texts only: the pipe's buffer holds them whether or not the
    // program reads its input.
    input.fileHandleForWriting.write(Data(standardInput.utf8))
    try input.fileHandleForWriting.close()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CommandResult(
    status: process.terminationStatus,
    standardOutput: String(decoding: outData, as: UTF8.self),
    standardError: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary folder for a test's files.
public func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("ikuplan-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(
    at: url, withIntermediateDirectories: true)
  return url
}

/// Writes bytes to a file in `folder` and returns its path.
public func writeFile(
  _ name: String, _ contents: [UInt8], in folder: URL
) throws -> String {
  let url = folder.appendingPathComponent(name)
  try Data(contents).write(to: url)
  return url.path
}

/// Writes text to a file in `folder` and returns its path.
public func writeFile(
  _ name: String, _ text: String, in folder: URL
) throws -> String {
  try writeFile(name, Array(text.utf8), in: folder)
}
