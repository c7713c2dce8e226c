import IKUForecast
import Testing

@testable import IKUPlan

@Suite struct ScenarioFileTests {
  static let example = """
    indicator: IKU-1
    year: 2025
    formula: "min(capacity * completion, registrants) / registrants * 100"
    drivers:
      registrants: {forecast: denominator}
      capacity: 400
      completion: {normal: {mean: 0.92, sd: 0.03}}
      cost_per_seat: 3500000
    outputs:
      budget: "capacity * cost_per_seat"
    scenarios:
      - name: Baseline
      - name: "+2 batches"
        set: {capacity: 480}
    goal: {driver: capacity, target: 65.71, probability: 0.8}
    draws: 100000
    seed: 42
    """

  private func problem(_ yaml: String) -> InputError? {
    do {
      _ = try ScenarioFile(yaml: yaml, file: "s.yaml")
      return nil
    } catch {
      return error as? InputError
    }
  }

  @Test func theIssueExampleReads() throws {
    let file = try ScenarioFile(yaml: Self.example, file: "s.yaml")
    #expect(file.indicator == "IKU-1" && file.year == 2025)
    #expect(file.drivers.map(\.name) == ["registrants", "capacity", "completion", "cost_per_seat"])
    #expect(file.drivers[0].value == .forecast(.denominator))
    #expect(file.drivers[1].value == .given(.fixed(400)))
    #expect(file.drivers[2].value == .given(.normal(mean: 0.92, standardDeviation: 0.03)))
    #expect(file.outputs.map(\.name) == ["budget"])
    #expect(file.scenarios.map(\.name) == ["Baseline", "+2 batches"])
    #expect(file.scenarios[1].changes.first?.value == .given(.fixed(480)))
    #expect(file.goal?.driver == "capacity" && file.goal?.probability == 0.8)
    #expect(file.draws == 100_000 && file.seed == 42)
    #expect(file.formula.location.line == 3 && file.formula.location.column == 11)
  }

  @Test func distributionsAndCorrelation() throws {
    let file = try ScenarioFile(
      yaml: """
        formula: "a + b + c + d"
        drivers:
          a: {uniform: {min: 1, max: 2}}
          b: {triangular: {min: 0, mode: 1, max: 3}}
          c: {lognormal: {mean: 5, sd: 1}}
          d: "3,5"
        correlation:
          - [a, b, 0.4]
        """, file: "s.yaml")
    #expect(file.drivers[3].value == .given(.fixed(3.5)))
    #expect(file.correlations.count == 1)
    #expect(file.scenarios.map(\.name) == ["Baseline"])
  }

