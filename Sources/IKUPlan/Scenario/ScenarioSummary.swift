import IKUForecast

/// Mean, median, 10th and 90th percentiles of a quantity drawn by a
/// scenario (the indicator, an output, a total over a period).
public struct ScenarioSummary: Sendable, Hashable {
  /// The mean of the draws.
  public let mean: Double
  /// The median.
  public let median: Double
  /// The 10th percentile.
  public let p10: Double
  /// The 90th percentile.
  public let p90: Double

  /// Summarises draws (percentiles by linear interpolation between order
  /// statistics, R's type 7).
  ///
  /// - Precondition: `values` is not empty.
  init(_ values: [Double]) {
    precondition(!values.isEmpty, "a summary of no draws")
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

  /// The summary with every figure rounded to a whole number (money in
  /// whole rupiah).
  var whole: ScenarioSummary {
    ScenarioSummary(
      mean: mean.rounded(), median: median.rounded(), p10: p10.rounded(), p90: p90.rounded())
  }

  private init(mean: Double, median: Double, p10: Double, p90: Double) {
    self.mean = mean
    self.median = median
    self.p10 = p10
    self.p90 = p90
  }
}
