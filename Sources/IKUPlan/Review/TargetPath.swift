import IKUForecast

/// A distribution of one year's value that a target can be set against: a
/// forecast step, or the draws of a scenario's indicator.
public protocol TargetBasis: Sendable {
  /// The `p` quantile of the year's value, or `nil` where no spread is
  /// claimed.
  func quantile(_ p: Double) -> Double?
  /// The probability that the year attains `target` (`P(Y ≥ target)` for
  /// `higher`, `P(Y ≤ target)` for `lower`), or `nil` where none is claimed.
  func probability(attaining target: Double, polarity: Polarity) -> Double?
}

extension Forecast.Step: TargetBasis {
  public func probability(attaining target: Double, polarity: Polarity) -> Double? {
    IndicatorReview.probability(of: target, in: self, polarity: polarity)
  }
}

/// The one rule by which ikuplan sets targets year by year: `suggest`'s
/// recommended target and its `--through` path, and a Renstra scenario's
/// `target_path`.
///
/// Each year's target is the value attained with the asked probability `p`
/// (the `1 − p` quantile when higher is better, the `p` quantile when lower
/// is), rounded as sheets write it (two decimals, whole numbers for counts)
/// in the direction that keeps the chance, held inside the bounds, and
/// never worse than the year before — starting from the last realisation,
/// so that no target falls below what was already achieved (SAKIP's LKE:
/// targets must be *menantang dan realistis*; `check` flags a target below
/// the last realisation). Where that floor is what sets the target, the
/// target is harder than `p`; where it is so hard that the chance falls
/// below the unrealistic threshold (10% by default), both demands cannot
/// hold at once: the target still does not fall below the realisation (the
/// documented rule: a target below what was achieved is not accepted in
/// the evaluation, an ambitious one is), and the point carries the
/// `target-unrealistic` flag that `check` would raise, with its chance, so
/// that the planner sees the conflict. A year without a distribution keeps
/// the previous target, without a chance.
public struct TargetPath: Sendable {
  /// One year of the path.
  public struct Point: Sendable, Hashable {
    /// The year.
    public let year: Int
    /// The target.
    public let value: Double
    /// Its chance of being attained, or `nil` without a distribution.
    public let probability: Double?
    /// The value attained with the asked probability, before the floor of
    /// the previous target (rounded and bounded), or `nil` without a
    /// distribution.
    public let attainedValue: Double?
    /// Whether the floor (the last realisation, or the year before) set
    /// the target rather than the asked probability.
    public let heldByFloor: Bool
    /// The flags `check` raises for this target (`target-unrealistic`,
    /// `target-too-easy`); never `target-below-last-actual`.
    public let flags: [ReviewFlag]
  }

  /// The years, in order.
  public let points: [Point]

  /// Derives a path.
  ///
  /// - Parameters:
  ///   - years: The years, in increasing order, each with its distribution
  ///     (`nil` where there is none).
  ///   - probability: The chance asked of each target, in (0, 1).
  ///   - floor: The last realisation, where there is one.
  ///   - indicator: Polarity, bounds and rounding; without one, higher is
  ///     better, no bounds and two decimals.
  ///   - settings: The thresholds of the flags.
  public init(
    years: [(year: Int, basis: (any TargetBasis)?)], probability: Double, floor: Double?,
    indicator: Indicator?, settings: ReviewSettings
  ) {
    precondition(probability > 0 && probability < 1, "a probability lies in (0, 1)")
    let polarity = indicator?.polarity ?? .higher
    let decimals = Self.decimals(indicator)
    // The realisation on the sheet's grid, never worse than it.
    var previous = floor.map { Self.round($0, decimals: decimals, notWorseFor: polarity) }
    var points: [Point] = []
    for (year, basis) in years {
      let attained = basis.flatMap { basis in
        Self.attained(
          probability, in: basis, polarity: polarity, indicator: indicator, settings: settings)
      }
      var value = attained ?? previous
      var held = attained == nil
      if let candidate = value, let floorValue = previous,
        Self.isWorse(candidate, than: floorValue, polarity)
      {
        value = floorValue
        held = true
      }
      guard let value else { continue }
      previous = value
      let chance = basis?.probability(attaining: value, polarity: polarity)
      var flags: [ReviewFlag] = []
      if let chance, let indicator {
        if chance < settings.unrealisticBelow {
          flags.append(ReviewFlag(.targetUnrealistic(probability: chance), about: indicator))
        } else if chance > settings.tooEasyAbove, !indicator.isBestPossible(value) {
          flags.append(ReviewFlag(.targetTooEasy(probability: chance), about: indicator))
        }
      }
      points.append(
        Point(
          year: year, value: value, probability: chance, attainedValue: attained,
          heldByFloor: held && attained != nil, flags: flags))
    }
    self.points = points
  }

