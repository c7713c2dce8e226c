import Foundation

/// A planner's table imported with `ikuplan import` into a fresh folder
/// and read back through `ikuplan data --format json`, as the end-to-end
/// import tests check it.
public struct ImportedTable {
  /// What `import` printed.
  public let summary: String
  /// The `indicators` of the folder's JSON.
  public let indicators: [[String: Any]]
  /// The `annual` rows of the folder's JSON.
  public let annual: [[String: Any]]
  /// The dataset folder written.
  public let folder: String

  /// A command that did not end with exit code 0.
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// Imports `file` (with `options`, English messages) into a fresh
  /// folder and reads it back.
  ///
  /// - Throws: ``Failure`` with the command's error output when `import` or
  ///   `data` does not exit with 0.
  public init(importing file: String, _ options: [String] = []) throws {
    let folder = try temporaryFolder().appendingPathComponent("out").path
    let imported = try runIKUPlan(
      ["import", file, "--output", folder, "--lang", "en"] + options)
    guard imported.status == 0 else {
      throw Failure(description: "import \(file): \(imported.standardError)")
    }
    try self.init(folder: folder, summary: imported.standardOutput)
  }

  /// Reads a dataset folder back through `ikuplan data --format json`.
  ///
  /// - Throws: ``Failure`` when `data` does not exit with 0.
  public init(folder: String, summary: String = "") throws {
    let data = try runIKUPlan(["data", folder, "--format", "json"])
    guard data.status == 0,
      let json = try JSONSerialization.jsonObject(with: Data(data.standardOutput.utf8))
        as? [String: Any]
    else { throw Failure(description: "data \(folder): \(data.standardError)") }
    self.summary = summary
    indicators = json["indicators"] as? [[String: Any]] ?? []
    annual = json["annual"] as? [[String: Any]] ?? []
    self.folder = folder
  }

  /// The indicator with a code or a name, or without one the first.
  public func indicator(_ key: String? = nil) -> [String: Any]? {
    indicators.first {
      key == nil || $0["code"] as? String == key || $0["name"] as? String == key
    }
  }

  /// `[year: (actual, target)]` of an indicator's code.
  public func years(_ code: String) -> [Int: (actual: Double?, target: Double?)] {
    var years: [Int: (actual: Double?, target: Double?)] = [:]
    for row in annual where row["code"] as? String == code {
      years[row["year"] as? Int ?? 0] = (row["actual"] as? Double, row["target"] as? Double)
    }
    return years
  }
}
