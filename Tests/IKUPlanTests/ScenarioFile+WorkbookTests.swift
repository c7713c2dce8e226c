import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

/// Scenario workbooks written from YAML and read back: every bundled
/// example, both languages, every kind of driver value the workbook holds,
/// and the features it refuses.
@Suite struct ScenarioFileWorkbookTests {
  static let bundled = [
    "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml",
    "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml",
  ]

  @Test(arguments: bundled, Language.allCases)
  func everyBundledExampleRoundTrips(path: String, language: Language) throws {
    let yaml = try ScenarioFile(contentsOf: packageRoot.appendingPathComponent(path).path)
    let read = try roundTrip(yaml, language: language)
    expectSameValues(read, yaml)
  }

  /// Every form a driver, a scenario cell and the other blocks can take.
  @Test func everyFormRoundTrips() throws {
    let oneYear = try ScenarioFile(
      yaml: """
        indicator: IKU-1
        formula: "max(a * b; c) / (d - -e) + clamp(f; 0,5; 2) * 1.000.000 - (a - (b - c))"
        drivers:
          a: {uniform: {min: 1, max: 2}}
          b: {triangular: {min: 1.25e-1, mode: 1, max: 3}}
          c: {lognormal: {mean: 5, sd: 1}}
          d: 12345678
          e: {forecast: numerator}
          f: {forecast: value}
        outputs:
          g: "a * 2"
          h: "g + 1"
        scenarios:
          - name: Dasar
          - name: "Semua"
            set: {a: 3, b: {normal: {mean: 1, sd: 0.5}}, c: {uniform: {min: 1e-3, max: 0.0015}},
                  d: {triangular: {min: 1, mode: 2, max: 1000}}, e: {lognormal: {mean: 1, sd: 2}},
                  f: {forecast: denominator}}
        correlation:
          - [a, b, 0.3]
          - [b, c, -0.25]
        goal: {driver: d, target: 70.5, probability: 0.9, min: 10, max: 99999}
        target: 71.25
        draws: 5000
        seed: 18446744073709551
        source: "uji; semua bentuk"
        """, file: "s.yaml")
    for language in Language.allCases {
      expectSameValues(try roundTrip(oneYear, language: language), oneYear)
    }
    let period = try ScenarioFile(
      yaml: """
        years: [2025, 2027]
        formula: "a + b + c + d"
        drivers:
          a: {start: 10, step: 2.5}
          b: {uniform: {min: 1, max: 2}, year_correlation: -0.4}
          c: 7
          d: {forecast: denominator}
        outputs:
          budget: "a * 1000"
          other: "b"
        scenarios:
          - name: A
            set: {a: {start: 12, growth: 0.05}, c: {step: 1, start: 3}}
          - name: B
            set: {a: {by_year: {2025: 1, 2026: {normal: {mean: 2, sd: 1}}, 2027: 3}},
                  c: {normal: {mean: 7, sd: 1}}, d: 40}
        targets: {2025: 60, 2027: 65.5}
        target_path: {from: B, probability: 0.65}
        budget: other
        illustrative: true
        """, file: "r.yaml")
    for language in Language.allCases {
      expectSameValues(try roundTrip(period, language: language), period)
    }
  }

  /// A `by_year` whose years are all equal is the one value for the
  /// period: written in every year's cell, it reads back as that value,
  /// which the analysis treats alike.
  @Test func equalYearsReadAsOneValue() throws {
    let file = try ScenarioFile(
      yaml: """
        years: [2025, 2026]
        formula: "a"
        drivers: {a: 1}
        scenarios:
          - name: S
            set: {a: {by_year: {2025: 4, 2026: 4}}}
        """, file: "r.yaml")
    let read = try roundTrip(file, language: .indonesian)
    #expect(read.scenarios[0].changes.first?.value == .given(.fixed(4)))
  }

  @Test func theSheetsAndTheirWords() throws {
    let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
    let yaml = try ScenarioFile(
      contentsOf: packageRoot.appendingPathComponent(Self.bundled[0]).path)
    try yaml.writeWorkbook(to: path, language: .indonesian)
    let help = try CellGrid(contentsOfFile: path)
    #expect(help.sheetNames == ["Petunjuk", "Skenario"])
    let text = help.rows.map { $0.cells.map(\.text).joined() }.joined(separator: "\n")
    #expect(text.contains("ILUSTRASI"))
    #expect(text.contains("ikuplan scenario NAMA.xlsx"))
    #expect(text.contains("normal 0,96; 0,02"))
    #expect(text.contains("Sel kosong: seperti dasar"))
    #expect(text.contains("Rumus Excel boleh dipakai"))
    let sheet = try CellGrid(contentsOfFile: path, sheet: "Skenario")
    func row(_ line: Int) throws -> [CellGrid.Cell] {
      try #require(sheet.rows.first { $0.line == line }).cells
    }
    #expect(try row(1) == [.text("Pengaturan")])
    #expect(try row(4).prefix(2) == [.text("Rumus"), .text(yaml.formula.value.text())])
    #expect(try row(8)[2].text.hasPrefix("ILUSTRASI"))
    #expect(
      try row(12).map(\.text).suffix(4) == [
        "Dasar", "+2 angkatan", "+5 angkatan", "Kelulusan naik",
      ])
    // Numbers are numbers; a distribution in a scenario cell is text.
    #expect(try row(14).prefix(3) == [.text("kapasitas"), .text("tetap"), .number(400)])
    #expect(try row(15)[10] == .text("normal 0,96; 0,02"))
    #expect(try row(16)[2] == .number(3_500_000))
    #expect(try row(27).prefix(1) == [.text("kapasitas")])

