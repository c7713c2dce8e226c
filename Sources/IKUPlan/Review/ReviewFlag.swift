/// A finding about an indicator's target or data: a typed fact with its
/// numbers, and a stable code.
///
/// The flag holds facts only; its words are the presentation's
/// (``message(in:)`` and ``label(in:)`` in `ReviewFlag+Words.swift`).
/// Codes are identifiers other tools rely on (DESIGN §5): they may be
/// added to, never renamed.
public struct ReviewFlag: Sendable, Hashable {
  /// What was found, with the numbers that show it.
  public let finding: Finding
  /// Which way is better for the indicator (the words of
  /// ``Finding/targetBelowLastActual(target:year:last:)`` depend on it).
  public let polarity: Polarity
  /// Whether the indicator's values are percentages (`39,67%`) rather than
  /// numbers written as they were read (`5.517`, `0,292`).
  public let isPercentage: Bool

  /// Creates a flag about an indicator.
  public init(_ finding: Finding, about indicator: Indicator) {
    self.finding = finding
    polarity = indicator.polarity
    isPercentage = indicator.isPercentage
  }

  /// Creates a flag about a target of a quantity that is not one of the
  /// dataset's indicators (a scenario file's formula): `polarity` and
  /// whether its values are percentages.
  init(_ finding: Finding, polarity: Polarity, isPercentage: Bool) {
    self.finding = finding
    self.polarity = polarity
    self.isPercentage = isPercentage
  }

  /// A finding, with its numbers.
  public enum Finding: Sendable, Hashable {
    /// The target (either end of a range) lies outside the indicator's
    /// hard bounds (`nil`: no bound on that side).
    case targetOutsideBounds(target: TargetRange, lower: Double?, upper: Double?)
    /// The target for `year` is worse than the last realisation `last`
    /// (polarity-aware: above it when lower is better).
    case targetBelowLastActual(target: TargetRange, year: Int, last: YearValue)
    /// A target path's target for `year` is worse than the target of the
    /// year before, `previous` (polarity-aware).
    case targetBelowPreviousTarget(target: TargetRange, year: Int, previous: YearValue)
    /// The forecast gives the target only `probability` (below the
    /// unrealistic threshold).
    case targetUnrealistic(probability: Double)
    /// The forecast gives the target `probability` (above the too-easy
    /// threshold).
    case targetTooEasy(probability: Double)
    /// Fewer than three years of history: `years` realisations.
    case insufficientHistory(years: Int)
    /// Enough years, but they do not vary (a constant or an exactly straight
    /// line): no interval or probability can be estimated.
    case noVariation
    /// Some values used are illustrative, not official.
    case illustrativeData
    /// No target is set for `year`.
    case noTarget(year: Int)
  }

  /// The stable code.
  public var code: Code {
    switch finding {
    case .targetOutsideBounds: return .targetOutsideBounds
    case .targetBelowLastActual: return .targetBelowLastActual
    case .targetBelowPreviousTarget: return .targetBelowPreviousTarget
    case .targetUnrealistic: return .targetUnrealistic
    case .targetTooEasy: return .targetTooEasy
    case .insufficientHistory: return .insufficientHistory
    case .noVariation: return .noVariation
    case .illustrativeData: return .illustrativeData
    case .noTarget: return .noTarget
    }
  }

  /// How serious it is: a target outside the bounds cannot be right; a
  /// target that is not challenging, unrealistic or too easy is for a
  /// reviewer to act on; the rest informs.
  public var severity: Severity {
    switch finding {
    case .targetOutsideBounds: return .error
    case .targetBelowLastActual, .targetBelowPreviousTarget, .targetUnrealistic, .targetTooEasy:
      return .warning
    case .insufficientHistory, .noVariation, .illustrativeData, .noTarget: return .info
    }
  }

  /// ReviewFlag codes.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// The target is worse than last year's achievement (polarity-aware).
    case targetBelowLastActual = "target-below-last-actual"
    /// A target path falls back: a year's target is worse than the year
    /// before's (polarity-aware).
    case targetBelowPreviousTarget = "target-below-previous-target"
    /// The target lies outside the indicator's hard bounds.
    case targetOutsideBounds = "target-outside-bounds"
    /// The forecast gives the target less than a 10% chance.
    case targetUnrealistic = "target-unrealistic"
    /// The forecast gives the target more than a 90% chance.
    case targetTooEasy = "target-too-easy"
    /// Too few years for a trend, an interval or a probability.
    case insufficientHistory = "insufficient-history"
    /// Enough years, but they do not vary (a constant, or an exactly
    /// straight line): no interval or probability can be estimated.
    case noVariation = "no-variation"
    /// Some values used are illustrative, not official.
    case illustrativeData = "illustrative-data"
    /// No target is set for the year reviewed.
    case noTarget = "no-target"
  }

  /// Severities: `warning` counts for `check --strict`.
  public enum Severity: String, Sendable, Hashable {
    /// Information for the reader.
    case info
    /// Something a reviewer should act on.
    case warning
    /// A target that cannot be right.
    case error
  }
}
