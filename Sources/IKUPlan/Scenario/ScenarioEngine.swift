import IKUForecast

/// The one Monte Carlo engine behind what-if scenarios: a one-year analysis
/// (``ScenarioAnalysis``) and a Renstra period (``RenstraAnalysis``) are two
/// uses of it, over one year or over the years of the period.
///
/// It owns what both need and nothing else:
/// - **Driver resolution.** Each (driver, year) pair becomes one column of
///   draws with a ``Marginal``: the file's value or distribution for that
///   year (schedules such as `{start, growth}` give each year's value), or a
///   forecast from the indicator's history before the first year
///   (``forecastMarginal(_:name:year:location:)``).
/// - **Correlation.** Within a year, the file's `correlation` triples;
///   across years, a driver's draws correlate as `ρ^|t − s|` when it gives
///   `year_correlation: ρ`, as `√(min(h, k)/max(h, k))` when it is a
///   forecast (the correlation of a random walk's errors at horizons `h`
///   and `k`: a forecast that is high in 2026 stays high in 2027), and not
///   at all otherwise; between two drivers in different years the
///   within-year correlation is scaled by the geometric mean of their
///   across-year ones. Over one year this is the file's matrix as written.
/// - **Sampling.** All columns of a scenario are one joint sample
///   (``MonteCarloSampler``: LAPACK Cholesky of the correlation, BLAS
///   level-3 products by blocks of draws). Every scenario uses the file's seed
///   (common random numbers), so differences between scenarios are the
///   changes, not sampling noise.
/// - **Evaluation.** Each year's outputs and indicator through the file's
///   formulas; a formula that is undefined in some draws is refused naming
///   the formula's line and column. The budget output is money: its draws
///   are rounded to whole rupiah.
/// - **Shares.** The chance of attaining a target is the share of draws
///   that attain it by ``TargetRange/isAttained(by:polarity:)``, the rule
///   of the review: `≥` the lower end when higher is better, `≤` the upper
///   end when lower is better, inside both ends for a range target of a
///   `stabil` indicator, and no chance claimed for a single target of a
///   `stabil` indicator.
struct ScenarioEngine {
  /// The scenario file.
  let file: ScenarioFile
  /// The indicator the file names, if any.
  let indicator: Indicator?
  /// The dataset forecast drivers are projected from, if any.
  let dataset: Dataset?
  /// The years drawn, increasing: one year, or the period's.
  let years: [Int]
  /// Each year's target, where there is one.
  let targets: [Int: TargetRange]
  /// The drivers' names, in file order.
  let names: [String]
  /// The output that is money (the file's `budget`, default the first
  /// output); `nil` without outputs.
  let budget: String?

  /// Creates the engine of a file over `years`.
  ///
  /// - Precondition: `years` is not empty and increasing.
  init(
    _ file: ScenarioFile, indicator: Indicator?, dataset: Dataset?, years: [Int],
    targets: [Int: TargetRange]
  ) {
    precondition(!years.isEmpty && zip(years, years.dropFirst()).allSatisfy(<), "years increase")
    self.file = file
    self.indicator = indicator
    self.dataset = dataset
    self.years = years
    self.targets = targets
    names = file.drivers.map(\.name)
    budget = file.budget ?? file.outputs.first?.name
  }

  /// The polarity targets are judged by: the indicator's, higher is better
  /// without one.
  var polarity: Polarity { indicator?.polarity ?? .higher }

  // MARK: - Drivers

  /// A scenario's drivers: one marginal and one across-year link per
  /// (driver, year) column, driver-major (`driver * years.count + year`).
  struct Drivers {
    /// The columns' distributions.
    var marginals: [Marginal]
    /// How each column's draws link across years.
    var links: [Link]
    /// The series of the indicator each column is forecast from, or `nil`
    /// for a value or distribution of the file.
    var forecasts: [ScenarioFile.ForecastQuantity?]
    /// Whether a forecast driver used illustrative history.
    var illustrative: Bool
  }

  /// How a driver's draws in different years are linked.
  enum Link: Sendable {
    /// Independent draws each year.
    case independent
    /// `ρ^|t − s|`.
    case geometric(Double)
    /// A forecast's errors: `√(min(h, k)/max(h, k))` with `h = t − base`.
    case randomWalk(horizonBase: Int)

