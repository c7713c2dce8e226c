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
}
