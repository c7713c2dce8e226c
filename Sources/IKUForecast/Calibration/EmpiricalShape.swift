/// A standardised predictive distribution given by a sample of
/// standardised errors instead of a formula.
///
/// The sample is symmetrised (each error and its negative), so that the
/// distribution is centred on the point forecast and its central intervals
/// are the quantiles of the absolute errors, the split-conformal interval
/// of Vovk, Gammerman & Shafer (2005, *Algorithmic Learning in a Random
/// World*) and of Lei, G'Sell, Rinaldo, Tibshirani & Wasserman (2018,
/// "Distribution-free predictive inference for regression", *JASA*
/// 113(523)). Quantiles interpolate linearly between order statistics
/// (Hyndman & Fan 1996 type 7); the distribution function is its inverse,
/// 0 below the smallest value and 1 above the largest.
public struct EmpiricalShape: Sendable, Hashable {
  /// The symmetrised sample, sorted.
  let sorted: [Double]
  /// The mean of the squared values (the variance, as the shape is
  /// symmetric).
  public let secondMoment: Double

  /// Creates the shape of a sample of standardised errors.
  public init(standardizedErrors: [Double]) {
    precondition(!standardizedErrors.isEmpty, "a shape needs at least one error")
    precondition(standardizedErrors.allSatisfy(\.isFinite), "errors must be finite")
    sorted = (standardizedErrors + standardizedErrors.map { -$0 }).sorted()
    secondMoment = sorted.map { $0 * $0 }.reduce(0, +) / Double(sorted.count)
  }

  /// The number of values behind the shape (after symmetrising).
  public var count: Int { sorted.count }

  /// The `p` quantile, `p` in [0, 1].
  public func quantile(_ p: Double) -> Double {
    precondition(p >= 0 && p <= 1, "a probability lies in [0, 1]")
    let position = Double(sorted.count - 1) * p
    let low = Int(position.rounded(.down))
    guard low + 1 < sorted.count else { return sorted[sorted.count - 1] }
    return sorted[low] + (position - Double(low)) * (sorted[low + 1] - sorted[low])
  }

  /// `P(Z ≤ z)`, the inverse of ``quantile(_:)``.
  public func cdf(_ z: Double) -> Double {
    guard !z.isNaN else { return .nan }
    guard z >= sorted[0] else { return 0 }
    guard z < sorted[sorted.count - 1] else { return 1 }
    // The last order statistic at or below z (binary search).
    var low = 0
    var high = sorted.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if sorted[middle] <= z { low = middle } else { high = middle }
    }
    let gap = sorted[high] - sorted[low]
    let fraction = gap > 0 ? (z - sorted[low]) / gap : 0
    return (Double(low) + fraction) / Double(sorted.count - 1)
  }
}
