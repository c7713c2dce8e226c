import PropertyBased
import RealModule
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct TransformTests {
  static let percent = Transform.logit(lower: 0, upper: 100)

  @Test(arguments: [
    Transform.identity, .log, percent, .censored(lower: 0, upper: 100),
    .censored(lower: 0, upper: .infinity),
  ])
  func roundTrip(_ transform: Transform) {
    for x in [0.5, 3.0, 39.67, 55.04, 99.2] {
      #expect(agrees(transform.inverse(transform.forward(x)), x, relative: 1e-12))
    }
  }

  /// The default scale: logit strictly inside two bounds; censored where a
  /// value sits on a bound or only one bound exists; identity without.
  @Test func automaticChoice() {
    #expect(Transform.automatic(for: [39.67, 55.04], lower: 0, upper: 100) == Self.percent)
    #expect(
      Transform.automatic(for: [98, 99, 99.5, 100], lower: 0, upper: 100)
        == .censored(lower: 0, upper: 100))
    #expect(
      Transform.automatic(for: [0, 2.5], lower: 0, upper: 100) == .censored(lower: 0, upper: 100))
    #expect(
      Transform.automatic(for: [5200, 0, 5900], lower: 0, upper: nil)
        == .censored(lower: 0, upper: .infinity))
    #expect(Transform.automatic(for: [-3, 4], lower: nil, upper: nil) == .identity)
    // Within 2% of the range of a bound: censored (the logit would stretch
    // 0,01% as far from 3% as 3% is from 50%).
    #expect(
      Transform.automatic(for: [0.01, 3, 2.8, 2.5, 2.4], lower: 0, upper: 100)
        == .censored(lower: 0, upper: 100))
    #expect(
      Transform.automatic(for: [99.5, 99.7, 99.95], lower: 0, upper: 100)
        == .censored(lower: 0, upper: 100))
    #expect(Transform.automatic(for: [2, 3, 98], lower: 0, upper: 100) == Self.percent)
    // An exact straight line keeps its scale, where it has no variation.
    #expect(
      Transform.automatic(for: [50, 52, 54, 56], lower: 0, upper: 100)
        == .censored(lower: 0, upper: 100))
    #expect(Transform.isStraightLine([7, 7, 7]) && !Transform.isStraightLine([1, 2, 4]))
  }

  @Test func explicitChoiceIsChecked() throws {
    #expect(try Transform.chosen(.log, for: [1, 2], lower: nil, upper: nil) == .log)
    #expect(throws: ForecastError.outsideScale(index: 1)) {
      try Transform.chosen(.log, for: [1, 0, 2], lower: nil, upper: nil)
    }
    #expect(throws: ForecastError.outsideScale(index: 0)) {
      try Transform.chosen(.logit, for: [100, 99], lower: 0, upper: 100)
    }
    #expect(throws: ForecastError.needsBounds) {
      try Transform.chosen(.logit, for: [50], lower: 0, upper: nil)
    }
    #expect(
      try Transform.chosen(.none, for: [100], lower: 0, upper: 100)
        == .censored(lower: 0, upper: 100))
    #expect(try Transform.chosen(.auto, for: [50], lower: 0, upper: 100) == Self.percent)
  }

  /// Bounds far wider than the values would map them all to ½ on the logit.
  ///
  /// `auto` keeps them as they are, an explicit logit is refused at the
  /// first value that loses its digits. Percentages keep theirs.
  @Test func aLogitThatLosesTheDigitsIsNotTaken() throws {
    let values = [0.3, 0.31, 0.29, 0.33]
    #expect(Transform.logitLosesDigits(values, lower: -1e150, upper: 1e150) == 0)
    #expect(Transform.logitLosesDigits(values, lower: -1e9, upper: 1e9) == 0)
    #expect(Transform.logitLosesDigits(values, lower: 0, upper: 1e12) == nil)
    #expect(
      Transform.automatic(for: values, lower: -1e150, upper: 1e150)
        == .censored(lower: -1e150, upper: 1e150))
    #expect(throws: ForecastError.losesDigits(index: 0)) {
      try Transform.chosen(.logit, for: values, lower: -1e150, upper: 1e150)
    }
    // Every percentage from 2% to 98% in steps of 0,01 comes back, to
    // 2 × 10⁻¹⁴.
    let percentages = (200...9800).map { Double($0) / 100 }
    #expect(Transform.logitLosesDigits(percentages, lower: 0, upper: 100) == nil)
    let worst = percentages.map { (Self.percent.inverse(Self.percent.forward($0)) - $0).magnitude }
      .max()
    #expect(worst.map { $0 <= 2e-14 } == true)
    #expect(Transform.automatic(for: [40, 45, 50, 48], lower: 0, upper: 100) == Self.percent)
  }

  /// The censored back-transform holds the bounds; the logit one lies
  /// strictly inside them, so no forecast mass piles up on a bound.
  @Test func boundsHold() {
    let censored = Transform.censored(lower: 0, upper: 100)
    #expect(censored.inverse(-50) == 0 && censored.inverse(150) == 100)
    #expect(Self.percent.inverse(-30) > 0 && Self.percent.inverse(30) < 100)
    #expect(Self.percent.forward(0) == -.infinity && Self.percent.forward(100) == .infinity)
    #expect(Transform.log.forward(0) == -.infinity)
  }

  /// The mean of the log of a Student t does not exist: none is stated.
  @Test func logOfStudentTHasNoMean() {
    let step = ForecastStep(
      horizon: 1, center: 2, meanStandardError: 0.1, predictionStandardError: 0.1,
      degreesOfFreedom: 30)
    #expect(Transform.log.mean(of: step) == nil)
    let cauchy = ForecastStep(
      horizon: 1, center: 2, meanStandardError: 0.1, predictionStandardError: 0.1,
      degreesOfFreedom: 1)
    #expect(Transform.identity.mean(of: cauchy) == nil)
    #expect(Transform.identity.mean(of: step) == 2)
  }

  /// The logit mean against `E[a + w·σ(X)]` by the trapezoid rule on
  /// ±60 standard units of the t₆ density (an independent integral in z).
  @Test func logitMeanAgreesWithIntegrationInZ() throws {
    let (mu, s, nu) = (1.2, 0.35, 6.0)
    let step = ForecastStep(
      horizon: 1, center: mu, meanStandardError: s, predictionStandardError: s,
      degreesOfFreedom: nu)
    let c =
      Double.exp(
        Double.logGamma((nu + 1) / 2) - Double.logGamma(nu / 2)) / (nu * Double.pi).squareRoot()
    var sum = 0.0
    let n = 200_000
    for i in 0...n {
      let z = -60 + 120 * Double(i) / Double(n)
      let weight = (i == 0 || i == n ? 0.5 : 1) * 120 / Double(n)
      let density = c * Double.pow(1 + z * z / nu, -(nu + 1) / 2)
      sum += weight * Self.percent.inverse(mu + s * z) * density
    }
    #expect(agrees(try #require(Self.percent.mean(of: step)), sum, relative: 1e-7))
  }

  /// The censored mean `E[max(Y, 0)]` for `Y ~ N(μ, σ²)` (ν = ∞) is
  /// `μΦ(μ/σ) + σφ(μ/σ)` (the mean of a censored normal, Tobin 1958).
  @Test func censoredMeanIsTheTobitMean() throws {
    let (mu, sigma) = (1.0, 2.0)
    let step = ForecastStep(
      horizon: 1, center: mu, meanStandardError: sigma, predictionStandardError: sigma,
      degreesOfFreedom: .infinity)
    let r = mu / sigma
    let expected =
      mu * NormalDistribution.standard.cdf(r) + sigma * NormalDistribution.standard.density(r)
    let mean = try #require(Transform.censored(lower: 0, upper: .infinity).mean(of: step))
    #expect(agrees(mean, expected, relative: 1e-7))
  }

  @Test func probabilitiesUseThePredictiveDistribution() throws {
    let forecast = try Forecaster(transform: Self.percent).forecast(
      [40, 44, 47, 52, 55.04], horizon: 1, levels: [0.8])
    let step = forecast.steps[0]
    let interval = step.intervals[0]
    // The interval's ends are the 10% and 90% quantiles.
    #expect(agrees(try #require(step.probability(atMost: interval.lower)), 0.1, relative: 1e-9))
    #expect(agrees(try #require(step.probability(atLeast: interval.upper)), 0.1, relative: 1e-9))
    #expect(agrees(try #require(step.probability(atLeast: step.median)), 0.5, relative: 1e-9))
    // Certain at and beyond the bounds.
    #expect(step.probability(atLeast: 0) == 1 && step.probability(atMost: 100) == 1)
    #expect(step.probability(atLeast: 100.5) == 0 && step.probability(atMost: -1) == 0)
  }
}

