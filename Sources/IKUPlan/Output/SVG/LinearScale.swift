/// A linear map from data values to drawing coordinates, with "nice" ticks.
///
/// Ticks are 1, 2 or 5 times a power of ten (Heckbert, "Nice numbers for
/// graph labels", Graphics Gems, 1990), and ``nice(count:)`` widens the
/// domain to the ticks so that axes start and end on round numbers.
struct LinearScale: Sendable {
  /// The data interval.
  var domain: ClosedRange<Double>
  /// The drawing interval (may run downwards, as SVG's y does).
  var range: (Double, Double)

  /// Creates a scale; a degenerate domain is widened around its value.
  init(domain: ClosedRange<Double>, range: (Double, Double)) {
    var domain = domain
    if domain.lowerBound == domain.upperBound {
      let pad = Swift.max(abs(domain.lowerBound) * 0.1, 1)
      domain = (domain.lowerBound - pad)...(domain.upperBound + pad)
    }
    self.domain = domain
    self.range = range
  }

  /// The coordinate of a value.
  func callAsFunction(_ value: Double) -> Double {
    let width = domain.upperBound - domain.lowerBound
    guard width > 0 && width.isFinite else { return (range.0 + range.1) / 2 }
    let t = (value - domain.lowerBound) / width
    return range.0 + t * (range.1 - range.0)
  }

  /// The step between ticks for about `count` ticks; `nan` when the
  /// domain's width is not a positive finite number (values near the
  /// limits of a double), so that no loop below can run forever.
  func tickStep(count: Int) -> Double {
    // A step below about nine digits of the values themselves would be
    // finer than a double can place ticks (10 and 10.000000000000002).
    let magnitude = Swift.max(abs(domain.lowerBound), abs(domain.upperBound))
    let raw = Swift.max(
      (domain.upperBound - domain.lowerBound) / Double(Swift.max(count, 1)), magnitude * 1e-9)
    guard raw.isFinite && raw > 0 else { return .nan }
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    let fraction = raw / power
    let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    return nice * power
  }

  /// Ticks inside the domain.
  func ticks(count: Int = 5) -> [Double] {
    let step = tickStep(count: count)
    guard step.isFinite else { return [] }
    var value = (domain.lowerBound / step).rounded(.up) * step
    var ticks: [Double] = []
    // At most `count + 1` ticks: the step is at least the width over
    // `count`, and at least 1e-9 of the values, so every addition moves.
    while value <= domain.upperBound + step * 1e-9 {
      ticks.append(abs(value) < step * 1e-9 ? 0 : value)
      value += step
    }
    return ticks
  }

  /// The scale with its domain widened to whole ticks.
  func nice(count: Int = 5) -> LinearScale {
    let step = tickStep(count: count)
    guard step.isFinite else { return self }
    var copy = self
    let low = (domain.lowerBound / step).rounded(.down) * step
    let high = (domain.upperBound / step).rounded(.up) * step
    guard low < high, low.isFinite, high.isFinite else { return self }
    copy.domain = low...high
    return copy
  }
}
