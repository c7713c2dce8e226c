internal import Foundation
import IKUForecast

/// A holdout backtest of the forecasting models on a panel: each series'
/// training part is forecast and scored against its test part
/// (`ikuplan evaluate`).
///
/// Values are modelled as they are unless ``scale`` says otherwise (panels
/// carry no units: `--bounds` and `--transform`); every score is taken on
/// the original scale, from the back-transformed median and interval ends.
/// MASE is scaled by the whole training series, also when `window` keeps
/// only its last values for fitting, so that windows compare on one scale
/// (as in the short-window check of the forecasting notes, §4.3).
public struct Backtest: Sendable {
  /// The years forecast and scored; `nil` means the width of each test row.
  public var horizon: Int?
  /// Fit only the last `window` training values of each series.
  public var window: Int?
  /// Interval levels scored.
  public var levels: [Double]
  /// Worker threads.
  public var jobs: Int
  /// The models compared; `auto` is the default model.
  public var models: [any TrendModel]
  /// Whether `auto` learns across the panel.
  ///
  /// On, its ``TrendPrior`` comes from the panel's own series, and the
  /// intervals of models that record backtest errors
  /// (`auto`) from the errors pooled across the panel
  /// (``PooledCalibration``), as `forecast --panel` does. Off, each series is
  /// forecast as a single indicator is: the reference prior and its own
  /// record.
  public var pooling: Bool
  /// The scale each training series is modelled on, chosen from the values
  /// fitted (the window).
  public var scale: PanelScale

  /// Creates a backtest.
  public init(
    horizon: Int? = nil, window: Int? = nil, levels: [Double] = [0.5, 0.8, 0.95],
    models: [any TrendModel] = Backtest.standardModels, jobs: Int = 1, pooling: Bool = true,
    scale: PanelScale = PanelScale()
  ) {
    precondition(horizon.map { $0 >= 1 } ?? true, "the horizon is at least 1")
    precondition(window.map { $0 >= 1 } ?? true, "the window is at least 1")
    self.horizon = horizon
    self.window = window
    self.levels = levels
    self.models = models
    self.jobs = max(jobs, 1)
    self.pooling = pooling
    self.scale = scale
  }

  /// naive, drift, linear, damped, theta, dotm, holt and auto.
  public static let standardModels: [any TrendModel] = [
    NaiveModel(), DriftModel(), LinearTrendModel(), DampedTrendModel(), ThetaModel(),
    OptimizedThetaModel(), HoltDampedModel(), AutoModel(),
  ]

  /// The result for one model.
  public struct MethodScore: Sendable {
    /// The model's name.
    public let name: String
    /// Accuracy over every scored point.
    public let tally: AccuracyTally
    /// Series the model could not forecast (too short for it).
    public let skipped: Int
  }

  /// The outcome.
  public struct Report: Sendable {
    /// Series scored.
    public let seriesCount: Int
    /// The horizon (the largest, when it follows the test rows).
    public let horizon: Int
    /// One score per model, in the order given.
    public let methods: [MethodScore]
    /// Whether `auto`'s intervals were calibrated on pooled errors.
    public let pooled: Bool
    /// The ids of test series with values that the training file lacks, in
    /// test-file order: not scored, and named so that none goes unnoticed.
    public var unmatched: [String] = []
  }

