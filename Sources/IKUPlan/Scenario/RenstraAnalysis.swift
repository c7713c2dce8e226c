import IKUForecast

/// A multi-year scenario file (`years: [2025, 2029]`) evaluated by Monte
/// Carlo for Renstra drafting: per scenario and year the indicator, the
/// chance of attaining that year's target and the outputs (the budget), the
/// outputs summed over the period, and a target path derived from a
/// scenario.
///
/// **Draws.** The scenario engine (``ScenarioEngine``) over the period's
/// years: every (driver, year) pair is one column of one joint sample,
/// within-year and across-year correlations as the engine documents them,
/// the same seed for every scenario. Forecast drivers are projected from
/// the history before the period.
///
/// **Targets.** Each year's target is the file's `targets`, else the
/// dataset's target for that year. A derived path (`target_path: {from,
/// probability}`) is ``TargetPath`` — the rule of `suggest --through` —
/// over the named scenario's indicator draws: year by year the value
/// attained with the probability asked, rounded as the sheet rounds in the
/// direction that keeps the probability, held inside the bounds, and never
/// worse than the year before, starting from the last realisation (the
/// baseline); a year held by that floor reports its lower probability and,
/// below 10%, the `target-unrealistic` flag.
///
/// **Flags.** Typed and dataset targets get the ``ReviewFlag``s `check`
/// raises, judged against the scenarios: `target-outside-bounds`;
/// `target-below-last-actual` for the first year against the baseline and
/// `target-below-previous-target` for a later year against the year
/// before (not for a `stabil` indicator); `target-unrealistic` when every
/// scenario gives it a chance under 10%, `target-too-easy` when every
/// scenario gives it over 90% (thresholds of ``ReviewSettings``).
public struct RenstraAnalysis: Sendable {
  /// One year of one scenario.
  public struct YearResult: Sendable {
    /// The year.
    public let year: Int
    /// The indicator's distribution.
    public let indicator: ScenarioSummary
    /// The chance of attaining the year's target, when there is one.
    public let probabilityOfAttaining: Double?
    /// The share of draws outside the indicator's bounds, or `nil` without
    /// bounds (``ScenarioEngine/shareOutsideBounds(_:)``).
    public let shareOutsideBounds: Double?
    /// Each output's distribution, in file order.
    public let outputs: [(name: String, summary: ScenarioSummary)]
  }

  /// One scenario over the period.
  public struct CaseResult: Sendable {
    /// The scenario's name.
    public let name: String
    /// One result per year of the period.
    public let years: [YearResult]
    /// Each output summed over the period, per draw, in file order.
    public let totals: [(name: String, summary: ScenarioSummary)]
  }

  /// One year of a derived target path.
  public struct PathPoint: Sendable, Hashable {
    /// The year.
    public let year: Int
    /// The target.
    public let value: Double
    /// The chance the named scenario attains it (same draws), or `nil`
    /// where none is claimed (a single target of a `stabil` indicator).
    public let probability: Double?
    /// The flags `check` raises for it (``TargetPath``).
    public let flags: [ReviewFlag]
  }

  /// A typed target and what is wrong with it.
  public struct TypedTarget: Sendable, Hashable {
    /// The year.
    public let year: Int
    /// The target.
    public let value: Double
    /// What `check` would say of it, judged against every scenario.
    public let flags: [ReviewFlag]
  }

  /// The indicator, when the file names one.
  public let indicator: Indicator?
  /// The period.
  public let period: ClosedRange<Int>
  /// The last actual before the period (the Renstra baseline).
  public let baseline: YearValue?
  /// The target of each year, where there is one.
  public let targets: [Int: Double]
  /// The typed or dataset targets with their flags.
  public let typedTargets: [TypedTarget]
  /// One result per scenario, in file order.
  public let cases: [CaseResult]
  /// The derived target path, when asked for.
  public let targetPath: [PathPoint]?
  /// The scenario the path was derived from.
  public let targetPathScenario: String?
  /// The chance each year of a derived path is attained with, when a path
  /// is asked for.
  public let targetPathProbability: Double?
  /// The path each scenario supports at the asked probability (for the
  /// Renstra table's rows), when a path is asked for.
  public let pathsByScenario: [String: [PathPoint]]
  /// The output that is the budget, if any.
  public let budget: String?
  /// Where the numbers come from, and whether any is illustrative.
  public let provenance: ScenarioProvenance
  /// Whether any value used is illustrative rather than official.
  public var illustrative: Bool { provenance.illustrative }
  /// The indicator's forecast of each year from its own history by the
  /// review's policy (``DirectForecast``), beside the scenarios'
  /// driver-built figures; empty without an indicator or a dataset.
  public let directForecasts: [DirectForecast]
  /// Why the first scenario's projection differs from the direct forecast,
  /// year by year (``ScenarioReconciliation``); empty without direct
  /// forecasts.
  public let reconciliations: [ScenarioReconciliation]
  /// The number of draws.
  public let draws: Int
  /// The drivers no formula uses (``ScenarioFile/unusedDrivers``).
  public let unusedDrivers: [String]

