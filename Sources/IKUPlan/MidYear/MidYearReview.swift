import IKUForecast
import RealModule

/// The mid-year (triwulan) review of a dataset: each indicator with a
/// year-to-date value at the quarter, projected to the year's end.
public struct MidYearReview: Sendable {
  /// The dataset's title.
  public let title: String
  /// The year.
  public let year: Int
  /// The quarter.
  public let quarter: Int
  /// One projection per indicator with a value at the quarter.
  public let projections: [MidYearProjection]
  /// Indicators without a year-to-date value at the quarter.
  public let withoutData: [String]

  /// Reviews a dataset at a quarter.
  ///
  /// - Throws: ``InputError/Problem/noQuarterlyData(year:quarter:)`` when
  ///   the dataset has no quarterly values for the year, or none for the
  ///   quarter asked.
  public init(_ dataset: Dataset, settings: MidYearSettings = MidYearSettings()) throws {
    let latestYear = dataset.quarterly.map(\.year).max()
    let file = SourceLocation(file: "triwulan.csv", line: 0)
    guard let year = settings.year ?? latestYear else {
      throw InputError(.noQuarterlyData(year: nil, quarter: nil), at: file)
    }
    let inYear = dataset.quarterly.filter { $0.year == year }
    guard let quarter = settings.quarter ?? inYear.map(\.quarter).max() else {
      throw InputError(.noQuarterlyData(year: year, quarter: nil), at: file)
    }
    self.title = dataset.title
    self.year = year
    self.quarter = quarter
    var projections: [MidYearProjection] = []
    var withoutData: [String] = []
    for indicator in dataset.indicators {
      if let projection = Projector(
        dataset: dataset, indicator: indicator, year: year, quarter: quarter, settings: settings
      ).projection() {
        projections.append(projection)
      } else {
        withoutData.append(indicator.code)
      }
    }
    guard !projections.isEmpty else {
      throw InputError(.noQuarterlyData(year: year, quarter: quarter), at: file)
    }
    self.projections = projections
    self.withoutData = withoutData
  }
}

/// A distribution of the year-end value: Student t on the log scale (for
/// accumulating counts), or draws (a joint ratio), or an annual forecast
/// blended with the year-to-date value.
private enum YearEnd {
  case logT(center: Double, scale: Double, degreesOfFreedom: Double)
  case draws([Double])
  case blended(weight: Double, yearToDate: Double, forecast: Forecast.Step)
  case point(Double)

  func quantile(_ p: Double) -> Double? {
    switch self {
    case .logT(let c, let s, let df):
      return .exp(c + s * StudentTDistribution(degreesOfFreedom: df).quantile(p))
    case .draws(let values):
      return EmpiricalQuantiles.of(values, at: [p])[0]
    case .blended(let w, let v, let f):
      return f.quantile(p).map { w * v + (1 - w) * $0 }
    case .point:
      return nil
    }
  }

  var median: Double {
    switch self {
    case .point(let v): return v
    case .blended(let w, let v, let f): return w * v + (1 - w) * f.median
    default: return quantile(0.5) ?? .nan
    }
  }

  /// `P(Y ≥ x)` (`atLeast`) or `P(Y ≤ x)`.
  func probability(_ x: Double, atLeast: Bool) -> Double? {
    switch self {
    case .logT(let c, let s, let df):
      guard x > 0 else { return atLeast ? 1 : 0 }
      let below =
        s > 0
        ? StudentTDistribution(degreesOfFreedom: df).cdf((.log(x) - c) / s)
        : (Double.log(x) >= c ? 1 : 0)
      return atLeast ? 1 - below : below
    case .draws(let values):
      let count = values.filter { atLeast ? $0 >= x : $0 <= x }.count
      return Double(count) / Double(values.count)
    case .blended(let w, let v, let f):
      let threshold = (x - w * v) / (1 - w)
      return atLeast ? f.probability(atLeast: threshold) : f.probability(atMost: threshold)
    case .point:
      return nil
    }
  }
}

/// Projects one indicator.
private struct Projector {
  let dataset: Dataset
  let indicator: Indicator
  let year: Int
  let quarter: Int
  let settings: MidYearSettings

  typealias Basis = MidYearProjection.Basis

