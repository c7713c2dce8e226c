extension TrendPrior {
  /// The prior of a panel, on the scale its models see, for forecasts
  /// `horizon` years ahead: learned (``init(estimatingFrom:sharingDirection:)``)
  /// from ``panelSample(count:hasEvidence:)`` of its series, or
  /// ``reference`` when fewer than ``minimumSeries`` of them have evidence.
  ///
  /// Whether the panel's series share a direction (a slab centred at a
  /// learned `μ`) is chosen by the panel's own earlier origin
  /// (``sharesDirection(_:horizon:)``): a panel of one indicator across
  /// regions may share a national trend that its regions' short, noisy
  /// histories each show too weakly (unemployment falling in every
  /// province), or a common swing that reverts (growth rates slowing
  /// together, then recovering), which must not be carried forward.
  public init(panel series: [[Double]], horizon: Int) {
    precondition(horizon >= 1, "forecast at least one year")
    let sample = Self.panelSample(count: series.count) { Self.hasEvidence(series[$0]) }
    let values = sample.map { series[$0] }
    let evidence = values.map(TrendEvidence.init(values:))
    guard let centred = TrendPrior(estimatingFrom: evidence, sharingDirection: false) else {
      self = .reference
      return
    }
    self =
      Self.sharesDirection(values, horizon: horizon)
      ? TrendPrior(estimatingFrom: evidence, sharingDirection: true) ?? centred : centred
  }

  /// Whether a shared direction would have forecast `series` better at
  /// their earlier origin.
  ///
  /// The earlier origin is each series without its last `horizon` values
  /// (those keeping evidence, at least ``minimumSeries`` of them). Both
  /// priors are learned there, and ``AutoModel``'s centres under each are
  /// scored on the values left out: absolute errors scaled as MASE scales
  /// them (by the mean absolute yearly change before the origin), summed
  /// over the panel. One choice for the whole panel (aggregate selection, Fildes &
  /// Petropoulos 2015, "Simple versus complex selection rules for
  /// forecasting many time series", *J. Business Research* 68(8)), not one
  /// per series, which five to ten values cannot make. `false` on a tie or
  /// too few series.
  static func sharesDirection(_ series: [[Double]], horizon: Int) -> Bool {
    let cut = series.compactMap { values -> (fit: [Double], held: [Double], scale: Double)? in
      guard values.count - horizon >= 3 else { return nil }
      let fit = Array(values.dropLast(horizon))
      guard hasEvidence(fit) else { return nil }
      let scale = AccuracyTally.naiveScale(fit)
      guard scale > 0, scale.isFinite else { return nil }
      return (fit, Array(values.suffix(horizon)), scale)
    }
    let evidence = cut.map { TrendEvidence(values: $0.fit) }
    guard
      let centred = TrendPrior(estimatingFrom: evidence, sharingDirection: false),
      let sharing = TrendPrior(estimatingFrom: evidence, sharingDirection: true)
    else { return false }
    func error(_ prior: TrendPrior) -> Double {
      let model = AutoModel(prior: prior)
      return cut.map { series in
        guard let steps = try? model.baseFit(series.fit).uncalibratedForecast(horizon: horizon)
        else { return 0 }
        let total = zip(series.held, steps).map { ($0 - $1.center).magnitude }.reduce(0, +)
        return total.isFinite ? total / series.scale : 0
      }.reduce(0, +)
    }
    return error(sharing) < error(centred)
  }
}
