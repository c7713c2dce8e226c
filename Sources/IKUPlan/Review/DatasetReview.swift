/// Every indicator of a dataset reviewed for one year: what `ikuplan`,
/// `forecast`, `check` and `suggest` present.
public struct DatasetReview: Sendable {
  /// The dataset's title.
  public let title: String
  /// The dataset's source.
  public let source: String
  /// The year reviewed.
  public let year: Int
  /// One review per indicator, in dataset order.
  public let indicators: [IndicatorReview]
  /// Years with illustrative values among those used.
  public let illustrativeYears: [Int]
  /// The year before ``year`` assessed, where some indicator has both its
  /// target and its realisation for it.
  public let assessment: YearAssessment?

  /// Reviews a dataset.
  ///
  /// The year defaults to the year after the latest realisation in the
  /// dataset (2025 for the bundled Tanjungpinang sheet); with
  /// ``ReviewSettings/assessesFinishedYear`` a finished `settings.year` N
  /// makes it N + 1. The year before it is assessed when it is finished.
  public init(_ dataset: Dataset, settings: ReviewSettings = ReviewSettings()) {
    let latest = dataset.annual.filter { $0.actual != nil }.map(\.year).max()
    var year = settings.year ?? (latest.map { $0 + 1 } ?? dataset.annual.map(\.year).max() ?? 0)
    if let requested = settings.year, settings.assessesFinishedYear,
      YearAssessment.isFinished(requested, in: dataset)
    {
      year = requested + 1
    }
    self.year = year
    assessment = YearAssessment(dataset, year: year - 1, scale: settings.scale)
    title = dataset.title
    source = dataset.source
    indicators = dataset.indicators.map {
      IndicatorReview($0, in: dataset, year: year, settings: settings)
    }
    let used = Set(
      indicators.flatMap { review in review.history.map { "\(review.indicator.code)|\($0.year)" } }
        + (assessment?.rows ?? []).map { "\($0.indicator.code)|\(year - 1)" })
    illustrativeYears = Array(
      Set(
        dataset.annual.filter {
          $0.isIllustrative
            && (used.contains("\($0.code)|\($0.year)") || $0.year == year)
        }.map(\.year))
    ).sorted()
  }

  /// Whether any flag is a warning or an error (`check --strict`).
  public var hasWarnings: Bool {
    indicators.contains { $0.flags.contains { $0.severity != .info } }
  }
}

/// What a review command shows.
public enum ReviewView: Sendable {
  /// `ikuplan`: projection, target, probability and notes, then suggestions.
  case overview
  /// `ikuplan forecast`: the forecast with its intervals.
  case forecast
  /// `ikuplan check`: the flags.
  case check
  /// `ikuplan suggest`: suggested targets (and the path).
  case suggest
}
