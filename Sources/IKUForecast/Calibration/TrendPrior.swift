import RealModule

/// How much of a series' estimated trend to believe: an empirical Bayes
/// prior on the drift's t statistic, learned across many series.
///
/// Each series' t statistic (``TrendEvidence``) is read as its true
/// standardised drift `θ` plus noise. The prior says that a share `π` of
/// series have no drift at all (`θ = 0`, the "spike") and the others a
/// drift drawn from `N(μ, A)` (the "slab"): the spike-and-slab prior of
/// empirical Bayes estimation of sparse signals (Johnstone & Silverman
/// 2004, "Needles and straw in haystacks", *Ann. Statist.* 32(4)). `μ` is 0
/// unless a panel's series share a direction (``location``). Under the
/// spike `t` is Student t on the evidence's `ν`, exactly for a random walk;
/// under the slab it is taken as that t, shifted by `μ` and stretched to
/// variance `A + v` (scale `√((A + v)/v)`, `v` the evidence's
/// ``TrendEvidence/noiseVariance``). The posterior mean of `θ` is then
/// taken as
///
///     E[θ | t] = P(slab | t) · (B t + (1 − B) μ),   B = A/(A + v),
///     P(slab | t) = (1 − π) f_slab(t) / [(1 − π) f_slab(t) + π f_spike(t)]:
///
/// a series keeps the share `λ = P(slab | t) · B` of its own trend
/// (``trendWeight(_:)``) and borrows `P(slab | t) · (1 − B) μ` of the
/// panel's (``shrinkage(_:)``). A clear trend (`|t|` large) keeps most of
/// its own; a series that wanders or reverts keeps little, and its forecast
/// stays near its last value, the naive forecast that is hard to beat on
/// short noisy rates. The heavy tails of a t on one or two degrees of
/// freedom (three or four values) keep a short history from being read as
/// surer than a longer one.
///
/// `π`, `A` (and `μ`) are estimated by maximum marginal likelihood over a set of
/// series (the EM algorithm of Dempster, Laird & Rubin 1977; the M-step for
/// `A` is the normal model's fixed-point iteration, an approximation with
/// Student densities, which have no closed form for it): across a panel, its own series
/// (``init(panel:horizon:)``), so that a panel of unemployment rates learns
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
  /// `μ`, the centre of the slab: the standardised drift a panel's drifting
  /// series share (0 for ``reference``; ±``largestT`` at most).
  public let location: Double

  /// The range searched for `A`.
  public static let slabVarianceRange: ClosedRange<Double> = 0.01...10_000

  /// The fewest series with evidence for a panel to learn its own prior.
  public static let minimumSeries = 20

  /// `|t|` above this counts as this: a series that changes by the same
  /// amount every year (`t = ±∞`) is a clear trend, not an overflow.
  static let largestT = 50.0

  /// The prior for one indicator alone: learned on the reference pool by
  /// ``init(estimatingFrom:sharingDirection:)`` without a shared direction
  /// (`TrendPriorTests` re-learns it).
  ///
  /// The pool is the training part of the six BPS regional panels
  /// (`Tests/TestSupport/Fixtures/bps-panels`) and of M3 yearly, each without its last
  /// values (two years, or six for M3, with all values; one with the last
  /// five), read with all values and with the last five: 5,528 series,
  /// none of them reaching the test years the README's M3 and BPS tables
  /// score (the M3 earlier-origin table's years are in the pool). Its `μ`
  /// is 0: one indicator's direction says nothing of another's (poverty
  /// falls where schooling rises), so the pool has no direction to share.
  public static let reference = TrendPrior(spikeShare: 0.7031, slabVariance: 52.72)

  /// Creates a prior.
  ///
  /// - Precondition: `spikeShare` in (0, 1); `slabVariance` positive;
  ///   `location` finite.
  public init(spikeShare: Double, slabVariance: Double, location: Double = 0) {
    precondition(spikeShare > 0 && spikeShare < 1, "π must lie in (0, 1)")
    precondition(slabVariance > 0 && slabVariance.isFinite, "A must be positive")
    precondition(location.isFinite, "μ must be finite")
    self.spikeShare = spikeShare
    self.slabVariance = slabVariance
    self.location = location
  }

  /// Learns the prior of a set of series from their evidence by maximum
  /// marginal likelihood (EM, at most 1,000 steps); `nil` with fewer than
  /// ``minimumSeries`` series whose `t` is a number (constant series say
  /// nothing).
  ///
  /// With `sharingDirection`, the slab's centre `μ` is learned too (the
  /// M-step's precision-weighted mean of the slab's `t`): the series of a
  /// panel of one indicator across regions share its national direction,
  /// and a series whose own t is weak borrows it, as a mean is shrunk
  /// toward the grand mean rather than toward zero (Efron & Morris 1975,
  /// "Data analysis using Stein's estimator and its generalizations",
  /// *JASA* 70(350)). Without, `μ = 0`, as for ``reference``.
  ///
  /// Where the panel shows no spread of trends around `μ`, `A` reaches the
  /// floor of ``slabVarianceRange``; with `μ = 0` spike and slab are then
  /// nearly one density, `π` is barely determined and EM may stop at its
  /// cap, but every weight is below `A/(A + v)` < 0,01 whatever `π` is.
  public init?(estimatingFrom evidence: [TrendEvidence], sharingDirection: Bool) {
    let points = evidence.filter { !$0.t.isNaN }.map {
      (
        t: min(max($0.t, -Self.largestT), Self.largestT), v: $0.noiseVariance,
        nu: Double($0.degreesOfFreedom)
      )
    }
    guard points.count >= Self.minimumSeries else { return nil }
    let normal = points.map { (t: $0.t, v: $0.v) }
    let count = Double(points.count)
    var mu = sharingDirection ? points.map(\.t).reduce(0, +) / count : 0
    let meanExcess = points.map { ($0.t - mu) * ($0.t - mu) - $0.v }.reduce(0, +) / count
    var pi = 0.5
    var a = min(max(meanExcess, 1), Self.slabVarianceRange.upperBound)
    var weights = [Double](repeating: 0, count: points.count)
    for _ in 0..<1000 {
      for (i, p) in points.enumerated() {
        weights[i] = Self.slabProbability(
          t: p.t, v: p.v, nu: p.nu, prior: (pi, a, mu))
      }
      let slabShare = weights.reduce(0, +) / count
      let newPi = min(max(1 - slabShare, 1e-3), 1 - 1e-3)
      let newMu = sharingDirection ? Self.slabCentre(normal, weights: weights, variance: a) : 0
      let newA = Self.slabVariance(normal, weights: weights, centre: newMu, from: a)
      let settled =
        abs(newPi - pi) < 1e-10 && abs(newA - a) <= 1e-10 * a && abs(newMu - mu) < 1e-10
      pi = newPi
      a = newA
      mu = newMu
      if settled { break }
    }
    self.init(spikeShare: pi, slabVariance: a, location: mu)
  }

  /// The most series a panel's prior is learned from: an evenly spaced
  /// sample of a larger panel (its three numbers are pinned down long
  /// before).
  public static let panelSampleSize = 2000

  /// Whether a series can say something of its trend: three values or
  /// more, all finite.
  public static func hasEvidence(_ values: some Collection<Double>) -> Bool {
    values.count >= 3 && values.allSatisfy(\.isFinite)
  }

  /// The series of a panel of `count` series a prior is learned from: those
  /// with evidence, and of more than ``panelSampleSize`` of them an evenly
  /// spaced sample (series are filtered first, so that short series cannot
  /// crowd the sample).
  public static func panelSample(count: Int, hasEvidence: (Int) -> Bool) -> [Int] {
    let eligible = (0..<count).filter(hasEvidence)
    let stride = max(1, (eligible.count + panelSampleSize - 1) / panelSampleSize)
    return Swift.stride(from: 0, to: eligible.count, by: stride).map { eligible[$0] }
  }

  /// What a series keeps of its own trend and what it borrows from the
  /// panel's.
  ///
  /// Both come from the posterior mean of its standardised drift,
  ///
  ///     E[θ | t] = P(slab | t) · (B t + (1 − B) μ),   B = A/(A + v).
  public struct Shrinkage: Sendable, Hashable {
    /// `λ = P(slab | t) · B` in [0, 1): the share of its own estimated
    /// trend a series keeps.
    public let ownShare: Double
    /// `P(slab | t) · (1 − B) μ`: the standardised drift it borrows, in
    /// drift standard errors per period (0 under a prior without `μ`).
    public let borrowedT: Double
  }

  /// The shrinkage of a series' trend (both parts 0 for a constant series,
  /// whose trend is none anyway).
  public func shrinkage(_ evidence: TrendEvidence) -> Shrinkage {
    guard !evidence.t.isNaN else { return Shrinkage(ownShare: 0, borrowedT: 0) }
    let t = min(max(evidence.t, -Self.largestT), Self.largestT)
    let v = evidence.noiseVariance
    let slab = Self.slabProbability(
      t: t, v: v, nu: Double(evidence.degreesOfFreedom),
      prior: (spikeShare, slabVariance, location))
    let keep = slabVariance / (slabVariance + v)
    return Shrinkage(ownShare: slab * keep, borrowedT: slab * (1 - keep) * location)
  }

  /// `λ` in [0, 1): the share of its estimated trend a series keeps
  /// (``Shrinkage/ownShare``).
  public func trendWeight(_ evidence: TrendEvidence) -> Double {
    shrinkage(evidence).ownShare
  }

  /// `P(slab | t)`, computed from the log densities so that a large `|t|`
  /// does not underflow both.
  static func slabProbability(
    t: Double, v: Double, nu: Double, prior: (pi: Double, a: Double, mu: Double)
  ) -> Double {
    let scale = ((prior.a + v) / v).squareRoot()
    let slab = Double.log(1 - prior.pi) + logStudent((t - prior.mu) / scale, nu) - Double.log(scale)
    let spike = Double.log(prior.pi) + logStudent(t, nu)
    return 1 / (1 + Double.exp(spike - slab))
  }

  /// `log f(x)` of Student t on `nu` degrees of freedom.
  static func logStudent(_ x: Double, _ nu: Double) -> Double {
    Double.logGamma((nu + 1) / 2) - Double.logGamma(nu / 2) - 0.5 * Double.log(nu * Double.pi)
      - (nu + 1) / 2 * Double.log(1 + x * x / nu)
  }

  /// The M-step for `μ` under the normal model: the slab's `t` averaged
  /// with weights `wᵢ/(A + vᵢ)`, clamped to ±``largestT``.
  static func slabCentre(
    _ points: [(t: Double, v: Double)], weights: [Double], variance a: Double
  ) -> Double {
    var numerator = 0.0
    var denominator = 0.0
    for (p, w) in zip(points, weights) {
      numerator += w * p.t / (a + p.v)
      denominator += w / (a + p.v)
    }
    guard denominator > 0 else { return 0 }
    return min(max(numerator / denominator, -largestT), largestT)
  }

  /// The M-step for `A`: the maximiser of `Σ wᵢ log φ(tᵢ − μ; A + vᵢ)`,
  /// where the score vanishes,
  /// `A = Σ wᵢ ((tᵢ − μ)² − vᵢ)/(A + vᵢ)² / Σ wᵢ/(A + vᵢ)²`,
  /// iterated from the current `A` (the fixed point of random-effects
  /// variance estimation with unequal variances; DerSimonian & Laird 1986
  /// give its one-step form), kept inside ``slabVarianceRange``.
  static func slabVariance(
    _ points: [(t: Double, v: Double)], weights: [Double], centre mu: Double, from start: Double
  ) -> Double {
    var a = start
    for _ in 0..<100 {
      var numerator = 0.0
      var denominator = 0.0
      for (p, w) in zip(points, weights) {
        let inverse = 1 / ((a + p.v) * (a + p.v))
        numerator += w * ((p.t - mu) * (p.t - mu) - p.v) * inverse
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
