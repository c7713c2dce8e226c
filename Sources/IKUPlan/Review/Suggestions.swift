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
    /// Why this value, as facts (``reason(in:)`` words them).
    public let reason: Reason
    /// Which way is better for the indicator.
    public let polarity: Polarity
    /// How the indicator's values are written on the sheet's grid (the
    /// decimals of ``TargetPath/decimals(_:)``).
    public let style: ValueStyle
  }

  /// Why a value is suggested.
  public enum Reason: Sendable, Hashable {
    /// Why there is no interval to suggest from.
    public enum NoInterval: Sendable, Hashable {
      /// Too little history for a projection.
      case shortHistory
      /// The history does not vary: no chance can be estimated.
      case noVariation
    }
    /// No interval (`cause`): the realisation of `year`, `held`, is kept.
    case noInterval(NoInterval, held: Double, year: Int)
    /// The realistic target: attained with `probability`.
    case realistic(probability: Double?)
    /// The challenging target: attained with `probability`.
    case challenging(probability: Double?)
    /// Recommended: realistic (`probability`) and not worse than the
    /// realisation of `year`.
    case realisticAndNotWorse(probability: Double?, year: Int)
    /// Recommended: the realisation of `year`, `held` (chance
    /// `probability`), because the realistic target `realistic` (chance
    /// `realisticProbability`) is worse than it.
    case holdsRealisation(
      held: Double, year: Int, probability: Double?, realistic: Double,
      realisticProbability: Double?)
    /// Recommended: challenging and realistic cannot both hold — the
    /// realistic target is worse than the realisation of `year`, and
    /// holding it (`held`) has only `probability`; it is held, flagged
    /// unrealistic.
    case cannotBeBoth(
      held: Double, year: Int, probability: Double?, realistic: Double,
      realisticProbability: Double?)
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
    let style: ValueStyle =
      indicator.isPercentage ? .percent(decimals: decimals) : .decimal(decimals)
    func suggestion(_ value: Double, _ p: Double?, _ flags: [ReviewFlag], _ reason: Reason)
      -> Suggestion
    {
      Suggestion(
        value: value, probability: p, flags: flags, reason: reason, polarity: polarity,
        style: style)
    }
    func step(_ pathYear: Int) -> Forecast.Step? {
      let h = pathYear - last.year
      return h >= 1 && h <= steps.count ? steps[h - 1] : nil
    }
    func attained(_ p: Double, in step: Forecast.Step) -> (Double, Double?)? {
      TargetPath.attained(p, in: step, polarity: polarity, indicator: indicator).map {
        ($0, step.probability(attaining: $0, polarity: polarity))
      }
    }
    let held = TargetPath.round(last.value, decimals: decimals, notWorseFor: polarity)

    guard let first = step(year), first.hasInterval,
      let (realisticValue, realisticP) = attained(settings.realisticProbability, in: first),
      let (challengingValue, challengingP) = attained(settings.challengingProbability, in: first)
    else {
      // Without an interval: too few years, or years without variation.
      let cause: Reason.NoInterval = steps.isEmpty || years < 3 ? .shortHistory : .noVariation
      recommended = suggestion(held, nil, [], .noInterval(cause, held: held, year: last.year))
      realistic = nil
      challenging = nil
      path = []
      return
    }
    realistic = suggestion(realisticValue, realisticP, [], .realistic(probability: realisticP))
    challenging = suggestion(
      challengingValue, challengingP, [], .challenging(probability: challengingP))

    let through = max(year, settings.pathThrough ?? year)
    let targetPath = TargetPath(
      years: (year...through).map { ($0, step($0).map { $0 as any TargetBasis }) },
      probability: settings.realisticProbability, floor: last.value, indicator: indicator,
      settings: settings)
    let point = targetPath.points[0]
    let reason: Reason
    if !point.heldByFloor {
      reason = .realisticAndNotWorse(probability: point.probability, year: last.year)
    } else if point.flags.isEmpty {
      reason = .holdsRealisation(
        held: held, year: last.year, probability: point.probability, realistic: realisticValue,
        realisticProbability: realisticP)
    } else {
      reason = .cannotBeBoth(
        held: held, year: last.year, probability: point.probability, realistic: realisticValue,
        realisticProbability: realisticP)
    }
    recommended = suggestion(point.value, point.probability, point.flags, reason)
    path = (settings.pathThrough ?? year - 1) >= year ? targetPath.points : []
  }

}
