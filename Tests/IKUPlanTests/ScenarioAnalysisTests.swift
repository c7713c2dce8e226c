import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct ScenarioAnalysisTests {
  static func dataset() throws -> Dataset {
    try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
  }

  private func analyse(_ yaml: String, dataset: Dataset? = nil) throws -> ScenarioAnalysis {
    try ScenarioAnalysis(ScenarioFile(yaml: yaml, file: "s.yaml"), dataset: dataset)
  }

  @Test func fixedDriversGiveTheArithmeticExactly() throws {
    let analysis = try analyse(
      """
      year: 2025
      formula: "min(capacity * completion; registrants) / registrants * 100"
      drivers: {capacity: 400, completion: 0.92, registrants: 1000, cost: 3500000}
      outputs: {budget: "capacity * cost"}
      scenarios:
        - name: A
        - name: B
          set: {capacity: 480}
      draws: 1000
      """)
    let a = analysis.cases[0]
    #expect(a.indicator.median == min(400 * 0.92, 1000) / 1000 * 100)
    #expect(a.indicator.mean == a.indicator.median)
    #expect(a.indicator.p10 == a.indicator.p90)
    #expect(a.outputs[0].summary.median == 400 * 3_500_000)
    #expect(analysis.cases[1].indicator.median == min(480 * 0.92, 1000) / 1000 * 100)
    #expect(analysis.target == nil && analysis.cases[0].probabilityOfAttaining == nil)
  }

  @Test func monteCarloMeanMatchesTheAnalyticMean() throws {
    // E[a·b + c] = E[a]E[b] + E[c] for independent drivers.
    let analysis = try analyse(
      """
      year: 2025
      formula: "a * b + c"
      drivers:
        a: {normal: {mean: 10, sd: 2}}
        b: {uniform: {min: 1, max: 3}}
        c: {triangular: {min: 0, mode: 1, max: 5}}
      draws: 200000
      seed: 7
      """)
    let analytic = 10.0 * 2 + (0 + 1 + 5) / 3.0
    // Var(ab + c) = E[a²]E[b²] − (E[a]E[b])² + Var(c).
    let variance = (104.0 * (13.0 / 3)) - 400 + (0 + 1 + 25 - 0 - 0 - 5) / 18.0
    let standardError = (variance / 200_000).squareRoot()
    #expect(abs(analysis.cases[0].indicator.mean - analytic) < 4 * standardError)
  }

  @Test func sameSeedSameBytes() throws {
    let yaml = """
      indicator: IKU-1
      formula: "min(capacity * completion; registrants) / registrants * 100"
      drivers:
        registrants: {forecast: denominator}
        capacity: 400
        completion: {normal: {mean: 0.92, sd: 0.03}}
      goal: {driver: capacity, probability: 0.8}
      draws: 20000
      seed: 42
      """
    let first = try analyse(yaml, dataset: Self.dataset()).json.rendered()
    let second = try analyse(yaml, dataset: Self.dataset()).json.rendered()
    #expect(first == second)
  }

  @Test func goalSeekIsTheSmallestValueThatReaches() throws {
    let analysis = try analyse(
      """
      indicator: IKU-1
      formula: "min(capacity * completion; registrants) / registrants * 100"
      drivers:
        registrants: {forecast: denominator}
        capacity: 400
        completion: {normal: {mean: 0.92, sd: 0.03}}
      goal: {driver: capacity, probability: 0.8}
      draws: 20000
      seed: 42
      """, dataset: Self.dataset())
    #expect(analysis.target == 65.71)
    #expect(analysis.illustrative)  // registrants are forecast from illustrative years
    let goal = try #require(analysis.goal)
    let value = try #require(goal.value)
    #expect(value == value.rounded())
    #expect(goal.probability >= 0.8)
    // One seat fewer does not reach it (same draws, same seed).
    let fewer = try analyse(
      """
      indicator: IKU-1
      formula: "min(capacity * completion; registrants) / registrants * 100"
      drivers:
        registrants: {forecast: denominator}
        capacity: \(Int(value) - 1)
        completion: {normal: {mean: 0.92, sd: 0.03}}
      draws: 20000
      seed: 42
      """, dataset: Self.dataset())
    #expect(try #require(fewer.cases[0].probabilityOfAttaining) < 0.8)
  }

  @Test func anUnreachableGoalIsReportedNotInvented() throws {
    let analysis = try analyse(
      """
      year: 2025
      target: 95
      formula: "min(capacity * 0.5; 1000) / 1000 * 100"
      drivers: {capacity: 400}
      goal: {driver: capacity, probability: 0.8, min: 0, max: 1500}
      draws: 100
      """)
    let goal = try #require(analysis.goal)
    // At most 1500 × 0,5 / 1000 = 75% < 95%.
    #expect(goal.value == nil)
    #expect(goal.probability == 0)
    #expect(goal.bestValue == 1500)
    let words = analysis.document(in: .english).blocks.compactMap {
      if case .paragraph(let text) = $0 { return text }
      return nil
    }
    #expect(words.contains { $0.contains("is not reached for capacity between 0 and 1,500") })
  }

  /// A `max` given without `min` was ignored and the answer fell outside
  /// it; each bound now holds alone.
  @Test func aSingleBoundIsKept() throws {
    func goal(_ bounds: String) throws -> ScenarioAnalysis.GoalResult {
      let analysis = try analyse(
        """
        year: 2025
        target: 66
        formula: "capacity"
        drivers: {capacity: 10}
        goal: {driver: capacity, probability: 0.8\(bounds)}
        draws: 100
        """)
      return try #require(analysis.goal)
    }
    let capped = try goal(", max: 50")
    #expect(capped.range == 0...50 && capped.value == nil && capped.bestValue == 50)
    let floored = try goal(", min: 70")
    #expect(floored.range == 70...100 && floored.value == 70)
    #expect(throws: InputError.self) { try goal(", min: 200") }
  }

  @Test func sensitivityMovesEachDriver() throws {
    let analysis = try analyse(
      """
      year: 2025
      formula: "a * b"
      drivers: {a: 10, b: 2}
      draws: 10
      """)
    #expect(analysis.sensitivity.map(\.driver) == ["a", "b"])
    #expect(abs((analysis.sensitivity[0].low ?? .nan) - 18) < 1e-12)
    #expect(abs((analysis.sensitivity[0].high ?? .nan) - 22) < 1e-12)
  }

  /// A probe never breaks a valid scenario.
  ///
  /// A ±10% step that makes a divisor zero is skipped (nil), the other
  /// steps stand: `a / (b - 9)` with b = 10, b·0,9 = 9 divides by zero;
  /// b·1,1 = 11 gives 10 / 2 = 5.
  @Test func aSensitivityStepThatDividesByZeroIsSkipped() throws {
    let analysis = try analyse(
      """
      year: 2025
      formula: "a / (b - 9)"
      drivers: {a: 10, b: 10}
      draws: 10
      """)
    let b = try #require(analysis.sensitivity.first { $0.driver == "b" })
    #expect(b.low == nil)
    #expect(abs((b.high ?? .nan) - 5) < 1e-12)
    let text = TextRenderer().render(analysis.document(in: .indonesian))
    #expect(
      text.contains("langkah itu membuat rumus tidak terdefinisi (pembagian dengan 0) untuk b"))
  }

  /// The goal seek narrows a range whose end makes the formula undefined
  /// (a denominator driver from 0) instead of failing.
  ///
  /// `100 * a / d` with a = 40 reaches 50 for d ≤ 80. A driver written whole (100) is
  /// narrowed to the whole number 1 and answered in whole numbers: 80; a
  /// driver written with decimals (100,5) by 10⁻⁹ of the range, and
  /// answered to 10⁻⁹.
  @Test func aGoalRangeFromZeroForADenominatorIsNarrowed() throws {
    func goal(_ d: String) throws -> ScenarioAnalysis.GoalResult {
      try #require(
        analyse(
          """
          year: 2025
          formula: "100 * a / d"
          drivers: {a: 40, d: \(d)}
          target: 50
          goal: {driver: d, probability: 0.5, min: 0, max: 1000}
          draws: 10
          """
        ).goal)
    }
    let whole = try goal("100")
    #expect(whole.narrowedFrom == 0...1000 && whole.range == 1...1000)
    #expect(whole.value == 80)
    let decimal = try goal("100.5")
    #expect(decimal.narrowedFrom == 0...1000)
    #expect(decimal.range.lowerBound == 1000 * 1e-9)
    let value = try #require(decimal.value)
    #expect(abs(value - 80) <= 1e-6)
  }

  /// A range target of a `stabil` indicator is sought inside it.
  ///
  /// It is reached in the middle of the driver's range, not at an end: the
  /// goal seek finds the smallest value that lands inside it. `x` within 35–40 needs x ≥ 35; a single
  /// target of a `stabil` indicator has no chance to seek, and says so.
  @Test func aStabilRangeTargetIsSoughtInside() throws {
    var dataset = Self.percentDataset(targets: [2025: 35])
    dataset.indicators[0].polarity = .range
    dataset.annual[1].targetUpper = 40
    let analysis = try analyse(
      """
      indicator: IKU-9
      year: 2025
      formula: "x"
      drivers: {x: 20}
      goal: {driver: x, probability: 0.8, min: 0, max: 100}
      draws: 10
      """, dataset: dataset)
    let goal = try #require(analysis.goal)
    #expect(goal.targetRange == TargetRange(lower: 35, upper: 40))
    #expect(goal.value == 35 && goal.probability == 1)
    #expect(analysis.targetRange == TargetRange(lower: 35, upper: 40))
    #expect(
      analysis.document(in: .indonesian).blocks.contains { block in
        if case .paragraph(let text) = block { return text.contains("Target 2025: 35,00–40,00%") }
        return false
      })
    #expect(throws: InputError.self) {
      try analyse(
        """
        indicator: IKU-9
        year: 2025
        formula: "x"
        drivers: {x: 20}
        target: 38
        goal: {driver: x, probability: 0.8}
        draws: 10
        """, dataset: dataset)
    }
  }

  /// A formula without a division that is not finite overflowed, and is
  /// called so.
  @Test func overflowIsCalledOverflow() {
    do {
      _ = try analyse(
        """
        year: 2025
        formula: "a * a * a * a * a * a * a * a * a * a"
        drivers: {a: 1e40}
        draws: 10
        """)
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.message(in: .indonesian).contains("luapan angka"))
      #expect(error.message(in: .english).contains("(overflow)"))
    } catch {
      Issue.record("\(error)")
    }
  }

  /// A dataset's range target is the scenario's target at its binding
  /// end: the lower end when higher is better, the upper when lower is.
  @Test func aRangeTargetIsTakenAtItsBindingEnd() throws {
    for (polarity, expected) in [(Polarity.higher, 60.0), (.lower, 65.71)] {
      var dataset = try Self.dataset()
      let index = try #require(
        dataset.annual.firstIndex { $0.code == "IKU-1" && $0.year == 2025 })
      dataset.annual[index].target = 60
      dataset.annual[index].targetUpper = 65.71
      let indicator = try #require(dataset.indicators.firstIndex { $0.code == "IKU-1" })
      dataset.indicators[indicator].polarity = polarity
      let analysis = try analyse(
        """
        indicator: IKU-1
        year: 2025
        formula: "x"
        drivers: {x: 50}
        """, dataset: dataset)
      #expect(analysis.target == expected)
    }
  }

  /// An indicator the dataset does not have is named where its code is
  /// written.
  @Test func anUnknownIndicatorIsNamedWhereWritten() throws {
    do {
      _ = try analyse(
        "year: 2025\nindicator: IKU-99\nformula: \"a\"\ndrivers: {a: 1}\n",
        dataset: Self.dataset())
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(
        error.problem
          == .unknownIndicator("IKU-99", known: try Self.dataset().indicators.map(\.code)))
      #expect(error.location.line == 2 && error.location.column == 12)
    }
  }

  @Test func forecastDriversNeedHistory() throws {
    do {
      _ = try analyse(
        """
        indicator: IKU-2
        formula: "x"
        drivers: {x: {forecast: denominator}}
        """, dataset: Self.dataset())
      Issue.record("expected an error")
    } catch let error as InputError {
      guard case .cannotForecast(let name, _) = error.problem else {
        Issue.record("\(error)")
        return
      }
      #expect(name == "x")
    }
  }

  @Test func undefinedResultsAreErrorsNotNaN() throws {
    #expect(throws: InputError.self) {
      try analyse(
        """
        year: 2025
        formula: "1 / (a - b)"
        drivers: {a: 2, b: 2}
        draws: 10
        """)
    }
  }

  /// One percentage indicator of a test agency: the 2024 realisation 38%,
  /// the 2025 target 40%.
  static func percentDataset(targets: [Int: Double] = [2025: 40]) -> Dataset {
    Dataset(
      title: "Dinas Uji", source: "lembar uji",
      indicators: [
        Indicator(
          code: "IKU-9", name: "Persentase peserta pelatihan yang lulus tepat waktu", unit: "%",
          lowerBound: 0, upperBound: 100)
      ],
      annual: [AnnualObservation(code: "IKU-9", year: 2024, actual: 38, source: "lembar uji")]
        + targets.sorted { $0.key < $1.key }.map {
          AnnualObservation(code: "IKU-9", year: $0.key, target: $0.value, source: "lembar uji")
        })
  }

  static let handScenario = """
    indicator: IKU-9
    year: 2025
    formula: "min(capacity * completion; registrants) / registrants * 100"
    drivers: {capacity: 400, completion: 0.9, registrants: 1000, cost: 3500000}
    outputs: {budget: "capacity * cost"}
    scenarios:
      - name: Base
      - name: Up
        set: {capacity: 480}
    goal: {driver: capacity, probability: 0.8, min: 0, max: 1000}
    draws: 100
    source: "uji tangan"
    illustrative: true
    """

  /// The document's cells for fixed drivers, derived by hand.
  ///
  /// Base is
  /// 400 × 0,9 / 1000 = 36%, Up 480 × 0,9 / 1000 = 43,2%; against the
  /// target 40% their chances are 0 and 1, so Up is 7,2 percentage points
  /// and 100 percentage points of chance ahead; the budget is capacity ×
  /// 3.500.000. The goal: the smallest whole capacity with 0,9 × capacity ≥
  /// 400 is 445 (444 gives 399,6), its budget 1.557.500.000. Sensitivity:
  /// capacity or completion ±10% gives 32,4% and 39,6%; registrants −10%
  /// gives 360/900 = 40%, +10% 360/1100 = 32,72…%; the cost changes
  /// nothing.
  @Test func theDocumentsCellsAreTheHandArithmetic() throws {
    let analysis = try analyse(Self.handScenario, dataset: Self.percentDataset())
    let document = analysis.document(in: .indonesian)
    #expect(
      document.title
        == "Skenario 2025 — IKU-9 Persentase peserta pelatihan yang lulus tepat waktu — Dinas Uji")
    #expect(
      document.notes == [
        .init(.source, "Sumber skenario: uji tangan"), .init(.source, "Sumber data: lembar uji"),
        .init(.warning, "Memakai nilai ilustrasi, bukan data resmi."),
      ])
    let percent = ValueStyle.percent(decimals: 2)
    let table = try #require(document.tables.first)
    #expect(
      table.columns.map(\.title) == [
        "Skenario", "Proyeksi 2025", "Rentang P10–P90", "Rata-rata", "Peluang",
        "Kategori menurut proyeksi", "Selisih proyeksi dari \"Base\" (poin persen)",
        "Selisih peluang (poin persen)", "budget (nilai tengah)",
      ])
    let base = table.rows[0]
    #expect(base[0] == .text("Base"))
    expectNumber(base[1], 36, percent)
    expectInterval(base[2], 36, 36, percent)
    expectNumber(base[3], 36, percent)
    expectNumber(base[4], 0, .probability)
    #expect(base[5].text != nil)
    #expect(base[6] == .missing && base[7] == .missing)
    expectNumber(base[8], 1_400_000_000, .rupiah)
    let up = table.rows[1]
    expectNumber(up[1], 43.2, percent)
    expectNumber(up[4], 1, .probability)
    expectNumber(up[6], 7.2, .decimal(2))
    expectNumber(up[7], 100, .decimal(1))
    expectNumber(up[8], 1_680_000_000, .rupiah)

    let goal = try #require(document.tables.first { $0.name == "Hitung balik" })
    let row = try #require(goal.rows.first)
    #expect(row[0] == .text("capacity"))
    expectNumber(row[1], 40, percent)
    expectNumber(row[2], 0.8, .probability)
    expectInterval(row[3], 0, 1000, .decimal(0))
    #expect(row[4] == .text("nilai yang diperlukan"))
    expectNumber(row[5], 445, .decimal(0))
    expectNumber(row[6], 1, .probability)
    expectNumber(row[7], 445 * 3_500_000, .rupiah)

    let sensitivity = try #require(document.tables.first { $0.name == "Sensitivitas" })
    let expected: [(String, Double, Double)] = [
      ("capacity", 32.4, 39.6), ("completion", 32.4, 39.6),
      ("registrants", 40, 360.0 / 1100 * 100), ("cost", 36, 36),
    ]
    #expect(sensitivity.rows.count == expected.count)
    for (cells, (driver, low, high)) in zip(sensitivity.rows, expected) {
      #expect(cells[0] == .text(driver))
      expectNumber(cells[1], low, percent)
      expectNumber(cells[2], high, percent)
    }
  }

  /// The words people read: "poin persen", never `pp`; the median called
  /// the projection ("Proyeksi", "nilai tengah"), never "Median"; the goal
  /// seek "hitung balik", never SAKIP's *sasaran*; and in English no
  /// Indonesian word of the document's own.
  @Test func theWordsInBothLanguages() throws {
    let analysis = try analyse(Self.handScenario, dataset: Self.percentDataset())
    let indonesian = TextRenderer(markdown: true).render(analysis.document(in: .indonesian))
    #expect(indonesian.contains("poin persen"))
    #expect(indonesian.contains("Hitung balik"))
    for word in scenarioForbiddenIndonesianWords + ["Goal", "Chance", "Driver"] {
      #expect(!indonesian.contains(word), "Indonesian text has \(word)")
    }
    let english = TextRenderer(markdown: true).render(analysis.document(in: .english))
    #expect(english.contains("percentage points") && english.contains("Goal seek"))
    for word in scenarioIndonesianWords {
      #expect(!english.contains(word), "English text has \(word)")
    }
  }
}

