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
  /// Mean, median, 10th and 90th percentiles of a quantity.
  public struct Summary: Sendable, Hashable {
    public let mean: Double
    public let median: Double
    public let p10: Double
    public let p90: Double

    /// Summarises draws (percentiles by linear interpolation between
    /// order statistics, R's type 7).
    init(_ values: [Double]) {
      let q = EmpiricalQuantiles.of(values, at: [0.5, 0.1, 0.9])
      // The mean as the first value plus the mean deviation from it
      // (Neumaier-compensated), so that identical draws give their value
      // exactly and a million draws lose no digits.
      let first = values[0]
      var sum = 0.0
      var compensation = 0.0
      for value in values {
        let x = value - first
        let t = sum + x
        compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
        sum = t
      }
      mean = first + (sum + compensation) / Double(values.count)
      median = q[0]
      p10 = q[1]
      p90 = q[2]
    }
  }

  /// One scenario's result.
  public struct CaseResult: Sendable {
    /// The scenario's name.
    public let name: String
    /// The indicator's distribution.
    public let indicator: Summary
    /// The probability of attaining the target (polarity-aware).
    public let probabilityOfAttaining: Double?
    /// The achievement of the median against the target.
    public let achievement: Achievement?
    /// Each output's distribution, in file order.
    public let outputs: [(name: String, summary: Summary)]
  }

  /// The goal seek's answer.
  public struct GoalResult: Sendable {
    /// The driver moved.
    public let driver: String
    /// The target sought.
    public let target: Double
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
    /// Each output at the value found.
    public let outputs: [(name: String, summary: Summary)]
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
  /// The target compared against.
  public let target: Double?
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
  /// The indicator's forecast from its own history by the review's policy,
  /// beside the scenarios' driver-built one, or `nil` (no indicator or no
  /// forecast).
  public let directForecast: DirectForecast?

  /// Evaluates a scenario file against a dataset (for the indicator, its
  /// target and the history of forecast drivers).
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
    let target =
      file.target
      ?? indicator.flatMap { indicator in
        // A range target: the end that binds (``TargetRange``); its lower
        // end for a `stabil` indicator.
        dataset?.history(of: indicator.code).first { $0.year == year }?.targetRange.map {
          $0.bindingEnd(for: indicator.polarity) ?? $0.lower
        }
      }
    self.target = target
    draws = file.draws
    directForecast = indicator.flatMap { indicator in
      dataset.flatMap { dataset in
        DirectForecast(
          IndicatorReview(indicator, in: dataset, year: year, settings: ReviewSettings(year: year)),
          target: target)
      }
    }

    // Forecast drivers become predictive distributions.
    var illustrative = file.illustrative
    func resolve(_ name: String, _ value: ScenarioFile.DriverValue, _ location: SourceLocation)
      throws -> Marginal
    {
      switch value {
      case .given(let marginal): return marginal
      case .forecast(let quantity):
        guard let indicator, let dataset else {
          throw InputError(
            .cannotForecast(
              name,
              reason: .init(
                id: "berkas tidak menyebut indikator", en: "the file names no indicator")),
            at: location)
        }
        let (marginal, usedIllustrative) = try Self.forecastMarginal(
          quantity, of: indicator, in: dataset, year: year, name: name, location: location)
        illustrative = illustrative || usedIllustrative
        return marginal
      case .byYear, .growth, .step, .yearCorrelated:
        // ScenarioFile refuses schedules without a period.
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "satu nilai atau sebaran (jadwal memerlukan years:)",
              en: "a single value or distribution (schedules need years:)")),
          at: location)
      }
    }
    let names = file.drivers.map(\.name)
    let base = try file.drivers.map { try resolve($0.name, $0.value, $0.location) }
    var correlation: [Double]?
    if !file.correlations.isEmpty {
      var r = [Double](repeating: 0, count: names.count * names.count)
      for i in names.indices { r[i * names.count + i] = 1 }
      for correlation in file.correlations {
        let (a, b, value) = (correlation.first, correlation.second, correlation.value)
        guard let i = names.firstIndex(of: a), let j = names.firstIndex(of: b) else { continue }
        r[i * names.count + j] = value
        r[j * names.count + i] = value
      }
      correlation = r
    }
    let evaluator = Evaluator(
      file: file, names: names, correlation: correlation, indicator: indicator, target: target)

    var cases: [CaseResult] = []
    var baseline: [[Double]] = []
    for (index, scenario) in file.scenarios.enumerated() {
      var marginals = base
      for change in scenario.changes {
        guard let i = names.firstIndex(of: change.name) else { continue }
        marginals[i] = try resolve(change.name, change.value, change.location)
      }
      let columns = try evaluator.sample(marginals)
      if index == 0 { baseline = columns }
      cases.append(try evaluator.result(scenario.name, columns))
    }
    self.cases = cases
    provenance = ScenarioProvenance(file, dataset: dataset, illustrative: illustrative)
    budget = file.budget ?? file.outputs.first?.name

    goal = try file.goal.map { goal in
      try evaluator.seek(goal, columns: baseline, base: base)
    }
    sensitivity = try names.indices.map { i in
      var low = baseline
      var high = baseline
      low[i] = baseline[i].map { $0 * 0.9 }
      high[i] = baseline[i].map { $0 * 1.1 }
      return Sensitivity(
        driver: names[i], low: try evaluator.definedValues(low).map { Summary($0).median },
        high: try evaluator.definedValues(high).map { Summary($0).median })
    }
  }

  /// A forecast of the indicator's value, numerator or denominator for the
  /// year, as a predictive distribution.
  static func forecastMarginal(
    _ quantity: ScenarioFile.ForecastQuantity, of indicator: Indicator, in dataset: Dataset,
    year: Int, name: String, location: SourceLocation
  ) throws -> (Marginal, Bool) {
    let rows = dataset.history(of: indicator.code).filter { row in
      row.year < year && Self.value(quantity, row) != nil
    }
    let run = IndicatorReview.recentRun(rows)
    let values = run.compactMap { Self.value(quantity, $0) }
    guard let last = run.last, values.count >= 3 else {
      throw InputError(
        .cannotForecast(
          name,
          reason: .init(
            id: "\(indicator.code) hanya punya \(values.count) tahun berturut-turut"
              + " \(quantity.word.indonesian) sebelum \(year); perlu paling sedikit 3",
            en:
              "\(indicator.code) has \(values.count) consecutive years of \(quantity.word.english)"
              + " before \(year); at least 3 are needed")),
        at: location)
    }
    let transform =
      quantity == .value
      ? IndicatorReview.transform(for: indicator, values: values)
      : Self.driverCountTransform(values)
    let forecast = try Forecaster(model: AutoModel(), transform: transform).forecast(
      values, horizon: year - last.year)
    guard let step = forecast.steps.last, step.hasInterval else {
      throw InputError(
        .cannotForecast(name, reason: .init(id: "tidak ada interval", en: "no interval")),
        at: location)
    }
    return (.forecast(step.modelScale, transform), run.contains(where: \.isIllustrative))
  }

  /// The scale of a count driver (an indicator's numerator or
  /// denominator): the log where every value is positive, so that a drawn
  /// count is never 0 and a divisor never vanishes; the values censored at
  /// 0 otherwise.
  static func driverCountTransform(_ values: [Double]) -> Transform {
    values.allSatisfy { $0 > 0 } ? .log : .automatic(for: values, lower: 0, upper: nil)
  }

  static func value(
    _ quantity: ScenarioFile.ForecastQuantity, _ row: AnnualObservation
  ) -> Double? {
    switch quantity {
    case .value: return row.actual
    case .numerator: return row.numerator
    case .denominator: return row.denominator
    }
  }
}

