import IKUForecast

/// What-if scenarios evaluated by Monte Carlo: the indicator and the
/// outputs under each scenario, the goal seek and a one-way sensitivity.
///
/// Every scenario is drawn with the same seed, so the scenarios differ only
/// by what they change (common random numbers): their differences are not
/// blurred by sampling noise. The goal seek uses the same draws for every
/// candidate value, which makes the probability a step function of the
/// value and the answer stable; it is then re-run at the answer to report
/// the probability actually reached.
public struct ScenarioAnalysis: Sendable {
  /// One scenario's result.
  public struct CaseResult: Sendable {
    /// The scenario's name.
    public let name: String
    /// The indicator's distribution.
    public let indicator: ScenarioSummary
    /// The probability of attaining the target (polarity-aware).
    public let probabilityOfAttaining: Double?
    /// The achievement of the median against the target.
    public let achievement: Achievement?
    /// The share of draws outside the indicator's bounds, or `nil` without
    /// bounds (``ScenarioEngine/shareOutsideBounds(_:)``).
    public let shareOutsideBounds: Double?
    /// Each output's distribution, in file order.
    public let outputs: [(name: String, summary: ScenarioSummary)]
  }

  /// The goal seek's answer.
  public struct GoalResult: Sendable {
    /// The driver moved.
    public let driver: String
    /// The target sought, as one number (its binding end).
    public let target: Double
    /// The target sought as judged: the file's `target`, else the year's
    /// target with both ends of a range.
    public let targetRange: TargetRange
    /// The probability wanted.
    public let wanted: Double
    /// The value found, or `nil` when no value in the range reaches it.
    public let value: Double?
    /// The probability at the value found (re-run), or the best probability
    /// in the range when none reaches it.
    public let probability: Double
    /// The value giving the best probability when none reaches it.
    public let bestValue: Double
    /// The range searched: the one asked for, narrowed inward at an end
    /// where the driver makes the formula undefined (a denominator at 0).
    public let range: ClosedRange<Double>
    /// The range asked for (the file's `min`/`max` or their defaults), when
    /// it had to be narrowed to ``range``.
    public let narrowedFrom: ClosedRange<Double>?
    /// Whether the driver is random in the first scenario: the goal seek
    /// fixes it at each value tried, so its spread is not in the answer.
    public let fixesADistribution: Bool
    /// Each output at the value found.
    public let outputs: [(name: String, summary: ScenarioSummary)]
  }

  /// The indicator's median with one driver 10% lower and 10% higher;
  /// `nil` where that step makes the formula undefined in some draws (a
  /// divisor reaching 0): the probe is skipped and said so, never failing
  /// the scenario.
  public struct Sensitivity: Sendable, Hashable {
    public let driver: String
    public let low: Double?
    public let high: Double?
  }

  /// The indicator, when the file names one.
  public let indicator: Indicator?
  /// The year.
  public let year: Int
  /// The target compared against, as one number: its binding end
  /// (``ScenarioEngine/targetValue(year:)``).
  public let target: Double?
  /// The target as judged: a range target keeps both ends.
  public let targetRange: TargetRange?
  /// One result per scenario.
  public let cases: [CaseResult]
  /// The goal seek, when asked for.
  public let goal: GoalResult?
  /// One-way sensitivity of the first scenario.
  public let sensitivity: [Sensitivity]
  /// Where the numbers come from, and whether any is illustrative.
  public let provenance: ScenarioProvenance
  /// Whether any value used is illustrative rather than official.
  public var illustrative: Bool { provenance.illustrative }
  /// The output that is the budget (the file's `budget`, default the
  /// first output), shown in rupiah; `nil` without outputs.
  public let budget: String?
  /// The number of draws.
  public let draws: Int
  /// The drivers no formula uses (``ScenarioFile/unusedDrivers``).
  public let unusedDrivers: [String]
  /// The indicator's forecast from its own history by the review's policy,
  /// beside the scenarios' driver-built one, or `nil` (no indicator or no
  /// forecast).
  public let directForecast: DirectForecast?
  /// Why the first scenario's projection differs from the direct forecast
  /// (``ScenarioReconciliation``), or `nil` without a direct forecast.
  public let reconciliation: ScenarioReconciliation?

