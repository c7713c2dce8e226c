internal import Foundation

extension ScenarioFile {
  /// Reads a scenario file by its extension: a scenario workbook (`.xlsx`:
  /// its sheet `Skenario`, or `Scenario`), that sheet saved as delimited
  /// text (`.csv`, or `.tsv` tab-separated), read by
  /// ``init(grid:convention:)``; YAML for every other name (`.yaml`,
  /// `.yml`, `.txt`, none).
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - convention: The number convention of a CSV whose cells do not
  ///     settle their own (`--angka`); YAML has its own rule.
  /// - Throws: ``InputError`` naming the file: it cannot be read, it is an
  ///   `.xls`, `.xlsm` or `.xlsb` workbook (save it as `.xlsx`), the
  ///   workbook has no sheet `Skenario`, or the reader's own errors.
  public init(contentsOf path: String, convention: NumberConvention? = nil) throws {
    let lower = path.lowercased()
    let ext = (lower as NSString).pathExtension
    switch ext {
    case "xlsx", "xls", "xlsm", "xlsb":
      try self.init(grid: try Self.scenarioSheet(path), convention: convention)
    case "csv", "tsv":
      try self.init(grid: try CellGrid(contentsOfFile: path), convention: convention)
    default:
      try self.init(yaml: try Self.text(of: path), file: path)
    }
  }

  /// The sheet `Skenario` (else `Scenario`) of a workbook.
  private static func scenarioSheet(_ path: String) throws -> CellGrid {
    let names = [ScenarioSheet.sheet.indonesian, ScenarioSheet.sheet.english]
    do {
      return try CellGrid(contentsOfFile: path, sheet: names[0])
    } catch let error as InputError {
      guard case .sheetNotFound(_, let available) = error.problem, available.contains(names[1])
      else { throw error }
      return try CellGrid(contentsOfFile: path, sheet: names[1])
    }
  }

  /// The text of a YAML file.
  private static func text(of path: String) throws -> String {
    let manager = FileManager.default
    guard let data = manager.contents(atPath: path) else {
      var isFolder: ObjCBool = false
      let exists = manager.fileExists(atPath: path, isDirectory: &isFolder)
      let reason: InputError.Unreadable =
        !exists ? .notFound : isFolder.boolValue ? .folder : .notPermitted
      throw InputError(.unreadable(reason: reason), at: SourceLocation(file: path, line: 0))
    }
    return String(decoding: data, as: UTF8.self)
  }
}