/// Draws, evaluates and summarises for one scenario file.
private struct Evaluator {
  let file: ScenarioFile
  let names: [String]
  let correlation: [Double]?
  let indicator: Indicator?
  let target: Double?

  func sample(_ marginals: [Marginal]) throws -> [[Double]] {
    do {
      return try MonteCarloSampler(
        marginals: marginals, correlation: correlation, draws: file.draws, seed: file.seed
      ).sample()
    } catch {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "korelasi yang sah (simetris, definit positif)",
            en: "a valid correlation (symmetric, positive definite)")),
        at: SourceLocation(file: file.file, line: 0))
    }
  }

  /// The drivers and outputs as named columns.
  func environment(_ columns: [[Double]]) throws -> [String: [Double]] {
    var values = Dictionary(uniqueKeysWithValues: zip(names, columns))
    for output in file.outputs {
      let result = output.formula.value.evaluate(values, count: file.draws)
      try check(result, output.name, output.formula)
      values[output.name] = result
    }
    return values
  }

  func indicatorValues(_ columns: [[Double]]) throws -> [Double] {
    let values = file.formula.value.evaluate(
      Dictionary(uniqueKeysWithValues: zip(names, columns)), count: file.draws)
    try check(values, indicator?.code ?? "formula", file.formula)
    return values
  }

  /// The indicator's values for a probe's columns, or `nil` when the
  /// formula is undefined in some draws there: a probe step (goal seek,
  /// sensitivity) is skipped rather than failing a valid scenario.
  func definedValues(_ columns: [[Double]]) throws -> [Double]? {
    let values = file.formula.value.evaluate(
      Dictionary(uniqueKeysWithValues: zip(names, columns)), count: file.draws)
    return values.allSatisfy(\.isFinite) ? values : nil
  }

  func check(
    _ values: [Double], _ what: String, _ formula: ScenarioFile.Located<Expression>
  ) throws {
    try ScenarioFile.checkDefined(values, what, formula)
  }

  /// The share of draws attaining the target.
  func probability(_ values: [Double]) -> Double? {
    guard let target else { return nil }
    let polarity = indicator?.polarity ?? .higher
    let hits: Int
    switch polarity {
    case .higher: hits = values.filter { $0 >= target }.count
    case .lower: hits = values.filter { $0 <= target }.count
    case .range: return nil
    }
    return Double(hits) / Double(values.count)
  }

  func result(_ name: String, _ columns: [[Double]]) throws -> ScenarioAnalysis.CaseResult {
    let values = try indicatorValues(columns)
    let summary = ScenarioAnalysis.Summary(values)
    let environment = try environment(columns)
    return ScenarioAnalysis.CaseResult(
      name: name, indicator: summary, probabilityOfAttaining: probability(values),
      achievement: target.flatMap {
        Achievement(actual: summary.median, target: $0, polarity: indicator?.polarity ?? .higher)
      },
      outputs: file.outputs.map {
        (name: $0.name, summary: ScenarioAnalysis.Summary(environment[$0.name] ?? []))
      })
  }

  /// The value of the goal's driver that reaches the target with the
  /// probability wanted, on the draws of the first scenario.
  func seek(
    _ goal: ScenarioFile.Goal, columns: [[Double]], base: [Marginal]
  ) throws -> ScenarioAnalysis.GoalResult {
    guard let index = names.firstIndex(of: goal.driver) else {
      throw InputError(.unknownName(goal.driver, known: names), at: goal.location)
    }
    guard let target = goal.target ?? self.target else {
      throw InputError(.missingKey("target"), at: goal.location)
    }
    let seeker = Evaluator(
      file: file, names: names, correlation: correlation, indicator: indicator, target: target)
    let current = base[index].mean ?? Summary(columns[index]).median
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
    // formula undefined in some draws (a denominator at 0): such a value
    // is a probe's step, not the scenario's fault.
    func chance(_ value: Double) throws -> Double? {
      var trial = columns
      trial[index] = Array(repeating: value, count: file.draws)
      return try seeker.definedValues(trial).map { seeker.probability($0) ?? 0 }
    }
    // An undefined end is moved inward (by 10⁻⁹ of the range, then ten
    // times more each try) until it is defined; the range searched says so.
    func defined(_ end: Double, toward other: Double) throws -> (Double, Double)? {
      if let p = try chance(end) { return (end, p) }
      var step = (other - end) * 1e-9
      for _ in 0..<10 {
        if let p = try chance(end + step) { return (end + step, p) }
        step *= 10
      }
      return nil
    }
    guard let (lower, atLow) = try defined(low, toward: high),
      let (upper, atHigh) = try defined(high, toward: low)
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
    let integral = current == current.rounded() && range.lowerBound == range.lowerBound.rounded()
    let increasing = atHigh >= atLow
    var found: Double?
    if max(atLow, atHigh) >= goal.probability {
      // The boundary between values that reach it and values that do not.
      var good = increasing ? range.upperBound : range.lowerBound
      var bad = increasing ? range.lowerBound : range.upperBound
      if try chance(bad) ?? 0 >= goal.probability {
        found = bad
      } else {
        for _ in 0..<200 {
          let middle = integral ? ((good + bad) / 2).rounded(.down) : (good + bad) / 2
          if integral && (abs(good - bad) <= 1 || middle == bad || middle == good) { break }
          if !integral && abs(good - bad) <= 1e-9 * max(abs(good), 1) { break }
          // An undefined step does not reach the target.
          if try chance(middle) ?? 0 >= goal.probability { good = middle } else { bad = middle }
        }
        found = good
      }
    }
    // Re-run at the answer: fresh draws from the same seed with the driver
    // fixed there.
    let value = found ?? (increasing ? range.upperBound : range.lowerBound)
    var marginals = base
    marginals[index] = .fixed(value)
    let rerun = try sample(marginals)
    let probability = seeker.probability(try seeker.indicatorValues(rerun)) ?? 0
    let environment = try environment(rerun)
    return ScenarioAnalysis.GoalResult(
      driver: goal.driver, target: target, wanted: goal.probability, value: found,
      probability: probability, bestValue: value, range: range, narrowedFrom: narrowedFrom,
      outputs: file.outputs.map {
        (name: $0.name, summary: ScenarioAnalysis.Summary(environment[$0.name] ?? []))
      })
  }

  typealias Summary = ScenarioAnalysis.Summary
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
        at: SourceLocation(file: file, line: 1))
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
