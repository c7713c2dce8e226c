import TestSupport
import Testing

@testable import IKUForecast

@Suite struct ForecastStepTests {
  static func step(center: Double = 50, se: Double, df: Double = 8) -> ForecastStep {
    ForecastStep(
      horizon: 1, center: center, meanStandardError: se / 2, predictionStandardError: se,
      degreesOfFreedom: df)
  }

  /// `P(Y ≤ c + t·se)` is the Student-t CDF at `t`; scipy
  /// `stats.t.ppf(0.9, 8)` = 1.3968153097438654.
  @Test func probabilitiesAreTheStudentTTails() {
    let step = Self.step(se: 2)
    let upper = 50 + 2 * 1.3968153097438654
    #expect(agrees(step.probability(atMost: upper), 0.9, relative: 0, absolute: 1e-12))
    #expect(agrees(step.probability(atLeast: upper), 0.1, relative: 0, absolute: 1e-12))
    #expect(agrees(step.probability(atLeast: 50), 0.5, relative: 0, absolute: 1e-15))
  }

  /// The upper tail is computed directly, not as `1 − P(Y ≤ v)`, so it
  /// keeps its digits far out where the difference would round to zero.
  @Test func farUpperTailKeepsItsDigits() {
    let step = Self.step(se: 1, df: .infinity)
    let p = step.probability(atLeast: 50 + 10)
    // Φ(−10) = 7.61985302416047e-24 (scipy `stats.norm.sf(10)`).
    #expect(agrees(p, 7.61985302416047e-24, relative: 1e-9))
  }

  @Test func zeroSpreadIsAStepAndNotAnEstimate() {
    let step = Self.step(se: 0)
    #expect(step.probability(atMost: 50) == 1 && step.probability(atMost: 49.9) == 0)
    #expect(step.probability(atLeast: 50) == 1 && step.probability(atLeast: 50.1) == 0)
    #expect(!step.hasEstimatedSpread)
  }

  @Test func undefinedSpreadGivesNoProbability() {
    let step = Self.step(se: .nan)
    #expect(step.probability(atMost: 50).isNaN && step.probability(atLeast: 50).isNaN)
    #expect(!step.hasEstimatedSpread)
    #expect(!Self.step(se: .infinity).hasEstimatedSpread)
  }

  /// Rounding noise of a perfect fit (1e-14 on a centre of 50) is not a
  /// spread; a small real one (1e-6) is.
  @Test func roundingNoiseIsNotASpread() {
    #expect(!Self.step(se: 1e-14).hasEstimatedSpread)
    #expect(Self.step(se: 1e-6).hasEstimatedSpread)
    #expect(Self.step(center: 0, se: 1e-300).hasEstimatedSpread)
  }
}
