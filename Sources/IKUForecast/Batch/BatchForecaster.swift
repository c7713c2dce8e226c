import Dispatch
import RealModule
import Synchronization

/// Forecasts whole panels: the same models and formulas as the one-series
/// path (``Forecaster`` with the identity transform), organised for a
/// million series.
///
/// - **linear**: series are grouped by length; each group has one design
///   and one Householder QR, and all its series are solved together:
///   `Qᵀ Y` by one blocked `dormqr` over the stacked `n × S` matrix, the
///   coefficients by one triangular solve (`dtrtrs`, level 3 inside), the
///   forecasts by one `dgemm`, the residual sums of squares from the
///   trailing rows of `Qᵀ Y`. No refinement: the centred time design is
///   well conditioned (κ below 3 for ten points), and results agree with the
///   refined one-series path to 12 digits (tested).
/// - **naive, drift, damped**: closed forms in one pass over each series,
///   without allocation.
/// - **theta, dotm, holt, auto**: the one-series models, series by series (they choose
///   smoothing parameters per series). As in `ikuplan evaluate`, `auto`
///   learns the batch's own ``TrendPrior`` and calibrates its intervals on
///   backtest errors pooled across the batch (``PooledCalibration``), both
///   from a sample of up to ``poolSampleSize`` series.
///
/// Work is split into chunks of series run on all cores
/// (`DispatchQueue.concurrentPerform`); BLAS runs single-threaded inside
/// each chunk. Series too short for a model get `nan`; a series that gets a
/// forecast but no interval (its spread cannot be estimated, or is zero, as
/// in ``Forecast/Step/hasInterval``) gets its centre with `nan` bounds.
public struct BatchForecaster: Sendable {
  /// The models.
  public enum Model: String, Sendable, CaseIterable {
    case naive, drift, linear, damped, theta, dotm, holt, auto

    /// The one-series model each batch path reproduces.
    var oneSeriesModel: any TrendModel {
      switch self {
      case .naive: return NaiveModel()
      case .drift: return DriftModel()
      case .linear: return LinearTrendModel()
      case .damped: return DampedTrendModel()
      case .theta: return ThetaModel()
      case .dotm: return OptimizedThetaModel()
      case .holt: return HoltDampedModel()
      case .auto: return AutoModel()
      }
    }
  }

  /// The models to run.
  public let models: [Model]
  /// Years ahead.
  public let horizon: Int
  /// Interval levels.
  public let levels: [Double]
  /// Worker threads (the caller knows the machine: the library does not
  /// ask).
  public let threads: Int

  /// Creates a forecaster.
  public init(models: [Model], horizon: Int, levels: [Double] = [0.8, 0.95], threads: Int = 1) {
    precondition(!models.isEmpty && horizon >= 1, "at least one model and one year")
    self.models = models
    self.horizon = horizon
    self.levels = levels
    self.threads = max(1, threads)
  }

  /// The forecasts of one model for every series and horizon: entry
  /// `series * horizon + (h − 1)`.
  public struct ModelForecasts: Sendable {
    /// The model.
    public let model: Model
    /// The point forecasts: the median on the original scale (the mean
    /// too on the identity scale, where the predictive distribution is
    /// symmetric).
    public var center: [Double]
    /// Lower ends, one array per level.
    public var lower: [[Double]]
    /// Upper ends, one array per level.
    public var upper: [[Double]]
  }