    // English words, and the thousands format of a rupiah driver.
    let english = try temporaryFolder().appendingPathComponent("e.xlsx").path
    try yaml.writeWorkbook(to: english, language: .english)
    let en = try CellGrid(contentsOfFile: english, sheet: "Scenario")
    #expect(en.rows.contains { $0.cells.first == .text("Drivers") })
    #expect(en.rows.contains { $0.cells.contains(.text("normal 0.96; 0.02")) })
    let styles = try String(contentsOfFile: try unzipped(english, "xl/styles.xml"), encoding: .utf8)
    #expect(styles.contains("formatCode=\"#,##0\""))
  }

  /// A period template offers what the Renstra analysis does: targets by
  /// year and a target path, no single Target and no goal seek.
  @Test func aPeriodTemplateOffersNoSingleTargetOrGoal() throws {
    for (index, example) in Self.bundled.enumerated() {
      let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
      let yaml = try ScenarioFile(contentsOf: packageRoot.appendingPathComponent(example).path)
      try yaml.writeWorkbook(to: path, language: .indonesian)
      let sheet = try CellGrid(contentsOfFile: path, sheet: "Skenario")
      let keys = sheet.rows.compactMap(\.cells.first)
      let help = try CellGrid(contentsOfFile: path, sheet: "Petunjuk").rows.map {
        $0.cells.map(\.text).joined()
      }.joined(separator: "\n")
      let isPeriod = index == 1
      #expect((yaml.period != nil) == isPeriod)
      #expect(keys.contains(.text("Target")) == !isPeriod, "\(example)")
      #expect(keys.contains(.text("Hitung balik")) == !isPeriod, "\(example)")
      #expect(keys.contains(.text("Target per tahun")) == isPeriod, "\(example)")
      #expect(help.contains("Hitung balik") == !isPeriod, "\(example)")
      #expect(help.contains("Target kosong") == !isPeriod, "\(example)")
    }
  }

  /// The instructions' example of an Excel formula points at a driver's
  /// value cell of the sheet it describes: the first driver row whose
  /// `Nilai / rata-rata` holds a number.
  @Test(arguments: bundled, Language.allCases)
  func theFormulaExamplePointsAtAValueCell(example: String, language: Language) throws {
    let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
    let yaml = try ScenarioFile(contentsOf: packageRoot.appendingPathComponent(example).path)
    try yaml.writeWorkbook(to: path, language: language)
    let sheet = try CellGrid(
      contentsOfFile: path, sheet: ScenarioSheet.sheet.text(in: language))
    // The column headed Nilai / rata-rata, and the first driver row below
    // it with a number there.
    let heading = ScenarioSheet.DriverColumn.value.words.text(in: language)
    let header = try #require(sheet.rows.first { $0.cells.contains(.text(heading)) })
    let column = try #require(header.cells.firstIndex(of: .text(heading)))
    let first = try #require(
      sheet.rows.first { row in
        guard row.line > header.line, row.cells.count > column, case .number = row.cells[column]
        else { return false }
        return true
      })
    let letter = try #require(UnicodeScalar(65 + column))
    let reference = "\(Character(letter))\(first.line)"
    let help = try CellGrid(
      contentsOfFile: path, sheet: ScenarioSheet.instructions.text(in: language))
    let text = help.rows.map { $0.cells.map(\.text).joined() }.joined(separator: "\n")
    let formula = language == .indonesian ? "=\(reference)*1,1" : "=\(reference)*1.1"
    #expect(text.contains(formula), "\(text)")
    #expect(text.contains(first.cells[0].text), "the driver's name")
  }

  /// What the workbook cannot hold is refused before anything is written.
  @Test(arguments: [
    (
      "years: [2025, 2026]\nformula: a\ndrivers:\n  a: {by_year: {2025: 1, 2026: 2}}\n",
      "r.yaml, line 4, column 6: the base value of the driver 'a' year by year (by_year)"
    ),
    (
      "years: [2025, 2026]\nformula: a\ndrivers: {a: 1}\nscenarios:\n  - name: S\n"
        + "    set: {a: {normal: {mean: 1, sd: 1}, year_correlation: 0.5}}\n",
      "r.yaml, line 6, column 14: a change of the driver 'a' with year_correlation"
    ),
    (
      "formula: a\ndrivers: {a: 1}\nscenarios:\n  - name: Min\n    set: {a: 2}\n",
      "r.yaml, line 5, column 14: a scenario named like a driver column ('Min')"
    ),
    (
      "formula: a\ndrivers:\n  a: 1\n  b c: 2\n",
      "r.yaml, line 4, column 8: the driver 'b c', whose name formulas cannot use"
    ),
  ])
  func featuresWithoutAWorkbookFormAreRefused(yaml: String, message: String) throws {
    let file = try ScenarioFile(yaml: yaml, file: "r.yaml")
    let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
    do {
      try file.writeWorkbook(to: path, language: .english)
      Issue.record("written")
    } catch let error as InputError {
      #expect(error.message(in: .english).hasPrefix(message), "\(error.message(in: .english))")
      #expect(error.message(in: .english).contains("has no workbook form; nothing was written"))
      #expect(error.message(in: .indonesian).contains("tidak memiliki bentuk buku kerja"))
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}

// MARK: - Helpers shared with ScenarioFile+GridTests

/// Writes `file` as a workbook and reads its sheet back.
func roundTrip(_ file: ScenarioFile, language: Language) throws -> ScenarioFile {
  let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
  try file.writeWorkbook(to: path, language: language)
  let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
  let sheet = language == .indonesian ? "Skenario" : "Scenario"
  return try ScenarioFile(grid: CellGrid(workbook: bytes, file: "t.xlsx", sheet: sheet))
}

/// The path of one part of a workbook, unpacked into a temporary folder.
func unzipped(_ workbook: String, _ part: String) throws -> String {
  let folder = try temporaryFolder()
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["unzip", "-q", workbook, part, "-d", folder.path]
  try process.run()
  process.waitUntilExit()
  return folder.appendingPathComponent(part).path
}

/// An expression without its columns (where it was written).
func withoutColumns(_ expression: IKUPlan.Expression) -> IKUPlan.Expression {
  switch expression {
  case .number: return expression
  case .name(let name, _): return .name(name, column: 0)
  case .negate(let x): return .negate(withoutColumns(x))
  case .binary(let op, let a, let b, _):
    return .binary(op, withoutColumns(a), withoutColumns(b), column: 0)
  case .call(let function, let arguments, _):
    return .call(function, arguments.map(withoutColumns), column: 0)
  }
}

/// Expects two scenario files to hold the same values (their locations
/// aside; a scenario's changes compared by driver, as their order does not
/// matter).
func expectSameValues(
  _ a: ScenarioFile, _ b: ScenarioFile, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(a.indicator == b.indicator, sourceLocation: sourceLocation)
  #expect(a.year == b.year, sourceLocation: sourceLocation)
  #expect(a.period == b.period, sourceLocation: sourceLocation)
  #expect(a.typedTargets == b.typedTargets, sourceLocation: sourceLocation)
  #expect(a.budget == b.budget, sourceLocation: sourceLocation)
  #expect(a.target == b.target, sourceLocation: sourceLocation)
  #expect(a.draws == b.draws, sourceLocation: sourceLocation)
  #expect(a.seed == b.seed, sourceLocation: sourceLocation)
  #expect(a.source == b.source, sourceLocation: sourceLocation)
  #expect(a.illustrative == b.illustrative, sourceLocation: sourceLocation)
  #expect(
    withoutColumns(a.formula.value) == withoutColumns(b.formula.value),
    sourceLocation: sourceLocation)
  #expect(a.drivers.map(\.name) == b.drivers.map(\.name), sourceLocation: sourceLocation)
  #expect(a.drivers.map(\.value) == b.drivers.map(\.value), sourceLocation: sourceLocation)
  #expect(a.outputs.map(\.name) == b.outputs.map(\.name), sourceLocation: sourceLocation)
  #expect(
    a.outputs.map { withoutColumns($0.formula.value) }
      == b.outputs.map { withoutColumns($0.formula.value) }, sourceLocation: sourceLocation)
  #expect(a.scenarios.map(\.name) == b.scenarios.map(\.name), sourceLocation: sourceLocation)
  for (x, y) in zip(a.scenarios, b.scenarios) {
    let first = Dictionary(x.changes.map { ($0.name, $0.value) }) { $1 }
    let second = Dictionary(y.changes.map { ($0.name, $0.value) }) { $1 }
    #expect(first == second, "\(x.name)", sourceLocation: sourceLocation)
  }
  #expect(
    a.correlations.map { [$0.first, $0.second, "\($0.value)"] }
      == b.correlations.map { [$0.first, $0.second, "\($0.value)"] },
    sourceLocation: sourceLocation)
  #expect(a.goal?.driver == b.goal?.driver, sourceLocation: sourceLocation)
  #expect(a.goal?.target == b.goal?.target, sourceLocation: sourceLocation)
  #expect(a.goal?.probability == b.goal?.probability, sourceLocation: sourceLocation)
  #expect(a.goal?.minimum == b.goal?.minimum, sourceLocation: sourceLocation)
  #expect(a.goal?.maximum == b.goal?.maximum, sourceLocation: sourceLocation)
  #expect(a.targetPath?.scenario == b.targetPath?.scenario, sourceLocation: sourceLocation)
  #expect(a.targetPath?.probability == b.targetPath?.probability, sourceLocation: sourceLocation)
}
