import IKUForecast

/// Suggested targets for an indicator: realistic, challenging, the one
/// recommended with its reason, and optionally a Renstra path.
///
/// - **Realistic**: the value attained with the realistic probability
///   (default 70%): the 30% quantile of the forecast for `higher`, the 70%
///   quantile for `lower`.
/// - **Challenging**: the value attained with the challenging probability
///   (default 40%).
/// - **Recommended**: the realistic target, but never worse than last
///   year's realisation while the forecast gives holding it at least an even
///   chance (SAKIP's "menantang dan realistis": a target below what was
///   already achieved is not challenging); when holding is unlikely it says
///   so and keeps the realistic value. Without a forecast interval (fewer
///   than three years) it is last year's realisation, without a probability.
///
/// Values are inside the bounds and rounded as sheets write them: two
/// decimals for percentages and other measures, whole numbers for counts.
/// Probabilities are those of the rounded values.
public struct Suggestions: Sendable {
  /// A suggested value.
  public struct Suggestion: Sendable, Hashable {
    /// The value.
    public let value: Double
    /// Its probability of being attained, or `nil` without a forecast.
    public let probability: Double?
    let reasonIndonesian: String
    let reasonEnglish: String

    /// Why this value, in a language.
    public func reason(in language: Language) -> String {
      language.text(id: reasonIndonesian, en: reasonEnglish)
    }
  }

  /// One year of a Renstra path.
  public struct PathPoint: Sendable, Hashable {
    /// The year.
    public let year: Int
    /// The target for the year.
    public let value: Double
    /// Its probability of being attained.
    public let probability: Double?
  }

  /// The realistic target, or `nil` without an interval.
  public let realistic: Suggestion?
  /// The challenging target, or `nil` without an interval.
  public let challenging: Suggestion?
  /// The recommended target.
  public let recommended: Suggestion
  /// The Renstra path, when asked for (`--through YEAR`).
  public let path: [PathPoint]