  /// Runs the backtest; series are matched by id.
  ///
  /// Three passes: every model is fitted to every training series (with
  /// ``pooling``, `auto` under the prior learned from the values fitted,
  /// on their model scale); for models that record backtest errors (`auto`)
  /// and with ``pooling``, the errors of all series are pooled
  /// (``PooledCalibration``, from the training parts only); then each fit is
  /// forecast and scored.
  ///
  /// - Throws: ``InputError`` where a test series does not start right
  ///   after its training part (a gap: in the wide form a missing first
  ///   test value, in the long form a period that does not follow the
  ///   training's last), or where ``scale`` refuses a training series.
  public func run(train: PanelFile, test: PanelFile) throws -> Report {
    var testIndex: [String: Int] = [:]
    for (index, id) in test.ids.enumerated() { testIndex[id] = index }
    let scaled = (0..<train.batch.count).map { series in
      Result { try scaledWindow(series, in: train) }
    }
    var found: [(history: [Double], actual: [Double], transform: Transform)] = []
    let trainIDs = Set(train.ids)
    let unmatched = test.ids.indices.filter {
      test.batch.length($0) > 0 && !trainIDs.contains(test.ids[$0])
    }.map { test.ids[$0] }
    for (series, id) in train.ids.enumerated() {
      guard let match = testIndex[id], test.batch.length(match) > 0 else { continue }
      try Self.checkContinuity(train: train, series, test: test, match)
      let transform = try scaled[series].get().transform
      found.append((Array(train.batch[series]), Array(test.batch[match]), transform))
    }
    let pairs = found
    let priorHorizon = horizon ?? pairs.map(\.actual.count).max() ?? 1
    let models =
      pooling ? learningPrior(models, from: scaled, horizon: priorHorizon) : self.models
    let forecasters = pairs.map { pair in
      models.map { Forecaster(model: $0, transform: pair.transform) }
    }
    let chunks = max(1, min(jobs * 4, pairs.count))
    let fits = Slots<[(any FittedTrend)?]>(count: pairs.count)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in stride(from: chunk, to: pairs.count, by: chunks) {
        let values = pairs[index].history
        let history = window.map { Array(values.suffix($0)) } ?? values
        fits.store(index, forecasters[index].map { try? $0.fit(history) })
      }
    }
    let fitted = (0..<pairs.count).map { fits.take($0) ?? [] }
    let calibrations = models.indices.map { m -> PooledCalibration? in
      guard pooling else { return nil }
      let errors = fitted.compactMap { ($0[m] as? any PoolableFit)?.backtestErrors }
      return errors.isEmpty ? nil : PooledCalibration(pooling: errors)
    }
    // Scored in blocks of a fixed size, merged in order: the sums, and so
    // every score's last digits, do not follow `jobs`.
    let blockSize = 64
    let blocks = max(1, (pairs.count + blockSize - 1) / blockSize)
    let results = Slots<([AccuracyTally], [Int], Int)>(count: blocks)
    DispatchQueue.concurrentPerform(iterations: blocks) { block in
      var tallies = models.map { _ in AccuracyTally(levels: levels) }
      var skipped = models.map { _ in 0 }
      var largest = 0
      let start = min(block * blockSize, pairs.count)
      for index in start..<min(start + blockSize, pairs.count) {
        let (history, actual, _) = pairs[index]
        let h = min(horizon ?? actual.count, actual.count)
        largest = max(largest, h)
        for m in models.indices {
          guard let fit = fitted[index][m] else {
            skipped[m] += 1
            continue
          }
          let forecast = forecasters[index][m].forecast(
            fit, horizon: h, levels: levels, calibration: calibrations[m])
          tallies[m].add(forecast, actual: Array(actual.prefix(h)), history: history)
        }
      }
      results.store(block, (tallies, skipped, largest))
    }
    var tallies = models.map { _ in AccuracyTally(levels: levels) }
    var skipped = models.map { _ in 0 }
    var largest = 0
    for block in 0..<blocks {
      guard let (t, s, l) = results.take(block) else { continue }
      for m in models.indices {
        tallies[m].merge(t[m])
        skipped[m] += s[m]
      }
      largest = max(largest, l)
    }
    return Report(
      seriesCount: pairs.count, horizon: largest,
      methods: models.indices.map {
        MethodScore(name: models[$0].name, tally: tallies[$0], skipped: skipped[$0])
      }, pooled: pooling, unmatched: unmatched)
  }
}

extension Backtest {
  /// The values series `series` of `train` is fitted on (its window) and
  /// the scale it is modelled on.
  ///
  /// - Throws: ``InputError`` where ``scale`` refuses those values.
  func scaledWindow(_ series: Int, in train: PanelFile) throws -> (
    values: [Double], transform: Transform
  ) {
    let values = Array(train.batch[series])
    let kept = window.map { Array(values.suffix($0)) } ?? values
    let transform = try scale.transform(
      for: kept, offset: values.count - kept.count, series: series, in: train)
    return (kept, transform)
  }

  /// `models` with every `auto` under the prior of the training panel.
  ///
  /// The prior (``TrendPrior/init(panel:horizon:)``) is learned from every
  /// training series as it is fitted (`scaled`, from ``scaledWindow(_:in:)``: its
  /// window, on its model scale), whether or not the test file scores it:
  /// the same prior `forecast --panel` learns from the training file. A
  /// series the scale refuses is refused when it is matched; here it is
  /// left out.
  func learningPrior(
    _ models: [any TrendModel],
    from scaled: [Result<(values: [Double], transform: Transform), any Error>],
    horizon: Int
  ) -> [any TrendModel] {
    guard models.contains(where: { $0 is AutoModel }) else { return models }
    let series = scaled.map { result in
      (try? result.get()).map { $0.values.map($0.transform.forward) } ?? []
    }
    let prior = TrendPrior(panel: series, horizon: horizon)
    return models.map { ($0 as? AutoModel)?.with(prior: prior) ?? $0 }
  }

