/// Why a scenario's projection of the indicator differs from its direct
/// forecast, so that a planner is never left with two unexplained numbers.
///
/// The direct forecast (``DirectForecast``) continues the indicator's own
/// history, as the target review does. A scenario builds the indicator
/// from its drivers through the file's formula: some drivers are forecast
/// from the indicator's numerator or denominator, the others are the
/// file's values. The gap splits in two steps, each a number:
/// - **the drivers' values**: the formula at the drivers' medians against
///   the direct forecast (the file's assumptions and each driver's own
///   history, not the indicator's);
/// - **the drivers' spread**: the scenario's median against the formula at
///   the drivers' medians (a formula that is not linear — a `min`, a ratio —
///   does not map the drivers' medians to the indicator's median), said
///   only where it is larger than the draws' own noise.
///
/// The drivers' medians are their distributions' (``Marginal/median``),
/// exact, not the draws'.
public struct ScenarioReconciliation: Sendable {
  /// A driver as the scenario uses it in the year.
  public struct Driver: Sendable, Hashable {
    /// Its name.
    public let name: String
    /// The series of the indicator it is forecast from, or `nil` for the
    /// file's value or distribution.
    public let forecastFrom: ScenarioFile.ForecastQuantity?
    /// The median of its distribution in the year.
    public let median: Double
  }

  /// The year.
  public let year: Int
  /// The scenario compared (the file's first).
  public let scenario: String
  /// The indicator's forecast from its own history.
  public let direct: DirectForecast
  /// The drivers the formula uses, in file order.
  public let drivers: [Driver]
  /// The formula at the drivers' medians, or `nil` where it is undefined
  /// there.
  public let formulaAtDriverMedians: Double?
  /// The scenario's median of the indicator.
  public let scenarioMedian: Double
  /// Twice the standard error of the scenario's median (about 95% of the
  /// sampling noise): `2 · 1,2533 · σ / √n`, with `σ` estimated from the
  /// P10–P90 range (`(P90 − P10) / 2,5631`, exact for a normal).
  public let medianNoise: Double

  /// The reconciliation of year index `t` of a scenario (its drivers and
  /// the summary of that year's indicator draws), or `nil` without a
  /// direct forecast.
  init?(
    _ direct: DirectForecast?, scenario: String, indicator summary: ScenarioSummary,
    drivers: ScenarioEngine.Drivers, year t: Int, engine: ScenarioEngine
  ) {
    guard let direct else { return nil }
    let y = engine.years.count
    let used = Set(engine.file.formula.value.names.map(\.name))
    let all = engine.names.enumerated().map { a, name in
      Driver(
        name: name, forecastFrom: drivers.forecasts[a * y + t],
        median: drivers.marginals[a * y + t].median)
    }
    let list = all.filter { used.contains($0.name) }
    let central = engine.file.formula.value.evaluate(
      Dictionary(uniqueKeysWithValues: list.map { ($0.name, [$0.median]) }), count: 1)[0]
    self.year = engine.years[t]
    self.scenario = scenario
    self.direct = direct
    self.drivers = list
    formulaAtDriverMedians = central.isFinite ? central : nil
    scenarioMedian = summary.median
    let sigma = (summary.p90 - summary.p10) / 2.5631
    medianNoise = 2 * 1.2533 * sigma / Double(engine.file.draws).squareRoot()
  }
}