@Suite struct TransformDomainTests {
  @Test func acceptsOnlyWhatItCanMap() {
    #expect(Transform.identity.accepts(-5) && !Transform.identity.accepts(.nan))
    #expect(Transform.log.accepts(0.5) && !Transform.log.accepts(0))
    let percent = TransformTests.percent
    #expect(!percent.accepts(0) && !percent.accepts(100) && percent.accepts(39.67))
    let censored = Transform.censored(lower: 0, upper: 100)
    #expect(censored.accepts(0) && censored.accepts(100) && !censored.accepts(100.5))
    #expect(!censored.accepts(-0.1) && !censored.accepts(.infinity))
  }

  /// Property: whatever a bounded model predicts, the back-transform stays
  /// inside the bounds (random model-scale values from −10⁶ to 10⁶).
  @Test func backTransformStaysInsideTheBounds() async {
    await propertyCheck(
      count: 500, input: Gen.double(in: -1e6...1e6), Gen.double(in: -1000...1000),
      Gen.double(in: 0.001...1000)
    ) { z, lower, width in
      for t in [
        Transform.logit(lower: lower, upper: lower + width),
        .censored(lower: lower, upper: lower + width),
      ] {
        let x = t.inverse(z)
        #expect(
          x >= lower && x <= lower + width, "\(z) → \(x) outside [\(lower), \(lower + width)]")
      }
    }
  }

  /// Property: the back-transforms are non-decreasing, so quantiles stay
  /// in order on the original scale.
  @Test func backTransformsAreMonotone() async {
    await propertyCheck(count: 500, input: Gen.double(in: -50...50), Gen.double(in: 0...10)) {
      z, step in
      for t in [
        Transform.identity, .log, TransformTests.percent, .censored(lower: 0, upper: 100),
      ] {
        #expect(t.inverse(z) <= t.inverse(z + step))
      }
    }
  }
}
