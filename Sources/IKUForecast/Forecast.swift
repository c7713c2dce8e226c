/// A forecast on the original scale of a series: for each coming year the
/// median, the mean and predictive intervals at the requested levels.
///
/// Produced by ``Forecaster``. The point forecast is the median (quantiles
/// survive the back-transform, means do not); the mean is given beside it.
/// When the history is too short to estimate a variance (one or two
/// values), ``Step/hasInterval`` is false, the intervals are empty and no
/// probability is claimed.
public struct Forecast: Sendable {
  /// The model's name.
  public let model: String
  /// The scale the model worked on.
  public let transform: Transform
  /// One step per year ahead.
  public let steps: [Step]

  /// One coming year.
  public struct Step: Sendable {
    /// Years ahead of the last observation.
    public let horizon: Int
    /// The median of the predictive distribution (the point forecast).
    public let median: Double
    /// The mean of the predictive distribution (``Transform/mean(of:)``),
    /// or `nil` where the distribution stated has none.
    public let mean: Double?
    /// Central prediction intervals for a new observation, one per level.
    public let intervals: [Interval]
    /// The step on the model scale.
    public let modelScale: ForecastStep
    /// The transform back to the original scale.
    public let transform: Transform

    /// Whether an interval and probabilities are claimed.
    ///
    /// The spread must be estimated and not zero: a history without any variation (a
    /// constant, or a perfectly straight line) says nothing about how far
    /// next year may fall from the trend, so no certainty is claimed.
    public var hasInterval: Bool { modelScale.hasEstimatedSpread }

    /// `P(Y ≥ value)` for the coming observation, or `nil` without an
    /// interval.
    public func probability(atLeast value: Double) -> Double? {
      guard hasInterval else { return nil }
      let support = transform.support
      if value <= support.lowerBound { return 1 }
      if value > support.upperBound { return 0 }
      return modelScale.probability(atLeast: transform.forward(value))
    }

    /// `P(Y ≤ value)` for the coming observation, or `nil` without an
    /// interval.
    public func probability(atMost value: Double) -> Double? {
      guard hasInterval else { return nil }
      let support = transform.support
      if value >= support.upperBound { return 1 }
      if value < support.lowerBound { return 0 }
      return modelScale.probability(atMost: transform.forward(value))
    }

    /// The `p` quantile of the coming observation (original scale), or
    /// `nil` without an interval.
    public func quantile(_ p: Double) -> Double? {
      guard hasInterval else { return nil }
      return transform.inverse(modelScale.predictionQuantile(p))
    }

    /// The interval for the expected value (not a new observation) at
    /// `level`, on the original scale, or `nil` where it is not defined.
    public func confidenceIntervalOfMean(level: Double) -> Interval? {
      guard modelScale.meanStandardError.isFinite else { return nil }
      let (lower, upper) = modelScale.confidenceIntervalOfMean(level: level)
      return Interval(
        level: level, lower: transform.inverse(lower), upper: transform.inverse(upper))
    }
  }

  /// A central interval at a level (0.8 for 80%).
  public struct Interval: Sendable, Hashable {
    /// The level, between 0 and 1.
    public let level: Double
    /// The lower end.
    public let lower: Double
    /// The upper end.
    public let upper: Double

    /// Creates an interval.
    public init(level: Double, lower: Double, upper: Double) {
      precondition(level > 0 && level < 1, "a level lies in (0, 1)")
      self.level = level
      self.lower = lower
      self.upper = upper
    }
  }
}

/// Forecasts a series with a model on a transformed scale.
///
///     let forecast = try Forecaster(transform: .bounded(lower: 0, upper: 100))
///       .forecast([48.2, 51.0, 55.04], horizon: 1, levels: [0.8, 0.95])
///     forecast.steps[0].median
public struct Forecaster: Sendable {
  /// The model.
  public let model: any TrendModel
  /// The scale the model works on.
  public let transform: Transform

  /// Creates a forecaster.
  public init(model: any TrendModel = AutoModel(), transform: Transform = .identity) {
    self.model = model
    self.transform = transform
  }

  /// Fits the model to `values` (oldest first) on the transformed scale.
  ///
  /// - Throws: ``ForecastError`` when the model cannot use the series, or
  ///   a value is not finite or outside the transform's scale (a count
  ///   below its offset, a percentage outside its bounds).
  public func fit(_ values: [Double]) throws -> any FittedTrend {
    // Non-finite values pass through to the model's own check
    // (`ForecastError.nonFinite`); only finite ones can be off the scale.
    if let index = values.firstIndex(where: { $0.isFinite && !transform.accepts($0) }) {
      throw ForecastError.outsideScale(index: index)
    }
    return try model.fit(values.map(transform.forward))
  }

  /// Fits the model to `values` (oldest first) and forecasts `horizon`
  /// years with intervals at `levels` (each in (0, 1)).
  ///
  /// - Throws: ``ForecastError`` when the model cannot use the series, or
  ///   a value is not finite or outside the transform's scale (a count
  ///   below its offset, a percentage outside its bounds).
  public func forecast(
    _ values: [Double], horizon: Int, levels: [Double] = [0.8, 0.95]
  ) throws -> Forecast {
    forecast(try fit(values), horizon: horizon, levels: levels)
  }

  /// Forecasts from a fit made by ``fit(_:)``; with a `calibration`, a fit
  /// that supports it (``PoolableFit``, the auto model's) gets intervals
  /// calibrated on the backtest errors pooled across a panel.
  public func forecast(
    _ fitted: any FittedTrend, horizon: Int, levels: [Double] = [0.8, 0.95],
    calibration: PooledCalibration? = nil
  ) -> Forecast {
    precondition(horizon >= 1, "forecast at least one year")
    precondition(levels.allSatisfy { $0 > 0 && $0 < 1 }, "levels lie in (0, 1)")
    let modelSteps: [ForecastStep]
    if let calibration, let poolable = fitted as? any PoolableFit {
      modelSteps = calibration.forecast(poolable, horizon: horizon)
    } else {
      modelSteps = fitted.forecast(horizon: horizon)
    }
    let steps = modelSteps.map { step in
      let intervals: [Forecast.Interval] =
        step.hasEstimatedSpread
        ? levels.map { level in
          Forecast.Interval(
            level: level,
            lower: transform.inverse(step.predictionQuantile(0.5 - level / 2)),
            upper: transform.inverse(step.predictionQuantile(0.5 + level / 2)))
        } : []
      return Forecast.Step(
        horizon: step.horizon, median: transform.inverse(step.center),
        mean: transform.mean(of: step),
        intervals: intervals, modelScale: step, transform: transform)
    }
    return Forecast(model: model.name, transform: transform, steps: steps)
  }
}