  /// Refuses a test series that does not start right after its training
  /// part: a test line whose periods are positions must hold its first
  /// value in its first position, and a test series whose periods the file
  /// names (the long form, or a wide header of years) must start at the
  /// period after the training's last one when the training's periods are
  /// named too.
  static func checkContinuity(
    train: PanelFile, _ series: Int, test: PanelFile, _ match: Int
  ) throws {
    let first = test.period(ofValue: 0, inSeries: match)
    let id = test.ids[match]
    if test.periodsArePositions {
      guard first > 1 else { return }
      throw InputError(
        .seriesGap(id, from: 1, through: first - 1, wide: true),
        at: SourceLocation(file: test.file, line: test.firstLines[match], column: 2))
    }
    guard !train.periodsArePositions, train.batch.length(series) > 0 else { return }
    let last = train.lastPeriods[series]
    guard first != last + 1 else { return }
    // The long form's period column; in a wide line, the cell of the
    // first missing year (or the first year column when the header starts
    // later), or the first value when it does not come after the training.
    var location = test.location(ofValue: 0, inSeries: match)
    location.column =
      test.layout == .long
      ? 2 : first > last + 1 ? max(2, last + 2 - test.periodOffset) : location.column
    throw InputError(
      first > last + 1
        ? .seriesGap(id, from: last + 1, through: first - 1, wide: false)
        : .periodNotIncreasing(series: id, period: first, previous: last),
      at: location)
  }
}

extension Backtest.Report {
  /// `ikuplan evaluate --format json`: `series`, `horizon`, `unmatched`
  /// (test ids the training file lacks), `methods`: [{`name`, `smape`,
  /// `mase`, `coverage50`, `coverage80`, `coverage95`, `msis`, `skipped`}].
  public var json: JSONValue {
    .object([
      ("series", .int(seriesCount)),
      ("horizon", .int(horizon)),
      ("unmatched", .array(unmatched.map { .string($0) })),
      (
        "methods",
        .array(
          methods.map { method in
            .object(
              [
                ("name", .string(method.name)), ("smape", .double(method.tally.smape)),
                ("mase", .double(method.tally.mase)),
              ]
                + method.tally.levels.map { level in
                  ("coverage\(Int((level * 100).rounded()))", .double(method.tally.coverage(level)))
                } + [("msis", .double(method.tally.msis)), ("skipped", .int(method.skipped))])
          })
      ),
    ])
  }

  /// The scores as a ``Document`` (`ikuplan evaluate`): per method
  /// sMAPE, MASE, the coverage of each interval level and MSIS, the test
  /// series left unscored for want of a training series (up to ten named),
  /// then what `auto` is.
  public func document(in l: Language) -> Document {
    let levels = methods.first?.tally.levels ?? []
    var table = Document.Table(
      name: l.text(id: "Uji mundur", en: "Backtest"),
      columns: [l.text(id: "Metode", en: "Method"), "sMAPE", "MASE"]
        + levels.map { l.text(id: "Cakupan ", en: "Coverage ") + NumberFormat(l).level($0) }
        + ["MSIS"])
    for method in methods {
      table.append(
        [
          .text(method.name), .number(method.tally.smape, .decimal(2)),
          .number(method.tally.mase, .decimal(3)),
        ]
          + levels.map { .number(method.tally.coverage($0), .decimal(3)) }
          + [.number(method.tally.msis, .decimal(2))])
    }
    var notes: [Document.Block] = []
    if !unmatched.isEmpty {
      let named = unmatched.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
      let more = unmatched.count - min(unmatched.count, 10)
      notes.append(
        .paragraph(
          l.text(
            id: "\(unmatched.count) deret uji tanpa deret latih dengan id yang sama, tidak"
              + " dinilai: \(named)" + (more > 0 ? " dan \(more) lainnya." : "."),
            en: "\(unmatched.count) test series without a training series of the same id, not"
              + " scored: \(named)" + (more > 0 ? " and \(more) more." : "."))))
    }
    return Document(
      title: l.text(
        id: "Uji mundur: \(seriesCount) deret, horizon \(horizon)",
        en: "Backtest: \(seriesCount) series, horizon \(horizon)"),
      language: l,
      blocks: [.table(table)] + notes + [
        .paragraph(
          l.text(
            id: "auto = model bawaan ikuplan: nilai terakhir ditambah bagian dari perubahan"
              + " yang diproyeksikan drift dan drift teredam (serta theta teroptimasi dan holt"
              + " teredam bila perubahannya berlanjut); bagian itu mengikuti seberapa jelas"
              + " trennya, menurut "
              + (pooled ? "seluruh deret panel ini" : "kumpulan acuan")
              + "; interval dikalibrasi pada galat uji mundur "
              + (pooled ? "gabungan seluruh deret" : "deret itu sendiri") + ".",
            en: "auto = ikuplan's default model: the last value plus a share of the change"
              + " forecast by the drift and the damped drift (and optimised theta and damped"
              + " Holt when changes persist); the share follows how clear the trend is, as"
              + " learned from "
              + (pooled ? "all the panel's series" : "the reference pool")
              + "; intervals calibrated on the backtest errors "
              + (pooled ? "pooled across the series" : "of each series itself")
              + "."))
      ])
  }
}
