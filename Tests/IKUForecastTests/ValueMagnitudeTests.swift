import Testing

@testable import IKUForecast

/// The range of `ValueMagnitude.swift`, and the reason for it: every model
/// is scale-equivariant inside it and not past it.
@Suite struct ValueMagnitudeTests {
  @Test func theRangeAndItsEnds() {
    for value in [0, -0.0, 1, -1, 1e150, -1e150, 1e-150, -1e-150, 123.456] {
      #expect(ValueMagnitude.allows(value), "\(value)")
    }
    for value in [
      1e150.nextUp, (-1e150).nextDown, 1e-150.nextDown, (-1e-150).nextUp, 1e200, 1e-200,
      .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity, -.infinity, .nan,
    ] {
      #expect(!ValueMagnitude.allows(value), "\(value)")
    }
  }

  /// A short random walk with drift (the kind of series planners have).
  static let series: [Double] = [100.2, 103.9, 102.1, 108.4, 111.0, 109.7, 115.3, 118.8]

  /// Each model's one-year forecast of `series × scale`, divided by the
  /// scale: the centre and the prediction standard error.
  static func scaled(_ model: BatchForecaster.Model, by scale: Double) throws -> (Double, Double) {
    let step = try model.oneSeriesModel.fit(series.map { $0 * scale }).forecast(horizon: 1)[0]
    return (step.center / scale, step.predictionStandardError / scale)
  }

  /// At both ends of the range every model's centre and spread scale with
  /// the data (Theta's optimiser stops within 10⁻⁹ of a relative step).
  @Test(arguments: BatchForecaster.Model.allCases)
  func everyModelScalesWithinTheRange(_ model: BatchForecaster.Model) throws {
    let (center, spread) = try Self.scaled(model, by: 1)
    #expect(spread > 0 && spread.isFinite)
    for scale in [ValueMagnitude.largest / 200, ValueMagnitude.smallest / 100] {
      let (c, s) = try Self.scaled(model, by: scale)
      #expect(abs(c - center) <= 1e-8 * abs(center), "\(model) × \(scale): \(c) ≠ \(center)")
      #expect(abs(s - spread) <= 1e-8 * spread, "\(model) × \(scale): spread \(s) ≠ \(spread)")
    }
  }

  /// Past the range the spread of every model leaves double precision:
  /// the squares of 10²⁰⁰ overflow and those of 10⁻²⁰⁰ underflow.
  @Test(arguments: BatchForecaster.Model.allCases)
  func noModelScalesPastTheRange(_ model: BatchForecaster.Model) throws {
    let (_, spread) = try Self.scaled(model, by: 1)
    for scale in [1e200, 1e-200] {
      let (_, s) = try Self.scaled(model, by: scale)
      #expect(!(abs(s - spread) <= 1e-8 * spread), "\(model) × \(scale) kept its spread")
    }
  }
}
