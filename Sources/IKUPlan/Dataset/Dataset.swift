/// The indicators of one agency (or one data source) with their yearly and
/// quarterly values: what a dataset folder under `history/` holds.
public struct Dataset: Sendable, Hashable {
  /// A title for people, such as the agency's name.
  public var title: String
  /// Where the dataset as a whole comes from.
  public var source: String
  /// The indicators, in the order of the file.
  public var indicators: [Indicator]
  /// Yearly values, in file order.
  public var annual: [AnnualObservation]
  /// Quarterly year-to-date values, in file order.
  public var quarterly: [QuarterlyObservation]

  /// The years ikuplan accepts anywhere.
  ///
  /// Data files, scenario files, sheet headers and options all use this
  /// range; the bound also keeps every forecast horizon short.
  public static let years = 1900...2200

  /// Creates a dataset.
  public init(
    title: String, source: String = "", indicators: [Indicator],
    annual: [AnnualObservation] = [], quarterly: [QuarterlyObservation] = []
  ) {
    self.title = title
    self.source = source
    // How many decimals each indicator's values are written with, so that
    // 0,412 is never shown or suggested as 0,41.
    var written: [String: Int] = [:]
    for observation in annual {
      for value in [observation.actual, observation.target, observation.targetUpper] {
        guard let value else { continue }
        written[observation.code] = max(
          written[observation.code] ?? 0, NumberFormat.decimals(writing: value, atMost: 6))
      }
    }
    self.indicators = indicators.map {
      var indicator = $0
      indicator.writtenDecimals = written[indicator.code] ?? 0
      return indicator
    }
    self.annual = annual
    self.quarterly = quarterly
  }

  /// The indicator with a code.
  public func indicator(_ code: String) -> Indicator? {
    indicators.first { $0.code == code }
  }

  /// An indicator's yearly values, oldest first.
  public func history(of code: String) -> [AnnualObservation] {
    annual.filter { $0.code == code }.sorted { $0.year < $1.year }
  }

  /// Whether any value is illustrative rather than official.
  public var hasIllustrativeValues: Bool {
    annual.contains(where: \.isIllustrative) || quarterly.contains(where: \.isIllustrative)
  }
}
