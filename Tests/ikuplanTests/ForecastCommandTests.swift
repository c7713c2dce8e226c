import Foundation
import IKUForecast
import TestSupport
import Testing

/// `ikuplan forecast` on the forecast cases (fixtures `cases/forecast/`, from
/// the forecast issue's case list): the right behaviour of each kind, end to
/// end through the JSON.
@Suite struct ForecastCommandTests {
  /// The first indicator's transform name and forecast object.
  func forecast(_ folder: String) throws -> (transform: String, forecast: [String: Any]) {
    let result = try runIKUPlan([
      "forecast", "--history", try fixturePath("cases/forecast/\(folder)"), "--format", "json",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let indicator = try #require((json["indicators"] as? [[String: Any]])?.first)
    return (
      try #require(indicator["transform"] as? String),
      try #require(indicator["forecast"] as? [String: Any])
    )
  }

  func interval(_ forecast: [String: Any], _ level: Double) throws -> (Double, Double) {
    let intervals = try #require(forecast["intervals"] as? [[String: Any]])
    let match = try #require(intervals.first { ($0["level"] as? Double) == level })
    return (try #require(match["lower"] as? Double), try #require(match["upper"] as? Double))
  }

  /// 5200, 5400, 5600, 0, 5900 orang: modelled as they are, censored at 0.
  ///
  /// The case's right behaviour: the same `auto` as on the raw scale (the
  /// case measured about 5,480 with the `auto` of its day, 95% up to near
  /// 21,800; with the trend weight the zero makes the trend unclear, and
  /// the centre stays near the last value); nothing above four times the
  /// largest value; a finite mean within a third of the median.
  @Test func countWithAZero() throws {
    let (transform, forecast) = try forecast("count-with-a-zero")
    #expect(transform == "censored")
    let raw = try Forecaster().forecast([5200, 5400, 5600, 0, 5900], horizon: 1).steps[0]
    let median = try #require(forecast["median"] as? Double)
    #expect(agrees(median, raw.median, relative: 1e-9))
    let (lower95, upper95) = try interval(forecast, 0.95)
    #expect(lower95 >= 0)
    let rawUpper = try #require(raw.intervals.first { $0.level == 0.95 }).upper
    #expect(agrees(upper95, rawUpper, relative: 1e-9) && upper95 < 4 * 5900)
    let mean = try #require(forecast["mean"] as? Double)
    #expect(mean.isFinite && abs(mean - median) < median / 3)
  }

  /// 6.2, 5.9, 5.6, 5.3, 5.1, 7.8 %: the jump counted once.
  ///
  /// The case's right values: the model's own formula without backtest
  /// rescaling (80% about 5.1–10.2 and 95% about 3.8–13.3 with the `auto` of
  /// its day; before, 0.64–37.8 and 0–75.7). The formula's interval is
  /// computed here on the logit scale, and the ends must lie within 10%.
  @Test func percentageAfterABreak() throws {
    let (transform, forecast) = try forecast("percentage-after-a-break")
    #expect(transform == "logit")
    let values: [Double] = [6.2, 5.9, 5.6, 5.3, 5.1, 7.8]
    let fit = try #require(
      try AutoModel().fit(values.map { log($0 / (100 - $0)) }) as? any PoolableFit)
    let step = fit.uncalibratedForecast(horizon: 1)[0]
    let back = { (p: Double) in 100 / (1 + exp(-step.predictionQuantile(p))) }
    for (level, drawn) in [
      (0.8, try interval(forecast, 0.8)), (0.95, try interval(forecast, 0.95)),
    ] {
      let (lower, upper) = (back((1 - level) / 2), back((1 + level) / 2))
      #expect(agrees(drawn.0, lower, relative: 0.1) && agrees(drawn.1, upper, relative: 0.1))
    }
    // Far from the double count: the 95% interval is narrower than 3–15%.
    let (lower95, upper95) = try interval(forecast, 0.95)
    #expect(lower95 > 3 && upper95 < 15)
    let mean = try #require(forecast["mean"] as? Double)
    let (lower80, upper80) = try interval(forecast, 0.8)
    #expect(mean > lower80 && mean < upper80)
  }

  /// 98, 99, 99.5, 100 %: censored at the bounds; the interval reaches
  /// below 100 and is not a point (before: [100, 100]).
  @Test func percentageReaching100() throws {
    let (transform, forecast) = try forecast("percentage-reaching-100")
    #expect(transform == "censored")
    for level in [0.8, 0.95] {
      let (lower, upper) = try interval(forecast, level)
      #expect(lower < 100 && lower > 95 && upper <= 100)
    }
  }

  /// A falling 2–3% rate after one year at 0,01% (lower is better): within
  /// 2% of the range of 0, so censored, not logit; the 80% interval stays
  /// near the recent values (measured 0,065–5,25%), where the logit gave
  /// 0,04–82%.
  @Test func percentageNearABound() throws {
    let folder = try OneNumberPerQuantityTests.dataset(
      unit: "%", polarity: "turun", bounds: "0,100", values: [0.01, 3, 2.8, 2.5, 2.4],
      target: nil)
    let result = try runIKUPlan(["forecast", "--history", folder, "--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let indicator = try #require((json["indicators"] as? [[String: Any]])?.first)
    #expect(indicator["transform"] as? String == "censored")
    let (lower80, upper80) = try interval(
      try #require(indicator["forecast"] as? [String: Any]), 0.8)
    #expect(lower80 >= 0 && upper80 < 6)
  }
}
