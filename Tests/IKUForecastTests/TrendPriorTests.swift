import Foundation
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct TrendPriorTests {
  /// `λ = P(slab | t) · A/(A + v)` with the Student densities written out:
  /// the spike `t_ν`, the slab `t_ν` stretched to variance `A + v`.
  @Test func theWeightByHand() {
    let prior = TrendPrior(spikeShare: 0.7, slabVariance: 20)
    let e = TrendEvidence(values: [10, 12, 11, 14, 14])
    let (t, v, nu) = (e.t, 3.0, 3.0)
    func student(_ x: Double) -> Double {
      let constant: Double =
        exp(lgamma((nu + 1) / 2) - lgamma(nu / 2)) / (nu * Double.pi).squareRoot()
      let kernel: Double = pow(1 + x * x / nu, -(nu + 1) / 2)
      return constant * kernel
    }
    let scale = ((20 + v) / v).squareRoot()
    let slab = 0.3 * student(t / scale) / scale
    let spike = 0.7 * student(t)
    let expected = slab / (slab + spike) * 20 / (20 + v)
    #expect(agrees(prior.trendWeight(e), expected, relative: 1e-12))
  }

  /// A short history is never read as surer: the same t keeps less of its
  /// trend on three or four values than on five (all three with `v = 3`),
  /// as a t on one or two degrees of freedom has heavier tails.
  @Test func shortHistoriesKeepLess() {
    // However clear, a three- or four-value trend keeps at most 84% under
    // the reference (the Student tails bound the slab's odds).
    #expect(TrendPrior.reference.trendWeight(Self.evidence(t: 50, values: 3)) < 0.62)
    #expect(TrendPrior.reference.trendWeight(Self.evidence(t: 50, values: 4)) < 0.85)
    for t in [2.0, 4.0, 8.0, 50.0] {
      let weights = [3, 4, 5].map {
        TrendPrior.reference.trendWeight(Self.evidence(t: t, values: $0))
      }
      #expect(weights == weights.sorted(), "t = \(t): \(weights)")
    }
  }

  /// A clear trend keeps almost all of it; a series with no drift little;
  /// a constant one none; equal steps count as |t| = 50.
  @Test func clearTrendsKeepTheirTrend() {
    let prior = TrendPrior.reference
    let clear = prior.trendWeight(TrendEvidence(values: [10, 11.1, 11.9, 13.2, 14, 15.1, 15.9]))
    let none = prior.trendWeight(TrendEvidence(values: [10, 12, 9, 11, 10, 12, 10]))
    #expect(clear > 0.9)
    #expect(none < 0.1)
    #expect(prior.trendWeight(TrendEvidence(values: [3, 3, 3])) == 0)
    let equalSteps = prior.trendWeight(TrendEvidence(values: [1, 3, 5, 7, 9]))
    #expect(equalSteps > 0.9)
    #expect(agrees(equalSteps, prior.trendWeight(Self.evidence(t: 50, values: 5)), relative: 1e-9))
  }

  /// Maximum marginal likelihood finds, near enough, the prior that made
  /// the data.
  ///
  /// 4,000 t statistics on the ν of five to twelve values, 60%
  /// from the spike (Student t_ν) and 40% from a slab of variance 25 (t_ν
  /// stretched to variance 25 + v). The M-step for `A` is the normal one,
  /// so the tolerance is wider than sampling alone would need.
  @Test func theEMRecoversAKnownPrior() throws {
    let evidence = Self.draws(seed: 2026, spikeShare: 0.6, slabVariance: 25)
    let prior = try #require(TrendPrior(estimatingFrom: evidence, sharingDirection: false))
    #expect(abs(prior.spikeShare - 0.6) < 0.05)
    #expect(abs(prior.slabVariance / 25 - 1) < 0.2)
  }

  /// With a shared direction the EM finds the slab's centre too: 4,000 t
  /// statistics as above, 30% from the spike and 70% from a slab of
  /// variance 4 centred at −2.
  @Test func theEMRecoversASharedDirection() throws {
    let evidence = Self.draws(seed: 2027, spikeShare: 0.3, slabVariance: 4, location: -2)
    let prior = try #require(TrendPrior(estimatingFrom: evidence, sharingDirection: true))
    #expect(abs(prior.location + 2) < 0.2)
    #expect(abs(prior.spikeShare - 0.3) < 0.1)
    #expect(abs(prior.slabVariance / 4 - 1) < 0.35)
    // Without, the centre stays at 0.
    #expect(
      try #require(TrendPrior(estimatingFrom: evidence, sharingDirection: false)).location == 0)
  }

  /// `E[θ | t] = P(slab | t) · (B t + (1 − B) μ)`: the slab's density
  /// centred at `μ`, the kept share `P · B`, the borrowed `P · (1 − B) μ`.
  @Test func theShrinkageByHand() {
    let prior = TrendPrior(spikeShare: 0.4, slabVariance: 2, location: -1.5)
    let e = TrendEvidence(values: [10, 9.2, 9.6, 8.1, 8.4, 7.3])
    let (t, nu) = (e.t, 4.0)
    let v = nu / (nu - 2)
    func student(_ x: Double) -> Double {
      exp(lgamma((nu + 1) / 2) - lgamma(nu / 2)) / (nu * Double.pi).squareRoot()
        * pow(1 + x * x / nu, -(nu + 1) / 2)
    }
    let scale = ((2 + v) / v).squareRoot()
    let slab = 0.6 * student((t + 1.5) / scale) / scale
    let p = slab / (slab + 0.4 * student(t))
    let b = 2 / (2 + v)
    let shrinkage = prior.shrinkage(e)
    #expect(agrees(shrinkage.ownShare, p * b, relative: 1e-12))
    #expect(agrees(shrinkage.borrowedT, p * (1 - b) * -1.5, relative: 1e-12))
    #expect(prior.trendWeight(e) == shrinkage.ownShare)
    // No centre, nothing borrowed; a constant series neither keeps nor borrows.
    #expect(TrendPrior.reference.shrinkage(e).borrowedT == 0)
    #expect(prior.shrinkage(TrendEvidence(values: [3, 3, 3])) == .init(ownShare: 0, borrowedT: 0))
  }

  /// ``TrendPrior/reference`` is what ``TrendPrior/init(estimatingFrom:)``
  /// learns on the reference pool its documentation names: the training
  /// parts of the six BPS panels and of M3 yearly without their last values
  /// (2 for BPS, 6 for M3, with all values; 1 with the last five).
  @Test func theReferenceIsLearnedOnThePool() throws {
    var evidence: [TrendEvidence] = []
    let panels = [
      "kemiskinan_kabkota", "tpt_kabkota_pre2020", "rls_kabkota", "pdrb_growth_kabkota",
      "tpt_provinsi", "lpe_provinsi",
    ]
    let files =
      try panels.map { (try fixturePath("bps-panels/\($0)/train.csv"), 2) }
      + [(try fixturePath("m3-yearly/train.csv"), 6)]
    for (file, horizon) in files {
      let series = try Self.rows(file)
      for (cut, window) in [(horizon, Int?.none), (1, 5)] {
        for values in series where values.count - cut >= 3 {
          let kept = Array(values.dropLast(cut))
          evidence.append(TrendEvidence(values: window.map { Array(kept.suffix($0)) } ?? kept))
        }
      }
    }
    #expect(evidence.count == 5528)
    let learned = try #require(TrendPrior(estimatingFrom: evidence, sharingDirection: false))
    #expect(abs(learned.spikeShare - TrendPrior.reference.spikeShare) < 1e-4)
    #expect(abs(learned.slabVariance / TrendPrior.reference.slabVariance - 1) < 5e-4)
    #expect(learned.location == 0 && TrendPrior.reference.location == 0)
  }

  /// The values of a wide CSV (`id,v1,…`), rows whose values are not all
  /// numbers (a header) left out.
  static func rows(_ path: String) throws -> [[Double]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst()
        .filter { !$0.isEmpty }
      let values = fields.compactMap { Double($0) }
      return values.count == fields.count && !values.isEmpty ? values : nil
    }
  }

  /// 4,000 t statistics drawn from a known prior, on the ν of five to
  /// twelve values in turn: from the spike (Student t_ν) with probability
  /// `spikeShare`, else from the slab (t_ν stretched to variance
  /// `slabVariance + v` and moved to `location`).
  static func draws(
    seed: UInt64, spikeShare: Double, slabVariance: Double, location: Double = 0
  ) -> [TrendEvidence] {
    var generator = SeededGenerator(seed: seed)
    var evidence: [TrendEvidence] = []
    while evidence.count < 4000 {
      let n = 5 + evidence.count % 8
      let nu = n - 2
      let v = Double(nu) / Double(nu - 2)
      let chi2 = (0..<nu).map { _ in pow(normal(&generator), 2) }.reduce(0, +)
      let draw = normal(&generator) / (chi2 / Double(nu)).squareRoot()
      let slab = Double.random(in: 0..<1, using: &generator) >= spikeShare
      let t = slab ? location + ((slabVariance + v) / v).squareRoot() * draw : draw
      evidence.append(Self.evidence(t: t, values: n))
    }
    return evidence
  }

  /// A series of `values` values whose drift t statistic is `t`: differences
  /// `c ± d` alternating around their mean, scaled to that t.
  static func evidence(t: Double, values: Int) -> TrendEvidence {
    let n = values - 1
    let spread = (0..<n).map { $0 % 2 == 0 ? 1.0 : -1.0 }
    let centred = spread.map { $0 - spread.reduce(0, +) / Double(n) }
    let s = (centred.map { $0 * $0 }.reduce(0, +) / Double(n - 1)).squareRoot()
    let mean = t * s / Double(n).squareRoot()
    return TrendEvidence(differences: centred.map { $0 + mean })
  }
}

/// A standard normal draw (Box–Muller).
func normal(_ generator: inout SeededGenerator) -> Double {
  let u = Double.random(in: Double.ulpOfOne..<1, using: &generator)
  let w = Double.random(in: 0..<1, using: &generator)
  return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * w)
}
