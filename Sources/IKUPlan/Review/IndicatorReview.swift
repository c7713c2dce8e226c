import IKUForecast

/// Settings of a target review.
public struct ReviewSettings: Sendable {
  /// The year reviewed; `nil` means the year after the dataset's latest
  /// realisation.
  public var year: Int?
  /// Prediction interval levels.
  public var levels: [Double]
  /// The probability with which a realistic target is attained.
  public var realisticProbability: Double
  /// The probability with which a challenging target is attained.
  public var challengingProbability: Double
  /// The last year of a Renstra target path, if one is wanted.
  public var pathThrough: Int?
  /// The achievement categories.
  public var scale: CategoryScale
  /// Below this probability a target is flagged unrealistic.
  public var unrealisticBelow: Double
  /// Above this probability a target is flagged too easy.
  public var tooEasyAbove: Double
  /// Whether a `year` that is finished in the dataset — some indicator has
  /// both its target and its realisation — is assessed
  /// (``YearAssessment``) and the year after it reviewed, as `review` and
  /// `report` do; otherwise `year` is the year reviewed, as `forecast`,
  /// `check` and `suggest` take it.
  public var assessesFinishedYear: Bool

  /// Creates settings; the defaults are those of DESIGN §5 and the issue
  /// that specified suggestions (70% realistic, 40% challenging, flags below
  /// 10% and above 90%).
  public init(
    year: Int? = nil, levels: [Double] = [0.8, 0.95], realisticProbability: Double = 0.7,
    challengingProbability: Double = 0.4, pathThrough: Int? = nil,
    scale: CategoryScale = .sakip, unrealisticBelow: Double = 0.1, tooEasyAbove: Double = 0.9,
    assessesFinishedYear: Bool = false
  ) {
    precondition(
      0 < challengingProbability && challengingProbability < realisticProbability
        && realisticProbability < 1,
      "0 < challenging < realistic < 1")
    self.year = year
    self.levels = levels
    self.realisticProbability = realisticProbability
    self.challengingProbability = challengingProbability
    self.pathThrough = pathThrough
    self.scale = scale
    self.unrealisticBelow = unrealisticBelow
    self.tooEasyAbove = tooEasyAbove
    self.assessesFinishedYear = assessesFinishedYear
  }
}

/// A year and a value.
public struct YearValue: Sendable, Hashable {
  /// The year.
  public let year: Int
  /// The value.
  public let value: Double
}

/// One indicator reviewed for a year: its history, the forecast, the
/// chance of attaining the target, the achievement the forecast implies,
/// flags and suggested targets.
///
/// The forecast uses the realisations before the reviewed year — the most
/// recent run of consecutive years — with ``IKUForecast/AutoModel`` on the
/// indicator's scale (``Transform/automatic(for:lower:upper:)``): the logit
/// within its bounds for a bounded indicator (percentages) whose history
/// stays strictly inside them, the values as they are censored at the
/// bounds for one that reaches a bound and for counts (at least 0), the
/// values as they are otherwise.
public struct IndicatorReview: Sendable {
  /// The indicator.
  public let indicator: Indicator
  /// The year reviewed.
  public let year: Int
  /// The realisations the forecast used, oldest first.
  public let history: [YearValue]
  /// The target for the year, if set; for a range target its lower end
  /// (as ``AnnualObservation/target``).
  public let target: Double?
  /// The target for the year as a single value or a range, if set.
  public let targetRange: TargetRange?
  /// The model's name, or `nil` without history.
  public let model: String?
  /// The scale the model worked on.
  public let transform: Transform?
  /// The forecast for the reviewed year, or `nil` with fewer than two
  /// realisations.
  public let forecast: Forecast.Step?
  /// The forecast for every year from the last realisation on.
  public let steps: [Forecast.Step]
  /// The probability of attaining the target (polarity-aware), or `nil`.
  public let probabilityOfAttaining: Double?
  /// The achievement the forecast median would give against the target.
  public let achievement: Achievement?
  /// Findings, most serious first.
  public let flags: [ReviewFlag]
  /// Suggested targets, or `nil` without history.
  public let suggestions: Suggestions?
  /// Whether any value used is illustrative.
  public let usesIllustrativeData: Bool

