import IKUForecast

/// One indicator's part of the report, as a ``Document``: the chart of its
/// history, forecast fan, signed and recommended targets, then in words
/// the finding, the capaian of the finished year (when assessed), the
/// category the forecast would give — called a projection — the
/// recommendation with its reason and the formula.
public struct IndicatorSection: Sendable {
  /// The indicator's review.
  let review: IndicatorReview
  /// The indicator's row of the finished year's assessment, if any.
  let assessed: YearAssessment.Row?
  /// The year assessed.
  let assessedYear: Int?

  /// Creates the part of one indicator, with its row of the finished
  /// year's assessment where there is one.
  public init(review: IndicatorReview, assessed: YearAssessment.Row?, assessedYear: Int?) {
    self.review = review
    self.assessed = assessed
    self.assessedYear = assessedYear
  }

  /// The document in `l`.
  public func document(in l: Language) -> Document {
    let r = review
    var lines = [r.finding(in: l)]
    if let row = assessed, let year = assessedYear {
      let style = ValueStyle.value(of: row.indicator)
      let achievement =
        row.achievement.map {
          ValueStyle.percent(decimals: 2).text($0.value, in: l)
            + l.text(id: ", kategori ", en: ", category ")
            + $0.category.label(in: l)
        } ?? "–"
      lines.append(
        l.text(
          id: "Capaian \(year) (tahun selesai): realisasi \(style.text(row.actual, in: l)) terhadap"
            + " target \(row.target.text { style.text($0, in: l) }) = \(achievement).",
          en: "Achievement \(year) (finished year): actual \(style.text(row.actual, in: l))"
            + " against the target \(row.target.text { style.text($0, in: l) }) = \(achievement)."))
    }
    if let category = r.projectedCategory(in: l) { lines.append(category) }
    if let recommended = r.suggestions?.recommended {
      lines.append(
        l.text(id: "Saran target: ", en: "Recommended target: ")
          + ValueStyle.value(of: r.indicator).text(recommended.value, in: l) + " — "
          + recommended.reason(in: l) + ".")
    }
    if r.usesIllustrativeData {
      lines.append(
        l.text(
          id: "Sebagian nilai adalah ilustrasi, bukan data resmi.",
          en: "Some values are illustrative, not official data."))
    }
    if !r.indicator.formula.isEmpty {
      lines.append(l.text(id: "Formula: ", en: "Formula: ") + r.indicator.formula)
    }
    return Document(
      title: "\(r.indicator.code) · \(r.indicator.name)", language: l,
      blocks: [.chart(Document.Chart(chart(in: l))), .list(lines)])
  }

  /// The chart: history (line with dots), the straight-line trend, the
  /// forecast median and its 80% and 95% fans from the last realisation to
  /// the year reviewed, the signed and recommended targets as markers, the
  /// indicator's bounds where the values come near them.
  func chart(in l: Language) -> LineChart {
    let r = review
    let style = ValueStyle.value(of: r.indicator)
    let format: @Sendable (Double) -> String = { [indicator = r.indicator] value in
      let n = NumberFormat(l)
      let decimals = abs(value - value.rounded()) < 1e-9 ? 0 : 1
      return indicator.isPercentage
        ? n.fixed(value, decimals: decimals) + "%" : n.fixed(value, decimals: decimals)
    }
    var chart = LineChart(
      title: "\(r.indicator.code) · \(r.indicator.name)", formatY: format,
      attributes: [("data-code", r.indicator.code), ("class", "chart indicator-chart")])
    chart.xTitle = l.text(id: "Tahun", en: "Year")
    chart.yTitle = LineChart.unitTitle(of: r.indicator, in: l)
    // Two indicators' sections to an A4 page.
    chart.plotHeight = 170
    chart.yLimits = (r.indicator.lowerBound ?? -.infinity)...(r.indicator.upperBound ?? .infinity)
    let history = r.history.map { (x: Double($0.year), y: $0.value) }
    chart.series.append(
      LineChart.Series(
        name: l.text(id: "Realisasi", en: "Actual"), points: history, cssClass: "actual",
        dots: true, dashed: false))
    // The straight-line trend through the history, for orientation.
    if history.count >= 3,
      let design = try? DesignMatrix(columns: [
        .intercept(count: history.count), .variable("year", history.map(\.x)),
      ]),
      let fit = try? LeastSquares().fit(design, response: history.map(\.y))
    {
      let trend = history.map {
        (x: $0.x, y: fit.coefficients[0] + fit.coefficients[1] * $0.x)
      }
      chart.series.append(
        LineChart.Series(
          name: l.text(id: "Tren garis lurus", en: "Straight-line trend"), points: trend,
          cssClass: "trend", dots: false, dashed: true))
    }
    if let last = r.lastActual, r.forecast != nil {
      let steps = r.steps.prefix(max(r.year - last.year, 0))
      chart.series.append(
        LineChart.Series(
          name: l.text(id: "Proyeksi (median)", en: "Forecast (median)"),
          points: [(x: Double(last.year), y: last.value)]
            + steps.enumerated().map {
              (x: Double(last.year + $0.offset + 1), y: $0.element.median)
            },
          cssClass: "forecast", dots: false, dashed: true))
      // The wider band is drawn first, under the narrower one.
      for level in [0.95, 0.8] {
        var points = [(x: Double(last.year), lower: last.value, upper: last.value)]
        for (h, step) in steps.enumerated() {
          guard let interval = step.intervals.first(where: { $0.level == level }) else { continue }
          points.append(
            (x: Double(last.year + h + 1), lower: interval.lower, upper: interval.upper))
        }
        if points.count > 1 {
          chart.bands.append(
            LineChart.Band(
              name: l.text(
                id: "Interval \(Int(level * 100))%", en: "\(Int(level * 100))% interval"),
              points: points, cssClass: "band-\(Int(level * 100))"))
        }
      }
    }
    if let range = r.targetRange {
      // A range's marker sits at the end that binds (its lower end for a
      // `stabil` indicator); the label shows the whole range.
      let y = range.bindingEnd(for: r.indicator.polarity) ?? range.lower
      chart.markers.append(
        LineChart.Marker(
          label: "Target " + range.text { style.text($0, in: l) }, x: Double(r.year), y: y,
          shape: .diamond, cssClass: "target",
          legend: l.text(id: "Target \(r.year) ditetapkan", en: "Signed target \(r.year)")))
    }
    if let recommended = r.suggestions?.recommended, recommended.value != r.target {
      chart.markers.append(
        LineChart.Marker(
          label: l.text(id: "Saran ", en: "Recommended ") + style.text(recommended.value, in: l),
          x: Double(r.year), y: recommended.value, shape: .circle, cssClass: "recommended",
          legend: l.text(id: "Target disarankan", en: "Recommended target")))
    }
    // Bounds matter when the values come within a fifth of the range of
    // them; the axis writes their values, so their lines go unlabelled.
    let values =
      history.map(\.y)
      + [r.target, r.targetRange?.upper, r.forecast?.intervals.last?.upper].compactMap { $0 }
    if let high = values.max(), let low = values.min() {
      let span = max(high - low, 1)
      if let upper = r.indicator.upperBound, upper - high < span {
        chart.rules.append(LineChart.Rule(label: "", y: upper, cssClass: "bound"))
      }
      if let lower = r.indicator.lowerBound, low - lower < span {
        chart.rules.append(LineChart.Rule(label: "", y: lower, cssClass: "bound"))
      }
    }
    return chart
  }
}
