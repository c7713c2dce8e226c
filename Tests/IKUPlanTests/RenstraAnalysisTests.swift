import Foundation
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct RenstraAnalysisTests {
  static func file(_ yaml: String) throws -> ScenarioFile {
    try ScenarioFile(yaml: yaml, file: "r.yaml")
  }

  /// With fixed drivers every year is the arithmetic: a constant, a
  /// compound growth and a linear step, through the formula and the budget.
  @Test func fixedDriversAreTheArithmetic() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2028]
        formula: "capacity / 10"
        drivers:
          capacity: {start: 400, growth: 0.10}
          price: {start: 1000, step: 250}
          fixed: 7
        outputs:
          budget: "capacity * price + fixed"
        draws: 50
        """), dataset: nil)
    let years = try #require(analysis.cases.first).years
    #expect(years.map(\.year) == [2025, 2026, 2027, 2028])
    for (n, year) in years.enumerated() {
      // start·(1 + rate)^n, the power first, as the file format defines.
      var factor = 1.0
      for _ in 0..<n { factor *= 1.1 }
      let capacity = 400 * factor
      let price = 1000 + 250 * Double(n)
      #expect(year.indicator.mean == capacity / 10)
      #expect(year.indicator.p10 == capacity / 10 && year.indicator.p90 == capacity / 10)
      #expect(year.outputs[0].summary.mean == capacity * price + 7)
    }
    let total = years.map { $0.outputs[0].summary.mean }.reduce(0, +)
    #expect(
      agrees(try #require(analysis.cases.first).totals[0].summary.mean, total, relative: 1e-15))
  }

  /// A dataset's range target is the year's target at its binding end:
  /// the lower end when higher is better, the upper when lower is.
  @Test func aRangeTargetIsTakenAtItsBindingEnd() throws {
    for (polarity, expected) in [(Polarity.higher, 60.0), (.lower, 65.71)] {
      var dataset = try Dataset(
        folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
      let index = try #require(
        dataset.annual.firstIndex { $0.code == "IKU-1" && $0.year == 2025 })
      dataset.annual[index].target = 60
      dataset.annual[index].targetUpper = 65.71
      let indicator = try #require(dataset.indicators.firstIndex { $0.code == "IKU-1" })
      dataset.indicators[indicator].polarity = polarity
      let analysis = try RenstraAnalysis(
        Self.file(
          """
          indicator: IKU-1
          years: [2025, 2026]
          formula: "x"
          drivers: {x: 50}
          draws: 10
          """), dataset: dataset)
      #expect(analysis.targets[2025] == expected)
    }
  }

  @Test func byYearValuesAndScenarioOverrides() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2027]
        formula: "a"
        drivers:
          a: 1
        scenarios:
          - name: Base
          - name: Steps
            set: {a: {by_year: {2025: 10, 2026: 20, 2027: 35}}}
        draws: 20
        """), dataset: nil)
    #expect(analysis.cases[0].years.map(\.indicator.median) == [1, 1, 1])
    #expect(analysis.cases[1].years.map(\.indicator.median) == [10, 20, 35])
  }

  @Test func aSeedGivesTheSameBytes() throws {
    let yaml = """
      years: [2025, 2029]
      target: 50
      formula: "min(k * g; 100)"
      drivers:
        k: {start: 50, step: 2}
        g: {normal: {mean: 1, sd: 0.1}, year_correlation: 0.6}
      outputs:
        cost: "k * 1000"
      targets: {2025: 50, 2026: 51, 2027: 52, 2028: 53, 2029: 54}
      target_path: {from: Baseline, probability: 0.7}
      draws: 5000
      seed: 9
      """
    let first = try RenstraAnalysis(Self.file(yaml), dataset: nil).json.rendered()
    let second = try RenstraAnalysis(Self.file(yaml), dataset: nil).json.rendered()
    #expect(first == second)
  }

  /// The derived path is monotone, and fresh draws (another seed) meet it
  /// with the probability asked, within Monte Carlo error (20,000 draws:
  /// a standard error of 0.32 points; the bound allows four).
  @Test func derivedPathIsMonotoneAndMetWhenResimulated() throws {
    func yaml(seed: Int, path: String) -> String {
      """
      years: [2025, 2029]
      formula: "k * g"
      drivers:
        k: {start: 40, growth: 0.08}
        g: {normal: {mean: 1, sd: 0.15}, year_correlation: 0.5}
      \(path)
      draws: 20000
      seed: \(seed)
      """
    }
    let derived = try RenstraAnalysis(
      Self.file(yaml(seed: 1, path: "target_path: {from: Baseline, probability: 0.7}")),
      dataset: nil)
    let path = try #require(derived.targetPath)
    #expect(path.count == 5)
    for (a, b) in zip(path, path.dropFirst()) { #expect(a.value <= b.value) }
    let typed = path.map { "\($0.year): \($0.value)" }.joined(separator: ", ")
    let check = try RenstraAnalysis(
      Self.file(yaml(seed: 2, path: "targets: {\(typed)}")), dataset: nil)
    for year in try #require(check.cases.first).years {
      let p = try #require(year.probabilityOfAttaining)
      #expect(abs(p - 0.7) < 0.013, "\(year.year): \(p)")
    }
  }

  @Test func schedulesNeedAPeriodAndByYearNeedsEveryYear() {
    #expect(throws: InputError.self) {
      _ = try Self.file("year: 2025\nformula: \"a\"\ndrivers:\n  a: {start: 1, step: 1}\n")
    }
    #expect(throws: InputError.self) {
      _ = try Self.file(
        "years: [2025, 2027]\nformula: \"a\"\ndrivers:\n  a: {by_year: {2025: 1, 2026: 2}}\n")
    }
    #expect(throws: InputError.self) {
      _ = try Self.file("years: [2029, 2025]\nformula: \"a\"\ndrivers:\n  a: 1\n")
    }
  }

  /// A typed target below the year before is flagged, and so is one that
  /// no scenario reaches with a chance of 10%.
  @Test func typedTargetsAreFlagged() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2027]
        formula: "a"
        drivers:
          a: {normal: {mean: 40, sd: 1}}
        targets: {2025: 39, 2026: 38, 2027: 60}
        draws: 2000
        """), dataset: nil)
    let flags = Dictionary(uniqueKeysWithValues: analysis.typedTargets.map { ($0.year, $0.flags) })
    #expect(flags[2025] == [])
    #expect(flags[2026] == ["below-previous"])
    #expect(flags[2027] == ["unrealistic"])
  }
}
