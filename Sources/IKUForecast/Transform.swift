import RealModule

/// The scale on which a series is modelled.
///
/// Percentages are modelled on the logit scale within their bounds, counts
/// on the log scale, other values as they are (DESIGN §4; FPP3 §13.3 for the
/// scaled logit). Forecast quantiles are mapped back through the inverse,
/// which keeps them quantiles because the maps are monotone, so the point
/// forecast reported is the **median** on the original scale; the mean is
/// the second-order bias-adjusted back-transform (FPP3 §5.6; the logit
/// version is derived the same way, forecasting notes §2.6).
public enum Transform: Sendable, Hashable {
  /// The values as they are.
  case identity
  /// `log(x + offset)`, for counts (offset 0 when every value is positive).
  case log(offset: Double)
  /// The scaled logit `log(u/(1 − u))` with
  /// `u = (x − lower + offset)/(upper − lower + 2·offset)`. The offset lets
  /// values at exactly 0% or 100% be modelled (fabletools#132); results are
  /// clamped back into [lower, upper].
  case logit(lower: Double, upper: Double, offset: Double)

  /// The scaled logit for a bounded indicator, with an offset of 0.5% of
  /// the range (0,5 percentage points for a percentage).
  public static func bounded(lower: Double, upper: Double) -> Transform {
    precondition(lower < upper, "the bounds must be ordered")
    return .logit(lower: lower, upper: upper, offset: 0.005 * (upper - lower))
  }

  /// The log transform for positive data, shifted by 1 when a value is 0.
  public static func positive(_ values: [Double]) -> Transform {
    .log(offset: values.contains { $0 <= 0 } ? 1 : 0)
  }

  /// A name for output: `identity`, `log`, `logit`.
  public var name: String {
    switch self {
    case .identity: return "identity"
    case .log: return "log"
    case .logit: return "logit"
    }
  }

  /// Whether a value can be mapped: finite, and inside the scale's domain.
  public func accepts(_ x: Double) -> Bool {
    guard x.isFinite else { return false }
    switch self {
    case .identity: return true
    case .log(let offset): return x + offset > 0
    case .logit(let lower, let upper, _): return lower <= x && x <= upper
    }
  }

  /// The value on the model scale.
  public func forward(_ x: Double) -> Double {
    switch self {
    case .identity:
      return x
    case .log(let offset):
      return .log(Swift.max(x + offset, .leastNormalMagnitude))
    case .logit(let lower, let upper, let offset):
      let u = (x - lower + offset) / (upper - lower + 2 * offset)
      let clamped = Swift.min(Swift.max(u, 1e-12), 1 - 1e-12)
      return .log(clamped) - .log(onePlus: -clamped)
    }
  }

  /// The value on the original scale (clamped into the bounds).
  public func inverse(_ y: Double) -> Double {
    switch self {
    case .identity:
      return y
    case .log(let offset):
      return Swift.max(.exp(y) - offset, 0)
    case .logit(let lower, let upper, let offset):
      let p = 1 / (1 + .exp(-y))
      return clamp(lower - offset + (upper - lower + 2 * offset) * p)
    }
  }

  /// The mean on the original scale of a quantity whose model-scale
  /// distribution has centre `center` and variance `variance`, by the
  /// second-order delta method: `e^μ(1 + σ²/2)` for the log,
  /// `a + w[p + ½σ²p(1 − p)(1 − 2p)]` for the logit.
  public func mean(center: Double, variance: Double) -> Double {
    guard variance.isFinite else { return inverse(center) }
    switch self {
    case .identity:
      return center
    case .log(let offset):
      return Swift.max(.exp(center) * (1 + variance / 2) - offset, 0)
    case .logit(let lower, let upper, let offset):
      let p = 1 / (1 + .exp(-center))
      let width = upper - lower + 2 * offset
      return clamp(lower - offset + width * (p + variance / 2 * p * (1 - p) * (1 - 2 * p)))
    }
  }

  private func clamp(_ x: Double) -> Double {
    guard case .logit(let lower, let upper, _) = self else { return x }
    return Swift.min(Swift.max(x, lower), upper)
  }
}