  /// Forecasts every series of a batch, each on its own scale.
  ///
  /// The values are mapped to the model scale (``Transform/forward(_:)``),
  /// forecast there as ``forecast(_:progress:)`` does (`auto`'s pooled
  /// calibration included), and the centre and every interval end are
  /// mapped back (``Transform/inverse(_:)``): they are quantiles, and the
  /// maps are monotone, so the centre is the median on the original scale
  /// and no end leaves the transform's ``Transform/support``.
  ///
  /// - Parameters:
  ///   - batch: the series, on their original scale.
  ///   - transforms: one per series, each accepting every value of its
  ///     series (``Transform/accepts(_:)``, as
  ///     ``Transform/chosen(_:for:lower:upper:)`` ensures); a value it does
  ///     not accept maps to an infinity and its series gets no forecast.
  ///   - progress: called with the number of series finished, from worker
  ///     threads.
  /// - Returns: one ``ModelForecasts`` per model, on the original scale.
  public func forecast(
    _ batch: SeriesBatch, transforms: [Transform], progress: (@Sendable (Int) -> Void)? = nil
  ) -> [ModelForecasts] {
    precondition(transforms.count == batch.count, "one transform per series")
    if transforms.allSatisfy({ $0 == .identity }) { return forecast(batch, progress: progress) }
    var results = forecast(batch.mapped(by: transforms), progress: progress)
    for m in results.indices {
      func back(_ values: inout [Double]) {
        for index in values.indices where !values[index].isNaN {
          values[index] = transforms[index / horizon].inverse(values[index])
        }
      }
      back(&results[m].center)
      for l in levels.indices {
        back(&results[m].lower[l])
        back(&results[m].upper[l])
      }
    }
    return results
  }

  /// Forecasts every series of a batch as it is; `progress` is called with
  /// the number of series finished, from worker threads.
  public func forecast(
    _ batch: SeriesBatch, progress: (@Sendable (Int) -> Void)? = nil
  ) -> [ModelForecasts] {
    let size = batch.count * horizon
    let output = Output(models: models.count, levels: levels.count, size: size, threads: threads)
    let quantiles = QuantileTable(levels: levels, maximumDegrees: maxLength(batch) + 1)
    // Chunks of series of one length, so that a chunk is one linear group.
    // (Looked up only where the length changes: a panel's series mostly
    // share one.)
    var byLength: [Int: [Int]] = [:]
    var run: (length: Int, members: [Int]) = (-1, [])
    for i in 0..<batch.count {
      let length = batch.length(i)
      if length != run.length {
        if run.length >= 0 { byLength[run.length] = run.members }
        run = (length, byLength.removeValue(forKey: length) ?? [])
      }
      run.members.append(i)
    }
    if run.length >= 0 { byLength[run.length] = run.members }
    // A fixed number of series a chunk, whatever the threads: which series
    // share one BLAS call decides which of a kernel's code paths (its full
    // blocks or the columns left over) each goes through, and so the last
    // digits of the linear model's forecasts (`threadsDoNotChangeTheDigits`
    // fails with a chunk size made of the thread count).
    var chunks: [[Int]] = []
    let chunkSize = 1024
    for length in byLength.keys.sorted() {
      let members = byLength[length] ?? []
      var start = 0
      while start < members.count {
        chunks.append(Array(members[start..<min(start + chunkSize, members.count)]))
        start += chunkSize
      }
    }
    let auto = models.contains(.auto) ? panelAuto(batch) : nil
    let work: @Sendable (Int) -> Void = { [self, chunks] index in
      let chunk = chunks[index]
      for (m, model) in models.enumerated() {
        switch model {
        case .linear: linear(chunk, batch, output, m, quantiles)
        case .naive, .drift, .damped: closedForm(model, chunk, batch, output, m, quantiles)
        case .theta, .dotm, .holt:
          oneByOne(model.oneSeriesModel, chunk, batch, output, m, calibration: nil)
        case .auto:
          if let auto { oneByOne(auto.model, chunk, batch, output, m, calibration: auto.pool) }
        }
      }
      progress?(chunk.count)
    }
    if threads == 1 || chunks.count == 1 {
      for index in chunks.indices { work(index) }
    } else {
      DispatchQueue.concurrentPerform(iterations: chunks.count, execute: work)
    }
    return models.enumerated().map { m, model in output.forecasts(model, m) }
  }

  /// The most series whose backtest errors are pooled for `auto`, as many
  /// as its trend prior learns from (``TrendPrior/panelSampleSize``).
  public static let poolSampleSize = TrendPrior.panelSampleSize