  init?(
    indicator: Indicator, year: Int, last: YearValue?, steps: [Forecast.Step],
    settings: ReviewSettings
  ) {
    guard let last else { return nil }
    let polarity = indicator.polarity
    let decimals = Self.decimals(indicator)
    let number = (NumberFormat(.indonesian), NumberFormat(.english))
    func show(_ value: Double, _ format: NumberFormat) -> String {
      indicator.isPercentage
        ? format.percent(value, decimals: decimals) : format.fixed(value, decimals: decimals)
    }
    func percent(_ p: Double?, _ format: NumberFormat) -> String {
      p.map { format.fixed($0 * 100, decimals: 0) + "%" } ?? "–"
    }
    let step =
      year > last.year && year - last.year <= steps.count ? steps[year - last.year - 1] : nil

    /// The value attained with probability `p` in `step`, bounded and
    /// rounded, with the probability of the rounded value.
    func attained(_ p: Double, in step: Forecast.Step) -> (Double, Double?)? {
      let quantile: Double?
      switch polarity {
      case .higher: quantile = step.quantile(1 - p)
      case .lower: quantile = step.quantile(p)
      case .range: quantile = p >= 0.5 ? step.median : nil
      }
      guard let quantile else { return nil }
      let value = Self.round(Self.bounded(quantile, indicator), decimals: decimals)
      return (value, IndicatorReview.probability(of: value, in: step, polarity: polarity))
    }

    guard let step, step.hasInterval,
      let (realisticValue, realisticP) = attained(settings.realisticProbability, in: step),
      let (challengingValue, challengingP) = attained(settings.challengingProbability, in: step)
    else {
      let held = Self.round(last.value, decimals: decimals)
      recommended = Suggestion(
        value: held, probability: nil,
        reasonIndonesian:
          "riwayat belum cukup untuk proyeksi; mempertahankan realisasi \(last.year)"
          + " (\(show(held, number.0)))",
        reasonEnglish:
          "too little history for a projection; holds the \(last.year) realisation"
          + " (\(show(held, number.1)))")
      realistic = nil
      challenging = nil
      path = []
      return
    }
    realistic = Suggestion(
      value: realisticValue, probability: realisticP,
      reasonIndonesian: "tercapai dengan peluang \(percent(realisticP, number.0))",
      reasonEnglish: "attained with probability \(percent(realisticP, number.1))")
    challenging = Suggestion(
      value: challengingValue, probability: challengingP,
      reasonIndonesian: "menantang: peluang \(percent(challengingP, number.0))",
      reasonEnglish: "challenging: probability \(percent(challengingP, number.1))")

    let held = Self.round(last.value, decimals: decimals)
    let holdP = IndicatorReview.probability(of: held, in: step, polarity: polarity)
    let realisticIsWorse: Bool
    switch polarity {
    case .higher: realisticIsWorse = realisticValue < held
    case .lower: realisticIsWorse = realisticValue > held
    case .range: realisticIsWorse = false
    }
    if realisticIsWorse, let holdP, holdP >= 0.5 {
      recommended = Suggestion(
        value: held, probability: holdP,
        reasonIndonesian:
          "mempertahankan realisasi \(last.year) (\(show(held, number.0))): target di bawahnya"
          + " tidak menantang, dan proyeksi memberi peluang \(percent(holdP, number.0))",
        reasonEnglish:
          "holds the \(last.year) realisation (\(show(held, number.1))): a lower target is not"
          + " challenging, and the projection gives it \(percent(holdP, number.1))")
    } else if realisticIsWorse {
      recommended = Suggestion(
        value: realisticValue, probability: realisticP,
        reasonIndonesian:
          "proyeksi menunjukkan mempertahankan realisasi \(last.year) (\(show(held, number.0)))"
          + " kurang mungkin (peluang \(percent(holdP, number.0))); target realistis dengan peluang"
          + " \(percent(realisticP, number.0))",
        reasonEnglish:
          "the projection makes holding the \(last.year) realisation (\(show(held, number.1)))"
          + " unlikely (probability \(percent(holdP, number.1))); a realistic target with"
          + " probability \(percent(realisticP, number.1))")
    } else {
      recommended = Suggestion(
        value: realisticValue, probability: realisticP,
        reasonIndonesian:
          "realistis (peluang \(percent(realisticP, number.0))) dan tidak di bawah realisasi"
          + " \(last.year)",
        reasonEnglish:
          "realistic (probability \(percent(realisticP, number.1))) and not below the"
          + " \(last.year) realisation")
    }

    // A Renstra path: the realistic value of each year, never turning back.
    var path: [PathPoint] = []
    if let through = settings.pathThrough, through >= year {
      var previous = recommended.value
      for pathYear in year...through {
        let h = pathYear - last.year
        guard h >= 1, h <= steps.count else { break }
        var value =
          pathYear == year
          ? recommended.value
          : (attained(settings.realisticProbability, in: steps[h - 1])?.0 ?? previous)
        switch polarity {
        case .higher: value = max(value, previous)
        case .lower: value = min(value, previous)
        case .range: break
        }
        previous = value
        path.append(
          PathPoint(
            year: pathYear, value: value,
            probability: IndicatorReview.probability(
              of: value, in: steps[h - 1], polarity: polarity)))
      }
    }
    self.path = path
  }

  /// Two decimals, or none for counts.
  static func decimals(_ indicator: Indicator) -> Int {
    !indicator.isPercentage && indicator.lowerBound == 0 && indicator.upperBound == nil ? 0 : 2
  }

  static func round(_ value: Double, decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded() / scale
  }

  static func bounded(_ value: Double, _ indicator: Indicator) -> Double {
    var value = value
    if let lower = indicator.lowerBound { value = max(value, lower) }
    if let upper = indicator.upperBound { value = min(value, upper) }
    return value
  }
}