  func projection() -> MidYearProjection? {
    let rows = dataset.quarterly.filter { $0.code == indicator.code }
    guard let current = rows.first(where: { $0.year == year && $0.quarter == quarter }) else {
      return nil
    }
    let targetRange = dataset.history(of: indicator.code).first { $0.year == year }?.targetRange
    let target = targetRange?.lower
    // The review of the year from the yearly history, fitted once: a basis
    // of some projections, and shown beside every one.
    let annual = annualReview()
    var illustrative =
      current.isIllustrative
      || dataset.history(of: indicator.code).contains { $0.year == year && $0.isIllustrative }
    let scale = indicator.isPercentage ? 100.0 : 1
    let ratioNow = current.numerator.flatMap { n in
      current.denominator.flatMap { d in d > 0 ? n / d * scale : nil }
    }
    guard let yearToDate = current.actual ?? ratioNow else { return nil }

    var yearEnd: YearEnd
    var basis: Basis
    var years: [Int] = []
    if quarter == 4 {
      (yearEnd, basis) = (.point(yearToDate), .complete)
    } else if let n = current.numerator, let d = current.denominator, d > 0,
      let joint = jointRatio(numerator: n, denominator: d, rows: rows, scale: scale)
    {
      (yearEnd, basis, years) = (joint.0, .jointRatio, joint.1)
      illustrative = illustrative || joint.2
    } else if indicator.rollup == .sum && !(yearToDate > 0) {
      // Seasonal shares and run rates work on the log scale; nothing (or
      // a negative sum) so far gives no year-end distribution, only the
      // year to date and the pace still needed.
      (yearEnd, basis) = (.point(yearToDate), .yearToDateOnly)
    } else if indicator.rollup == .sum {
      let shares = self.shares(rows, { $0.actual }, { $0.actual })
      if shares.count >= 2 {
        let logs = shares.map { Double.log($0.share) }
        let m = Double(logs.count)
        let mean = logs.reduce(0, +) / m
        let sd = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (m - 1)).squareRoot()
        yearEnd = .logT(
          center: .log(yearToDate) - mean, scale: sd * (1 + 1 / m).squareRoot(),
          degreesOfFreedom: m - 1)
        basis = .seasonalShares
        years = shares.map(\.year)
        illustrative = illustrative || shares.contains { $0.illustrative }
      } else {
        let runRate = Double.log(yearToDate * 4 / Double(quarter))
        let assumed = 0.5 * Double(4 - quarter) / 4
        // The annual forecast on the log scale: its median, and its spread
        // from the quantiles one standard deviation out (its own scale if
        // it is on the log scale; a lognormal summary otherwise).
        let oneSigma = NormalDistribution.standard.cdf(1)
        if let step = annual.forecast, step.hasInterval, step.median > 0,
          let low = step.quantile(1 - oneSigma), low > 0,
          let high = step.quantile(oneSigma)
        {
          let df = step.modelScale.degreesOfFreedom
          let se: Double = (Double.log(high) - Double.log(low)) / 2
          let forecastVariance = df > 2 ? se * se * df / (df - 2) : 3 * se * se
          let w = (1 / (assumed * assumed)) / (1 / (assumed * assumed) + 1 / forecastVariance)
          let center = w * runRate + (1 - w) * Double.log(step.median)
          let variance = 1 / (1 / (assumed * assumed) + 1 / forecastVariance)
          yearEnd = .logT(center: center, scale: variance.squareRoot(), degreesOfFreedom: .infinity)
          basis = .runRateWithTrend
          illustrative = illustrative || annualIllustrative()
        } else {
          yearEnd = .logT(center: runRate, scale: assumed, degreesOfFreedom: .infinity)
          basis = .runRate
        }
      }
    } else if let step = annual.forecast, step.hasInterval {
      yearEnd = .blended(weight: Double(quarter) / 4, yearToDate: yearToDate, forecast: step)
      basis = .blendedWithForecast
      illustrative = illustrative || annualIllustrative()
    } else {
      (yearEnd, basis) = (.point(yearToDate), .yearToDateOnly)
    }

