/// A model of a short annual series that forecasts the coming years.
///
/// Models are values: hyperparameters (a damping factor, a smoothing
/// grid) are set in `init`; data arrive in ``fit(_:)``, which returns a new
/// fitted value and leaves the model unchanged (the shape of statsforecast's
/// `fit`/`forecast` and statsmodels' Model/Results split). Values are on the
/// model's scale; ``Forecaster`` applies transforms around it.
public protocol TrendModel: Sendable {
  /// The model's name in output: `naive`, `drift`, `linear`, `damped`,
  /// `theta`, `auto`.
  var name: String { get }

  /// The fewest observations the model can be fitted to.
  var minimumLength: Int { get }

  /// Fits the model to a series, oldest value first.
  ///
  /// - Throws: ``ForecastError`` when the series is too short or not finite.
  func fit(_ values: [Double]) throws -> any FittedTrend
}

/// A model fitted to a series.
public protocol FittedTrend: Sendable {
  /// Forecasts for horizons 1 to `horizon`.
  func forecast(horizon: Int) -> [ForecastStep]
}

/// Why a series cannot be forecast by a model.
public enum ForecastError: Error, Sendable, Equatable {
  /// The series has fewer values than the model needs.
  case tooShort(length: Int, needed: Int)
  /// A value is infinite or not a number (index from 0).
  case nonFinite(index: Int)
  /// A value the transform cannot map: `x ≤ 0` for the log, not strictly
  /// inside the bounds for the logit, outside them for a censored scale
  /// (index from 0).
  case outsideScale(index: Int)
  /// The logit was asked for without two bounds.
  case needsBounds
  /// The logit's bounds are so much wider than the values that mapping a
  /// value there and back loses its digits
  /// (``Transform/logitLosesDigits(_:lower:upper:)``; index from 0).
  case losesDigits(index: Int)
}

extension TrendModel {
  /// Checks length and finiteness before fitting.
  func validate(_ values: [Double]) throws {
    guard values.count >= minimumLength else {
      throw ForecastError.tooShort(length: values.count, needed: minimumLength)
    }
    if let index = values.firstIndex(where: { !$0.isFinite }) {
      throw ForecastError.nonFinite(index: index)
    }
  }
}

/// The residual degrees of freedom `n − p`, at least 1 so that a step can
/// carry a Student t; a fit with none left states no spread
/// (``hasResidualDegreesOfFreedom(_:parameters:)``), so the 1 is never used
/// for an interval.
func residualDegreesOfFreedom(_ n: Int, parameters: Int) -> Double {
  Double(max(n - parameters, 1))
}

/// Whether a fit of `parameters` estimated parameters to `n` values leaves a
/// residual degree of freedom.
///
/// Without one the residuals are zero by
/// construction, not by fit: the spread is not estimated and no interval is
/// claimed (as the drift model does with two values).
func hasResidualDegreesOfFreedom(_ n: Int, parameters: Int) -> Bool {
  n > parameters
}
