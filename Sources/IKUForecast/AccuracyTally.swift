/// Running totals of forecast accuracy over many series and horizons, in
/// the M3/M4 definitions.
///
/// - sMAPE: the mean over all points of `200|y − f|/(|y| + |f|)`
///   (Makridakis & Hibon 2000; M4 "Benchmarks and Evaluation.R").
/// - MASE: the mean over all points of `|y − f|` divided by the series'
///   in-sample mean absolute first difference (Hyndman & Koehler 2006,
///   seasonal period 1 for yearly data).
/// - Coverage: the share of points inside the central prediction interval
///   at each level; only points that have an interval count.
/// - MSIS: the mean scaled interval score of the 95% interval (M4,
///   Makridakis et al. 2020): `[(U − L) + (2/α)(L − y)⁺ + (2/α)(y − U)⁺]`
///   with α = 0,05, divided by the same in-sample scale as MASE.
public struct AccuracyTally: Sendable {
  /// The interval levels tallied.
  public let levels: [Double]
  private var smapeSum = 0.0
  private var maseSum = 0.0
  private var maseCount = 0
  private var hits: [Int]
  private var intervalCount = 0
  private var msisSum = 0.0
  private var msisCount = 0
  /// The number of points scored.
  public private(set) var count = 0

  /// Creates an empty tally.
  public init(levels: [Double] = [0.8, 0.95]) {
    self.levels = levels
    hits = Array(repeating: 0, count: levels.count)
  }

  /// Adds a forecast of `actual` values (as many as scored) made from
  /// `history`.
  public mutating func add(_ forecast: Forecast, actual: [Double], history: [Double]) {
    let scale = Self.naiveScale(history)
    for (step, y) in zip(forecast.steps, actual) {
      let f = step.median
      let denominator = abs(y) + abs(f)
      smapeSum += denominator > 0 ? 200 * abs(y - f) / denominator : 0
      count += 1
      if scale > 0 {
        maseSum += abs(y - f) / scale
        maseCount += 1
      }
      guard step.hasInterval else { continue }
      intervalCount += 1
      if scale > 0, let interval = step.intervals.first(where: { $0.level == 0.95 }) {
        let alpha = 0.05
        let score =
          (interval.upper - interval.lower) + 2 / alpha * max(interval.lower - y, 0)
          + 2 / alpha * max(y - interval.upper, 0)
        msisSum += score / scale
        msisCount += 1
      }
      for (index, level) in levels.enumerated() {
        if let interval = step.intervals.first(where: { $0.level == level }),
          interval.lower <= y && y <= interval.upper
        {
          hits[index] += 1
        }
      }
    }
  }

  /// The mean sMAPE (percent).
  public var smape: Double { count > 0 ? smapeSum / Double(count) : .nan }

  /// The mean absolute scaled error.
  public var mase: Double { maseCount > 0 ? maseSum / Double(maseCount) : .nan }

  /// The mean scaled interval score of the 95% interval (`nan` when the
  /// 95% level is not tallied).
  public var msis: Double { msisCount > 0 ? msisSum / Double(msisCount) : .nan }

  /// Adds another tally of the same levels (for work split across threads).
  public mutating func merge(_ other: AccuracyTally) {
    precondition(levels == other.levels, "tallies of different levels")
    smapeSum += other.smapeSum
    maseSum += other.maseSum
    maseCount += other.maseCount
    for i in hits.indices { hits[i] += other.hits[i] }
    intervalCount += other.intervalCount
    msisSum += other.msisSum
    msisCount += other.msisCount
    count += other.count
  }

  /// The share of points inside the interval at `level`.
  public func coverage(_ level: Double) -> Double {
    guard let index = levels.firstIndex(of: level), intervalCount > 0 else { return .nan }
    return Double(hits[index]) / Double(intervalCount)
  }

  /// The in-sample mean absolute first difference.
  static func naiveScale(_ history: [Double]) -> Double {
    guard history.count > 1 else { return .nan }
    return zip(history.dropFirst(), history).map { abs($0 - $1) }.reduce(0, +)
      / Double(history.count - 1)
  }
}
