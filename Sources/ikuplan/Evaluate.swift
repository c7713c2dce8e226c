import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan evaluate`: the backtest that keeps the models honest.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Backtest the forecasting models on a panel of series.",
    discussion: """
      TRAIN and TEST are panels in the M-competition wide form (id,v1,…,vn)
      or the long form (series,period,value); series are matched by id.
      Scores: sMAPE (M3/M4 definition), MASE (scaled by each training
      series' mean absolute first difference), the share of test values
      inside the 50%, 80% and 95% prediction intervals, and the M4 mean
      scaled interval score (MSIS) of the 95% interval. auto's intervals are
      calibrated on the backtest errors of the training parts pooled across
      the panel; --no-pooling calibrates each series on its own record, as a
      single indicator is. --bounds and --transform choose the scale each
      training series is modelled on, as in forecast --panel; scores are taken
      on the original scale.
      """)

  @Option(help: "The training panel.")
  var train: String

  @Option(help: "The test panel (the values to forecast).")
  var test: String

  @Option(help: "Years to forecast and score (default: the width of the test rows).")
  var horizon: Int?

  @Option(help: "Fit only the last K training values of each series.")
  var window: Int?

  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int?

  @Flag(
    inversion: .prefixedNo,
    help: "Calibrate auto's intervals on the backtest errors pooled across the panel.")
  var pooling = true

  @Option(help: "Output format: table, json or markdown.")
  var format: OutputFormat = .table

  @OptionGroup var scale: PanelScaleOptions

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try format.require(OutputFormat.text, output: nil)
    if let horizon, !(1...100).contains(horizon) {
      throw UsageText.error(
        id: "--horizon menerima 1 sampai 100 periode.", en: "--horizon takes 1 to 100 periods.")
    }
    if let window, !(1...1_000_000).contains(window) {
      throw UsageText.error(
        id: "--window menerima 1 sampai 1000000 nilai.", en: "--window takes 1 to 1000000 values.")
    }
    if let jobs, !(1...256).contains(jobs) {
      throw UsageText.error(id: "--jobs menerima 1 sampai 256.", en: "--jobs takes 1 to 256.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let trainPanel = try PanelFile(contentsOfFile: train, convention: global.numbers)
      let testPanel = try PanelFile(contentsOfFile: test, convention: global.numbers)
      let jobs = max(self.jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1)
      let report = try Backtest(
        horizon: horizon, window: window, jobs: jobs, poolIntervals: pooling,
        scale: scale.scale
      ).run(
        train: trainPanel, test: testPanel)
      guard report.seriesCount > 0 else {
        throw InputError(
          .invalidValue(expected: "series ids that appear in both --train and --test"),
          at: SourceLocation(file: test, line: 1))
      }
      switch format {
      case .table: print(report.table(in: global.language), terminator: "")
      case .markdown: print(report.table(in: global.language, markdown: true), terminator: "")
      case .json: print(report.json.rendered(), terminator: "")
      case .csv, .xlsx, .html: preconditionFailure("validate() accepts text formats only")
      }
    }
  }
}
