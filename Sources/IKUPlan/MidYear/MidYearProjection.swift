import IKUForecast
import RealModule

/// Settings of a mid-year review.
public struct MidYearSettings: Sendable {
  /// The year (default: the latest year in `triwulan`).
  public var year: Int?
  /// The quarter (default: the latest quarter of that year).
  public var quarter: Int?
  /// Interval levels.
  public var levels: [Double]
  /// At or above this probability an indicator is on track.
  public var onTrack: Double
  /// Below this probability it is off track; in between, at risk.
  public var offTrack: Double

  /// Creates settings (defaults: 80/95% intervals, on track ≥ 70%, off
  /// track < 30%).
  public init(
    year: Int? = nil, quarter: Int? = nil, levels: [Double] = [0.8, 0.95], onTrack: Double = 0.7,
    offTrack: Double = 0.3
  ) {
    precondition(0 < offTrack && offTrack < onTrack && onTrack < 1, "0 < off < on < 1")
    self.year = year
    self.quarter = quarter
    self.levels = levels
    self.onTrack = onTrack
    self.offTrack = offTrack
  }
}

/// Where an indicator stands at a quarter against this year's target.
public enum MidYearStatus: String, Sendable, Hashable {
  case onTrack = "on-track"
  case atRisk = "at-risk"
  case offTrack = "off-track"

  /// The label in a language.
  public func label(in l: Language) -> String {
    switch self {
    case .onTrack: return l.text(id: "sesuai jalur", en: "on track")
    case .atRisk: return l.text(id: "berisiko", en: "at risk")
    case .offTrack: return l.text(id: "di luar jalur", en: "off track")
    }
  }
}

/// The year-end projection of one indicator from its year-to-date
/// realisation at a quarter.
///
/// How it is projected depends on the indicator (the ``basis`` says which
/// evidence drove it):
/// - **Accumulating counts** (roll-up `jumlah`): year-end = year-to-date ÷
///   the share of the year usually reached by this quarter. The share's
///   logarithm is averaged over the earlier years with quarterly data, and
///   its year-to-year spread gives a Student-t interval (scale
///   `s·√(1 + 1/m)`, `m − 1` degrees of freedom for `m` years). With no such
///   years, the pro-rata run rate (× 4/q) is combined with the annual trend
///   forecast by inverse-variance weighting on the log scale; the run rate's
///   spread is then *assumed* — `0,5·(4 − q)/4` on the log scale, wide at
///   Q1, narrowing towards Q4 — and the output says so.
/// - **Ratios with numerator and denominator** in the quarterly data:
///   both are projected as accumulating counts and combined by Monte Carlo
///   (with the correlation of their shares in earlier years), so the
///   ratio's interval comes from the joint projection.
/// - **Levels and averages** (`terakhir`, `rata`): the year-end is the
///   year-to-date value for the share `w = q/4` of the year that has passed
///   and the annual forecast for the rest: `w·YTD + (1 − w)·F`, whose
///   quantiles follow from the forecast's. Without an annual forecast the
///   year-to-date value stands, without an interval.
public struct MidYearProjection: Sendable {
  /// The evidence a projection rests on.
  public enum Basis: String, Sendable, Hashable {
    /// Seasonal shares of earlier years.
    case seasonalShares = "seasonal-shares"
    /// Run rate combined with the annual trend (no quarterly history).
    case runRateWithTrend = "run-rate-with-trend"
    /// Run rate alone, with an assumed spread.
    case runRate = "run-rate"
    /// Numerator and denominator projected jointly.
    case jointRatio = "joint-ratio"
    /// Year-to-date value blended with the annual forecast.
    case blendedWithForecast = "blended-with-forecast"
    /// Year-to-date value alone (no forecast).
    case yearToDateOnly = "year-to-date-only"
    /// The year is complete.
    case complete
  }

  /// A quarter's year-to-date value.
  public struct QuarterValue: Sendable, Hashable {
    /// The quarter, 1 to 4.
    public let quarter: Int
    /// The value.
    public let value: Double
  }

  /// The pace needed for the rest of the year.
  public struct Pace: Sendable, Hashable {
    /// Per remaining quarter, to reach the target.
    public let required: Double
    /// Per quarter so far.
    public let soFar: Double
  }

  /// The indicator.
  public let indicator: Indicator
  /// The year.
  public let year: Int
  /// The quarter of the year-to-date value.
  public let quarter: Int
  /// The year-to-date realisation.
  public let yearToDate: Double
  /// The year-to-date realisations of this year's quarters up to this one.
  public let yearToDateByQuarter: [QuarterValue]
  /// The projected year-end median.
  public let median: Double
  /// Central intervals for the year-end value.
  public let intervals: [Forecast.Interval]
  /// This year's target, if set; for a range target its lower end.
  public let target: Double?
  /// The upper end of a range target, `nil` for a single target.
  public let targetUpper: Double?
  /// This year's target as a single value or a range, if set.
  public var targetRange: TargetRange? {
    target.map { TargetRange(lower: $0, upper: targetUpper ?? $0) }
  }
  /// The probability of attaining it.
  public let probabilityOfAttaining: Double?
  /// On track, at risk or off track.
  public let status: MidYearStatus?
  /// The achievement of the projected median.
  public let achievement: Achievement?
  /// For accumulating counts: the pace needed and the pace so far.
  public let requiredPace: Pace?
  /// What the projection rests on.
  public let basis: Basis
  /// The earlier years whose quarterly data were used.
  public let historyYears: [Int]
  /// Whether any value used is illustrative.
  public let illustrative: Bool
  /// The annual forecast of the year from the yearly history alone.
  ///
  /// The review's, by the same policy (``IndicatorReview``), or `nil`
  /// without one. The year-end projection above differs from it on purpose:
  /// it also knows this year's quarters.
  public let annualForecast: DirectForecast?
}
