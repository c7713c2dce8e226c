/// A target for a year: a single value or a range `[lower, upper]`, as
/// planners publish them (`72,28 – 73,77`, `69,1-69,5`, `80 – 90%`).
///
/// Shapes: a single target has `lower == upper`; a range has
/// `lower < upper`. Both ends are in the indicator's unit (a percentage is
/// `72.28`, not `0.7228`). A range whose lower end is above its upper end
/// is a data error that the readers report naming the cell; here it is a
/// programmer error.
///
/// The rules for a range are those of PermenPANRB Sistem Manajemen Kinerja
/// (capaian IKI, Bab VI; domain notes §1.3): a realisation above the range
/// is measured against the **upper** end, one below it against the
/// **lower** end, by the polarity's formula (domain notes §1.1, §1.2). A
/// realisation within the range attains it: capaian 100% (a decision of
/// ikuplan's, the regulation does not say; see README, "Decisions where the
/// issues were silent").
///
/// Which end binds, that is must be reached for the target to count as
/// attained:
/// - higher is better: the lower end (`P(Y ≥ lower)`);
/// - lower is better: the upper end (`P(Y ≤ upper)`);
/// - `stabil`/range polarity: both (`P(lower ≤ Y ≤ upper)`); a single
///   target of such an indicator does not say how far from it still
///   counts, so neither end binds.
public struct TargetRange: Sendable, Hashable {
  /// The lower end (the single value of a single target).
  public let lower: Double
  /// The upper end (equal to ``lower`` for a single target).
  public let upper: Double

  /// A single target.
  public init(_ value: Double) {
    lower = value
    upper = value
  }

  /// A range; `lower == upper` is a single target.
  public init(lower: Double, upper: Double) {
    precondition(lower <= upper, "a range's lower end is not above its upper end")
    self.lower = lower
    self.upper = upper
  }

  /// Whether the target is a range (`lower < upper`).
  public var isRange: Bool { lower < upper }

  /// The value a realisation must reach at least: the lower end when
  /// higher is better, and for a range of a `stabil` indicator.
  public func minimum(for polarity: Polarity) -> Double? {
    switch polarity {
    case .higher: return lower
    case .lower: return nil
    case .range: return isRange ? lower : nil
    }
  }

  /// The value a realisation may reach at most: the upper end when lower
  /// is better, and for a range of a `stabil` indicator.
  public func maximum(for polarity: Polarity) -> Double? {
    switch polarity {
    case .higher: return nil
    case .lower: return upper
    case .range: return isRange ? upper : nil
    }
  }

  /// The one end that binds for a directional polarity: the lower end when
  /// higher is better, the upper end when lower is better; `nil` for
  /// `stabil`, where both ends bind (``minimum(for:)``, ``maximum(for:)``).
  public func bindingEnd(for polarity: Polarity) -> Double? {
    switch polarity {
    case .higher: return lower
    case .lower: return upper
    case .range: return nil
    }
  }

  /// Whether a realisation attains the target, or `nil` where the target
  /// binds at neither end (a single target of a `stabil` indicator).
  public func isAttained(by actual: Double, polarity: Polarity) -> Bool? {
    attainingValues(for: polarity).map { $0.contains(actual) }
  }

  /// The values that attain the target (``minimum(for:)`` to
  /// ``maximum(for:)``, unbounded where an end does not bind), or `nil`
  /// where the target binds at neither end.
  public func attainingValues(for polarity: Polarity) -> ClosedRange<Double>? {
    let minimum = minimum(for: polarity)
    let maximum = maximum(for: polarity)
    guard minimum != nil || maximum != nil else { return nil }
    return (minimum ?? -.infinity)...(maximum ?? .infinity)
  }

  /// The end a realisation is measured against (§1.3).
  ///
  /// The upper end for one above the range, the lower end for one below it, `nil` within
  /// (ends included). For a single target: the target, `nil` when equal.
  public func end(against actual: Double) -> Double? {
    if actual > upper { return upper }
    if actual < lower { return lower }
    return nil
  }

  /// The target as text, each end written by `show` (the one number
  /// format of the output), joined by an en dash: `72,28–73,77`; a
  /// percentage's `%` is written once, after the upper end
  /// (`80–90%`).
  public func text(_ show: (Double) -> String) -> String {
    guard isRange else { return show(lower) }
    var low = show(lower)
    let high = show(upper)
    if high.hasSuffix("%") && low.hasSuffix("%") { low.removeLast() }
    return "\(low)–\(high)"
  }
}