  /// Evaluates a scenario file against a dataset (for the indicator, its
  /// target and the history of forecast drivers) with the scenario engine
  /// (``ScenarioEngine``) over one year.
  ///
  /// - Throws: ``InputError`` for an unknown indicator, a forecast driver
  ///   without enough history, a correlation that is not valid, or a
  ///   formula that is undefined for some draws.
  public init(_ file: ScenarioFile, dataset: Dataset?) throws {
    let at = SourceLocation(file: file.file, line: 1)
    guard file.period == nil else {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "satu tahun (year:); periode adalah analisis Renstra",
            en: "one year (year:); a period is a Renstra analysis")), at: at)
    }
    let indicator = try file.resolveIndicator(in: dataset)
    self.indicator = indicator
    let latest = dataset?.annual.filter { $0.actual != nil }.map(\.year).max()
    guard let year = file.year ?? latest.map({ $0 + 1 }) else {
      throw InputError(.missingKey("year"), at: at)
    }
    self.year = year
    // The file's target, else the dataset's (a range as written: the
    // engine judges it by its binding ends).
    let targetRange =
      file.target.map(TargetRange.init)
      ?? indicator.flatMap { indicator in
        dataset?.history(of: indicator.code).first { $0.year == year }?.targetRange
      }
    draws = file.draws
    unusedDrivers = file.unusedDrivers
    let engine = ScenarioEngine(
      file, indicator: indicator, dataset: dataset, years: [year],
      targets: targetRange.map { [year: $0] } ?? [:])
    self.target = engine.targetValue(year: year)
    self.targetRange = targetRange
    budget = engine.budget
    directForecast = indicator.flatMap { indicator in
      dataset.flatMap { dataset in
        DirectForecast(
          IndicatorReview(indicator, in: dataset, year: year, settings: ReviewSettings(year: year)),
          targetRange: targetRange)
      }
    }

    var cases: [CaseResult] = []
    var baseline: (drivers: ScenarioEngine.Drivers, run: ScenarioEngine.Run)?
    let usedIllustrative = try engine.runScenarios { scenario, drivers, run in
      if baseline == nil { baseline = (drivers, run) }
      cases.append(Self.result(scenario.name, run, engine: engine))
    }
    self.cases = cases
    provenance = ScenarioProvenance(
      file, dataset: dataset, illustrative: file.illustrative || usedIllustrative)
    // ScenarioFile gives at least one scenario.
    guard let baseline else { preconditionFailure("a scenario file has a scenario") }
    reconciliation = ScenarioReconciliation(
      directForecast, scenario: cases[0].name, indicator: cases[0].indicator,
      drivers: baseline.drivers,
      year: 0, engine: engine)
    goal = try file.goal.map { goal in
      try Self.seek(goal, engine: engine, baseline: baseline.drivers, columns: baseline.run.columns)
    }
    let columns = baseline.run.columns
    sensitivity = engine.names.indices.map { i in
      var low = columns
      var high = columns
      low[i] = columns[i].map { $0 * 0.9 }
      high[i] = columns[i].map { $0 * 1.1 }
      return Sensitivity(
        driver: engine.names[i],
        low: engine.definedIndicator(low, year: 0).map { ScenarioSummary($0).median },
        high: engine.definedIndicator(high, year: 0).map { ScenarioSummary($0).median })
    }
  }

  /// A scenario's result from its run.
  static func result(_ name: String, _ run: ScenarioEngine.Run, engine: ScenarioEngine)
    -> CaseResult
  {
    let values = run.indicator[0]
    let summary = ScenarioSummary(values)
    return CaseResult(
      name: name, indicator: summary,
      probabilityOfAttaining: engine.share(values, year: engine.years[0]),
      achievement: engine.targetValue(year: engine.years[0]).flatMap {
        Achievement(actual: summary.median, target: $0, polarity: engine.polarity)
      },
      shareOutsideBounds: engine.shareOutsideBounds(values),
      outputs: zip(engine.file.outputs, run.outputs[0]).map {
        (name: $0.name, summary: ScenarioSummary($1))
      })
  }

  /// The value of the goal's driver that reaches the target with the
  /// probability wanted, on the draws of the first scenario.
  ///
  /// The chance is a step function of the value on these fixed draws; the
  /// boundary between values that reach it and values that do not is found
  /// by bisection (whole numbers for a driver written whole). A value that
  /// makes the formula undefined in some draws (a denominator at 0) is a
  /// probe's step, not the scenario's fault: it counts as not reaching the
  /// target, and an undefined end of the range is moved inward (by 10⁻⁹ of
  /// the range, then ten times more each try) and said so.
  static func seek(
    _ goal: ScenarioFile.Goal, engine: ScenarioEngine, baseline: ScenarioEngine.Drivers,
    columns: [[Double]]
  ) throws -> GoalResult {
    guard let index = engine.names.firstIndex(of: goal.driver) else {
      throw InputError(.unknownName(goal.driver, known: engine.names), at: goal.location)
    }
    let year = engine.years[0]
    guard let sought = goal.target.map(TargetRange.init) ?? engine.targets[year] else {
      throw InputError(.missingKey("target"), at: goal.location)
    }
    let target = sought.bindingEnd(for: engine.polarity) ?? sought.lower
    // A single target of a `stabil` indicator binds at neither end: no
    // chance can be sought for it.
    guard sought.isAttained(by: target, polarity: engine.polarity) != nil else {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "target rentang (mis. 35–40) untuk indikator stabil; target tunggal tidak"
              + " punya peluang",
            en: "a range target (e.g. 35–40) for a stabil indicator; a single target has no"
              + " chance")),
        at: goal.location)
    }
    let current = baseline.marginals[index].mean ?? ScenarioSummary(columns[index]).median
    // A bound given alone is kept; the other takes its default.
    let low = goal.minimum ?? 0
    let high = goal.maximum ?? max(10 * abs(current), 1)
    guard low < high else {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "min di bawah max (max bawaan sepuluh kali nilai pemicu, \(high))",
            en: "min below max (max defaults to ten times the driver's value, \(high))")),
        at: goal.location)
    }
    // The chance at a driver value, or `nil` where the value makes the
    // formula undefined in some draws.
    func chance(_ value: Double) -> Double? {
      var trial = columns
      trial[index] = Array(repeating: value, count: engine.file.draws)
      return engine.definedIndicator(trial, year: 0).map {
        engine.share($0, attaining: sought) ?? 0
      }
    }
    // A driver written whole is searched in whole numbers.
    let whole = current == current.rounded() && low == low.rounded()
    // An undefined end is moved inward, by whole steps for a whole driver
    // (1, 10, 100, …), else by 10⁻⁹ of the range and ten times more each
    // try, until it is defined.
    func defined(_ end: Double, toward other: Double) -> (Double, Double)? {
      if let p = chance(end) { return (end, p) }
      let direction: Double = other > end ? 1 : -1
      var step = whole && abs(other - end) > 1 ? direction : (other - end) * 1e-9
      for _ in 0..<10 {
        let moved = end + step
        guard direction * (other - moved) > 0 else { break }
        if let p = chance(moved) { return (moved, p) }
        step *= 10
      }
      return nil
    }
    guard let (lower, atLow) = defined(low, toward: high),
      let (upper, atHigh) = defined(high, toward: low)
    else {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "rentang \(goal.driver) yang membuat rumus terdefinisi",
            en: "a range of \(goal.driver) where the formula is defined")),
        at: goal.location)
    }
    let range = lower...upper
    let narrowedFrom = range == low...high ? nil : low...high
    let integral = whole && range.lowerBound == range.lowerBound.rounded()
    let wanted = goal.probability
    // Where the chance is reached: from the end that reaches it, or, when
    // neither end does, from a scan of 100 steps — the chance need not be
    // monotone in the driver (a range target of a `stabil` indicator is
    // reached in the middle). `bad` is the neighbour below `good` that
    // does not reach it; the best value seen stands when none reaches it.
    var best = atHigh >= atLow ? (range.upperBound, atHigh) : (range.lowerBound, atLow)
    // Rising with the driver, the smallest value that reaches it; falling,
    // the largest.
    let (near, atNear, far) =
      atHigh >= atLow
      ? (range.lowerBound, atLow, range.upperBound) : (range.upperBound, atHigh, range.lowerBound)
    var bracket: (good: Double, bad: Double)?
    if max(atLow, atHigh) >= wanted {
      bracket = atNear >= wanted ? (near, near) : (far, near)
    } else {
      var previous = range.lowerBound
      for i in 1..<100 {
        var x = range.lowerBound + (range.upperBound - range.lowerBound) * Double(i) / 100
        if integral { x = x.rounded(.down) }
        guard x > previous else { continue }
        let p = chance(x) ?? 0
        if p > best.1 { best = (x, p) }
        if p >= wanted {
          bracket = (x, previous)
          break
        }
        previous = x
      }
    }
    var found: Double?
    if var (good, bad) = bracket {
      // The boundary between values that reach it and values that do not.
      for _ in 0..<200 {
        let middle = integral ? ((good + bad) / 2).rounded(.down) : (good + bad) / 2
        if integral && (abs(good - bad) <= 1 || middle == bad || middle == good) { break }
        if !integral && abs(good - bad) <= 1e-9 * max(abs(good), 1) { break }
        // An undefined step does not reach the target.
        if chance(middle) ?? 0 >= wanted { good = middle } else { bad = middle }
      }
      found = good
    }
    // Re-run at the answer: fresh draws from the same seed with the driver
    // fixed there.
    let value = found ?? best.0
    var drivers = baseline
    drivers.marginals[index] = .fixed(value)
    let rerun = try engine.run(drivers)
    return GoalResult(
      driver: goal.driver, target: target, targetRange: sought, wanted: goal.probability,
      value: found,
      probability: engine.share(rerun.indicator[0], attaining: sought) ?? 0, bestValue: value,
      range: range, narrowedFrom: narrowedFrom,
      fixesADistribution: baseline.marginals[index].isRandom,
      outputs: zip(engine.file.outputs, rerun.outputs[0]).map {
        (name: $0.name, summary: ScenarioSummary($1))
      })
  }
}

extension ScenarioFile {
  /// The indicator the file names, from the dataset; `nil` when it names
  /// none.
  ///
  /// - Throws: ``InputError`` for a code the dataset does not have.
  func resolveIndicator(in dataset: Dataset?) throws -> Indicator? {
    guard let code = indicator else { return nil }
    guard let dataset, let found = dataset.indicator(code) else {
      throw InputError(
        .unknownIndicator(code, known: dataset?.indicators.map(\.code) ?? []),
        at: indicatorLocation ?? SourceLocation(file: file, line: 1))
    }
    return found
  }

  /// Refuses a formula's draws when some are not finite (a division by
  /// zero, an overflow), naming the draws and the column of the first
  /// division.
  static func checkDefined(
    _ values: [Double], _ what: String, _ formula: Located<Expression>
  ) throws {
    let undefined = values.filter { !$0.isFinite }.count
    guard undefined > 0 else { return }
    let divisions = formula.value.divisionColumns
    throw InputError(
      .nonFiniteResult(what, draws: undefined, hasDivision: !divisions.isEmpty),
      at: formula.location.shifted(by: (divisions.first ?? 1) - 1))
  }
}
