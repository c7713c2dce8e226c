import RealModule

/// The scale on which a series is modelled, and the bounds its forecasts
/// respect.
///
/// Forecast quantiles are mapped back through the inverse, which keeps them
/// quantiles because every map here is monotone, so the point forecast
/// reported is the **median** on the original scale; the mean is that of
/// the stated predictive distribution, by numerical integration
/// (``mean(of:)``), or none where that distribution has no mean.
///
/// What each scale does at the bounds and with zeros:
/// - ``identity``: values as they are, no bounds.
/// - ``censored(lower:upper:)``: values as they are; the predictive
///   distribution is censored at the bounds (what would fall beyond a bound
///   sits on it), so an interval never leaves `[lower, upper]`, `P(Y ≥ lower)`
///   is 1, and a history that reaches a bound still has an interval. Zeros
///   and values on a bound are ordinary values.
/// - ``log``: `log x`, for strictly positive values only (a zero is refused,
///   never shifted: `log(x + 1)` turns one zero year among thousands into a
///   fall of eight units on the model scale and the interval into 10⁵⁵).
/// - ``logit(lower:upper:)``: the scaled logit `log(u/(1 − u))`,
///   `u = (x − lower)/(upper − lower)` (Hyndman & Athanasopoulos, FPP3
///   §13.3), for values strictly inside the bounds only; the back-transform
///   lies strictly inside them, so no mass piles up on a bound.
///
/// ``automatic(for:lower:upper:)`` chooses among them (the rule planners get
/// by default).
public enum Transform: Sendable, Hashable {
  /// The values as they are.
  case identity
  /// The values as they are, the predictive distribution censored at the
  /// bounds (`-∞` or `+∞` for a side without one).
  case censored(lower: Double, upper: Double)
  /// `log x`, for strictly positive values.
  case log
  /// The scaled logit within `(lower, upper)`.
  case logit(lower: Double, upper: Double)

  /// Which scale to use, as a user names it (`--transform`).
  public enum Choice: String, Sendable, CaseIterable {
    /// ``Transform/automatic(for:lower:upper:)``.
    case auto
    /// The scaled logit (needs both bounds, every value strictly inside).
    case logit
    /// The log (every value strictly positive).
    case log
    /// The values as they are (censored at the bounds, where there are any).
    case none
  }

  /// The scale a planner gets by default for a series with optional bounds
  /// (`lower < upper` where both are given: a programmer error otherwise).
  ///
  /// - Both bounds, and every value at least 2% of the range away from
  ///   either (between 2% and 98% for a percentage), and the history not an
  ///   exact straight line: the scaled logit, so that intervals narrow near
  ///   a bound as the values can. The margin keeps the logit from
  ///   stretching one value near a bound far from the others (0,01% lies as
  ///   far from 3% on the logit scale as 3% from 50%, and one such year
  ///   turned an 80% interval of a falling 2–3% rate into 0,04–82%), and
  ///   keeps the bound itself attainable: the logit gives a 100% target a
  ///   chance of exactly 0 however close the history is.
  /// - Otherwise, where there is a bound (a percentage near or on 0% or
  ///   100%; a count, at least 0): the values as they are, censored at the
  ///   bounds. A logit with an offset would put half the forecast on the
  ///   bound ([100, 100] for a history reaching 100%), and a log would blow
  ///   up on a zero year; yearly counts of people and cooperatives change by
  ///   amounts more than by rates over the three to ten years planners have.
  ///   An exact straight line stays a line (no variation, no interval),
  ///   whatever the unit. So do values the logit would not keep
  ///   (``logitLosesDigits(_:lower:upper:)``: bounds far wider than the
  ///   values, as `-1e150,1e150` around 0,3).
  /// - No bounds: the values as they are.
  public static func automatic(for values: [Double], lower: Double?, upper: Double?) -> Transform {
    precondition(Self.ordered(lower, upper), "the lower bound must lie below the upper one")
    if let lower, let upper, !isStraightLine(values) {
      let margin = 0.02 * (upper - lower)
      if values.allSatisfy({ lower + margin <= $0 && $0 <= upper - margin }),
        logitLosesDigits(values, lower: lower, upper: upper) == nil
      {
        return .logit(lower: lower, upper: upper)
      }
    }
    if lower != nil || upper != nil {
      return .censored(lower: lower ?? -.infinity, upper: upper ?? .infinity)
    }
    return .identity
  }