    let median = bounded(yearEnd.median)
    let intervals: [Forecast.Interval] = settings.levels.compactMap { level in
      guard let lower = yearEnd.quantile(0.5 - level / 2),
        let upper = yearEnd.quantile(0.5 + level / 2)
      else { return nil }
      return Forecast.Interval(level: level, lower: bounded(lower), upper: bounded(upper))
    }
    // A range target binds at its ends as in the review (``TargetRange``).
    let probability: Double? = targetRange.flatMap { target in
      if case .point(let value) = yearEnd, quarter == 4 {
        return target.isAttained(by: value, polarity: indicator.polarity).map { $0 ? 1 : 0 }
      }
      switch (target.minimum(for: indicator.polarity), target.maximum(for: indicator.polarity)) {
      case (let minimum?, nil): return yearEnd.probability(minimum, atLeast: true)
      case (nil, let maximum?): return yearEnd.probability(maximum, atLeast: false)
      case (let minimum?, let maximum?):
        guard let atLeast = yearEnd.probability(minimum, atLeast: true),
          let atMost = yearEnd.probability(maximum, atLeast: false)
        else { return nil }
        return min(max(atLeast - (1 - atMost), 0), 1)
      case (nil, nil): return nil
      }
    }
    let status = probability.flatMap { p -> MidYearStatus? in
      guard p.isFinite else { return nil }
      return
        p >= settings.onTrack ? .onTrack : p < settings.offTrack ? .offTrack : .atRisk
    }
    let pace: MidYearProjection.Pace? =
      indicator.rollup == .sum && quarter < 4 && basis != .jointRatio
      ? (targetRange.flatMap { $0.bindingEnd(for: indicator.polarity) } ?? target).map {
        MidYearProjection.Pace(
          required: ($0 - yearToDate) / Double(4 - quarter), soFar: yearToDate / Double(quarter))
      } : nil
    let soFar = rows.filter { $0.year == year && $0.quarter <= quarter }.sorted {
      $0.quarter < $1.quarter
    }.compactMap { row -> MidYearProjection.QuarterValue? in
      let value =
        row.actual
        ?? row.numerator.flatMap { n in
          row.denominator.flatMap { d in d > 0 ? n / d * scale : nil }
        }
      return value.map { MidYearProjection.QuarterValue(quarter: row.quarter, value: $0) }
    }
    return MidYearProjection(
      indicator: indicator, year: year, quarter: quarter, yearToDate: yearToDate,
      yearToDateByQuarter: soFar, median: median,
      intervals: intervals, target: target,
      targetUpper: targetRange.flatMap { $0.isRange ? $0.upper : nil },
      probabilityOfAttaining: probability, status: status,
      achievement: targetRange.flatMap {
        Achievement(actual: median, target: $0, polarity: indicator.polarity)
      },
      requiredPace: pace, basis: basis, historyYears: years, illustrative: illustrative,
      annualForecast: DirectForecast(annual, targetRange: annual.targetRange))
  }

  /// The share of each earlier year reached by this quarter: year-to-date
  /// at the quarter over the year's total (the fourth quarter's value, else
  /// the annual realisation).
  func shares(
    _ rows: [QuarterlyObservation], _ quarterly: (QuarterlyObservation) -> Double?,
    _ annual: (AnnualObservation) -> Double?
  ) -> [(year: Int, share: Double, illustrative: Bool)] {
    let years = Set(rows.filter { $0.year < year && $0.quarter == quarter }.map(\.year)).sorted()
    return years.compactMap { y in
      guard let row = rows.first(where: { $0.year == y && $0.quarter == quarter }),
        let value = quarterly(row), value > 0
      else { return nil }
      let fourth = rows.first { $0.year == y && $0.quarter == 4 }
      let annualRow = dataset.history(of: indicator.code).first { $0.year == y }
      guard let total = fourth.flatMap(quarterly) ?? annualRow.flatMap(annual), total > 0 else {
        return nil
      }
      let illustrative =
        row.isIllustrative || (fourth?.isIllustrative ?? (annualRow?.isIllustrative ?? false))
      return (y, value / total, illustrative)
    }
  }

  /// Numerator and denominator projected jointly: their log shares drawn
  /// with the correlation of earlier years, the ratio taken per draw.
  func jointRatio(
    numerator: Double, denominator: Double, rows: [QuarterlyObservation], scale: Double
  ) -> (YearEnd, [Int], Bool)? {
    let n = shares(rows, { $0.numerator }, { $0.numerator })
    let d = shares(rows, { $0.denominator }, { $0.denominator })
    let paired = n.compactMap { a in d.first { $0.year == a.year }.map { (a, $0) } }
    guard paired.count >= 2 else { return nil }
    let m = Double(paired.count)
    let x = paired.map { Double.log($0.0.share) }
    let y = paired.map { Double.log($0.1.share) }
    let mx = x.reduce(0, +) / m
    let my = y.reduce(0, +) / m
    let sx = (x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +) / (m - 1)).squareRoot()
    let sy = (y.map { ($0 - my) * ($0 - my) }.reduce(0, +) / (m - 1)).squareRoot()
    var rho = 0.0
    if paired.count >= 3, sx > 0, sy > 0 {
      rho = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +) / ((m - 1) * sx * sy)
      rho = min(max(rho, -0.95), 0.95)
    }
    func marginal(_ ytd: Double, _ mean: Double, _ sd: Double) -> Marginal {
      .forecast(
        ForecastStep(
          horizon: 1, center: .log(ytd) - mean, meanStandardError: 0,
          predictionStandardError: sd * (1 + 1 / m).squareRoot(), degreesOfFreedom: m - 1),
        .identity)
    }
    guard
      let draws = try? MonteCarloSampler(
        marginals: [marginal(numerator, mx, sx), marginal(denominator, my, sy)],
        correlation: [1, rho, rho, 1], draws: 20_000, seed: 1
      ).sample()
    else { return nil }
    let ratios = zip(draws[0], draws[1]).map { bounded(.exp($0 - $1) * scale) }
    let illustrative = paired.contains { $0.0.illustrative || $0.1.illustrative }
    return (.draws(ratios), paired.map(\.0.year), illustrative)
  }

  /// The review of the year from the yearly history: the one indicator
  /// forecasting policy the review, forecast, check and suggest use.
  func annualReview() -> IndicatorReview {
    IndicatorReview(indicator, in: dataset, year: year, settings: ReviewSettings(year: year))
  }

  func annualIllustrative() -> Bool {
    dataset.history(of: indicator.code).contains { $0.year < year && $0.isIllustrative }
  }

  func bounded(_ value: Double) -> Double {
    var value = value
    if let lower = indicator.lowerBound { value = max(value, lower) }
    if let upper = indicator.upperBound { value = min(value, upper) }
    return value
  }
}