  /// `auto` with the batch's own ``TrendPrior``, and its pooled calibration
  /// (``PooledCalibration``) from the backtest errors of that model, both
  /// learned on the same series: those with evidence, an evenly spaced
  /// sample of at most ``poolSampleSize`` of them
  /// (``TrendPrior/panelSample(count:hasEvidence:)``, as `evaluate` takes):
  /// a few thousand series already pin the prior and the pooled quantiles
  /// down, and a national panel should not be fitted twice.
  func panelAuto(_ batch: SeriesBatch) -> (model: AutoModel, pool: PooledCalibration?) {
    let sample = TrendPrior.panelSample(count: batch.count) {
      TrendPrior.hasEvidence(batch[$0])
    }
    let series = sample.map { Array(batch[$0]) }
    let model = AutoModel(prior: TrendPrior(panel: series, horizon: horizon))
    return (model, pooledCalibration(batch, sample: sample, model: model))
  }

  private func pooledCalibration(_ batch: SeriesBatch, sample: [Int], model: AutoModel)
    -> PooledCalibration?
  {
    // Contiguous parts, joined in order: the pool holds the errors in the
    // sample's order whatever the threads, so its sums, and the bounds'
    // last digits, do not follow the thread count.
    let parts = max(1, min(threads * 4, sample.count))
    let size = (sample.count + parts - 1) / parts
    let errors = ErrorSlots(count: parts)
    let forecaster = Forecaster(model: model)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      var found: [BacktestErrors] = []
      for k in min(part * size, sample.count)..<min((part + 1) * size, sample.count) {
        if let fit = try? forecaster.fit(Array(batch[sample[k]])) as? any PoolableFit {
          found.append(fit.backtestErrors)
        }
      }
      errors.store(part, found)
    }
    return PooledCalibration(pooling: errors.all())
  }

  private func maxLength(_ batch: SeriesBatch) -> Int {
    (0..<batch.count).map(batch.length).max() ?? 0
  }

  // MARK: - Linear trend, one factorisation per length

  private func linear(
    _ chunk: [Int], _ batch: SeriesBatch, _ output: Output, _ m: Int, _ q: QuantileTable
  ) {
    let n = batch.length(chunk[0])
    guard n >= 3 else { return }
    let s = chunk.count
    let middle = Double(n - 1) / 2
    var design = [Double](repeating: 1, count: 2 * n)
    for i in 0..<n { design[n + i] = Double(i) - middle }
    let qr = HouseholderQR(factoring: design, rows: n, columns: 2)
    var y = [Double](repeating: 0, count: n * s)
    batch.values.withUnsafeBufferPointer { values in
      for (column, series) in chunk.enumerated() {
        let start = batch.starts[series]
        for i in 0..<n { y[column * n + i] = values[start + i] }
      }
    }
    qr.applyQTransposed(toColumns: &y, count: s)
    // The residual sum of squares is the tail of Qᵀy; ‖Qᵀy‖ = ‖y‖ gives the
    // response's norm for the rounding-level rule of the one-series fits.
    var rss = [Double](repeating: 0, count: s)
    for column in 0..<s {
      var head = 0.0
      var sum = 0.0
      for i in 0..<2 { head += y[column * n + i] * y[column * n + i] }
      for i in 2..<n { sum += y[column * n + i] * y[column * n + i] }
      rss[column] = NumericalZero.residualSumOfSquares(
        sum, responseNorm: (head + sum).squareRoot(), rows: n)
    }
    guard qr.solveR(inPlace: &y, count: s) else { return }
    // x₀ = (1, T − 1 − middle + h) for h = 1…H, and (AᵀA)⁻¹ = R⁻¹R⁻ᵀ.
    var x0 = [Double](repeating: 1, count: 2 * horizon)
    for h in 1...horizon { x0[horizon + h - 1] = Double(n - 1) - middle + Double(h) }
    let forecasts = multiply(x0, rows: horizon, inner: 2, lda: horizon, y, columns: s, ldb: n)
    let c0 = qr.solvingR(qr.solvingR([1, 0], transposed: true) ?? [0, 0]) ?? [.nan, .nan]
    let c1 = qr.solvingR(qr.solvingR([0, 1], transposed: true) ?? [0, 0]) ?? [.nan, .nan]
    let leverage = (1...horizon).map { h -> Double in
      let t = x0[horizon + h - 1]
      return c0[0] + t * (c0[1] + c1[0]) + t * t * c1[1]
    }
    let df = n - 2
    for (column, series) in chunk.enumerated() {
      let sigma = (rss[column] / Double(df)).squareRoot()
      for h in 1...horizon {
        let center = forecasts[column * horizon + h - 1]
        output.set(
          m, series * horizon + h - 1, center: center,
          standardError: sigma * (1 + leverage[h - 1]).squareRoot(),
          quantiles: q.row(df))
      }
    }
  }

  // MARK: - Closed forms

  private func closedForm(
    _ model: Model, _ chunk: [Int], _ batch: SeriesBatch, _ output: Output, _ m: Int,
    _ q: QuantileTable
  ) {
    // The drift's interval needs a third value (a variance around the mean
    // difference); its bounds stay `nan` without one.
    let needed = model.oneSeriesModel.minimumLength
    batch.values.withUnsafeBufferPointer { values in
      for series in chunk {
        let start = batch.starts[series]
        let n = batch.length(series)
        guard n >= needed else { continue }
        let first = values[start]
        let last = values[start + n - 1]
        let slope = (last - first) / Double(n - 1)
        var squares = 0.0
        for i in 1..<n {
          let d = values[start + i] - values[start + i - 1]
          squares += model == .naive ? d * d : (d - slope) * (d - slope)
        }
        let sigma: Double
        let df: Int
        if model == .naive {
          sigma = (squares / Double(n - 1)).squareRoot()
          df = n - 1
        } else {
          sigma = n > 2 ? (squares / Double(n - 2)).squareRoot() : .nan
          df = max(n - 2, 1)
        }
        var sum = 0.0
        var power = 1.0
        for h in 1...horizon {
          let hh = Double(h)
          let center: Double
          let se: Double
          switch model {
          case .naive:
            center = last
            se = sigma * hh.squareRoot()
          case .drift:
            center = last + hh * slope
            se = sigma * (hh * (1 + hh / Double(n - 1))).squareRoot()
          default:
            power *= 0.9
            sum += power
            center = last + slope * sum
            se = sigma * (hh + sum * sum / Double(n - 1)).squareRoot()
          }
          output.set(
            m, series * horizon + h - 1, center: center, standardError: se, quantiles: q.row(df))
        }
      }
    }
  }

  // MARK: - One series at a time

  private func oneByOne(
    _ model: any TrendModel, _ chunk: [Int], _ batch: SeriesBatch, _ output: Output, _ m: Int,
    calibration: PooledCalibration?
  ) {
    let forecaster = Forecaster(model: model)
    for series in chunk {
      guard let fit = try? forecaster.fit(Array(batch[series])) else { continue }
      let forecast = forecaster.forecast(
        fit, horizon: horizon, levels: levels, calibration: calibration)
      for step in forecast.steps {
        let index = series * horizon + step.horizon - 1
        // Without an interval the centre still stands; the bounds stay `nan`.
        let none = [Double](repeating: .nan, count: levels.count)
        output.set(
          m, index, center: step.median,
          lower: step.hasInterval ? step.intervals.map(\.lower) : none,
          upper: step.hasInterval ? step.intervals.map(\.upper) : none)
      }
    }
  }
}