  /// The value attained with probability `p` in `basis`: the quantile,
  /// rounded in the direction that keeps the chance and held inside the
  /// bounds; the median for a `range` indicator.
  ///
  /// Where the forecast is so tight that rounding that way gives a chance
  /// above the too-easy threshold while the other neighbour on the grid
  /// lies between the thresholds, the other neighbour is taken, so that the
  /// suggestion passes `check` (a line rising by 0,03 a year makes 66,14
  /// too easy at 93% and 66,15 fair).
  static func attained(
    _ p: Double, in basis: any TargetBasis, polarity: Polarity, indicator: Indicator?,
    settings: ReviewSettings? = nil
  ) -> Double? {
    let quantile: Double?
    switch polarity {
    case .higher: quantile = basis.quantile(1 - p)
    case .lower: quantile = basis.quantile(p)
    case .range: quantile = basis.quantile(0.5)
    }
    guard let quantile else { return nil }
    let decimals = decimals(indicator)
    let keeping = bounded(round(quantile, decimals: decimals, keeping: polarity), indicator)
    guard let settings, polarity != .range,
      let chance = basis.probability(attaining: keeping, polarity: polarity),
      chance > settings.tooEasyAbove
    else { return keeping }
    let other = bounded(round(quantile, decimals: decimals, notWorseFor: polarity), indicator)
    guard let otherChance = basis.probability(attaining: other, polarity: polarity),
      otherChance >= settings.unrealisticBelow && otherChance <= settings.tooEasyAbove
    else { return keeping }
    return other
  }

  static func isWorse(_ value: Double, than reference: Double, _ polarity: Polarity) -> Bool {
    switch polarity {
    case .higher: return value < reference
    case .lower: return value > reference
    case .range: return false
    }
  }

  /// The decimals a sheet writes: none for counts (a count unit, or a unit
  /// of no known kind with a lower bound of 0 and no upper one) and whole
  /// rupiah; otherwise three for a measure whose whole range is at most 1
  /// (a ratio such as the Gini, 0,292); for a unit of no known kind
  /// (`angka`) those its values are written with; two for the rest (years,
  /// indices, rates: 9,55 stays 9,55), and never fewer than the
  /// indicator's own values are written with (an index of 0,412 keeps
  /// three: ``Indicator/writtenDecimals``).
  static func decimals(_ indicator: Indicator?) -> Int {
    guard let indicator else { return 2 }
    switch indicator.kind {
    case .count: return 0
    // Whole rupiah; an amount in `Rp juta` or `juta rupiah` keeps decimals.
    case .rupiah where ["rp", "rp.", "rupiah"].contains(indicator.unit.lowercased()): return 0
    case .other where indicator.lowerBound == 0 && indicator.upperBound == nil: return 0
    default: break
    }
    if let lower = indicator.lowerBound, let upper = indicator.upperBound, upper - lower <= 1 {
      return max(3, indicator.writtenDecimals)
    }
    // A unit that says nothing (`angka`, a name): the decimals the sheet
    // writes (5.517 stays whole, 75,52 keeps two).
    if indicator.kind == .other { return indicator.writtenDecimals }
    return max(2, indicator.writtenDecimals)
  }

  /// Rounds to `decimals`: down when higher is better and up when lower is
  /// (so that the rounded target keeps at least the chance of the exact
  /// one), to the nearest without a polarity or for `range`.
  static func round(_ value: Double, decimals: Int, keeping polarity: Polarity?) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    // A value one rounding step from a boundary (39.67 stored as
    // 39.669999…) is that boundary: rounding direction applies to real
    // fractions only.
    let scaled = value * scale
    let nearest = scaled.rounded()
    if abs(scaled - nearest) <= 1e-9 * max(1, abs(scaled)) { return nearest / scale }
    switch polarity {
    case .higher: return scaled.rounded(.down) / scale
    case .lower: return scaled.rounded(.up) / scale
    case .range, nil: return nearest / scale
    }
  }

  /// Rounds to `decimals` in the good direction: up when higher is better,
  /// down when lower is, so that a target on the sheet's grid is never
  /// worse than `value` (a realisation of 0,721 gives 0,73 at two decimals,
  /// not 0,72).
  static func round(_ value: Double, decimals: Int, notWorseFor polarity: Polarity) -> Double {
    switch polarity {
    case .higher: return round(value, decimals: decimals, keeping: .lower)
    case .lower: return round(value, decimals: decimals, keeping: .higher)
    case .range: return round(value, decimals: decimals, keeping: nil)
    }
  }

  static func bounded(_ value: Double, _ indicator: Indicator?) -> Double {
    var value = value
    if let lower = indicator?.lowerBound { value = max(value, lower) }
    if let upper = indicator?.upperBound { value = min(value, upper) }
    return value
  }
}
