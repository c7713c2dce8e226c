import RealModule

/// How much of a series' estimated trend to believe: an empirical Bayes
/// prior on the drift's t statistic, learned across many series.
///
/// Each series' t statistic (``TrendEvidence``) is read as its true
/// standardised drift `θ` plus noise of variance `v`. The prior says that a
/// share `π` of series have no drift at all (`θ = 0`, the "spike") and the
/// others a drift drawn from `N(0, A)` (the "slab"): the spike-and-slab
/// prior of empirical Bayes estimation of sparse signals (Johnstone &
/// Silverman 2004, "Needles and straw in haystacks", *Ann. Statist.*
/// 32(4)). The posterior mean of `θ` is `t` times
///
///     λ = P(slab | t) · A/(A + v),
///     P(slab | t) = (1 − π) φ(t; A + v) / [(1 − π) φ(t; A + v) + π φ(t; v)],
///
/// with `φ(·; σ²)` the normal density: the share of its trend a series keeps
/// (``trendWeight(_:)``). A clear trend (`|t|` large) keeps almost all of it;
/// a series that wanders or reverts keeps little, and its forecast stays
/// near its last value, the naive forecast that is hard to beat on short
/// noisy rates.
///
/// `π` and `A` are estimated by maximum marginal likelihood over a set of
/// series (the EM algorithm of Dempster, Laird & Rubin 1977; the M-step for
/// `A` is a fixed-point iteration, as the slab's likelihood has no closed
/// form with unequal `v`): across a panel, its own series
/// (``init(estimatingFrom:)``), so that a panel of unemployment rates learns
/// that its trends do not last and a panel of growing sales that they do;
/// for one indicator alone, ``reference``, learned the same way on a
/// reference pool of Indonesian regional indicators and M3 yearly series.
/// Written here because no Swift package on the mirror fits a two-component
/// normal scale mixture.
public struct TrendPrior: Sendable, Hashable {
  /// `π`, the share of series without a drift, in (0, 1).
  public let spikeShare: Double
  /// `A`, the variance of a drifting series' standardised drift, in
  /// [``slabVarianceRange``].
  public let slabVariance: Double

  /// The range searched for `A`.
  public static let slabVarianceRange: ClosedRange<Double> = 0.01...10_000

  /// The fewest series with evidence for a panel to learn its own prior.
  public static let minimumSeries = 20

  /// `|t|` above this counts as this: a series that changes by the same
  /// amount every year (`t = ±∞`) is a clear trend, not an overflow.
  static let largestT = 50.0

  /// The prior for one indicator alone: learned on the reference pool by
  /// ``init(estimatingFrom:)`` (`TrendPriorTests` re-learns it).
  ///
  /// The pool is the training part of the six BPS regional panels
  /// (`Tests/TestSupport/Fixtures/bps-panels`) and of M3 yearly, each without its last
  /// values (two years, or six for M3, with all values; one with the last
  /// five), read with all values and with the last five: 5,528 series,
  /// none of them reaching the test years the README's M3 and BPS tables
  /// score (the M3 earlier-origin table's years are in the pool).
  public static let reference = TrendPrior(spikeShare: 0.8532, slabVariance: 106.4)

  /// Creates a prior.
  ///
  /// - Precondition: `spikeShare` in (0, 1); `slabVariance` positive.
  public init(spikeShare: Double, slabVariance: Double) {
    precondition(spikeShare > 0 && spikeShare < 1, "π must lie in (0, 1)")
    precondition(slabVariance > 0 && slabVariance.isFinite, "A must be positive")
    self.spikeShare = spikeShare
    self.slabVariance = slabVariance
  }