/// Expects a number cell of `value` (within 10⁻⁹ relative) in `style`.
func expectNumber(
  _ cell: Document.Cell, _ value: Double, _ style: ValueStyle,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard case .number(let actual?, let actualStyle) = cell else {
    Issue.record("\(cell) is not a number", sourceLocation: sourceLocation)
    return
  }
  #expect(
    agrees(actual, value, relative: 1e-9, absolute: 1e-9), "\(actual) ≠ \(value)",
    sourceLocation: sourceLocation)
  #expect(actualStyle == style, sourceLocation: sourceLocation)
}

/// Expects an interval cell `lower–upper` (within 10⁻⁹) in `style`.
func expectInterval(
  _ cell: Document.Cell, _ lower: Double, _ upper: Double, _ style: ValueStyle,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard case .interval(let low, let high, let actualStyle) = cell else {
    Issue.record("\(cell) is not an interval", sourceLocation: sourceLocation)
    return
  }
  #expect(
    agrees(low, lower, relative: 1e-9, absolute: 1e-9)
      && agrees(high, upper, relative: 1e-9, absolute: 1e-9),
    "\(low)–\(high) ≠ \(lower)–\(upper)", sourceLocation: sourceLocation)
  #expect(actualStyle == style, sourceLocation: sourceLocation)
}