  /// Evaluates a multi-year scenario file against a dataset with the
  /// scenario engine (``ScenarioEngine``) over the period.
  ///
  /// - Throws: ``InputError`` for an unknown indicator, a forecast driver
  ///   without enough history, correlations that are not consistent, or a
  ///   formula that is undefined for some draws.
  public init(_ file: ScenarioFile, dataset: Dataset?) throws {
    let at = SourceLocation(file: file.file, line: 1)
    guard let period = file.period else {
      throw InputError(.missingKey("years"), at: at)
    }
    let indicator = try file.resolveIndicator(in: dataset)
    self.indicator = indicator
    self.period = period
    draws = file.draws
    unusedDrivers = file.unusedDrivers
    // Every (driver, year) is a column of draws: 20 million values (160 MB)
    // at most, so that a period cannot exhaust memory.
    let cells = max(file.drivers.count, 1) * period.count
    guard file.draws * cells <= 20_000_000 else {
      let most = Double(20_000_000 / cells)
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "paling banyak \(NumberFormat(.indonesian).fixed(most, decimals: 0)) penarikan"
              + " untuk \(file.drivers.count) pemicu selama \(period.count) tahun",
            en: "at most \(NumberFormat(.english).fixed(most, decimals: 0)) draws for"
              + " \(file.drivers.count) drivers over \(period.count) years")),
        at: file.drawsLocation ?? at)
    }
    let history =
      indicator.map { indicator in
        (dataset?.history(of: indicator.code) ?? []).filter { $0.year < period.lowerBound }
      } ?? []
    baseline = history.last { $0.actual != nil }.flatMap { row in
      row.actual.map { YearValue(year: row.year, value: $0) }
    }
    var ranges: [Int: TargetRange] = [:]
    if let indicator, let dataset {
      for row in dataset.history(of: indicator.code) where period.contains(row.year) {
        if let range = row.targetRange { ranges[row.year] = range }
      }
    }
    for (year, value) in file.typedTargets { ranges[year] = TargetRange(value) }
    let years = Array(period)
    let engine = ScenarioEngine(
      file, indicator: indicator, dataset: dataset, years: years, targets: ranges)
    budget = engine.budget
    targets = ranges.keys.reduce(into: [:]) { targets, year in
      targets[year] = engine.targetValue(year: year)
    }

    var cases: [CaseResult] = []
    var indicatorDraws: [String: [[Double]]] = [:]
    // The first scenario's drivers, for the reconciliation (its indicator
    // is summarised in its result).
    var first: ScenarioEngine.Drivers?
    let usedIllustrative = try engine.runScenarios { scenario, drivers, run in
      if first == nil { first = drivers }
      cases.append(Self.result(scenario.name, run, engine: engine))
      indicatorDraws[scenario.name] = run.indicator
    }
    let illustrative = file.illustrative || usedIllustrative
    self.cases = cases
    provenance = ScenarioProvenance(file, dataset: dataset, illustrative: illustrative)
    let directForecasts = years.compactMap { year in
      indicator.flatMap { indicator in
        dataset.flatMap { dataset in
          DirectForecast(
            IndicatorReview(
              indicator, in: dataset, year: year, settings: ReviewSettings(year: year)),
            targetRange: engine.targets[year])
        }
      }
    }

    self.directForecasts = directForecasts
    let firstCase = cases[0]
    reconciliations = years.indices.compactMap { t in
      first.flatMap { drivers in
        ScenarioReconciliation(
          directForecasts.first { $0.year == years[t] }, scenario: firstCase.name,
          indicator: firstCase.years[t].indicator, drivers: drivers, year: t, engine: engine)
      }
    }

    var paths: [String: [PathPoint]] = [:]
    if let request = file.targetPath {
      for (name, yearly) in indicatorDraws {
        paths[name] = Self.derivePath(
          yearly, years: years, probability: request.probability, floor: baseline?.value,
          engine: engine)
      }
    }
    pathsByScenario = paths
    targetPathScenario = file.targetPath?.scenario
    targetPathProbability = file.targetPath?.probability
    targetPath = file.targetPath.flatMap { paths[$0.scenario] }
    typedTargets = Self.typedTargets(
      ranges, cases: cases, baseline: baseline, engine: engine, settings: ReviewSettings())
  }

  /// A scenario's result from its run: each year's indicator, chance and
  /// outputs, and the outputs summed over the period draw by draw.
  static func result(_ name: String, _ run: ScenarioEngine.Run, engine: ScenarioEngine)
    -> CaseResult
  {
    let outputs = engine.file.outputs
    var totals = outputs.map { _ in [Double](repeating: 0, count: engine.file.draws) }
    for yearly in run.outputs {
      for (o, column) in yearly.enumerated() {
        for d in column.indices { totals[o][d] += column[d] }
      }
    }
    return CaseResult(
      name: name,
      years: engine.years.enumerated().map { t, year in
        YearResult(
          year: year, indicator: ScenarioSummary(run.indicator[t]),
          probabilityOfAttaining: engine.share(run.indicator[t], year: year),
          shareOutsideBounds: engine.shareOutsideBounds(run.indicator[t]),
          outputs: zip(outputs, run.outputs[t]).map {
            (name: $0.name, summary: ScenarioSummary($1))
          })
      },
      totals: zip(outputs, totals).map { (name: $0.name, summary: ScenarioSummary($1)) })
  }

  /// The flags of the typed or dataset targets, judged against every
  /// scenario (see the type's **Flags**).
  static func typedTargets(
    _ ranges: [Int: TargetRange], cases: [CaseResult], baseline: YearValue?,
    engine: ScenarioEngine, settings: ReviewSettings
  ) -> [TypedTarget] {
    let polarity = engine.polarity
    let indicator = engine.indicator
    func flag(_ finding: ReviewFlag.Finding) -> ReviewFlag {
      ReviewFlag(finding, polarity: polarity, isPercentage: indicator?.isPercentage ?? false)
    }
    return engine.years.compactMap { year -> TypedTarget? in
      guard let range = ranges[year], let value = engine.targetValue(year: year) else {
        return nil
      }
      var flags: [ReviewFlag] = []
      if let indicator, !indicator.allows(range.lower) || !indicator.allows(range.upper) {
        flags.append(
          flag(
            .targetOutsideBounds(
              target: range, lower: indicator.lowerBound, upper: indicator.upperBound)))
      }
      if polarity != .range {
        if year == engine.years[0], let baseline,
          TargetPath.isWorse(value, than: baseline.value, polarity)
        {
          flags.append(flag(.targetBelowLastActual(target: range, year: year, last: baseline)))
        } else if let previous = engine.targetValue(year: year - 1),
          TargetPath.isWorse(value, than: previous, polarity)
        {
          flags.append(
            flag(
              .targetBelowPreviousTarget(
                target: range, year: year,
                previous: YearValue(year: year - 1, value: previous))))
        }
      }
      let chances = cases.compactMap { result in
        result.years.first { $0.year == year }?.probabilityOfAttaining
      }
      if let highest = chances.max(), highest < settings.unrealisticBelow {
        flags.append(flag(.targetUnrealistic(probability: highest)))
      } else if let lowest = chances.min(), lowest > settings.tooEasyAbove,
        !(indicator?.isBestPossible(value) ?? false)
      {
        flags.append(flag(.targetTooEasy(probability: lowest)))
      }
      return TypedTarget(year: year, value: value, flags: flags)
    }
  }

  /// The derived path (``TargetPath``, the rule of `suggest --through`)
  /// over a scenario's indicator draws: quantiles, rounded safely,
  /// bounded, monotone.
  static func derivePath(
    _ yearly: [[Double]], years: [Int], probability: Double, floor: Double?,
    engine: ScenarioEngine
  ) -> [PathPoint] {
    let bases = zip(years, yearly).map { year, draws in
      (year: year, basis: Draws(values: draws, engine: engine) as (any TargetBasis)?)
    }
    return TargetPath(
      years: bases, probability: probability, floor: floor, indicator: engine.indicator,
      settings: ReviewSettings()
    ).points.map { point in
      PathPoint(
        year: point.year, value: point.value, probability: point.probability, flags: point.flags)
    }
  }

  /// A scenario's indicator draws in one year, as a basis for a target.
  struct Draws: TargetBasis {
    let values: [Double]
    let engine: ScenarioEngine

    func quantile(_ p: Double) -> Double? { EmpiricalQuantiles.of(values, at: [p])[0] }

    func probability(attaining target: Double, polarity: Polarity) -> Double? {
      engine.share(values, attaining: TargetRange(target))
    }
  }
}
