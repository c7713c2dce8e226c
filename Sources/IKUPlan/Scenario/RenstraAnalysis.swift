import IKUForecast

/// A multi-year scenario file (`years: [2025, 2029]`) evaluated by Monte
/// Carlo for Renstra drafting: per scenario and year the indicator, the
/// chance of attaining that year's target and the outputs (the budget), the
/// outputs summed over the period, and a target path derived from a
/// scenario.
///
/// **Draws.** Every (driver, year) pair is one column of one joint sample
/// (``MonteCarloSampler``: LAPACK Cholesky of the correlation, one BLAS
/// level-3 product over all draws), so a scenario is one call. Within a
/// year the file's `correlation` holds; across years a driver's draws
/// correlate as `ρ^|t − s|` when it gives `year_correlation: ρ`, as
/// `√(min(h, k)/max(h, k))` when it is a forecast (the correlation of a
/// random walk's errors at horizons `h` and `k`: a forecast that is high in
/// 2026 stays high in 2027), and not at all otherwise; between two drivers
/// in different years the within-year correlation is scaled by the
/// geometric mean of their across-year ones. Every scenario uses the same
/// seed (common random numbers), so differences between scenarios are the
/// changes, not sampling noise.
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
public struct RenstraAnalysis: Sendable {
  /// One year of one scenario.
  public struct YearResult: Sendable {
    /// The year.
    public let year: Int
    /// The indicator's distribution.
    public let indicator: ScenarioAnalysis.Summary
    /// The chance of attaining the year's target, when there is one.
    public let probabilityOfAttaining: Double?
    /// Each output's distribution, in file order.
    public let outputs: [(name: String, summary: ScenarioAnalysis.Summary)]
  }

  /// One scenario over the period.
  public struct CaseResult: Sendable {
    /// The scenario's name.
    public let name: String
    /// One result per year of the period.
    public let years: [YearResult]
    /// Each output summed over the period, per draw, in file order.
    public let totals: [(name: String, summary: ScenarioAnalysis.Summary)]
  }

  /// One year of a derived target path.
  public struct PathPoint: Sendable, Hashable {
    /// The year.
    public let year: Int
    /// The target.
    public let value: Double
    /// The chance the named scenario attains it (same draws).
    public let probability: Double
    /// The flags `check` raises for it (``TargetPath``).
    public let flags: [ReviewFlag]
  }

  /// A typed target and what is wrong with it.
  public struct TypedTarget: Sendable, Hashable {
    /// The year.
    public let year: Int
    /// The target.
    public let value: Double
    /// `below-previous`: worse than the previous year's target (or the
    /// baseline, for the first year); `unrealistic`: attained with a
    /// probability under 10% in every scenario.
    public let flags: [String]
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
  /// The number of draws.
  public let draws: Int

