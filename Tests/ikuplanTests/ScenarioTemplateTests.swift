import Foundation
import TestSupport
import Testing

@testable import IKUPlan

/// `ikuplan scenario --template` end to end: the workbook it writes runs
/// as the YAML file it came from (issue 19, item 2, "Done when"), as a
/// workbook and as CSV; a planner's workbook with a mistake is refused at
/// its cell, with exit code 1 and nothing written.
@Suite struct ScenarioTemplateTests {
  static let oneYear = "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml"
  static let renstra = "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml"

  /// The JSON of `ikuplan scenario ARGUMENTS --format json`.
  private func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try runIKUPlan(["scenario"] + arguments + ["--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
  }

  /// Each scenario's indicator medians (a period: per year), by name.
  private func medians(_ root: [String: Any]) throws -> [String: [Double]] {
    let scenarios = try #require(root["scenarios"] as? [[String: Any]])
    var result: [String: [Double]] = [:]
    for scenario in scenarios {
      let name = try #require(scenario["name"] as? String)
      let years = scenario["years"] as? [[String: Any]] ?? [scenario]
      result[name] = try years.map {
        try #require(($0["indicator"] as? [String: Any])?["median"] as? Double)
      }
    }
    return result
  }

  @Test func theDefaultTemplateRunsAsTheBundledExample() throws {
    let folder = try temporaryFolder()
    let template = folder.appendingPathComponent("t.xlsx").path
    let written = try runIKUPlan(["scenario", "--template", template])
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardOutput.contains("Buku kerja skenario ditulis ke \(template)"))
    let fromWorkbook = try json([template])
    let fromYAML = try json([Self.oneYear])
    #expect(try medians(fromWorkbook) == medians(fromYAML))
    #expect(try medians(fromWorkbook).count == 4)
    let goal = try #require(fromWorkbook["goal"] as? [String: Any])
    let yamlGoal = try #require(fromYAML["goal"] as? [String: Any])
    #expect(goal["value"] as? Double == yamlGoal["value"] as? Double)
    #expect(goal["probability"] as? Double == yamlGoal["probability"] as? Double)
    // The capacity is a whole number of places that, drawn again, reaches
    // the signed target with about the 80% chance asked for (the new draws
    // may land a little under it).
    let capacity = try #require(goal["value"] as? Double)
    #expect(capacity == capacity.rounded() && capacity > 400)
    #expect(try #require(goal["probability"] as? Double) >= 0.79)
    // The whole analysis, not only its medians.
    for key in ["scenarios", "goal", "sensitivity", "directForecast", "target", "illustrative"] {
      #expect(
        (fromWorkbook[key] as? NSObject) == (fromYAML[key] as? NSObject), "\(key) differs")
    }
  }

  @Test func aRenstraTemplateRunsAsItsYAML() throws {
    let template = try temporaryFolder().appendingPathComponent("r.xlsx").path
    let written = try runIKUPlan(
      ["scenario", "--template", template, "--from", Self.renstra, "--lang", "en"])
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardOutput.contains("Scenario workbook written to \(template)"))
    let fromWorkbook = try json([template])
    let fromYAML = try json([Self.renstra])
    #expect(try medians(fromWorkbook) == medians(fromYAML))
    #expect(try medians(fromWorkbook).values.allSatisfy { $0.count == 5 })
    for key in ["scenarios", "targetPath", "years", "directForecasts", "typedTargets"] {
      #expect(
        (fromWorkbook[key] as? NSObject) == (fromYAML[key] as? NSObject), "\(key) differs")
    }
  }

  /// The sheet saved as CSV by Excel in the Indonesian locale (a fixture:
  /// byte-order mark, `;`, decimal commas, `3.500.000`, padded rows).
  @Test func theSheetAsExcelsCSVRuns() throws {
    let csv = try fixturePath("scenario-workbooks/pelatihan-iku1-excel-id.csv")
    #expect(try medians(json([csv])) == medians(json([Self.oneYear])))
  }

  /// A template written from a workbook: the planner's copy of a copy.
  @Test func aTemplateFromAWorkbook() throws {
    let folder = try temporaryFolder()
    let first = folder.appendingPathComponent("a.xlsx").path
    let second = folder.appendingPathComponent("b.xlsx").path
    #expect(try runIKUPlan(["scenario", "--template", first, "--from", Self.renstra]).status == 0)
    #expect(try runIKUPlan(["scenario", "--template", second, "--from", first]).status == 0)
    #expect(try medians(json([second])) == medians(json([Self.renstra])))
  }

  // MARK: - A planner's workbook

  /// The template's sheet, edited, written as a workbook named `name`.
  private func edited(_ edits: [String: CellGrid.Cell], name: String = "t.xlsx") throws -> String {
    let folder = try temporaryFolder()
    let template = folder.appendingPathComponent("template.xlsx").path
    #expect(try runIKUPlan(["scenario", "--template", template]).status == 0)
    var rows = try CellGrid(contentsOfFile: template, sheet: "Skenario").rows
    for (reference, cell) in edits {
      let column = try #require(CellGrid.columnIndex(reference))
      let line = try #require(Int(reference.drop(while: \.isLetter)))
      var cells = rows.first { $0.line == line }?.cells ?? []
      while cells.count <= column { cells.append(.text("")) }
      cells[column] = cell
      rows.removeAll { $0.line == line }
      rows.append(CellGrid.Row(line: line, cells: cells))
    }
    let path = folder.appendingPathComponent(name).path
    let workbook = try XLSXWorkbook(path: path)
    _ = workbook.addSheet("Petunjuk")
    let sheet = workbook.addSheet("Skenario")
    for row in rows {
      for (column, cell) in row.cells.enumerated() {
        switch cell {
        case .text(let text) where !text.isEmpty:
          workbook.write(text, row: row.line - 1, column: column, in: sheet)
        case .number(let value):
          workbook.write(value, row: row.line - 1, column: column, in: sheet)
        case .percent(let value):
          workbook.write(
            value / 100, row: row.line - 1, column: column, in: sheet,
            style: XLSXWorkbook.Style(numberFormat: "0.00%"))
        default: break
        }
      }
    }
    try workbook.close()
    return path
  }

  @Test func aPlannersScenarioRuns() throws {
    let path = try edited([
      "L12": .text("+3 angkatan"), "L14": .number(520), "L15": .text("seragam 0,9; 0,97"),
    ])
    let result = try runIKUPlan(["scenario", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("+3 angkatan"))
  }

  @Test(
    arguments: [
      // An unknown distribution word.
      (
        "B15", CellGrid.Cell.text("normall"),
        "Skenario!B15 (Sebaran): 'normall' tidak dikenal; diharapkan salah satu dari: tetap, normal"
      ),
      // Text where a number goes.
      ("C14", .text("empat ratus"), "Skenario!C14 (Nilai / rata-rata): 'empat ratus' bukan angka"),
      // A scenario cell that does not parse.
      (
        "I15", .text("normal 0,96"),
        "Skenario!I15 (+2 angkatan): nilai tidak sesuai; diharapkan normal"
      ),
      // A driver named in Rumus but missing.
      ("A15", .text("lulus"), "Skenario!B4 (Rumus): nama 'kelulusan' tidak dikenal"),
      // A filled cell outside every block.
      ("D10", .text("catatan"), "Skenario!D10: isi sel 'catatan' tidak dapat ditempatkan"),
    ] as [(String, CellGrid.Cell, String)])
  func aMistakeIsRefusedAtItsCell(cell: String, content: CellGrid.Cell, message: String) throws {
    let path = try edited([cell: content])
    let output = (path as NSString).deletingLastPathComponent + "/hasil.xlsx"
    let result = try runIKUPlan(["scenario", path, "--format", "xlsx", "--output", output])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("\(path), " + message), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: output))
    let english = try runIKUPlan(["scenario", path, "--lang", "en"])
    #expect(english.status == 1)
    #expect(english.standardError.hasPrefix("\(path), Skenario!"))
    #expect(!english.standardError.contains("tidak"), "\(english.standardError)")
  }

  /// A planner's script wrote a formula into the template with openpyxl,
  /// which stores no value: refused at its cell, not run as the base.
  @Test func aFormulaWithoutItsValueIsRefused() throws {
    let path = try fixturePath("formula-xlsx/skenario-rumus.xlsx")
    let result = try runIKUPlan(["scenario", path])
    #expect(result.status == 1)
    #expect(
      result.standardError.hasPrefix(
        "\(path), Skenario!I14: sel berisi rumus Excel =C14*1.2 tanpa nilai tersimpan; buka dan"
          + " simpan berkas di Excel atau LibreOffice agar nilainya terhitung"),
      "\(result.standardError)")
    let english = try runIKUPlan(["scenario", path, "--lang", "en"])
    #expect(
      english.standardError.hasPrefix(
        "\(path), Skenario!I14: the cell holds the Excel formula =C14*1.2 without a stored value"),
      "\(english.standardError)")
  }

  @Test func aMistakeInTheCSVNamesLineAndColumn() throws {
    let fixture = try fixturePath("scenario-workbooks/pelatihan-iku1-excel-id.csv")
    let text = try String(contentsOfFile: fixture, encoding: .utf8)
      .replacingOccurrences(of: "kelulusan;normal;", with: "kelulusan;normall;")
    let path = try writeFile("s.csv", text, in: try temporaryFolder())
    let result = try runIKUPlan(["scenario", path, "--lang", "en"])
    #expect(result.status == 1)
    #expect(
      result.standardError.hasPrefix(
        "\(path), line 15, column 2 (Sebaran): 'normall' is not known; expected one of: tetap,"))
  }

  // MARK: - The command line

  @Test func whatATemplateCannotHoldIsRefused() throws {
    let folder = try temporaryFolder()
    let yaml = try writeFile(
      "r.yaml", "years: [2025, 2026]\nformula: a\ndrivers:\n  a: {by_year: {2025: 1, 2026: 2}}\n",
      in: folder)
    let template = folder.appendingPathComponent("t.xlsx").path
    let result = try runIKUPlan(["scenario", "--template", template, "--from", yaml])
    #expect(result.status == 1)
    #expect(result.standardError.contains("tidak memiliki bentuk buku kerja"))
    #expect(!FileManager.default.fileExists(atPath: template))
  }

  @Test(arguments: [
    ["scenario"], ["scenario", "--template", "t.csv"],
    ["scenario", "a.yaml", "--template", "t.xlsx"],
    ["scenario", "a.yaml", "--from", "b.yaml"],
    ["scenario", "--template", "t.xlsx", "--output", "u.xlsx"],
  ])
  func usageErrors(arguments: [String]) throws {
    let result = try runIKUPlan(arguments)
    #expect(result.status == 2, "\(arguments): \(result.standardError)")
  }

  /// `--template` writes a workbook: another name is refused, saying so.
  @Test func aTemplateIsAnXLSXFile() throws {
    let indonesian = try runIKUPlan(["scenario", "--template", "t.csv"])
    #expect(indonesian.status == 2)
    #expect(
      indonesian.standardError.contains("--template menulis buku kerja .xlsx, bukan t.csv"),
      "\(indonesian.standardError)")
    let english = try runIKUPlan(["scenario", "--template", "t.csv", "--lang", "en"])
    #expect(
      english.standardError.contains("--template writes an .xlsx workbook, not t.csv"),
      "\(english.standardError)")
  }

  @Test func oldWorkbookFormatsAreNamed() throws {
    let path = try writeFile("s.xls", [0xD0, 0xCF, 0x11, 0xE0], in: try temporaryFolder())
    let result = try runIKUPlan(["scenario", path, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("save it as .xlsx"))
  }

  @Test func theHelpNamesTheTemplate() throws {
    let indonesian = try runIKUPlan(["scenario", "--help"])
    #expect(indonesian.standardOutput.contains("--template"))
    #expect(indonesian.standardOutput.contains("buku kerja"))
    let english = try runIKUPlan(["scenario", "--help", "--lang", "en"])
    #expect(english.standardOutput.contains("Write a scenario workbook to fill in"))
  }

  /// `report` reads a scenario workbook in the dataset's `skenario/`
  /// folder as it reads YAML.
  @Test func theReportReadsScenarioWorkbooks() throws {
    let folder = try temporaryFolder().appendingPathComponent("data")
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum"), to: folder)
    let skenario = folder.appendingPathComponent("skenario")
    let template = skenario.appendingPathComponent("pelatihan-dari-excel.xlsx").path
    #expect(
      try runIKUPlan([
        "scenario", "--template", template, "--from",
        skenario.appendingPathComponent("pelatihan-iku1.yaml").path,
      ]).status == 0)
    try FileManager.default.removeItem(at: skenario.appendingPathComponent("pelatihan-iku1.yaml"))
    let report = folder.appendingPathComponent("laporan.html").path
    let result = try runIKUPlan(["report", "--history", folder.path, "--output", report])
    #expect(result.status == 0, "\(result.standardError)")
    // Only the workbook has this scenario now.
    let html = try String(contentsOfFile: report, encoding: .utf8)
    #expect(html.contains("+5 angkatan"))
  }
}
