import Foundation
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct BatchForecasterTests {
  /// 300 series of 1 to 12 values; every 29th is constant (no spread, so
  /// a centre without an interval).
  static func batch() -> SeriesBatch {
    var generator = SeededGenerator(seed: 12)
    var batch = SeriesBatch()
    for i in 0..<300 {
      let n = 1 + i % 12
      var level = 100 * generator.nextOpenUnit() + 10
      var values: [Double] = []
      for _ in 0..<n {
        if i % 29 != 0 { level += 5 * (generator.nextOpenUnit() - 0.3) }
        values.append(level)
      }
      batch.append(values)
    }
    return batch
  }

  static func oneSeriesModel(_ model: BatchForecaster.Model) -> any TrendModel {
    switch model {
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

  /// For `auto`, "alone" means under the batch's trend prior and with its
  /// pooled calibration, which are checked separately below.
  @Test(
    "a series gives the same numbers in a batch and alone",
    arguments: BatchForecaster.Model.allCases)
  func sameAsOneSeries(_ model: BatchForecaster.Model) throws {
    let batch = Self.batch()
    let panel = model == .auto ? BatchForecaster(models: [.auto], horizon: 3).panelAuto(batch) : nil
    let forecaster = Forecaster(model: panel?.model ?? Self.oneSeriesModel(model))
    let pool = panel?.pool
    for threads in [1, 2] {
      let result = BatchForecaster(
        models: [model], horizon: 3, levels: [0.8, 0.95], threads: threads
      ).forecast(batch)[0]
      for i in 0..<batch.count {
        let alone = (try? forecaster.fit(Array(batch[i]))).map {
          forecaster.forecast($0, horizon: 3, levels: [0.8, 0.95], calibration: pool)
        }
        for h in 0..<3 {
          let index = i * 3 + h
          guard let step = alone?.steps[h] else {
            #expect(result.center[index].isNaN, "series \(i) should have no \(model) forecast")
            continue
          }
          #expect(agrees(result.center[index], step.median, relative: 1e-12, absolute: 1e-12))
          guard step.hasInterval else {
            for l in 0..<2 {
              #expect(result.lower[l][index].isNaN && result.upper[l][index].isNaN)
            }
            continue
          }
          for l in 0..<2 {
            #expect(
              agrees(
                result.lower[l][index], step.intervals[l].lower, relative: 1e-12, absolute: 1e-12))
            #expect(
              agrees(
                result.upper[l][index], step.intervals[l].upper, relative: 1e-12, absolute: 1e-12))
          }
        }
      }
    }
  }

  /// How many numbers (centres and bounds, by bits) `models` forecast
  /// differently for `batch` on 2 and on 3 threads than on 1.
  static func differingOnThreads(_ models: [BatchForecaster.Model], _ batch: SeriesBatch)
    -> [Int]
  {
    let results = [1, 2, 3].map { threads in
      BatchForecaster(models: models, horizon: 2, levels: [0.8, 0.95], threads: threads)
        .forecast(batch)
    }
    /// Every number of a result, in one array.
    func numbers(_ result: [BatchForecaster.ModelForecasts]) -> [Double] {
      result.flatMap { $0.center + $0.lower.joined() + $0.upper.joined() }
    }
    let reference = numbers(results[0])
    return results.dropFirst().map { result in
      zip(numbers(result), reference).filter { $0.bitPattern != $1.bitPattern }.count
    }
  }

  /// The same bits whatever the number of threads: which series share a
  /// BLAS call (the linear model's) does not depend on it.
  @Test func threadsDoNotChangeTheDigits() {
    var generator = SeededGenerator(seed: 22)
    var batch = SeriesBatch()
    for _ in 0..<40_000 {
      var level = 10_000 * generator.nextOpenUnit()
      batch.append(
        (0..<10).map { _ in
          level *= 0.9 + 0.2 * generator.nextOpenUnit()
          return level
        })
    }
    #expect(Self.differingOnThreads([.linear, .drift], batch) == [0, 0])
  }

  /// `auto`'s pooled calibration sums its errors in the order of the
  /// series, whatever the threads: the same digits on 1, 2 and 3 threads
  /// (before, errors were gathered by stride over `threads × 4` parts, and
  /// the bounds' last digits followed the thread count).
  @Test func threadsDoNotChangeAutosDigits() {
    var generator = SeededGenerator(seed: 23)
    var batch = SeriesBatch()
    for _ in 0..<600 {
      var level = 100 * generator.nextOpenUnit()
      batch.append(
        (0..<9).map { _ in
          level += 5 * (generator.nextOpenUnit() - 0.4)
          return level
        })
    }
    #expect(Self.differingOnThreads([.auto], batch) == [0, 0])
  }

  /// The prior of a batch is the one learned from its series, and its pool
  /// the pool of their backtest errors under that prior; a batch larger than
  /// the sample learns from an evenly spaced sample.
  @Test func autoPoolsTheBatchsBacktestErrors() throws {
    let batch = Self.batch()
    let panel = BatchForecaster(models: [.auto], horizon: 1, threads: 2).panelAuto(batch)
    let prior = TrendPrior(panel: (0..<batch.count).map { Array(batch[$0]) }, horizon: 1)
    #expect(panel.model.prior == prior && prior != .reference)
    let pool = try #require(panel.pool)
    let errors = try (0..<batch.count).compactMap {
      try (AutoModel(prior: prior).fit(Array(batch[$0])) as? any PoolableFit)?.backtestErrors
    }
    let direct = try #require(PooledCalibration(pooling: errors))
    // The same errors, summed in another order.
    #expect(pool.deviations.count == direct.deviations.count)
    for (a, b) in zip(pool.deviations, direct.deviations) {
      #expect(agrees(a, b, relative: 1e-13))
    }
    for (a, b) in zip(pool.shapes, direct.shapes) {
      #expect(a.count == b.count)
      for p in [0.025, 0.1, 0.25, 0.75, 0.9, 0.975] {
        #expect(agrees(a.quantile(p), b.quantile(p), relative: 1e-12))
      }
    }
  }

  /// Each series on its own scale: the same numbers as the one-series
  /// forecaster with that transform, and every end inside its support.
  @Test(arguments: [BatchForecaster.Model.drift, .linear, .auto])
  func transformedSeriesAsAlone(_ model: BatchForecaster.Model) throws {
    // Small percentages (the batch's levels divided by 10), some near 0.
    var batch = SeriesBatch()
    let source = Self.batch()
    for i in 0..<60 { batch.append(source[i].map { $0 / 10 }) }
    let transforms: [Transform] = (0..<batch.count).map { i in
      switch i % 3 {
      case 0: return .logit(lower: 0, upper: 100)
      case 1: return .censored(lower: 0, upper: 100)
      default: return .log
      }
    }
    let result = BatchForecaster(models: [model], horizon: 2, levels: [0.8, 0.95]).forecast(
      batch, transforms: transforms)[0]
    let panel =
      model == .auto
      ? BatchForecaster(models: [.auto], horizon: 2).panelAuto(batch.mapped(by: transforms)) : nil
    let pool = panel?.pool
    for i in 0..<batch.count {
      let forecaster = Forecaster(
        model: panel?.model ?? Self.oneSeriesModel(model), transform: transforms[i])
      guard let fit = try? forecaster.fit(Array(batch[i])) else {
        #expect(result.center[i * 2].isNaN)
        continue
      }
      let alone = forecaster.forecast(fit, horizon: 2, levels: [0.8, 0.95], calibration: pool)
      for (h, step) in alone.steps.enumerated() {
        let index = i * 2 + h
        #expect(agrees(result.center[index], step.median, relative: 1e-10, absolute: 1e-12))
        for l in 0..<2 where step.hasInterval {
          let (low, high) = (result.lower[l][index], result.upper[l][index])
          #expect(agrees(low, step.intervals[l].lower, relative: 1e-10, absolute: 1e-12))
          #expect(agrees(high, step.intervals[l].upper, relative: 1e-10, absolute: 1e-12))
          #expect(transforms[i].support.contains(low) && transforms[i].support.contains(high))
        }
      }
    }
  }

  /// Identity transforms change nothing, bit for bit.
  @Test func identityTransformsAreThePlainPath() {
    let batch = Self.batch()
    let forecaster = BatchForecaster(models: [.drift, .linear], horizon: 2)
    let plain = forecaster.forecast(batch)
    let mapped = forecaster.forecast(
      batch, transforms: Array(repeating: .identity, count: batch.count))
    for (a, b) in zip(plain, mapped) {
      #expect(a.center.elementsEqual(b.center) { $0 == $1 || ($0.isNaN && $1.isNaN) })
      #expect(
        a.upper[1].elementsEqual(b.upper[1]) { $0 == $1 || ($0.isNaN && $1.isNaN) })
    }
  }

  @Test func seriesBatchLayout() {
    var batch = SeriesBatch()
    batch.append([1, 2, 3])
    batch.appendValue(4)
    batch.appendValue(5)
    batch.closeSeries()
    #expect(batch.count == 2)
    #expect(batch.length(1) == 2)
    #expect(Array(batch[1]) == [4, 5])
    let mapped = batch.mapped(by: [.identity, .log])
    #expect(Array(mapped[0]) == [1, 2, 3])
    #expect(Array(mapped[1]) == [4.0, 5.0].map { Foundation.log($0) })
  }
}
