/// A finished year assessed as an LKjIP assesses it (pengukuran kinerja):
/// for each indicator with both a target and a realisation for the year,
/// the achievement (capaian) and its category — against a range target by
/// the range rule (``TargetRange``).
///
/// The review sets it beside the forecast of the year after: the default
/// review of a dataset whose latest realisation year also holds targets
/// shows both, and `review --year N` for such a year N assesses N and
/// forecasts N + 1 (README, "Assessing a finished year").
public struct YearAssessment: Sendable {
  /// One indicator's finished year.
  public struct Row: Sendable {
    /// The indicator.
    public let indicator: Indicator
    /// The year's target: a single value or a range.
    public let target: TargetRange
    /// The year's realisation.
    public let actual: Double
    /// The achievement, or `nil` where it is not defined (a zero target).
    public let achievement: Achievement?
    /// Whether the target or the realisation is illustrative.
    public let isIllustrative: Bool
  }

  /// The year assessed.
  public let year: Int
  /// One row per indicator that has both a target and a realisation for
  /// the year, in dataset order.
  public let rows: [Row]

  /// The assessment of `year` in the categories of `scale` (default: the
  /// five-band LKjIP scale, ``CategoryScale/sakip``), or `nil` when no
  /// indicator has both a target and a realisation for it.
  public init?(_ dataset: Dataset, year: Int, scale: CategoryScale = .sakip) {
    var rows: [Row] = []
    for indicator in dataset.indicators {
      guard
        let observation = dataset.history(of: indicator.code).first(where: { $0.year == year }),
        let target = observation.targetRange, let actual = observation.actual
      else { continue }
      rows.append(
        Row(
          indicator: indicator, target: target, actual: actual,
          achievement: Achievement(
            actual: actual, target: target, polarity: indicator.polarity, scale: scale),
          isIllustrative: observation.isIllustrative))
    }
    guard !rows.isEmpty else { return nil }
    self.year = year
    self.rows = rows
  }

  /// Whether some indicator has both a target and a realisation for `year`.
  public static func isFinished(_ year: Int, in dataset: Dataset) -> Bool {
    dataset.annual.contains { $0.year == year && $0.target != nil && $0.actual != nil }
  }
}
