import IKUForecast

/// Suggested targets for an indicator: realistic, challenging, the one
/// recommended with its reason, and optionally a Renstra path.
///
/// - **Realistic**: the value attained with the realistic probability
///   (default 70%): the 30% quantile of the forecast for `higher`, the 70%
///   quantile for `lower`.
/// - **Challenging**: the value attained with the challenging probability
///   (default 40%).
/// - **Recommended**: the first year of the ``TargetPath`` at the realistic
///   probability: the realistic target, but never worse than last year's
///   realisation, so that it passes `check` (no `target-below-last-actual`,
///   and a chance between the unrealistic and the too-easy thresholds).
///   When holding the realisation is itself below the unrealistic
///   threshold, both demands of SAKIP's *menantang dan realistis* cannot
///   hold: the reason says so plainly with both values and their chances,
///   and the recommendation holds the realisation (``TargetPath``'s
///   documented rule) with the `target-unrealistic` flag. Without a
///   forecast interval (fewer than three years) it is last year's
///   realisation, without a probability.
/// - **Path** (`--through YEAR`): the same ``TargetPath`` through that
///   year; its first year is the recommended target.
///
/// Values are inside the bounds and rounded as sheets write them (two
/// decimals; whole numbers for counts), in the direction that keeps the
/// chance. Probabilities are those of the rounded values.
public struct Suggestions: Sendable {
  /// A suggested value.
  public struct Suggestion: Sendable, Hashable {
    /// The value.
    public let value: Double
    /// Its probability of being attained, or `nil` without a forecast.
    public let probability: Double?
    /// The flags `check` raises for it (only `target-unrealistic`, where
    /// no target can be both challenging and realistic).
    public let flags: [ReviewFlag]
    let reasonIndonesian: String
    let reasonEnglish: String

    /// Why this value, in a language.
    public func reason(in language: Language) -> String {
      language.text(id: reasonIndonesian, en: reasonEnglish)
    }
  }

  /// The realistic target, or `nil` without an interval.
  public let realistic: Suggestion?
  /// The challenging target, or `nil` without an interval.
  public let challenging: Suggestion?
  /// The recommended target.
  public let recommended: Suggestion
  /// The Renstra path, when asked for (`--through YEAR`).
  public let path: [TargetPath.Point]

