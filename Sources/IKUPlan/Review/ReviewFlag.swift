/// A finding about an indicator's target or data, with a stable code.
///
/// Codes are identifiers other tools rely on (DESIGN §5): they may be
/// added to, never renamed.
public struct ReviewFlag: Sendable, Hashable {
  /// The stable code.
  public let code: Code
  /// How serious it is.
  public let severity: Severity
  /// Why, in a planner's words, in both languages.
  let indonesian: String
  let english: String

  /// The message in a language.
  public func message(in language: Language) -> String {
    language.text(id: indonesian, en: english)
  }

  /// ReviewFlag codes.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// The target is worse than last year's achievement (polarity-aware).
    case targetBelowLastActual = "target-below-last-actual"
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