  /// Evaluates a multi-year scenario file against a dataset.
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
    // Every (driver, year) is a column of draws: 20 million values (160 MB)
    // at most, so that a period cannot exhaust memory.
    let cells = max(file.drivers.count, 1) * period.count
    guard file.draws * cells <= 20_000_000 else {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "paling banyak \(20_000_000 / cells) penarikan untuk \(file.drivers.count)"
              + " pemicu selama \(period.count) tahun",
            en: "at most \(20_000_000 / cells) draws for \(file.drivers.count) drivers"
              + " over \(period.count) years")),
        at: at)
    }
    budget = file.budget ?? file.outputs.first?.name
    let history =
      indicator.map { indicator in
        (dataset?.history(of: indicator.code) ?? []).filter { $0.year < period.lowerBound }
      } ?? []
    baseline = history.last { $0.actual != nil }.flatMap { row in
      row.actual.map { YearValue(year: row.year, value: $0) }
    }
    var targets: [Int: Double] = [:]
    if let indicator, let dataset {
      for row in dataset.history(of: indicator.code) where period.contains(row.year) {
        // A range target: the end that binds (``TargetRange``).
        if let range = row.targetRange {
          targets[row.year] = range.bindingEnd(for: indicator.polarity) ?? range.lower
        }
      }
    }
    for (year, value) in file.typedTargets { targets[year] = value }
    self.targets = targets

    let years = Array(period)
    let names = file.drivers.map(\.name)
    var illustrative = file.illustrative
    // Each (driver, year) column: its marginal and its across-year link.
    func columns(_ values: [ScenarioFile.DriverValue], _ locations: [SourceLocation]) throws
      -> (marginals: [Marginal], links: [Link])
    {
      var marginals: [Marginal] = []
      var links: [Link] = []
      for (value, location) in zip(values, locations) {
        for year in years {
          let (yearly, rho) = value.value(in: year, periodStart: period.lowerBound)
          switch yearly {
          case .given(let marginal):
            marginals.append(marginal)
            links.append(rho.map { .geometric($0) } ?? .independent)
          case .forecast(let quantity):
            guard let indicator, let dataset else {
              throw InputError(
                .cannotForecast(
                  "forecast",
                  reason: .init(
                    id: "berkas tidak menyebut indikator", en: "the file names no indicator")),
                at: location)
            }
            let (marginal, used) = try ScenarioAnalysis.forecastMarginal(
              quantity, of: indicator, in: dataset, year: year,
              name: names[marginals.count / years.count], location: location)
            illustrative = illustrative || used
            marginals.append(marginal)
            let last = history.last { ScenarioAnalysis.value(quantity, $0) != nil }?.year
            links.append(.randomWalk(horizonBase: last ?? (period.lowerBound - 1)))
          default:
            throw InputError(
              .invalidValue(
                expected: .init(
                  id: "nilai atau sebaran untuk setiap tahun",
                  en: "a value or distribution for each year")), at: location)
          }
        }
      }
      return (marginals, links)
    }

    let sampler = Sampler(
      file: file, names: names, years: years, indicator: indicator, targets: targets)
    var cases: [CaseResult] = []
    var indicatorDraws: [String: [[Double]]] = [:]
    for scenario in file.scenarios {
      var values = file.drivers.map(\.value)
      let locations = file.drivers.map(\.location)
      for change in scenario.changes {
        guard let i = names.firstIndex(of: change.name) else { continue }
        values[i] = change.value
      }
      let (marginals, links) = try columns(values, locations)
      let sample = try sampler.sample(marginals, links)
      let (result, yearly) = try sampler.result(scenario.name, sample)
      cases.append(result)
      indicatorDraws[scenario.name] = yearly
    }
    self.cases = cases
    provenance = ScenarioProvenance(file, dataset: dataset, illustrative: illustrative)
    directForecasts = years.compactMap { year in
      indicator.flatMap { indicator in
        dataset.flatMap { dataset in
          DirectForecast(
            IndicatorReview(
              indicator, in: dataset, year: year, settings: ReviewSettings(year: year)),
            target: targets[year])
        }
      }
    }

    var paths: [String: [PathPoint]] = [:]
    if let request = file.targetPath {
      for (name, yearly) in indicatorDraws {
        paths[name] = Self.derivePath(
          yearly, years: years, probability: request.probability, indicator: indicator,
          floor: baseline?.value, sampler: sampler)
      }
    }
    pathsByScenario = paths
    targetPathScenario = file.targetPath?.scenario
    targetPathProbability = file.targetPath?.probability
    targetPath = file.targetPath.flatMap { paths[$0.scenario] }

    let baselineValue = baseline?.value
    typedTargets = years.compactMap { year -> TypedTarget? in
      guard let value = targets[year] else { return nil }
      var flags: [String] = []
      let previous = targets[year - 1] ?? (year == period.lowerBound ? baselineValue : nil)
      if let previous {
        let polarity = indicator?.polarity ?? .higher
        if (polarity == .higher && value < previous) || (polarity == .lower && value > previous) {
          flags.append("below-previous")
        }
      }
      let chances = cases.compactMap { result in
        result.years.first { $0.year == year }?.probabilityOfAttaining
      }
      if !chances.isEmpty, chances.allSatisfy({ $0 < 0.1 }) { flags.append("unrealistic") }
      return TypedTarget(year: year, value: value, flags: flags)
    }
  }

  /// How a driver's draws in different years are linked.
  enum Link: Sendable {
    /// Independent draws each year.
    case independent
    /// `ρ^|t − s|`.
    case geometric(Double)
    /// A forecast's errors: `√(min(h, k)/max(h, k))` with `h = t − base`.
    case randomWalk(horizonBase: Int)

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

  /// The derived path: quantiles, rounded safely, bounded, monotone.
  static func derivePath(
    _ yearly: [[Double]], years: [Int], probability: Double, indicator: Indicator?,
    floor: Double?, sampler: Sampler
  ) -> [PathPoint] {
    let bases = zip(years, yearly).map { year, draws in
      (year: year, basis: Draws(values: draws, sampler: sampler) as (any TargetBasis)?)
    }
    return TargetPath(
      years: bases, probability: probability, floor: floor, indicator: indicator,
      settings: ReviewSettings()
    ).points.compactMap { point in
      // Draws always give a chance.
      point.probability.map {
        PathPoint(year: point.year, value: point.value, probability: $0, flags: point.flags)
      }
    }
  }

  /// A scenario's indicator draws in one year, as a basis for a target.
  struct Draws: TargetBasis {
    let values: [Double]
    let sampler: Sampler

    func quantile(_ p: Double) -> Double? { EmpiricalQuantiles.of(values, at: [p])[0] }

    func probability(attaining target: Double, polarity: Polarity) -> Double? {
      sampler.share(values, attaining: target, polarity: polarity)
    }
  }
}

