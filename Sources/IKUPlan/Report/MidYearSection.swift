/// The mid-year part of the report: the mid-year review's own document
/// (``MidYearReview/document(in:)``: its tables), then per indicator a
/// small document with the chart of the year to date and the year-end
/// projection, and one line of status, chance and basis.
public struct MidYearSection: Sendable {
  /// The mid-year review.
  let review: MidYearReview

  /// The part of a mid-year review.
  public init(review: MidYearReview) { self.review = review }

  /// The width a small chart is printed at, two to a row on A4 (180 mm
  /// between the margins, a 6 mm gap).
  static let printWidth = 87.0

  /// The tables.
  public func document(in l: Language) -> Document { review.document(in: l) }

  /// One small document per indicator: the chart and its status line.
  public func charts(in l: Language) -> [Document] {
    review.projections.map { p in
      let line =
        l.text(id: "Status: ", en: "Status: ") + (p.status?.label(in: l) ?? "–") + "; "
        + l.text(id: "peluang ", en: "chance ")
        + (p.probabilityOfAttaining.map { ValueStyle.probability.text($0, in: l) } ?? "–")
        + "; " + l.text(id: "dasar: ", en: "basis: ") + p.basis.description(in: l) + "."
      return Document(
        title: "\(p.indicator.code) · \(p.indicator.name)", language: l,
        blocks: [.chart(Document.Chart(chart(p, in: l))), .paragraph(line)])
    }
  }

  /// The year to date by quarter (line with dots), the year-end
  /// projection at quarter 4 (its first interval as a bar, the median as a
  /// dot) and the target as a dashed line labelled with its value (the
  /// legend names it: a small chart has no room for words at its side).
  func chart(_ p: MidYearProjection, in l: Language) -> LineChart {
    let style = ValueStyle.value(of: p.indicator)
    let format: @Sendable (Double) -> String = { [indicator = p.indicator] value in
      let n = NumberFormat(l)
      let decimals = abs(value - value.rounded()) < 1e-9 ? 0 : 1
      return indicator.isPercentage
        ? n.fixed(value, decimals: decimals) + "%" : n.fixed(value, decimals: decimals)
    }
    var chart = LineChart(
      title: "\(p.indicator.code) — " + l.text(id: "s.d. triwulan", en: "year to date"),
      formatY: format, formatX: { l.text(id: "TW ", en: "Q") + String(Int($0.rounded())) },
      attributes: [("data-code", p.indicator.code), ("class", "chart midyear-chart")])
    chart.width = 400
    chart.plotHeight = 170
    chart.printWidth = Self.printWidth
    chart.xTitle = l.text(id: "Triwulan \(p.year)", en: "Quarter of \(p.year)")
    chart.yTitle = LineChart.unitTitle(of: p.indicator, in: l)
    chart.xDomain = 1...4
    chart.yLimits = (p.indicator.lowerBound ?? -.infinity)...(p.indicator.upperBound ?? .infinity)
    let ytd = p.yearToDateByQuarter.map { (x: Double($0.quarter), y: $0.value) }
    chart.series.append(
      LineChart.Series(
        name: l.text(id: "Realisasi s.d. triwulan", en: "Year to date"), points: ytd,
        cssClass: "actual", dots: true, dashed: false))
    if let interval = p.intervals.first {
      let level = NumberFormat(l).level(interval.level)
      chart.whiskers.append(
        LineChart.Whisker(
          label: l.text(id: "Proyeksi akhir tahun ", en: "Year-end projection ")
            + style.text(p.median, in: l),
          x: 4, low: interval.lower, middle: p.median, high: interval.upper,
          cssClass: "projection",
          legend: l.text(
            id: "Proyeksi akhir tahun (\(level))", en: "Year-end projection (\(level))")))
    }
    if let range = p.targetRange {
      let y = range.bindingEnd(for: p.indicator.polarity) ?? range.lower
      chart.rules.append(
        LineChart.Rule(
          label: range.text { style.text($0, in: l) }, y: y, cssClass: "target-rule",
          legend: "Target"))
    }
    return chart
  }
}