  /// Whether three or more values lie on a straight line (every second
  /// difference within 10⁻⁹ of the largest value): a constant or a line,
  /// which has no variation on its own scale and would get a spurious one
  /// on a curved scale.
  static func isStraightLine(_ values: [Double]) -> Bool {
    guard values.count >= 3 else { return false }
    let scale = values.map(abs).max() ?? 0
    return zip(values.dropFirst(2), zip(values.dropFirst(), values)).allSatisfy { c, ab in
      abs(c - 2 * ab.0 + ab.1) <= 1e-9 * scale
    }
  }

  /// The scale for a user's choice, checked against the values.
  ///
  /// The bounds must be ordered where both are given (a programmer error
  /// otherwise: callers check what users type).
  ///
  /// - Throws: ``ForecastError/outsideScale(index:)`` for the first value the
  ///   chosen scale cannot take (a value ≤ 0 for the log, one outside the
  ///   open bounds for the logit); ``ForecastError/needsBounds`` for a logit
  ///   without two bounds.
  public static func chosen(
    _ choice: Choice, for values: [Double], lower: Double?, upper: Double?
  ) throws -> Transform {
    precondition(Self.ordered(lower, upper), "the lower bound must lie below the upper one")
    let transform: Transform
    switch choice {
    case .auto:
      return automatic(for: values, lower: lower, upper: upper)
    case .none:
      transform =
        lower == nil && upper == nil
        ? .identity : .censored(lower: lower ?? -.infinity, upper: upper ?? .infinity)
    case .log:
      transform = .log
    case .logit:
      guard let lower, let upper else { throw ForecastError.needsBounds }
      transform = .logit(lower: lower, upper: upper)
    }
    if let index = values.firstIndex(where: { $0.isFinite && !transform.accepts($0) }) {
      throw ForecastError.outsideScale(index: index)
    }
    if case .logit(let lower, let upper) = transform,
      let index = logitLosesDigits(values, lower: lower, upper: upper)
    {
      throw ForecastError.losesDigits(index: index)
    }
    return transform
  }

  /// The first value (index from 0) that the scaled logit between `lower`
  /// and `upper` does not keep, or `nil`: mapped there and back, a value
  /// must come back within 10⁻⁹ of the series' own scale (its spread, or its
  /// largest magnitude when that is larger).
  ///
  /// `(x − lower) / (upper − lower)` keeps only the digits of `x` that
  /// `lower` and the range leave: with bounds of ±10¹⁵⁰ every value near 0,3
  /// maps to exactly ½, and the series becomes a constant forecast at 0. For
  /// the bounds of a percentage the round trip is good to 2 × 10⁻¹⁴
  /// (`TransformTests`).
  public static func logitLosesDigits(_ values: [Double], lower: Double, upper: Double) -> Int? {
    let finite = values.filter(\.isFinite)
    guard let smallest = finite.min(), let largest = finite.max() else { return nil }
    let scale = Swift.max(largest - smallest, finite.map(\.magnitude).max() ?? 0)
    let logit = Transform.logit(lower: lower, upper: upper)
    return values.firstIndex { x in
      x.isFinite && !((logit.inverse(logit.forward(x)) - x).magnitude <= 1e-9 * scale)
    }
  }

  /// Whether two optional bounds are ordered (`lower < upper` where both
  /// are given).
  static func ordered(_ lower: Double?, _ upper: Double?) -> Bool {
    guard let lower, let upper else { return true }
    return lower < upper
  }

  /// A name for output: `identity`, `censored`, `log`, `logit`.
  public var name: String {
    switch self {
    case .identity: return "identity"
    case .censored: return "censored"
    case .log: return "log"
    case .logit: return "logit"
    }
  }

  /// The values a forecast on this scale can take.
  public var support: ClosedRange<Double> {
    switch self {
    case .identity: return -Double.infinity...Double.infinity
    case .censored(let lower, let upper), .logit(let lower, let upper): return lower...upper
    case .log: return 0...Double.infinity
    }
  }

  /// Whether a value can be mapped: finite, and inside the scale's domain.
  public func accepts(_ x: Double) -> Bool {
    guard x.isFinite else { return false }
    switch self {
    case .identity: return true
    case .censored(let lower, let upper): return lower <= x && x <= upper
    case .log: return x > 0
    case .logit(let lower, let upper): return lower < x && x < upper
    }
  }

  /// The value on the model scale (`±∞` at or beyond the ends of the log
  /// and logit domains, so that probabilities there come out 0 or 1).
  public func forward(_ x: Double) -> Double {
    switch self {
    case .identity, .censored:
      return x
    case .log:
      return x > 0 ? .log(x) : -.infinity
    case .logit(let lower, let upper):
      let u = (x - lower) / (upper - lower)
      if !(u > 0) { return -.infinity }
      if !(u < 1) { return .infinity }
      return .log(u) - .log(onePlus: -u)
    }
  }

