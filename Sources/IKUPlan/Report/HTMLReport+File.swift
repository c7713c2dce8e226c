internal import Foundation

extension HTMLReport {
  /// Writes the report to a file, atomically (a temporary file renamed
  /// into place); refuses a folder or one of `inputs` as the destination.
  public func write(to path: String, protecting inputs: [String] = []) throws {
    try AtomicFiles.write(html, toFile: path, protecting: inputs)
  }

  /// The files of a dataset folder, and of its `skenario` folder: the
  /// inputs a report must not overwrite.
  public static func inputFiles(in folder: String) -> [String] {
    [folder, (folder as NSString).appendingPathComponent("skenario")].flatMap { directory in
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).map {
        (directory as NSString).appendingPathComponent($0)
      }
    }
  }

  /// The scenario files of a dataset folder (`skenario/*.yaml`, `.yml`,
  /// and scenario workbooks `.xlsx`, `.csv` and `.tsv`), sorted by name;
  /// hidden files and Excel's lock files (`~$…`) are left out.
  public static func scenarioFiles(in folder: String) -> [String] {
    let directory = (folder as NSString).appendingPathComponent("skenario")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let extensions = [".yaml", ".yml", ".xlsx", ".csv", ".tsv"]
    return names.filter { name in
      !name.hasPrefix(".") && !name.hasPrefix("~$")
        && extensions.contains { name.lowercased().hasSuffix($0) }
    }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
  }
}