  /// Suggests targets from a review's forecast steps (from the year after
  /// `last` on); `years` is the number of realisations the forecast used.
  init?(
    indicator: Indicator, year: Int, last: YearValue?, years: Int, steps: [Forecast.Step],
    settings: ReviewSettings
  ) {
    guard let last else { return nil }
    let polarity = indicator.polarity
    let decimals = TargetPath.decimals(indicator)
    let number = (NumberFormat(.indonesian), NumberFormat(.english))
    func show(_ value: Double, _ format: NumberFormat) -> String {
      indicator.isPercentage
        ? format.percent(value, decimals: decimals) : format.fixed(value, decimals: decimals)
    }
    func percent(_ p: Double?, _ format: NumberFormat) -> String {
      p.map { ValueStyle.probability.text($0, in: format.language) } ?? "–"
    }
    func step(_ pathYear: Int) -> Forecast.Step? {
      let h = pathYear - last.year
      return h >= 1 && h <= steps.count ? steps[h - 1] : nil
    }
    func suggestion(_ p: Double, in step: Forecast.Step) -> (Double, Double?)? {
      TargetPath.attained(p, in: step, polarity: polarity, indicator: indicator).map {
        ($0, step.probability(attaining: $0, polarity: polarity))
      }
    }
    let held = TargetPath.round(last.value, decimals: decimals, notWorseFor: polarity)
    // "Below" the realisation is worse when higher is better, "above" when
    // lower is.
    let worseSide =
      polarity == .lower ? (id: "di atas", en: "above") : (id: "di bawah", en: "below")

    guard let first = step(year), first.hasInterval,
      let (realisticValue, realisticP) = suggestion(settings.realisticProbability, in: first),
      let (challengingValue, challengingP) = suggestion(
        settings.challengingProbability, in: first)
    else {
      // Without an interval: too few years, or years without variation.
      let why =
        steps.isEmpty || years < 3
        ? (id: "riwayat belum cukup untuk proyeksi", en: "too little history for a projection")
        : (
          id: "riwayat tidak bervariasi, peluang tidak dapat diperkirakan",
          en: "the history does not vary, so no chance can be estimated"
        )
      recommended = Suggestion(
        value: held, probability: nil, flags: [],
        reasonIndonesian:
          "\(why.id); mempertahankan realisasi \(last.year) (\(show(held, number.0)))",
        reasonEnglish:
          "\(why.en); holds the \(last.year) realisation (\(show(held, number.1)))")
      realistic = nil
      challenging = nil
      path = []
      return
    }
    realistic = Suggestion(
      value: realisticValue, probability: realisticP, flags: [],
      reasonIndonesian: "tercapai dengan peluang \(percent(realisticP, number.0))",
      reasonEnglish: "attained with probability \(percent(realisticP, number.1))")
    challenging = Suggestion(
      value: challengingValue, probability: challengingP, flags: [],
      reasonIndonesian: "menantang: peluang \(percent(challengingP, number.0))",
      reasonEnglish: "challenging: probability \(percent(challengingP, number.1))")

    let through = max(year, settings.pathThrough ?? year)
    let targetPath = TargetPath(
      years: (year...through).map { ($0, step($0).map { $0 as any TargetBasis }) },
      probability: settings.realisticProbability, floor: last.value, indicator: indicator,
      settings: settings)
    let point = targetPath.points[0]
    let chance = (percent(point.probability, number.0), percent(point.probability, number.1))
    let realisticText = (
      "\(show(realisticValue, number.0)), peluang \(percent(realisticP, number.0))",
      "\(show(realisticValue, number.1)), probability \(percent(realisticP, number.1))"
    )
    if !point.heldByFloor {
      recommended = Suggestion(
        value: point.value, probability: point.probability, flags: point.flags,
        reasonIndonesian:
          "realistis (peluang \(chance.0)) dan tidak \(worseSide.id) realisasi \(last.year)",
        reasonEnglish:
          "realistic (probability \(chance.1)) and not \(worseSide.en) the \(last.year)"
          + " realisation")
    } else if point.flags.isEmpty {
      recommended = Suggestion(
        value: point.value, probability: point.probability, flags: point.flags,
        reasonIndonesian:
          "mempertahankan realisasi \(last.year) (\(show(held, number.0))), peluang \(chance.0):"
          + " target realistis (\(realisticText.0)) \(worseSide.id) realisasi, tidak menantang",
        reasonEnglish:
          "holds the \(last.year) realisation (\(show(held, number.1))), probability \(chance.1):"
          + " the realistic target (\(realisticText.1)) is \(worseSide.en) the realisation, not"
          + " challenging")
    } else {
      recommended = Suggestion(
        value: point.value, probability: point.probability, flags: point.flags,
        reasonIndonesian:
          "menantang dan realistis tidak dapat dipenuhi bersamaan: target realistis"
          + " (\(realisticText.0)) \(worseSide.id) realisasi \(last.year), dan mempertahankan"
          + " realisasi"
          + " (\(show(held, number.0))) peluangnya hanya \(chance.0); disarankan mempertahankan"
          + " realisasi, karena target \(worseSide.id) realisasi tidak menantang (LKE SAKIP), dengan"
          + " catatan tidak realistis",
        reasonEnglish:
          "challenging and realistic cannot both hold: the realistic target (\(realisticText.1))"
          + " is \(worseSide.en) the \(last.year) realisation, and holding the realisation"
          + " (\(show(held, number.1))) has only \(chance.1); the realisation is held, as a"
          + " target \(worseSide.en) it is not challenging (SAKIP evaluation), flagged"
          + " unrealistic")
    }
    path = (settings.pathThrough ?? year - 1) >= year ? targetPath.points : []
  }

}
