import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct BacktestTests {
  private func panel(_ text: String) throws -> Panel {
    try Panel(CellGrid(delimitedBytes: Array(text.utf8), file: "p.csv"))
  }

  @Test func wideAndLongFormsReadTheSameSeries() throws {
    let wide = try panel("A,1,2,3\nB,5,6\n")
    let long = try panel("series,period,value\nA,1,1\nA,2,2\nA,3,3\nB,1,5\nB,2,6\n")
    #expect(wide.series == long.series)
    #expect(wide["B"]?.values == [5, 6])
    let headed = try panel("id,v1,v2,v3\nA,1,2,3\n")
    #expect(headed.series.map(\.id) == ["A"])
  }

  @Test func aTextValueIsLocated() {
    #expect(
      throws: InputError(
        .notANumber("x"), at: SourceLocation(file: "p.csv", line: 2, column: 3))
    ) { try panel("A,1,2\nB,1,x\n") }
  }

  @Test func naiveScoresByHand() throws {
    let train = try panel("A,10,12,16\n")
    let test = try panel("A,20,16\n")
    let report = try Backtest(models: [NaiveModel()]).run(train: train, test: test)
    #expect(report.seriesCount == 1 && report.horizon == 2)
    #expect(agrees(report.methods[0].tally.smape, 200.0 * 4 / 36 / 2, relative: 1e-14))
  }

  @Test func windowKeepsTheLastValues() throws {
    let train = try panel("A,100,1,2,3\n")
    let test = try panel("A,4\n")
    let report = try Backtest(horizon: 1, window: 3, models: [DriftModel()]).run(
      train: train, test: test)
    // Drift over 1, 2, 3 forecasts 4 exactly.
    #expect(report.methods[0].tally.smape == 0)
  }

  /// The acceptance bar of the core-loop issue on the M3 yearly data.
  @Test func m3YearlyShortWindow() throws {
    let report = try Self.m3(horizon: 1, window: 5)
    let auto = try #require(report.methods.first { $0.name == "auto" }?.tally)
    #expect(auto.smape <= 8.3)
    #expect((0.76...0.84).contains(auto.coverage(0.8)))
    #expect((0.92...0.98).contains(auto.coverage(0.95)))
    // The reference table's naive and drift rows (forecasting notes §4.3).
    let naive = try #require(report.methods.first { $0.name == "naive" }?.tally)
    #expect(abs(naive.smape - 8.51) < 0.005)
    let drift = try #require(report.methods.first { $0.name == "drift" }?.tally)
    #expect(abs(drift.smape - 8.34) < 0.005)
    #expect(abs(drift.coverage(0.8) - 0.805) < 0.0005)
  }

  @Test func m3YearlyFullHorizon() throws {
    let report = try Self.m3(horizon: nil, window: nil)
    #expect(report.horizon == 6 && report.seriesCount == 645)
    let auto = try #require(report.methods.first { $0.name == "auto" }?.tally)
    #expect(auto.smape <= 17.0)
    #expect((0.75...0.85).contains(auto.coverage(0.8)))
    let naive = try #require(report.methods.first { $0.name == "naive" }?.tally)
    #expect(abs(naive.smape - 17.88) < 0.005)
  }

  static func m3(horizon: Int?, window: Int?) throws -> Backtest.Report {
    let train = try Panel(CellGrid(contentsOfFile: fixturePath("m3-yearly/train.csv")))
    let test = try Panel(CellGrid(contentsOfFile: fixturePath("m3-yearly/test.csv")))
    return try Backtest(horizon: horizon, window: window).run(train: train, test: test)
  }
}
