import PropertyBased
import RealModule
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct TransformTests {
  @Test(arguments: [
    Transform.identity, .log(offset: 0), .log(offset: 1), .bounded(lower: 0, upper: 100),
  ])
  func roundTrip(_ transform: Transform) {
    for x in [0.5, 3.0, 39.67, 55.04, 99.2] {
      #expect(agrees(transform.inverse(transform.forward(x)), x, relative: 1e-12))
    }
  }

  @Test func boundsHoldAtTheEnds() {
    let t = Transform.bounded(lower: 0, upper: 100)
    #expect(t.forward(0).isFinite && t.forward(100).isFinite)
    #expect(t.inverse(-50) == 0)
    #expect(t.inverse(50) == 100)
    #expect(agrees(t.inverse(t.forward(100)), 100, relative: 1e-14))
  }

  @Test func logMeanIsTheLognormalMeanToSecondOrder() {
    // E[e^X] = e^{μ + σ²/2}; the second-order formula e^μ(1 + σ²/2) is
    // within σ⁴/8 of it.
    let t = Transform.log(offset: 0)
    let exact = Double.exp(2 + 0.01 / 2)
    #expect(abs(t.mean(center: 2, variance: 0.01) - exact) / exact < 2e-5)
  }

  @Test func logitMeanAgreesWithNumericalIntegration() {
    // E[a + w·σ(X)] for X ~ N(μ, s²) by the trapezoid rule on ±8s.
    let t = Transform.bounded(lower: 0, upper: 100)
    let mu = 1.2
    let s = 0.15
    var sum = 0.0
    let n = 4000
    for i in 0...n {
      let z = -8 + 16 * Double(i) / Double(n)
      let weight = (i == 0 || i == n ? 0.5 : 1) * 16 / Double(n)
      sum += weight * t.inverse(mu + s * z) * .exp(-z * z / 2) / (2 * Double.pi).squareRoot()
    }
    #expect(abs(t.mean(center: mu, variance: s * s) - sum) < 1e-3)
  }

  @Test func intervalsOnTheLogitScaleStayInsideTheBounds() throws {
    let forecast = try Forecaster(transform: .bounded(lower: 0, upper: 100)).forecast(
      [91.0, 94.5, 97.5, 98.9], horizon: 3, levels: [0.95])
    for step in forecast.steps {
      #expect(step.intervals[0].upper <= 100)
      #expect(step.intervals[0].lower >= 0)
      #expect(step.intervals[0].lower <= step.median && step.median <= step.intervals[0].upper)
    }
  }

  @Test func probabilitiesUseThePredictiveDistribution() throws {
    let forecast = try Forecaster(transform: .bounded(lower: 0, upper: 100)).forecast(
      [40, 44, 47, 52, 55.04], horizon: 1, levels: [0.8])
    let step = forecast.steps[0]
    let interval = step.intervals[0]
    // The interval's ends are the 10% and 90% quantiles.
    #expect(agrees(try #require(step.probability(atMost: interval.lower)), 0.1, relative: 1e-9))
    #expect(agrees(try #require(step.probability(atLeast: interval.upper)), 0.1, relative: 1e-9))
    #expect(agrees(try #require(step.probability(atLeast: step.median)), 0.5, relative: 1e-9))
  }
}

@Suite struct TransformDomainTests {
  @Test func acceptsOnlyWhatItCanMap() {
    #expect(Transform.identity.accepts(-5) && !Transform.identity.accepts(.nan))
    #expect(Transform.log(offset: 1).accepts(-0.5) && !Transform.log(offset: 1).accepts(-1))
    let percent = Transform.bounded(lower: 0, upper: 100)
    #expect(percent.accepts(0) && percent.accepts(100) && percent.accepts(39.67))
    #expect(!percent.accepts(100.5) && !percent.accepts(-0.1) && !percent.accepts(.infinity))
  }

  /// Property: whatever a bounded model predicts, the back-transform stays
  /// inside the bounds (random model-scale values from −10⁶ to 10⁶).
  @Test func backTransformStaysInsideTheBounds() async {
    await propertyCheck(
      count: 500, input: Gen.double(in: -1e6...1e6), Gen.double(in: -1000...1000),
      Gen.double(in: 0.001...1000)
    ) { z, lower, width in
      let t = Transform.bounded(lower: lower, upper: lower + width)
      let x = t.inverse(z)
      #expect(x >= lower && x <= lower + width, "\(z) → \(x) outside [\(lower), \(lower + width)]")
    }
  }

  /// Property: the back-transforms are non-decreasing, so quantiles stay
  /// in order on the original scale.
  @Test func backTransformsAreMonotone() async {
    await propertyCheck(count: 500, input: Gen.double(in: -50...50), Gen.double(in: 0...10)) {
      z, step in
      for t in [
        Transform.identity, .log(offset: 0), .log(offset: 1), .bounded(lower: 0, upper: 100),
      ] {
        #expect(t.inverse(z) <= t.inverse(z + step))
      }
    }
  }
}