  /// Learns the prior of a set of series from their evidence by maximum
  /// marginal likelihood; `nil` with fewer than ``minimumSeries`` series
  /// whose `t` is a number (constant series say nothing).
  public init?(estimatingFrom evidence: [TrendEvidence]) {
    let points = evidence.filter { !$0.t.isNaN }.map {
      (t: min(max($0.t, -Self.largestT), Self.largestT), v: $0.noiseVariance)
    }
    guard points.count >= Self.minimumSeries else { return nil }
    let meanExcess = points.map { $0.t * $0.t - $0.v }.reduce(0, +) / Double(points.count)
    var pi = 0.5
    var a = min(max(meanExcess, 1), Self.slabVarianceRange.upperBound)
    var weights = [Double](repeating: 0, count: points.count)
    for _ in 0..<1000 {
      for (i, p) in points.enumerated() {
        weights[i] = Self.slabProbability(t: p.t, v: p.v, spikeShare: pi, slabVariance: a)
      }
      let slabShare = weights.reduce(0, +) / Double(points.count)
      let newPi = min(max(1 - slabShare, 1e-3), 1 - 1e-3)
      let newA = Self.slabVariance(points, weights: weights, from: a)
      let settled = abs(newPi - pi) < 1e-10 && abs(newA - a) <= 1e-10 * a
      pi = newPi
      a = newA
      if settled { break }
    }
    self.init(spikeShare: pi, slabVariance: a)
  }

  /// The most series a panel's prior is learned from: an evenly spaced
  /// sample of a larger panel (two numbers are pinned down long before).
  public static let panelSampleSize = 2000

  /// The prior of a panel, on the scale its models see: learned from its
  /// series of three values or more (``init(estimatingFrom:)``; an evenly
  /// spaced sample of ``panelSampleSize`` of a larger panel), or
  /// ``reference`` when fewer than ``minimumSeries`` of them have evidence.
  public init(panel series: [[Double]]) {
    let stride = max(1, (series.count + Self.panelSampleSize - 1) / Self.panelSampleSize)
    let evidence = Swift.stride(from: 0, to: series.count, by: stride).map { series[$0] }
      .filter { $0.count >= 3 && $0.allSatisfy(\.isFinite) }
      .map(TrendEvidence.init(values:))
    self = TrendPrior(estimatingFrom: evidence) ?? .reference
  }

  /// `λ` in [0, 1): the share of its estimated trend a series keeps (0 for
  /// a constant series, whose trend is none anyway).
  public func trendWeight(_ evidence: TrendEvidence) -> Double {
    guard !evidence.t.isNaN else { return 0 }
    let t = min(max(evidence.t, -Self.largestT), Self.largestT)
    let v = evidence.noiseVariance
    let slab = Self.slabProbability(
      t: t, v: v, spikeShare: spikeShare, slabVariance: slabVariance)
    return slab * slabVariance / (slabVariance + v)
  }

  /// `P(slab | t)`, computed from the log densities so that a large `|t|`
  /// does not underflow both.
  static func slabProbability(t: Double, v: Double, spikeShare: Double, slabVariance: Double)
    -> Double
  {
    let slab = Double.log(1 - spikeShare) + logDensity(t, variance: slabVariance + v)
    let spike = Double.log(spikeShare) + logDensity(t, variance: v)
    return 1 / (1 + Double.exp(spike - slab))
  }

  /// `log φ(x; σ²)`.
  static func logDensity(_ x: Double, variance: Double) -> Double {
    -0.5 * (Double.log(2 * Double.pi * variance) + x * x / variance)
  }

  /// The M-step for `A`: the maximiser of `Σ wᵢ log φ(tᵢ; A + vᵢ)`, where
  /// the score vanishes, `A = Σ wᵢ (tᵢ² − vᵢ)/(A + vᵢ)² / Σ wᵢ/(A + vᵢ)²`,
  /// iterated from the current `A` (the fixed point of random-effects
  /// variance estimation with unequal variances; DerSimonian & Laird 1986
  /// give its one-step form), kept inside ``slabVarianceRange``.
  static func slabVariance(
    _ points: [(t: Double, v: Double)], weights: [Double], from start: Double
  ) -> Double {
    var a = start
    for _ in 0..<100 {
      var numerator = 0.0
      var denominator = 0.0
      for (p, w) in zip(points, weights) {
        let inverse = 1 / ((a + p.v) * (a + p.v))
        numerator += w * (p.t * p.t - p.v) * inverse
        denominator += w * inverse
      }
      let next =
        denominator > 0
        ? min(
          max(numerator / denominator, slabVarianceRange.lowerBound),
          slabVarianceRange.upperBound) : slabVarianceRange.lowerBound
      if abs(next - a) <= 1e-12 * a { return next }
      a = next
    }
    return a
  }
}
