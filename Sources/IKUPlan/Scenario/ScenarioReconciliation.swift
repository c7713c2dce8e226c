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
///   does not map the drivers' medians to the indicator's median).
public struct ScenarioReconciliation: Sendable {
  /// A driver as the scenario uses it in the year.
  public struct Driver: Sendable, Hashable {
    /// Its name.
    public let name: String
    /// The series of the indicator it is forecast from, or `nil` for the
    /// file's value or distribution.
    public let forecastFrom: ScenarioFile.ForecastQuantity?
    /// Its median in the scenario's draws.
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

  /// The reconciliation of year index `t` of a scenario's run, or `nil`
  /// without a direct forecast.
  init?(
    _ direct: DirectForecast?, scenario: String, run: ScenarioEngine.Run,
    drivers: ScenarioEngine.Drivers, year t: Int, engine: ScenarioEngine
  ) {
    guard let direct else { return nil }
    let y = engine.years.count
    let used = Set(engine.file.formula.value.names.map(\.name))
    let all = engine.names.enumerated().map { a, name in
      Driver(
        name: name, forecastFrom: drivers.forecasts[a * y + t],
        median: ScenarioSummary(run.columns[a * y + t]).median)
    }
    let list = all.filter { used.contains($0.name) }
    let central = engine.file.formula.value.evaluate(
      Dictionary(uniqueKeysWithValues: list.map { ($0.name, [$0.median]) }), count: 1)[0]
    self.year = engine.years[t]
    self.scenario = scenario
    self.direct = direct
    self.drivers = list
    formulaAtDriverMedians = central.isFinite ? central : nil
    scenarioMedian = ScenarioSummary(run.indicator[t]).median
  }
}
