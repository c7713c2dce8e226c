import TestSupport
import Testing

@testable import IKUForecast

@Suite struct PooledCalibrationTests {
  /// A fit with a fixed base forecast and given backtest errors.
  struct StubFit: PoolableFit {
    let backtestErrors: BacktestErrors
    func uncalibratedForecast(horizon: Int) -> [ForecastStep] {
      (1...horizon).map {
        ForecastStep(
          horizon: $0, center: 100, meanStandardError: 1, predictionStandardError: 10,
          degreesOfFreedom: 8)
      }
    }
    func forecast(horizon: Int) -> [ForecastStep] { uncalibratedForecast(horizon: horizon) }
  }

  /// 200 series with errors ±1 and ±3 at h = 1 (RMS √5) and 50 errors at
  /// h = 2 (too few for a shape of its own).
  func panel() -> [BacktestErrors] {
    (0..<200).map { i in
      BacktestErrors(
        byHorizon: [i.isMultiple(of: 2) ? [1, -3] : [-1, 3], i < 50 ? [2] : []],
        degreesOfFreedom: 8)
    }
  }

  @Test func poolsScaleAndShapePerHorizon() throws {
    let calibration = try #require(PooledCalibration(pooling: panel()))
    #expect(calibration.deviations.count == 1)
    #expect(agrees(calibration.deviations[0], 5.0.squareRoot(), relative: 1e-14))
    #expect(agrees(calibration.shapes[0].secondMoment, 1, relative: 1e-12))
  }

  @Test func aSeriesLikeThePoolGetsThePooledQuantiles() throws {
    let calibration = try #require(PooledCalibration(pooling: panel()))
    // Its own errors are the pool's (relative scale 1).
    let own = BacktestErrors(byHorizon: [[1, -3, -1, 3]], degreesOfFreedom: 8)
    let steps = calibration.forecast(StubFit(backtestErrors: own), horizon: 3)
    // The pooled |z| are 1 and 3 in equal numbers: the 95% interval ends
    // at the 97.5% quantile of ±1, ±3, which is 3, so 100 + 10·3.
    #expect(agrees(steps[0].predictionQuantile(0.975), 130, relative: 1e-12))
    // Horizon 3 has no pool of its own: horizon 1's is used.
    #expect(steps[2].shape == steps[0].shape)
    #expect(steps[2].predictionStandardError == steps[0].predictionStandardError)
  }

  @Test func ownScaleIsShrunkTowardsThePool() throws {
    let calibration = try #require(PooledCalibration(pooling: panel()))
    // Ten errors of twice the pooled RMS against k = 10: r = √((10·4 + 10)/20).
    let wide = BacktestErrors(
      byHorizon: [Array(repeating: 2 * 5.0.squareRoot(), count: 10)], degreesOfFreedom: 8)
    let step = calibration.forecast(StubFit(backtestErrors: wide), horizon: 1)[0]
    #expect(
      agrees(
        step.predictionStandardError, 10 * 5.0.squareRoot() * 2.5.squareRoot(), relative: 1e-14))
  }

  @Test func tooFewErrorsGiveNoCalibration() {
    let few = (0..<10).map { _ in BacktestErrors(byHorizon: [[1, 2]], degreesOfFreedom: 8) }
    #expect(PooledCalibration(pooling: few) == nil)
    #expect(PooledCalibration(pooling: []) == nil)
  }

  @Test func aStepWithoutSpreadIsLeftAlone() throws {
    struct Flat: PoolableFit {
      var backtestErrors: BacktestErrors { .none(degreesOfFreedom: 8) }
      func uncalibratedForecast(horizon: Int) -> [ForecastStep] {
        [
          ForecastStep(
            horizon: 1, center: 5, meanStandardError: 0, predictionStandardError: 0,
            degreesOfFreedom: 8)
        ]
      }
      func forecast(horizon: Int) -> [ForecastStep] { uncalibratedForecast(horizon: horizon) }
    }
    let calibration = try #require(PooledCalibration(pooling: panel()))
    let step = calibration.forecast(Flat(), horizon: 1)[0]
    #expect(step.shape == nil && step.predictionStandardError == 0)
  }
}
