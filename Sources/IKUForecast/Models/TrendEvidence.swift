/// What a series' own history says about its trend: the drift's t statistic
/// and whether its changes persist.
///
/// With `n` first differences `Δy` of mean `c` and sample standard deviation
/// `s`, the drift's t statistic is `t = c/(s/√n)` on `ν = n − 1` degrees of
/// freedom. For a random walk without drift (independent differences) `t`
/// is Student t and its variance `v = ν/(ν − 2)`; below five values
/// (`ν < 3`) that variance is not finite and `v = 3`, the value at five, is
/// used to scale the prior, while ``TrendPrior`` reads `t` by its Student
/// density on `ν`, whose heavier tails keep a short history from counting
/// as surer. (For a series that reverts to a level, whose differences are
/// negatively correlated, `t` varies less than `v`.) ``TrendPrior`` turns
/// `t`, `ν` and `v` into the weight of the trend. The differences are
/// scaled by their largest magnitude before they are squared, so that `t`
/// is the same for a series and for that series times any power of ten.
///
/// `r₁`, the first-order autocorrelation of the differences, tells a series
/// whose changes persist (`r₁ > 0`: the recent slope is informative, and the
/// members of ``AutoModel`` that follow it may join) from one whose changes
/// revert (a rate that jumps and falls back, the 2020 break in every
/// regional series).
public struct TrendEvidence: Sendable, Hashable {
  /// The drift's t statistic: ±∞ for a series that changes by the same
  /// amount every year, `nan` for a constant one.
  public let t: Double
  /// `ν = n − 1`, with `n` the number of differences.
  public let degreesOfFreedom: Int
  /// `r₁`, the first-order autocorrelation of the differences (0 when none
  /// of them differs from their mean).
  public let differenceAutocorrelation: Double

  /// Reads the evidence in `differences`, a series' first differences.
  ///
  /// - Precondition: at least two differences (three values).
  public init(differences: [Double]) {
    precondition(differences.count >= 2, "the evidence needs two differences")
    let n = Double(differences.count)
    // Scaled by the largest magnitude: squares of 1e160 overflow, of 1e-170
    // underflow, and t would lose its trend or gain one.
    let largest = differences.map(\.magnitude).max() ?? 0
    let scaled = largest > 0 && largest.isFinite ? differences.map { $0 / largest } : differences
    let mean = scaled.reduce(0, +) / n
    let centred = scaled.map { $0 - mean }
    let squares = centred.map { $0 * $0 }.reduce(0, +)
    t = mean / ((squares / (n - 1)).squareRoot() / n.squareRoot())
    degreesOfFreedom = differences.count - 1
    differenceAutocorrelation =
      squares > 0 ? zip(centred.dropFirst(), centred).map { $0 * $1 }.reduce(0, +) / squares : 0
  }

  /// Reads the evidence in a series of at least three values.
  public init(values: [Double]) {
    precondition(values.count >= 3, "the evidence needs three values")
    self.init(differences: zip(values.dropFirst(), values).map { $0 - $1 })
  }

  /// `v`, the variance of `t` under no trend: `ν/(ν − 2)`, on `ν = 3`
  /// below 3.
  public var noiseVariance: Double {
    let nu = Double(max(degreesOfFreedom, 3))
    return nu / (nu - 2)
  }

  /// Whether the changes persist (`r₁ > 0`).
  public var changesPersist: Bool { differenceAutocorrelation > 0 }
}