  /// The value on the original scale.
  public func inverse(_ y: Double) -> Double {
    switch self {
    case .identity:
      return y
    case .censored(let lower, let upper):
      return Swift.min(Swift.max(y, lower), upper)
    case .log:
      return .exp(y)
    case .logit(let lower, let upper):
      return lower + (upper - lower) / (1 + .exp(-y))
    }
  }

  /// The mean on the original scale of a new observation whose model-scale
  /// distribution is `step`'s predictive distribution, or `nil` where that
  /// distribution has none.
  ///
  /// The mean of `g(X)` is `∫₀¹ g(Q(p)) dp` for the model-scale quantile
  /// function `Q`, computed by 8-point Gauss–Legendre on panels that narrow
  /// geometrically towards 0 and 1 (the censored and logit maps are bounded,
  /// so the last panels, of width 10⁻¹², add at most 10⁻¹² of the range);
  /// for the censored scale `lower·P(Y ≤ lower) + ∫ Q + upper·P(Y ≥ upper)`
  /// with the integral between the two probabilities.
  /// Without a mean: a Student t on ν ≤ 1 (Cauchy) on an unbounded scale,
  /// and the log of any Student t (`E[e^T]` is infinite for every ν).
  /// `nil` too when the step has no finite standard error.
  public func mean(of step: ForecastStep) -> Double? {
    guard step.predictionStandardError.isFinite else { return nil }
    guard step.hasEstimatedSpread else { return inverse(step.center) }
    switch self {
    case .identity:
      // Both the Student t (ν > 1) and the symmetrised empirical shape are
      // centred on the centre.
      return step.shape != nil || step.degreesOfFreedom > 1 ? step.center : nil
    case .censored(let lower, let upper):
      if !(lower.isFinite && upper.isFinite), step.shape == nil, step.degreesOfFreedom <= 1 {
        return nil
      }
      // The mass beyond each bound sits on it; the part in between is
      // integrated on its own, so that no panel straddles the kink.
      let below = step.probability(atMost: lower)
      let above = step.probability(atLeast: upper)
      let inside = Self.integrateOverProbability(from: below, to: 1 - above) {
        step.predictionQuantile($0)
      }
      return (below > 0 ? lower * below : 0) + inside + (above > 0 ? upper * above : 0)
    case .log:
      if step.shape == nil { return nil }
    case .logit:
      break
    }
    return Self.integrateOverProbability(from: 0, to: 1) { inverse(step.predictionQuantile($0)) }
  }

  /// `∫ₐᵇ f(p) dp` for `0 ≤ a ≤ b ≤ 1` by 8-point Gauss–Legendre on panels
  /// with edges at 10⁻¹², 10⁻¹¹, …, 10⁻¹, 0.2, …, 0.8 and 1 − 10⁻¹, …,
  /// 1 − 10⁻¹², cut to `[a, b]`.
  static func integrateOverProbability(
    from a: Double, to b: Double, _ f: (Double) -> Double
  ) -> Double {
    guard a < b else { return 0 }
    var edges: [Double] = (1...12).reversed().map { Double.pow(10, -Double($0)) }
    edges += (2...8).map { Double($0) / 10 }
    edges += (1...12).map { 1 - Double.pow(10, -Double($0)) }
    let cut = [a] + edges.filter { a < $0 && $0 < b } + [b]
    var total = 0.0
    for (low, high) in zip(cut, cut.dropFirst()) {
      let middle = (low + high) / 2
      let half = (high - low) / 2
      for (node, weight) in zip(gaussLegendreNodes, gaussLegendreWeights) {
        total += half * weight * (f(middle - half * node) + f(middle + half * node))
      }
    }
    return total
  }

  /// The positive nodes and their weights of the 8-point Gauss–Legendre rule
  /// (Abramowitz & Stegun, Table 25.4).
  static let gaussLegendreNodes: [Double] = [
    0.183_434_642_495_649_8, 0.525_532_409_916_329_0, 0.796_666_477_413_626_7,
    0.960_289_856_497_536_2,
  ]
  static let gaussLegendreWeights: [Double] = [
    0.362_683_783_378_362_0, 0.313_706_645_877_887_3, 0.222_381_034_453_374_5,
    0.101_228_536_290_376_3,
  ]
}
