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

  /// Reviews a dataset.
  ///
  /// The year defaults to the year after the latest realisation in the
  /// dataset (2025 for the bundled Tanjungpinang sheet).
  public init(_ dataset: Dataset, settings: ReviewSettings = ReviewSettings()) {
    let latest = dataset.annual.filter { $0.actual != nil }.map(\.year).max()
    let year = settings.year ?? (latest.map { $0 + 1 } ?? dataset.annual.map(\.year).max() ?? 0)
    self.year = year
    title = dataset.title
    source = dataset.source
    indicators = dataset.indicators.map {
      IndicatorReview($0, in: dataset, year: year, settings: settings)
    }
    let used = Set(
      indicators.flatMap { review in review.history.map { "\(review.indicator.code)|\($0.year)" } })
    illustrativeYears = Array(
      Set(
        dataset.annual.filter {
          $0.isIllustrative && (used.contains("\($0.code)|\($0.year)") || $0.year == year)
        }.map(\.year))
    ).sorted()
  }

  /// Whether any flag is a warning or an error (`check --strict`).
  public var hasWarnings: Bool {
    indicators.contains { $0.flags.contains { $0.severity != .info } }
  }
}