    /// The correlation of the draws of years `t` and `s`.
    func correlation(_ t: Int, _ s: Int) -> Double {
      guard t != s else { return 1 }
      switch self {
      case .independent: return 0
      case .geometric(let rho): return ScenarioFile.DriverValue.power(rho, abs(t - s))
      case .randomWalk(let base):
        let (h, k) = (Double(t - base), Double(s - base))
        return (min(h, k) / max(h, k)).squareRoot()
      }
    }
  }

  /// The drivers of a scenario: the file's values with the scenario's
  /// changes (`nil`: the file's values as they are).
  ///
  /// - Throws: ``InputError`` for a forecast driver without an indicator
  ///   or without enough history.
  func drivers(of scenario: ScenarioFile.Case?) throws -> Drivers {
    var values = file.drivers.map { (value: $0.value, location: $0.location) }
    for change in scenario?.changes ?? [] {
      guard let i = names.firstIndex(of: change.name) else { continue }
      values[i] = (change.value, change.location)
    }
    var drivers = Drivers(marginals: [], links: [], forecasts: [], illustrative: false)
    let start = years[0]
    for (name, (value, location)) in zip(names, values) {
      for year in years {
        let (yearly, rho) = value.value(in: year, periodStart: start)
        switch yearly {
        case .given(let marginal):
          drivers.marginals.append(marginal)
          drivers.links.append(rho.map { .geometric($0) } ?? .independent)
          drivers.forecasts.append(nil)
        case .forecast(let quantity):
          let (marginal, used, horizonBase) = try forecastMarginal(
            quantity, name: name, year: year, location: location)
          drivers.illustrative = drivers.illustrative || used
          drivers.marginals.append(marginal)
          drivers.links.append(.randomWalk(horizonBase: horizonBase))
          drivers.forecasts.append(quantity)
        case .byYear, .growth, .step, .yearCorrelated:
          // ScenarioFile refuses schedules without a period and a by_year
          // that misses a year of it.
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "nilai atau sebaran untuk setiap tahun",
                en: "a value or distribution for each year")), at: location)
        }
      }
    }
    return drivers
  }

  /// A forecast of the indicator's value, numerator or denominator for
  /// `year` from its history before the engine's first year, as a
  /// predictive distribution; whether that history is illustrative; the
  /// last year of the history (the base of the forecast's horizons).
  ///
  /// - Throws: ``InputError`` naming `location` when the file names no
  ///   indicator or the quantity has fewer than three consecutive years.
  func forecastMarginal(
    _ quantity: ScenarioFile.ForecastQuantity, name: String, year: Int,
    location: SourceLocation
  ) throws -> (Marginal, illustrative: Bool, horizonBase: Int) {
    guard let indicator, let dataset else {
      throw InputError(
        .cannotForecast(
          name,
          reason: .init(id: "berkas tidak menyebut indikator", en: "the file names no indicator")),
        at: location)
    }
    let rows = dataset.history(of: indicator.code).filter { row in
      row.year < years[0] && Self.value(quantity, row) != nil
    }
    let run = IndicatorReview.recentRun(rows)
    let values = run.compactMap { Self.value(quantity, $0) }
    guard let last = run.last, values.count >= 3 else {
      throw InputError(
        .cannotForecast(
          name,
          reason: .init(
            id: "\(indicator.code) hanya punya \(values.count) tahun berturut-turut"
              + " \(quantity.word.indonesian) sebelum \(years[0]); perlu paling sedikit 3",
            en:
              "\(indicator.code) has \(values.count) consecutive years of \(quantity.word.english)"
              + " before \(years[0]); at least 3 are needed")),
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
    let base = rows.last.map(\.year) ?? (years[0] - 1)
    return (.forecast(step.modelScale, transform), run.contains(where: \.isIllustrative), base)
  }

  /// The scale of a count driver (an indicator's numerator or
  /// denominator): the log where every value is positive, so that a drawn
  /// count is never 0 and a divisor never vanishes; the values censored at
  /// 0 otherwise.
  static func driverCountTransform(_ values: [Double]) -> Transform {
    values.allSatisfy { $0 > 0 } ? .log : .automatic(for: values, lower: 0, upper: nil)
  }

  /// A history row's value of a forecast quantity.
  static func value(
    _ quantity: ScenarioFile.ForecastQuantity, _ row: AnnualObservation
  ) -> Double? {
    switch quantity {
    case .value: return row.actual
    case .numerator: return row.numerator
    case .denominator: return row.denominator
    }
  }

  // MARK: - Correlation and sampling

  /// The file's within-year correlation between drivers (`k × k`,
  /// row-major), or `nil` when it gives none.
  func withinYear() -> [Double]? {
    guard !file.correlations.isEmpty else { return nil }
    let n = names.count
    var r = [Double](repeating: 0, count: n * n)
    for i in 0..<n { r[i * n + i] = 1 }
    for correlation in file.correlations {
      guard let i = names.firstIndex(of: correlation.first),
        let j = names.firstIndex(of: correlation.second)
      else { continue }
      r[i * n + j] = correlation.value
      r[j * n + i] = correlation.value
    }
    return r
  }

  /// The correlation of all (driver, year) columns, driver-major, or `nil`
  /// for independence.
  func correlation(_ links: [Link]) -> [Double]? {
    let y = years.count
    let k = names.count * y
    let within = withinYear()
    let linked =
      y > 1 && links.contains { if case .independent = $0 { return false } else { return true } }
    guard linked || within != nil else { return nil }
    var r = [Double](repeating: 0, count: k * k)
    for a in names.indices {
      for b in names.indices {
        let rab = a == b ? 1 : (within?[a * names.count + b] ?? 0)
        guard rab != 0 else { continue }
        for t in 0..<y {
          for s in 0..<y {
            let i = a * y + t
            let j = b * y + s
            if a == b {
              r[i * k + j] = links[i].correlation(years[t], years[s])
            } else if t == s {
              r[i * k + j] = rab
            } else {
              let ca = links[a * y + t].correlation(years[t], years[s])
              let cb = links[b * y + t].correlation(years[t], years[s])
              r[i * k + j] = rab * (max(ca, 0) * max(cb, 0)).squareRoot()
            }
          }
        }
      }
    }
    return r
  }

  /// One joint sample of a scenario's columns (driver-major, `draws` values
  /// each).
  ///
  /// - Throws: ``InputError`` for correlations that do not fit together
  ///   (not positive definite), naming the first correlation written for
  ///   the driver where the matrix fails (or, when the failure comes from
  ///   the years' links alone, the driver itself) and the drivers involved.
  func sample(_ drivers: Drivers) throws -> [[Double]] {
    do {
      return try MonteCarloSampler(
        marginals: drivers.marginals, correlation: correlation(drivers.links),
        draws: file.draws, seed: file.seed
      ).sample()
    } catch MonteCarloSampler.SamplingError.notPositiveDefinite(let order) {
      throw correlationError(failingAt: (order - 1) / years.count)
    } catch {
      throw correlationError(failingAt: names.count - 1)
    }
  }

  /// The error for a correlation matrix that fails at `driver` (the
  /// Cholesky factor of the drivers up to it does not exist).
  private func correlationError(failingAt driver: Int) -> InputError {
    let index = min(max(driver, 0), names.count - 1)
    let involved = Set(names[0...index])
    let written = file.correlations.filter {
      ($0.first == names[index] || $0.second == names[index])
        && involved.contains($0.first) && involved.contains($0.second)
    }
    let others = Set(written.flatMap { [$0.first, $0.second] }).subtracting([names[index]])
    let listed = names.filter { others.contains($0) } + [names[index]]
    let acrossYears = years.count > 1
    return InputError(
      .invalidValue(
        expected: .init(
          id: "korelasi yang cocok satu sama lain\(acrossYears ? " antartahun" : "")"
            + " (matriks definit positif); korelasi \(listed.joined(separator: ", "))"
            + " tidak mungkin terjadi bersamaan",
          en: "correlations that fit together\(acrossYears ? " across years" : "")"
            + " (a positive definite matrix); the correlations of"
            + " \(listed.joined(separator: ", ")) cannot all hold at once")),
      at: written.first?.location ?? file.drivers[index].location)
  }

  // MARK: - Evaluation

  /// One scenario's draws, evaluated year by year.
  struct Run {
    /// The sample's columns, driver-major.
    var columns: [[Double]]
    /// Per year, the indicator's draws.
    var indicator: [[Double]]
    /// Per year, each output's draws in file order.
    var outputs: [[[Double]]]
  }

  /// Draws and evaluates every scenario of the file in file order, handing
  /// each to `body` one at a time (a period's columns are not all held at
  /// once); returns whether a forecast driver used illustrative history.
  ///
  /// - Throws: ``InputError`` as ``drivers(of:)`` and ``run(_:)``, or what
  ///   `body` throws.
  func runScenarios(_ body: (ScenarioFile.Case, Drivers, Run) throws -> Void) throws -> Bool {
    var illustrative = false
    for scenario in file.scenarios {
      let drivers = try drivers(of: scenario)
      illustrative = illustrative || drivers.illustrative
      try body(scenario, drivers, try run(drivers))
    }
    return illustrative
  }

  /// Draws and evaluates a scenario.
  ///
  /// - Throws: ``InputError`` as ``sample(_:)`` and ``evaluate(_:)``.
  func run(_ drivers: Drivers) throws -> Run {
    try evaluate(try sample(drivers))
  }

  /// Evaluates the outputs and the indicator of every year of a sample.
  ///
  /// - Throws: ``InputError`` naming the formula that is undefined (a
  ///   division by zero, an overflow) in some draws.
  func evaluate(_ columns: [[Double]]) throws -> Run {
    var run = Run(columns: columns, indicator: [], outputs: [])
    for t in years.indices {
      let drivers = driverColumns(columns, year: t)
      var environment = drivers
      var outputs: [[Double]] = []
      for output in file.outputs {
        var values = output.formula.value.evaluate(environment, count: file.draws)
        try ScenarioFile.checkDefined(values, output.name, output.formula)
        if output.name == budget {
          // Money is whole rupiah.
          values = values.map { $0.rounded() }
        }
        environment[output.name] = values
        outputs.append(values)
      }
      // The formula reads drivers only (``ScenarioFile`` refuses other names).
      let values = file.formula.value.evaluate(drivers, count: file.draws)
      try ScenarioFile.checkDefined(values, indicator?.code ?? "formula", file.formula)
      run.indicator.append(values)
      run.outputs.append(outputs)
    }
    return run
  }

  /// The indicator's draws in year index `t` for a probe's columns, or
  /// `nil` where the formula is undefined in some draws there: a probe's
  /// step (goal seek, sensitivity) is skipped rather than failing a valid
  /// scenario.
  func definedIndicator(_ columns: [[Double]], year t: Int) -> [Double]? {
    // The formula reads drivers only (``ScenarioFile`` refuses other names).
    let values = file.formula.value.evaluate(driverColumns(columns, year: t), count: file.draws)
    return values.allSatisfy(\.isFinite) ? values : nil
  }

  /// The drivers' columns of year index `t`, by name.
  func driverColumns(_ columns: [[Double]], year t: Int) -> [String: [Double]] {
    var values: [String: [Double]] = [:]
    for (a, name) in names.enumerated() { values[name] = columns[a * years.count + t] }
    return values
  }

  // MARK: - Shares

  /// The share of draws attaining `target`, or `nil` where the target
  /// binds at neither end (a single target of a `stabil` indicator).
  func share(_ values: [Double], attaining target: TargetRange) -> Double? {
    // The values that attain it, found once rather than per draw (the goal
    // seek counts a sample hundreds of times).
    guard let attaining = target.attainingValues(for: polarity) else { return nil }
    let hits = values.reduce(0) { $0 + (attaining.contains($1) ? 1 : 0) }
    return Double(hits) / Double(values.count)
  }

  /// The single figure that stands for year `year`'s target in tables and
  /// in the goal seek: the end that binds (``TargetRange/bindingEnd(for:)``),
  /// the lower end for a `stabil` indicator; `nil` without a target.
  func targetValue(year: Int) -> Double? {
    targets[year].map { $0.bindingEnd(for: polarity) ?? $0.lower }
  }

  /// The share of draws outside the indicator's hard bounds (a formula or
  /// drivers giving impossible values, such as a percentage above 100), or
  /// `nil` without an indicator or bounds.
  func shareOutsideBounds(_ values: [Double]) -> Double? {
    guard let indicator, indicator.lowerBound != nil || indicator.upperBound != nil else {
      return nil
    }
    return Double(values.filter { !indicator.allows($0) }.count) / Double(values.count)
  }

  /// The share of draws attaining year `year`'s target, or `nil` without a
  /// target or where none is claimed.
  func share(_ values: [Double], year: Int) -> Double? {
    targets[year].flatMap { share(values, attaining: $0) }
  }
}
