import IKUForecast

/// The scale each series of a panel is modelled on: `--transform` and
/// `--bounds` of `ikuplan forecast --panel` and `ikuplan evaluate`.
///
/// Panels carry no units, so by default (``Transform/Choice/auto`` without
/// bounds) values are modelled as they are. With bounds (a panel of
/// percentages: 0 and 100) every series gets
/// ``IKUForecast/Transform/chosen(_:for:lower:upper:)``: under `auto` the
/// scaled logit where all its values lie at least 2% of the range inside
/// the bounds (``IKUForecast/Transform/automatic(for:lower:upper:)``), else
/// the values censored at the bounds. Models are fitted on that scale and
/// the forecast quantiles mapped back, so that no interval end leaves the
/// bounds; the point forecast is then the median on the original scale.
public struct PanelScale: Sendable, Hashable {
  /// The scale asked for.
  public var choice: Transform.Choice
  /// The lower bound, if any.
  public var lower: Double?
  /// The upper bound, if any.
  public var upper: Double?

  /// Creates a scale.
  ///
  /// - Precondition: finite bounds, `lower < upper` when both are given,
  ///   both for ``Transform/Choice/logit``, and for ``Transform/Choice/log``
  ///   no upper bound and no lower bound above 0, which its forecasts
  ///   could cross (the command line checks them).
  public init(choice: Transform.Choice = .auto, lower: Double? = nil, upper: Double? = nil) {
    precondition(lower.map(\.isFinite) ?? true && upper.map(\.isFinite) ?? true, "finite bounds")
    if let lower, let upper { precondition(lower < upper, "the lower bound is below the upper") }
    precondition(choice != .logit || (lower != nil && upper != nil), "the logit needs two bounds")
    precondition(
      choice != .log || (upper == nil && (lower ?? 0) <= 0),
      "the log keeps forecasts inside no bounds other than a lower one at most 0")
    self.choice = choice
    self.lower = lower
    self.upper = upper
  }

  /// Whether every series is modelled as it is (the identity).
  public var isIdentity: Bool {
    lower == nil && upper == nil && (choice == .auto || choice == .none)
  }

  /// The transform of one series of `panel`, chosen from `values` — the
  /// series' values from index `offset` on (a window of its last values).
  ///
  /// - Throws: ``InputError`` naming the series, the period and where the
  ///   first value is written that lies outside the bounds or that the
  ///   chosen scale cannot take (a value ≤ 0 for the log, one on a bound
  ///   for the logit, one whose digits the logit would lose between bounds
  ///   far wider than the values).
  public func transform(
    for values: [Double], offset: Int = 0, series: Int, in panel: PanelFile
  ) throws -> Transform {
    if isIdentity { return .identity }
    func error(_ problem: (Int, Double) -> InputError.Problem, at index: Int) -> InputError {
      let k = offset + index
      return InputError(
        problem(panel.period(ofValue: k, inSeries: series), values[index]),
        at: panel.location(ofValue: k, inSeries: series))
    }
    let id = panel.ids[series]
    if let index = values.firstIndex(where: {
      $0 < (lower ?? -.infinity) || $0 > (upper ?? .infinity)
    }) {
      throw error(
        { .seriesOutsideBounds(id, period: $0, value: $1, lower: lower, upper: upper) },
        at: index)
    }
    do {
      return try Transform.chosen(choice, for: values, lower: lower, upper: upper)
    } catch ForecastError.outsideScale(let index) {
      throw error({ .seriesOutsideScale(id, period: $0, value: $1, scale: choice) }, at: index)
    } catch ForecastError.losesDigits(let index) {
      throw error({ .seriesLosesDigits(id, period: $0, value: $1) }, at: index)
    }
  }

  /// The transform of every series of `panel`, in its order.
  ///
  /// - Throws: ``InputError`` for the first series that
  ///   ``transform(for:offset:series:in:)`` refuses.
  public func transforms(for panel: PanelFile) throws -> [Transform] {
    if isIdentity { return Array(repeating: .identity, count: panel.ids.count) }
    return try panel.ids.indices.map { series in
      try transform(for: Array(panel.batch[series]), series: series, in: panel)
    }
  }
}
