import TestSupport
import Testing

@testable import IKUForecast

@Suite struct AccuracyTallyTests {
  @Test func scoresByHand() throws {
    // Naive from [10, 12, 16]: forecast 16, σ̂² = (4 + 16)/2 = 10.
    let forecast = try Forecaster(model: NaiveModel()).forecast([10, 12, 16], horizon: 2)
    var tally = AccuracyTally()
    tally.add(forecast, actual: [20, 16], history: [10, 12, 16])
    // sMAPE: 200·4/36 and 0; MASE scale = mean |Δ| = 3: 4/3 and 0.
    #expect(agrees(tally.smape, (200.0 * 4 / 36) / 2, relative: 1e-14))
    #expect(agrees(tally.mase, (4.0 / 3) / 2, relative: 1e-14))
    #expect(tally.count == 2)
    // 80% half-width at h = 1: t(2)₀.₉ · √10 = 1.8856·3.162 = 5.96 > 4.
    #expect(tally.coverage(0.8) == 1)
    #expect(tally.coverage(0.5).isNaN)
  }

  @Test func msisByHand() throws {
    // Naive from [10, 12, 16]: σ̂² = 10, t(2)₀.₉₇₅ = 4.3027; at h = 1 the
    // 95% interval is 16 ± 4.3027·√10 = [2.394, 29.606]; y = 40 lies above:
    // score = width + 40·(40 − upper), scaled by mean |Δ| = 3.
    let forecast = try Forecaster(model: NaiveModel()).forecast(
      [10, 12, 16], horizon: 1, levels: [0.95])
    var tally = AccuracyTally(levels: [0.95])
    tally.add(forecast, actual: [40], history: [10, 12, 16])
    let half = StudentTDistribution(degreesOfFreedom: 2).quantile(0.975) * 10.0.squareRoot()
    let expected = (2 * half + 40 * (40 - (16 + half))) / 3
    #expect(agrees(tally.msis, expected, relative: 1e-12))
    var merged = AccuracyTally(levels: [0.95])
    merged.merge(tally)
    merged.merge(tally)
    #expect(agrees(merged.msis, expected, relative: 1e-12))
    #expect(merged.count == 2)
  }
}
