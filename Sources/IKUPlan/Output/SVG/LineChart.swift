/// A chart of values over years: the reusable drawing component of the
/// reports, producing one self-contained `<svg>`.
///
/// It draws, in this order: horizontal reference lines (bounds), bands
/// (forecast fans), lines with points (history, trend), markers with labels
/// (targets) and the axes with ticks formatted by the caller. Every element
/// carries a `class` and `data-` attributes with its values, so tests and
/// stylesheets can find it. Coordinates use the SVG `viewBox`, so the chart
/// scales with the page.
struct LineChart: Sendable {
  /// A polyline through points, optionally with dots.
  struct Series: Sendable {
    let name: String
    let points: [(x: Double, y: Double)]
    let cssClass: String
    let dots: Bool
    let dashed: Bool
  }

  /// A band between a lower and an upper line.
  struct Band: Sendable {
    let name: String
    let points: [(x: Double, lower: Double, upper: Double)]
    let cssClass: String
  }

  /// A marker at one point with a label.
  struct Marker: Sendable {
    enum Shape: String, Sendable {
      case diamond
      case circle
    }
    let label: String
    let x: Double
    let y: Double
    let shape: Shape
    let cssClass: String
  }

  /// A vertical range with a dot: a median and its 10–90% range.
  struct Whisker: Sendable {
    let label: String
    let x: Double
    let low: Double
    let middle: Double
    let high: Double
    let cssClass: String
  }

  /// A horizontal reference line.
  struct Rule: Sendable {
    let label: String
    let y: Double
    let cssClass: String
  }

  var title: String
  var series: [Series] = []
  var bands: [Band] = []
  var markers: [Marker] = []
  var rules: [Rule] = []
  var whiskers: [Whisker] = []
  /// The x interval shown, when it should not follow the data (quarters
  /// 1 to 4).
  var xDomain: ClosedRange<Double>?
  /// Values the y axis never goes beyond (an indicator's bounds).
  var yLimits: ClosedRange<Double>?
  /// How y values are written on the axis and labels.
  var formatY: @Sendable (Double) -> String
  /// How x values are written (years by default).
  var formatX: @Sendable (Double) -> String = { String(Int($0.rounded())) }
  /// Extra attributes of the `<svg>` element.
  var attributes: [(String, String)] = []

  let width = 640.0
  let height = 300.0
  let margin = (top: 24.0, right: 96.0, bottom: 36.0, left: 64.0)

  /// The scales the chart uses: x over all x values, y over all y values
  /// (and rules), padded and widened to nice ticks.
  func scales() -> (x: LinearScale, y: LinearScale) {
    let xs =
      series.flatMap { $0.points.map(\.x) } + bands.flatMap { $0.points.map(\.x) }
      + markers.map(\.x) + whiskers.map(\.x)
    let ys =
      series.flatMap { $0.points.map(\.y) }
      + bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
      + markers.map(\.y) + rules.map(\.y) + whiskers.flatMap { [$0.low, $0.high] }
    let xMin = xs.min() ?? 0
    let xMax = xs.max() ?? 1
    let yMin = ys.min() ?? 0
    let yMax = ys.max() ?? 1
    let pad = (yMax - yMin) * 0.08
    let shown = xDomain ?? xMin...xMax
    let x = LinearScale(
      domain: (shown.lowerBound - 0.4)...(shown.upperBound + 0.4),
      range: (margin.left, width - margin.right))
    var low = yMin - pad
    var high = yMax + pad
    if let limits = yLimits {
      low = Swift.max(low, limits.lowerBound)
      high = Swift.min(high, limits.upperBound)
    }
    var y = LinearScale(
      domain: low...Swift.max(high, low), range: (height - margin.bottom, margin.top)
    ).nice()
    if let limits = yLimits {
      y.domain =
        Swift.max(
          y.domain.lowerBound, limits.lowerBound)...Swift.min(
          y.domain.upperBound, limits.upperBound)
    }
    return (x, y)
  }