/// Draws and summarises the years of one scenario.
struct Sampler {
  let file: ScenarioFile
  let names: [String]
  let years: [Int]
  let indicator: Indicator?
  let targets: [Int: Double]

  /// The correlation of all (driver, year) columns, driver-major.
  func correlation(_ links: [RenstraAnalysis.Link]) -> [Double]? {
    let y = years.count
    let k = names.count * y
    let within = withinYear()
    let linked = links.contains { if case .independent = $0 { return false } else { return true } }
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

  /// The file's within-year correlation between drivers, or `nil`.
  func withinYear() -> [Double]? {
    guard !file.correlations.isEmpty else { return nil }
    let n = names.count
    var r = [Double](repeating: 0, count: n * n)
    for i in 0..<n { r[i * n + i] = 1 }
    for correlation in file.correlations {
      let (a, b, value) = (correlation.first, correlation.second, correlation.value)
      guard let i = names.firstIndex(of: a), let j = names.firstIndex(of: b) else { continue }
      r[i * n + j] = value
      r[j * n + i] = value
    }
    return r
  }

  func sample(_ marginals: [Marginal], _ links: [RenstraAnalysis.Link]) throws -> [[Double]] {
    do {
      return try MonteCarloSampler(
        marginals: marginals, correlation: correlation(links), draws: file.draws, seed: file.seed
      ).sample()
    } catch {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "korelasi yang cocok satu sama lain antartahun (simetris, definit positif)",
            en: "correlations that fit together across years (symmetric, positive definite)")),
        at: SourceLocation(file: file.file, line: 0))
    }
  }

  /// The driver columns of year index `t`.
  func environment(_ sample: [[Double]], year t: Int) throws -> [String: [Double]] {
    var values: [String: [Double]] = [:]
    for (a, name) in names.enumerated() { values[name] = sample[a * years.count + t] }
    for output in file.outputs {
      let result = output.formula.value.evaluate(values, count: file.draws)
      try check(result, output.name, output.formula)
      values[output.name] = result
    }
    return values
  }

  func check(
    _ values: [Double], _ what: String, _ formula: ScenarioFile.Located<Expression>
  ) throws {
    try ScenarioFile.checkDefined(values, what, formula)
  }

  /// The share of draws attaining `target` (polarity-aware).
  func share(_ values: [Double], attaining target: Double, polarity: Polarity) -> Double {
    let hits: Int
    switch polarity {
    case .higher, .range: hits = values.filter { $0 >= target }.count
    case .lower: hits = values.filter { $0 <= target }.count
    }
    return Double(hits) / Double(values.count)
  }

  /// The scenario's result and its indicator draws per year.
  func result(_ name: String, _ sample: [[Double]]) throws
    -> (RenstraAnalysis.CaseResult, [[Double]])
  {
    var yearResults: [RenstraAnalysis.YearResult] = []
    var indicatorDraws: [[Double]] = []
    var totals = file.outputs.map { _ in [Double](repeating: 0, count: file.draws) }
    let polarity = indicator?.polarity ?? .higher
    for (t, year) in years.enumerated() {
      let environment = try environment(sample, year: t)
      let values = file.formula.value.evaluate(environment, count: file.draws)
      try check(values, indicator?.code ?? "formula", file.formula)
      indicatorDraws.append(values)
      for (o, output) in file.outputs.enumerated() {
        let column = environment[output.name] ?? []
        for d in 0..<file.draws { totals[o][d] += column[d] }
      }
      yearResults.append(
        RenstraAnalysis.YearResult(
          year: year, indicator: ScenarioAnalysis.Summary(values),
          probabilityOfAttaining: polarity == .range
            ? nil : targets[year].map { share(values, attaining: $0, polarity: polarity) },
          outputs: file.outputs.map {
            (name: $0.name, summary: ScenarioAnalysis.Summary(environment[$0.name] ?? []))
          }))
    }
    return (
      RenstraAnalysis.CaseResult(
        name: name, years: yearResults,
        totals: zip(file.outputs, totals).map {
          (name: $0.name, summary: ScenarioAnalysis.Summary($1))
        }),
      indicatorDraws
    )
  }
}
