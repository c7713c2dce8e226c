import IKUForecast
import IKUPlan

/// The parsers that meet untrusted bytes, each as one function from bytes
/// to nothing, for the libFuzzer harness (`ikuplan-fuzz`, `scripts/fuzz.sh`)
/// and for replaying corpora in the tests.
///
/// A thrown ``InputError`` is the expected answer to bad input; a trap, a
/// hang or a memory error is a finding. Each function goes as far down the
/// path as a command would: a grid is read into a table, its numbers are
/// parsed, a scenario is simulated (with few draws), a regression is
/// fitted.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The delimited-text reader, the number parser, the panel reader and
  /// the scenario sheet reader (a scenario workbook's sheet as CSV).
  case delimited
  /// The IKU sheet importer.
  case sheet
  /// The `.xlsx` reader, and a scenario workbook's sheet.
  case workbook
  /// The scenario YAML reader, the formula parser and the simulation.
  case scenario
  /// The regression path of `ikuplan regress`.
  case regression

  /// Runs one input; returns normally whatever the input is.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .delimited: Self.delimited(bytes)
    case .sheet: Self.sheet(bytes)
    case .workbook: Self.workbook(bytes)
    case .scenario: Self.scenario(bytes)
    case .regression: Self.regression(bytes)
    }
  }

  static func delimited(_ bytes: [UInt8]) {
    for convention in [nil, NumberConvention.indonesian] {
      guard let panel = try? PanelFile(bytes: bytes, file: "fuzz.csv", convention: convention)
      else { continue }
      for series in panel.ids.indices where panel.batch.length(series) > 0 {
        _ = panel.location(ofValue: 0, inSeries: series)
      }
      _ = try? PanelScale(lower: 0, upper: 100).transforms(for: panel)
    }
    guard let grid = try? CellGrid(delimitedBytes: bytes, file: "fuzz.csv") else { return }
    for forced in [nil, NumberConvention.english] {
      if let file = try? ScenarioFile(grid: grid, convention: forced) { simulate(file) }
    }
    guard let table = try? Table(grid) else { return }
    let columns = Array(0..<table.header.count)
    for forced in [nil, NumberConvention.indonesian, .english] {
      guard let reader = try? NumberReader(table, columns: columns, preferred: forced) else {
        continue
      }
      for record in table.records {
        for column in columns { _ = try? reader.number(record, column) }
      }
    }
  }

  static func sheet(_ bytes: [UInt8]) {
    guard let grid = try? CellGrid(delimitedBytes: bytes, file: "fuzz.txt") else { return }
    guard let sheet = try? IKUSheet(grid, sourceName: "fuzz.txt") else { return }
    _ = sheet.dataset.csvFiles()
  }

  static func workbook(_ bytes: [UInt8]) {
    guard let grid = try? CellGrid(workbook: bytes, file: "fuzz.xlsx") else { return }
    _ = try? Table(grid)
    _ = try? IKUSheet(grid, sourceName: "fuzz.xlsx")
    if grid.sheetNames.contains("Skenario"),
      let sheet = try? CellGrid(workbook: bytes, file: "fuzz.xlsx", sheet: "Skenario"),
      let file = try? ScenarioFile(grid: sheet)
    {
      simulate(file)
    }
  }

  static func scenario(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let file = try? ScenarioFile(yaml: text, file: "fuzz.yaml") else { return }
    simulate(file)
  }

  /// A scenario's simulation, kept short: the draws limit is the reader's
  /// concern.
  static func simulate(_ file: ScenarioFile) {
    var file = file
    file.draws = min(file.draws, 200)
    if file.period == nil {
      _ = try? ScenarioAnalysis(file, dataset: nil)
    } else {
      _ = try? RenstraAnalysis(file, dataset: nil)
    }
  }

  static func regression(_ bytes: [UInt8]) {
    guard let grid = try? CellGrid(delimitedBytes: bytes, file: "fuzz.csv"),
      let table = try? Table(grid), let response = table.header.first
    else { return }
    let predictors = Array(table.header.dropFirst().prefix(4))
    _ = try? RegressionRequest(response: response, predictors: predictors).fit(table)
    if let column = predictors.first {
      _ = try? RegressionRequest(
        response: response, polynomial: .init(column: column, degree: 3)
      ).fit(table)
    }
  }
}