  /// Every correlation error names the triple's line and column: an
  /// unknown driver, a driver with itself, a pair given twice (which would
  /// otherwise silently keep the later value).
  @Test func correlationErrorsAreLocated() {
    func correlation(_ lines: String) -> InputError? {
      problem(
        "formula: \"a + b\"\ndrivers:\n  a: {normal: {mean: 1, sd: 1}}\n"
          + "  b: {normal: {mean: 1, sd: 1}}\ncorrelation:\n" + lines)
    }
    let unknown = correlation("  - [a, x, 0.5]\n")
    #expect(unknown?.problem == .unknownName("x", known: ["a", "b"]))
    #expect(unknown?.location.line == 6 && unknown?.location.column == 5)
    let itself = correlation("  - [a, b, 0.2]\n  - [a, a, 0.5]\n")
    #expect(itself?.location.line == 7 && itself?.location.column == 5)
    #expect(itself?.message(in: .indonesian).contains("dengan dirinya selalu 1") == true)
    let twice = correlation("  - [a, b, 0.2]\n  - [b, a, -0.5]\n")
    #expect(twice?.location.line == 7 && twice?.location.column == 5)
    #expect(
      twice?.message(in: .indonesian).contains(
        "satu korelasi per pasangan; b dan a sudah diberi korelasi pada baris 6") == true)
    #expect(twice?.message(in: .english).contains("already have one on line 6") == true)
  }

  /// What a file asks for that would be silently ignored or misread is
  /// refused where it is written: a goal or a single target in a period, a
  /// scenario name used twice (a target path would follow the wrong one),
  /// a scenario's divisor that can be 0, a correlation with a driver fixed
  /// in every scenario, a growth of 5 meant as 5%.
  @Test func whatWouldBeIgnoredIsRefused() {
    let period = "years: [2025, 2026]\nformula: \"a / b\"\ndrivers: {a: 1, b: 2}\n"
    let goal = problem(period + "goal: {driver: a, probability: 0.8}\n")
    #expect(goal?.location.line == 4 && goal?.location.column == 7)
    #expect(goal?.message(in: .english).contains("a one-year file (year:) for a goal seek") == true)
    let target = problem(period + "target: 50\n")
    #expect(target?.location.line == 4 && target?.location.column == 9)
    let twice = problem(
      "formula: \"a\"\ndrivers: {a: 1}\nscenarios:\n  - name: A\n  - name: B\n"
        + "    set: {a: 2}\n  - name: A\n")
    #expect(twice?.location.line == 7 && twice?.location.column == 11)
    #expect(twice?.message(in: .indonesian).contains("'A' sudah ada, s.yaml, baris 4") == true)
    let divisor = problem(
      "formula: \"a / b\"\ndrivers: {a: 1, b: 2}\nscenarios:\n  - name: A\n  - name: B\n"
        + "    set: {b: {uniform: {min: -5, max: 5}}}\n")
    #expect(divisor?.problem == .divisionByZero("b"))
    #expect(divisor?.location.line == 6)
    let scheduleToZero = problem(
      "years: [2025, 2027]\nformula: \"a / b\"\ndrivers:\n  a: 1\n  b: {start: 2, step: -1}\n")
    #expect(scheduleToZero?.problem == .divisionByZero("b"))
    let fixed = problem(
      "formula: \"a + b\"\ndrivers:\n  a: {normal: {mean: 1, sd: 1}}\n  b: 2\n"
        + "correlation: [[a, b, 0.3]]\n")
    #expect(fixed?.location.line == 5)
    #expect(fixed?.message(in: .indonesian).contains("b bernilai tetap di setiap skenario") == true)
    // Random in one scenario: the correlation matters there.
    #expect(
      problem(
        "formula: \"a + b\"\ndrivers:\n  a: {normal: {mean: 1, sd: 1}}\n  b: 2\n"
          + "scenarios:\n  - name: A\n  - name: B\n    set: {b: {normal: {mean: 2, sd: 1}}}\n"
          + "correlation: [[a, b, 0.3]]\n") == nil)
    let growth = problem(
      "years: [2025, 2026]\nformula: \"a\"\ndrivers:\n  a: {start: 400, growth: 5}\n")
    #expect(growth?.location.line == 4 && growth?.location.column == 27)
  }

  @Test func unknownKeyIsLocated() {
    let error = problem("formula: \"a\"\ndrivers: {a: 1}\ndraw: 10\n")
    #expect(
      error?.problem
        == .unknownKey(
          "draw",
          allowed: [
            "budget", "correlation", "draws", "drivers", "formula", "goal", "illustrative",
            "indicator", "outputs", "scenarios", "seed", "source", "target", "target_path",
            "targets", "year", "years",
          ]))
    #expect(error?.location.line == 3)
  }

  @Test func unknownNameInAFormulaPointsAtTheColumn() {
    let error = problem(
      "formula: \"capacity * completon\"\ndrivers: {capacity: 1, completion: 2}\n")
    #expect(error?.problem == .unknownName("completon", known: ["capacity", "completion"]))
    #expect(error?.location.line == 1)
    #expect(error?.location.column == 22)
  }

  @Test func divisionByADriverThatCanBeZero() {
    let error = problem("formula: \"a / b\"\ndrivers: {a: 1, b: {uniform: {min: 0, max: 5}}}\n")
    #expect(error?.problem == .divisionByZero("b"))
    #expect(error?.location.column == 13)
    // A normal far from zero is accepted.
    #expect(problem("formula: \"a / b\"\ndrivers: {a: 1, b: {normal: {mean: 10, sd: 1}}}\n") == nil)
  }

  @Test func formulaSyntaxErrorPointsAtTheColumn() {
    let error = problem("formula: \"min(a * 2\"\ndrivers: {a: 1}\n")
    #expect(error?.problem == .formula(.unexpectedEnd))
    #expect(error?.location.column == 20)
  }

  @Test func badValues() {
    #expect(
      problem("formula: \"a\"\ndrivers: {a: {normal: {mean: 1, sd: 0}}}\n")?.problem
        == .invalidValue(
          expected: .init(id: "simpangan baku di atas 0", en: "a standard deviation above 0")))
    #expect(
      problem("formula: \"a\"\ndrivers: {a: {poisson: {mean: 1}}}\n")?.problem
        == .unknownKey(
          "poisson",
          allowed: [
            "by_year", "forecast", "growth", "lognormal", "normal", "start", "step", "triangular",
            "uniform", "year_correlation",
          ]))
    #expect(
      problem("formula: \"a\"\ndrivers: {a: banyak}\n")?.problem == .notANumber("banyak"))
    // The size every number is held to (`ValueMagnitude`), in YAML too.
    #expect(
      problem("formula: \"a\"\ndrivers: {a: 1e200}\n")?.problem
        == .beyondMagnitude("1e200", tooLarge: true))
    #expect(
      problem("formula: \"a\"\ndrivers: {a: 5e-400}\n")?.problem
        == .beyondMagnitude("5e-400", tooLarge: false))
    #expect(problem("drivers: {a: 1}\n")?.problem == .missingKey("formula"))
    #expect(
      problem("formula: \"a\"\ndrivers: {a: 1}\ngoal: {driver: b}\n")?.problem
        == .unknownName("b", known: ["a"]))
  }

  @Test func yamlSyntaxErrorIsLocated() {
    let error = problem("formula: \"a\"\ndrivers: {a: 1\n")
    guard case .yaml = error?.problem else {
      Issue.record("expected a YAML error, got \(String(describing: error))")
      return
    }
    #expect((error?.location.line ?? 0) >= 2)
  }

  /// The parser's problems speak the chosen language; counts are grouped,
  /// years are not.
  @Test func messagesSpeakOneLanguage() {
    let cases = [
      ("formula: \"a\n", "berkas berakhir sebelum tanda kutip atau kurung ditutup"),
      ("drivers: {a: 1}\nformula: a: b\n", "titik dua ':' tidak boleh di sini"),
      ("a: 1\na: 2\n", "kunci ganda: a"),
      ("formula: \"a\"\ndrivers: {a: 1}\ndraws: 0\n", "bilangan bulat dari 1 sampai 5.000.000"),
      ("formula: \"a\"\ndrivers: {a: 1}\nyear: 3000\n", "bilangan bulat dari 1900 sampai 2200"),
    ]
    for (yaml, words) in cases {
      let message = problem(yaml)?.message(in: .indonesian) ?? ""
      #expect(message.contains(words), "\(message)")
      for english in ["found", "unexpected", "mapping", "duplicate", "whole number"] {
        #expect(!message.contains(english), "\(message)")
      }
    }
    #expect(
      problem("a: 1\na: 2\n")?.message(in: .english).contains("duplicate keys: a") == true)
  }
}