  /// The `<svg>` element.
  var svg: Element {
    let (x, y) = scales()
    var svg = Element(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Int(width)) \(Int(height))"),
        ("role", "img"), ("aria-label", title),
        ("data-y-min", String(y.domain.lowerBound)), ("data-y-max", String(y.domain.upperBound)),
        ("data-plot-top", coordinate(margin.top)),
        ("data-plot-bottom", coordinate(height - margin.bottom)),
      ] + (attributes.contains { $0.0 == "class" } ? [] : [("class", "chart")]) + attributes)
    svg.add(Element("title", text: title))

    // Grid and y axis.
    var axis = Element("g", [("class", "axis")])
    for tick in y.ticks() {
      let py = coordinate(y(tick))
      axis.add(
        Element(
          "line",
          [
            ("class", "grid"), ("x1", coordinate(margin.left)),
            ("x2", coordinate(width - margin.right)),
            ("y1", py), ("y2", py),
          ]))
      axis.add(
        Element(
          "text",
          [
            ("x", coordinate(margin.left - 6)), ("y", py), ("class", "tick-y"),
            ("text-anchor", "end"),
            ("dominant-baseline", "middle"),
          ],
          text: formatY(tick)))
    }
    let firstYear = Int(x.domain.lowerBound.rounded(.up))
    let lastYear = Int(x.domain.upperBound.rounded(.down))
    if firstYear <= lastYear {
      let every = max(1, (lastYear - firstYear + 1) / 8 + (lastYear - firstYear + 1 > 8 ? 1 : 0))
      for year in stride(from: firstYear, through: lastYear, by: every) {
        axis.add(
          Element(
            "text",
            [
              ("x", coordinate(x(Double(year)))), ("y", coordinate(height - margin.bottom + 18)),
              ("class", "tick-x"), ("text-anchor", "middle"),
            ],
            text: formatX(Double(year))))
      }
    }
    axis.add(
      Element(
        "line",
        [
          ("class", "axis-line"), ("x1", coordinate(margin.left)),
          ("x2", coordinate(width - margin.right)), ("y1", coordinate(height - margin.bottom)),
          ("y2", coordinate(height - margin.bottom)),
        ]))
    svg.add(axis)

    for rule in rules {
      let py = coordinate(y(rule.y))
      svg.add(
        Element(
          "line",
          [
            ("class", rule.cssClass), ("x1", coordinate(margin.left)),
            ("x2", coordinate(width - margin.right)), ("y1", py), ("y2", py),
            ("data-value", String(rule.y)),
          ]))
      svg.add(
        Element(
          "text",
          [
            ("x", coordinate(width - margin.right + 4)), ("y", py), ("class", "rule-label"),
            ("dominant-baseline", "middle"),
          ],
          text: rule.label))
    }
    for band in bands where !band.points.isEmpty {
      let upper = band.points.map { "\(coordinate(x($0.x))),\(coordinate(y($0.upper)))" }
      let lower = band.points.reversed().map { "\(coordinate(x($0.x))),\(coordinate(y($0.lower)))" }
      svg.add(
        Element(
          "path",
          [("class", band.cssClass), ("d", "M" + (upper + lower).joined(separator: " L") + " Z")],
          [.element(Element("title", text: band.name))]))
    }
    for line in series where !line.points.isEmpty {
      var attributes = [
        ("class", line.cssClass),
        (
          "points",
          line.points.map { "\(coordinate(x($0.x))),\(coordinate(y($0.y)))" }.joined(separator: " ")
        ),
      ]
      if line.dashed { attributes.append(("stroke-dasharray", "5 4")) }
      svg.add(Element("polyline", attributes, [.element(Element("title", text: line.name))]))
      if line.dots {
        for point in line.points {
          svg.add(
            Element(
              "circle",
              [
                ("class", line.cssClass + "-dot"), ("cx", coordinate(x(point.x))),
                ("cy", coordinate(y(point.y))), ("r", "3.5"), ("data-value", String(point.y)),
              ],
              [.element(Element("title", text: "\(formatX(point.x)): \(formatY(point.y))"))]))
        }
      }
    }
    for whisker in whiskers {
      let px = coordinate(x(whisker.x))
      svg.add(
        Element(
          "line",
          [
            ("class", whisker.cssClass), ("x1", px), ("x2", px), ("y1", coordinate(y(whisker.low))),
            ("y2", coordinate(y(whisker.high))),
          ],
          [.element(Element("title", text: whisker.label))]))
      svg.add(
        Element(
          "circle",
          [
            ("class", whisker.cssClass + "-dot"), ("cx", px), ("cy", coordinate(y(whisker.middle))),
            ("r", "5"), ("data-value", String(whisker.middle)),
          ],
          [.element(Element("title", text: whisker.label))]))
    }
    // Marker labels are kept 13 units apart so that close targets stay
    // readable; the markers themselves stay at their values.
    var labelY: [Double] = markers.map { y($0.y) }
    let order = labelY.indices.sorted { labelY[$0] < labelY[$1] }
    for (previous, next) in zip(order, order.dropFirst()) where labelY[next] - labelY[previous] < 13
    {
      labelY[next] = labelY[previous] + 13
    }
    for (index, marker) in markers.enumerated() {
      let px = x(marker.x)
      let py = y(marker.y)
      let shape: Element
      switch marker.shape {
      case .diamond:
        let d = 7.0
        shape = Element(
          "path",
          [
            ("class", marker.cssClass),
            (
              "d",
              "M\(coordinate(px)),\(coordinate(py - d)) L\(coordinate(px + d)),\(coordinate(py)) L\(coordinate(px)),\(coordinate(py + d)) L\(coordinate(px - d)),\(coordinate(py)) Z"
            ),
            ("data-value", String(marker.y)), ("data-cy", coordinate(py)),
          ],
          [.element(Element("title", text: marker.label))])
      case .circle:
        shape = Element(
          "circle",
          [
            ("class", marker.cssClass), ("cx", coordinate(px)), ("cy", coordinate(py)), ("r", "5"),
            ("data-value", String(marker.y)), ("data-cy", coordinate(py)),
          ],
          [.element(Element("title", text: marker.label))])
      }
      svg.add(shape)
      svg.add(
        Element(
          "text",
          [
            ("x", coordinate(px + 10)), ("y", coordinate(labelY[index])),
            ("class", marker.cssClass + "-label"), ("dominant-baseline", "middle"),
          ],
          text: marker.label))
    }
    return svg
  }
}
