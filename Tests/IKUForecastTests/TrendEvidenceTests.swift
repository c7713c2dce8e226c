import TestSupport
import Testing

@testable import IKUForecast

@Suite struct TrendEvidenceTests {
  /// By hand: differences 2, −1, 3, 0 have mean 1, deviations 1, −2, 2, −1,
  /// sum of squares 10, s = √(10/3), t = 1/(s/2) = 2/√(10/3); lag-1
  /// products 1·(−2) + (−2)·2 + 2·(−1) = −8, r₁ = −8/10.
  @Test func theStatisticsByHand() {
    let e = TrendEvidence(values: [10, 12, 11, 14, 14])
    #expect(agrees(e.t, 2 / (10.0 / 3).squareRoot(), relative: 1e-14))
    #expect(e.degreesOfFreedom == 3)
    #expect(agrees(e.differenceAutocorrelation, -0.8, relative: 1e-14))
    #expect(!e.changesPersist)
    #expect(e.noiseVariance == 3)
    #expect(e == TrendEvidence(differences: [2, -1, 3, 0]))
  }

  /// `v = ν/(ν − 2)` from five values on; 3 below.
  @Test func theNoiseVarianceOfT() {
    #expect(TrendEvidence(values: [1, 2, 4]).noiseVariance == 3)
    #expect(TrendEvidence(values: [1, 2, 4, 5]).noiseVariance == 3)
    let ten = TrendEvidence(values: [1, 2, 4, 5, 7, 8, 9, 12, 13, 15])
    #expect(ten.degreesOfFreedom == 8)
    #expect(agrees(ten.noiseVariance, 8.0 / 6, relative: 1e-15))
  }

  /// Equal steps: no spread, an infinite t; a constant series: no t at all.
  @Test func degenerateSeries() {
    #expect(TrendEvidence(values: [1, 3, 5, 7]).t == .infinity)
    #expect(TrendEvidence(values: [7, 5, 3, 1]).t == -.infinity)
    #expect(TrendEvidence(values: [4, 4, 4, 4]).t.isNaN)
    #expect(TrendEvidence(values: [4, 4, 4, 4]).differenceAutocorrelation == 0)
  }

  /// The same evidence at any scale: squares of 10¹⁶⁰ would overflow and
  /// of 10⁻¹⁷⁰ underflow without the scaling.
  @Test func theScaleDoesNotMatter() {
    let values: [Double] = [1, 1.2, 0.9, 1.1, 1.0, 1.15]
    let plain = TrendEvidence(values: values)
    for scale in [1e160, 1e-170, 1e300] {
      let scaled = TrendEvidence(values: values.map { $0 * scale })
      #expect(agrees(scaled.t, plain.t, relative: 1e-12))
      #expect(
        agrees(
          scaled.differenceAutocorrelation, plain.differenceAutocorrelation, relative: 1e-12))
    }
  }

  /// Changes that persist: a slope that keeps growing.
  @Test func persistingChanges() {
    let e = TrendEvidence(values: [1, 2, 4, 7, 11, 16, 22])
    #expect(e.differenceAutocorrelation > 0)
    #expect(e.changesPersist)
  }
}