/// Backtest errors gathered by worker threads.
private final class ErrorSlots: Sendable {
  private let slots: Mutex<[[BacktestErrors]]>

  init(count: Int) { slots = Mutex(Array(repeating: [], count: count)) }

  func store(_ index: Int, _ errors: [BacktestErrors]) {
    slots.withLock { $0[index] = errors }
  }

  func all() -> [BacktestErrors] {
    slots.withLock { $0.flatMap { $0 } }
  }
}

/// Student-t quantiles `t_{(1+level)/2, df}` for every df up to a maximum,
/// computed once.
private struct QuantileTable: Sendable {
  let rows: [[Double]]

  init(levels: [Double], maximumDegrees: Int) {
    rows = (0...max(maximumDegrees, 1)).map { df in
      levels.map { level in
        StudentTDistribution(degreesOfFreedom: Double(max(df, 1))).quantile(0.5 + level / 2)
      }
    }
  }

  func row(_ df: Int) -> [Double] { rows[min(max(df, 1), rows.count - 1)] }
}

/// The result arrays, written by worker threads at disjoint indices, `nan`
/// where a series is too short for a model: plain
/// allocated memory (not Swift arrays, whose copy-on-write checks are not
/// safe to run from several threads on one array).
///
/// Filled with `nan` and copied out into arrays on every thread: a
/// national panel's arrays take tens of megabytes each, whose first touch
/// (the kernel's page faults) and copy are no work for one core alone.
private final class Output: @unchecked Sendable {
  private let size: Int
  private let levels: Int
  private let threads: Int
  private let center: [UnsafeMutableBufferPointer<Double>]
  private let lower: [[UnsafeMutableBufferPointer<Double>]]
  private let upper: [[UnsafeMutableBufferPointer<Double>]]

