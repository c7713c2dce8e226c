internal import Foundation

extension HTMLReport {
  /// Writes the report to a file, atomically (a temporary file renamed
  /// into place).
  public func write(to path: String) throws {
    try AtomicFiles.write(html, toFile: path)
  }

  /// The scenario files of a dataset folder (`skenario/*.yaml`), sorted by
  /// name.
  public static func scenarioFiles(in folder: String) -> [String] {
    let directory = (folder as NSString).appendingPathComponent("skenario")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
  }
}
