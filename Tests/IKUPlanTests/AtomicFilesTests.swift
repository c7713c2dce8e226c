import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct AtomicFilesTests {
  /// What a named pipe made at `path` holds after `write` (a small text:
  /// the pipe's buffer takes it without a reader).
  func readThrough(pipe path: String, while write: () throws -> Void) throws -> String {
    #expect(mkfifo(path, 0o600) == 0)
    // Reading and writing, the open does not wait for a writer.
    let descriptor = open(path, O_RDWR | O_NONBLOCK)
    defer { close(descriptor) }
    try write()
    var info = stat()
    #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a pipe")
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let count = read(descriptor, &buffer, buffer.count)
    return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
  }

  /// What is not a regular file (here a named pipe; `/dev/null` as root)
  /// is written in place: renamed over, it would become a file.
  @Test func aPipeIsWrittenInPlace() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("out").path
    let text = try readThrough(pipe: path) { try OutputFile.write("a,b\n", to: path) }
    #expect(text == "a,b\n")
    let panel = try PanelFile(bytes: Array("A,1,2,4\n".utf8), file: "p.csv")
    let forecasts = BatchForecaster(models: [.drift], horizon: 1, levels: [0.8]).forecast(
      panel.batch)
    let pipe = folder.appendingPathComponent("panel").path
    let rows = try readThrough(pipe: pipe) {
      try PanelForecastWriter(panel: panel, forecasts: forecasts, horizon: 1, levels: [0.8])
        .write(to: pipe)
    }
    #expect(rows.hasPrefix("series,period,model,mean,lo80,hi80\nA,4,drift,5.5,"))
  }

  /// A link keeps being a link; the file it names gets the text, and a
  /// link to nothing creates the file it names.
  @Test func linksAreWrittenThrough() throws {
    let folder = try temporaryFolder()
    let target = folder.appendingPathComponent("target.csv").path
    let link = folder.appendingPathComponent("link.csv").path
    let dangling = folder.appendingPathComponent("dangling.csv").path
    try "old".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    try FileManager.default.createSymbolicLink(
      atPath: dangling, withDestinationPath: folder.appendingPathComponent("new.csv").path)
    try OutputFile.write("x\n", to: link)
    try OutputFile.write("y\n", to: dangling)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "x\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "still a link")
    #expect(
      try String(contentsOfFile: folder.appendingPathComponent("new.csv").path, encoding: .utf8)
        == "y\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "dangling.csv", "link.csv", "new.csv", "target.csv",
      ])
  }

  /// A name near the 255-byte limit gets a short temporary name.
  @Test func longNamesAreWritten() throws {
    let folder = try temporaryFolder()
    let name = String(repeating: "o", count: 246) + ".csv"
    try OutputFile.write("z\n", to: folder.appendingPathComponent(name).path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    #expect(AtomicFiles.temporaryName("a.csv", "12345678") == ".a.csv.12345678.tmp")
    #expect(AtomicFiles.temporaryName(name, "12345678") == ".ikuplan.12345678.tmp")
  }
}