  init(models: Int, levels: Int, size: Int, threads: Int) {
    self.size = size
    self.levels = levels
    self.threads = threads
    func buffer() -> UnsafeMutableBufferPointer<Double> {
      UnsafeMutableBufferPointer<Double>.allocate(capacity: max(size, 1))
    }
    center = (0..<models).map { _ in buffer() }
    lower = (0..<models).map { _ in (0..<levels).map { _ in buffer() } }
    upper = (0..<models).map { _ in (0..<levels).map { _ in buffer() } }
    nonisolated(unsafe) let all = center + lower.joined() + upper.joined()
    Self.inParts(size, threads: threads) { range in
      for buffer in all {
        _ = UnsafeMutableBufferPointer(rebasing: buffer[range]).initialize(repeating: .nan)
      }
    }
  }

  deinit {
    for b in center { b.deallocate() }
    for b in lower.joined() { b.deallocate() }
    for b in upper.joined() { b.deallocate() }
  }

  /// Calls `body` with `threads` parts of `0..<count`, on as many threads.
  private static func inParts(
    _ count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void
  ) {
    let parts = max(1, min(threads, count / 65_536))
    let step = (count + parts - 1) / parts
    DispatchQueue.concurrentPerform(iterations: parts) { k in
      body(min(k * step, count)..<min((k + 1) * step, count))
    }
  }

  /// Stores a centre and the bounds `centre ± quantile · se`; a spread
  /// that is not an estimate (``ForecastStep/hasEstimatedSpread``) gets
  /// `nan` bounds.
  func set(
    _ m: Int, _ index: Int, center value: Double, standardError se: Double,
    quantiles: [Double]
  ) {
    center[m][index] = value
    let claimed = ForecastStep.isEstimatedSpread(se, center: value)
    for l in 0..<levels {
      let width = claimed ? quantiles[l] * se : .nan
      lower[m][l][index] = value - width
      upper[m][l][index] = value + width
    }
  }

  func set(
    _ m: Int, _ index: Int, center value: Double, lower lows: [Double], upper highs: [Double]
  ) {
    center[m][index] = value
    for l in 0..<levels {
      lower[m][l][index] = lows[l]
      upper[m][l][index] = highs[l]
    }
  }

  func forecasts(_ model: BatchForecaster.Model, _ m: Int) -> BatchForecaster.ModelForecasts {
    func copy(_ buffer: UnsafeMutableBufferPointer<Double>) -> [Double] {
      nonisolated(unsafe) let buffer = buffer
      return [Double](unsafeUninitializedCapacity: size) { copy, initialized in
        nonisolated(unsafe) let copy = copy
        Self.inParts(size, threads: threads) { range in
          _ = UnsafeMutableBufferPointer(rebasing: copy[range]).initialize(
            from: buffer[range])
        }
        initialized = size
      }
    }
    return BatchForecaster.ModelForecasts(
      model: model, center: copy(center[m]), lower: lower[m].map(copy),
      upper: upper[m].map(copy))
  }

}