  /// The last realisation.
  public var lastActual: YearValue? { history.last }

  /// Reviews one indicator of a dataset.
  public init(
    _ indicator: Indicator, in dataset: Dataset, year: Int, settings: ReviewSettings
  ) {
    self.indicator = indicator
    self.year = year
    let rows = dataset.history(of: indicator.code)
    let targetRow = rows.first { $0.year == year }
    target = targetRow?.target
    let targetRange = targetRow?.targetRange
    self.targetRange = targetRange
    let used = Self.recentRun(rows.filter { $0.year < year && $0.actual != nil })
    history = used.compactMap { row in row.actual.map { YearValue(year: row.year, value: $0) } }
    usesIllustrativeData =
      used.contains(where: \.isIllustrative) || (targetRow?.isIllustrative ?? false)

    var steps: [Forecast.Step] = []
    var transform: Transform?
    var model: String?
    if let last = history.last {
      let chosen = Self.transform(for: indicator, values: history.map(\.value))
      let horizon = max(year, settings.pathThrough ?? year) - last.year
      if let forecast = try? Forecaster(model: AutoModel(), transform: chosen).forecast(
        history.map(\.value), horizon: horizon, levels: settings.levels)
      {
        steps = forecast.steps
        transform = chosen
        model = forecast.model
      }
    }
    self.steps = steps
    self.transform = transform
    self.model = model
    // One value is no trend: no forecast is claimed (DESIGN §4).
    let forecast =
      history.count < 2
      ? nil
      : history.last.flatMap { last in
        year > last.year && year - last.year <= steps.count ? steps[year - last.year - 1] : nil
      }
    self.forecast = forecast

    let probability = targetRange.flatMap { target in
      forecast.flatMap { Self.probability(of: target, in: $0, polarity: indicator.polarity) }
    }
    probabilityOfAttaining = probability
    achievement = targetRange.flatMap { target in
      forecast.flatMap {
        Achievement(
          actual: $0.median, target: target, polarity: indicator.polarity, scale: settings.scale)
      }
    }
    flags = Self.flags(
      indicator: indicator, year: year, target: targetRange, last: history.last,
      years: history.count, hasInterval: forecast?.hasInterval ?? false,
      probability: probability,
      illustrative: usesIllustrativeData, settings: settings)
    suggestions = Suggestions(
      indicator: indicator, year: year, last: history.last, years: history.count, steps: steps,
      settings: settings)
  }

  // MARK: - Pieces

  /// The latest run of consecutive years.
  static func recentRun(_ rows: [AnnualObservation]) -> [AnnualObservation] {
    var run: [AnnualObservation] = []
    for row in rows.reversed() {
      if let first = run.first, row.year != first.year - 1 { break }
      run.insert(row, at: 0)
    }
    return run
  }

  /// The modelling scale of an indicator: ``Transform/automatic(for:lower:upper:)``
  /// with the indicator's bounds.
  static func transform(for indicator: Indicator, values: [Double]) -> Transform {
    .automatic(for: values, lower: indicator.lowerBound, upper: indicator.upperBound)
  }

  /// `P(Y ≥ target)` for `higher`, `P(Y ≤ target)` for `lower`; not
  /// claimed for `range` (a single target does not say how far from it
  /// still counts).
  static func probability(
    of target: Double, in step: Forecast.Step, polarity: Polarity
  ) -> Double? {
    probability(of: TargetRange(target), in: step, polarity: polarity)
  }

