import Foundation

/// `ikuplan serve --port 0` in the background, with the port it prints.
public final class WorkspaceServer: @unchecked Sendable {
  private let process = Process()
  private let errors = Pipe()
  /// The port from the line `Ruang kerja ikuplan: http://127.0.0.1:PORT/`,
  /// or `nil` when the server ended without it.
  public private(set) var port: Int?
  /// What the server wrote to standard error until the port.
  public private(set) var standardError = ""

  public init(db: String) throws {
    process.executableURL = try ikuplanExecutable()
    process.arguments = ["serve", "--db", db, "--port", "0"]
    process.currentDirectoryURL = packageRoot
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    // A server that never prints its address is stopped after two
    // minutes, which ends the reading below (no assertion on time).
    let process = process
    DispatchQueue.global().asyncAfter(deadline: .now() + 120) { [weak self] in
      if self?.port == nil, process.isRunning { process.terminate() }
    }
    let prefix = "Ruang kerja ikuplan: http://127.0.0.1:"
    while port == nil {
      let data = errors.fileHandleForReading.availableData
      if data.isEmpty { break }
      standardError += String(decoding: data, as: UTF8.self)
      if let start = standardError.range(of: prefix) {
        let digits = standardError[start.upperBound...].prefix { $0.isNumber }
        if standardError[start.upperBound...].dropFirst(digits.count).hasPrefix("/") {
          port = Int(digits)
        }
      }
    }
  }

  public var isRunning: Bool { process.isRunning }

  /// The server's process id.
  public var processIdentifier: Int32 { process.processIdentifier }

  /// Ends the server at once (SIGKILL), as a power cut or `kill -9` would.
  public func kill() {
    guard process.isRunning else { return }
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// Stops the server: SIGTERM, then SIGKILL if it does not end.
  public func stop() {
    guard process.isRunning else { return }
    process.terminate()
    for _ in 0..<100 where process.isRunning {
      usleep(100_000)
    }
    if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }
}