  /// The chance of attaining a single or range target at its binding ends
  /// (``TargetRange``): `P(Y ≥ lower)` for `higher`, `P(Y ≤ upper)` for
  /// `lower`, `P(lower ≤ Y ≤ upper)` for a range of a `range` indicator;
  /// not claimed for a single target of a `range` indicator.
  static func probability(
    of target: TargetRange, in step: Forecast.Step, polarity: Polarity
  ) -> Double? {
    switch (target.minimum(for: polarity), target.maximum(for: polarity)) {
    case (let minimum?, nil): return step.probability(atLeast: minimum)
    case (nil, let maximum?): return step.probability(atMost: maximum)
    case (let minimum?, let maximum?):
      // P(lower ≤ Y ≤ upper) = P(Y ≥ lower) − P(Y > upper).
      guard let atLeast = step.probability(atLeast: minimum),
        let atMost = step.probability(atMost: maximum)
      else { return nil }
      return min(max(atLeast - (1 - atMost), 0), 1)
    case (nil, nil): return nil
    }
  }

  /// The flags of a target.
  ///
  /// A range is judged by its binding end
  /// (``TargetRange/bindingEnd(for:)``): higher is better, a lower end
  /// below last year's realisation is not challenging even when the upper
  /// end is above it (the range lets the indicator fall back); lower is
  /// better, likewise an upper end above it. A range is outside the bounds
  /// when either end is. A `stabil` indicator's target is not compared
  /// with the last realisation, a range or not.
  static func flags(
    indicator: Indicator, year: Int, target: TargetRange?, last: YearValue?, years: Int,
    hasInterval: Bool, probability: Double?, illustrative: Bool, settings: ReviewSettings
  ) -> [ReviewFlag] {
    var flags: [ReviewFlag] = []
    func flag(_ finding: ReviewFlag.Finding) {
      flags.append(ReviewFlag(finding, about: indicator))
    }
    if let target, !indicator.allows(target.lower) || !indicator.allows(target.upper) {
      flag(
        .targetOutsideBounds(
          target: target, lower: indicator.lowerBound, upper: indicator.upperBound))
    }
    if let target, let last, let binding = target.bindingEnd(for: indicator.polarity) {
      let worse: Bool
      switch indicator.polarity {
      case .higher: worse = binding < last.value
      case .lower: worse = binding > last.value
      case .range: worse = false
      }
      if worse { flag(.targetBelowLastActual(target: target, year: year, last: last)) }
    }
    if let probability {
      if probability < settings.unrealisticBelow {
        flag(.targetUnrealistic(probability: probability))
      } else if probability > settings.tooEasyAbove,
        !(target?.bindingEnd(for: indicator.polarity).map(indicator.isBestPossible) ?? false)
      {
        flag(.targetTooEasy(probability: probability))
      }
    }
    if target == nil { flag(.noTarget(year: year)) }
    if !hasInterval { flag(years >= 3 ? .noVariation : .insufficientHistory(years: years)) }
    if illustrative { flag(.illustrativeData) }
    let order: [ReviewFlag.Severity] = [.error, .warning, .info]
    return flags.sorted {
      (order.firstIndex(of: $0.severity) ?? 0) < (order.firstIndex(of: $1.severity) ?? 0)
    }
  }
}

/// An indicator's forecast for a year by the one indicator forecasting
/// policy (``IndicatorReview``: the latest run of consecutive years, the
/// indicator's scale, the `auto` model), in the two numbers other analyses
/// set beside their own: the mid-year projection (which also knows the
/// year's quarters) and a scenario (which builds the indicator from its
/// drivers).
public struct DirectForecast: Sendable, Hashable {
  /// The year.
  public let year: Int
  /// The median.
  public let median: Double
  /// The chance of attaining the year's target, or `nil`.
  public let probabilityOfAttaining: Double?

  /// The review's forecast with the chance of a single or range target
  /// (``IndicatorReview/probability(of:in:polarity:)``), or `nil` where the
  /// review has no forecast.
  public init?(_ review: IndicatorReview, targetRange: TargetRange?) {
    guard let forecast = review.forecast else { return nil }
    year = review.year
    median = forecast.median
    probabilityOfAttaining = targetRange.flatMap {
      IndicatorReview.probability(of: $0, in: forecast, polarity: review.indicator.polarity)
    }
  }
}
