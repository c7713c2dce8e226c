/// A chart of values over years (or quarters, or scenarios): the reusable
/// drawing component of the reports, producing one self-contained `<svg>`.
///
/// It draws, in this order: the grid and axes with ticks formatted by the
/// caller and the axis titles, horizontal reference lines (bounds,
/// targets), bands (forecast fans), lines with points (history, trend),
/// whiskers, markers with labels (targets), and a legend under the plot
/// naming every line, band and marker. Every element carries a `class` and
/// `data-` attributes with its values, so tests and stylesheets can find
/// it. Coordinates use the SVG `viewBox`, so the chart scales with the page.
///
/// Text size is decided for print: a chart is meant to be printed
/// ``printWidth`` millimetres wide (the page sets that as its maximum
/// width), and an SVG scaled to the page scales its text with it, so the
/// font size in drawing units is ``printedPoints`` converted to the
/// drawing's scale (``fontSize``): 9.5 pt on paper, whatever ``width``.
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
    /// The marker's entry in the legend (what it is, where the label says
    /// its value); the label when `nil`.
    var legend: String? = nil
  }

  /// A vertical range with a dot: a median and its 10–90% range.
  struct Whisker: Sendable {
    let label: String
    let x: Double
    let low: Double
    let middle: Double
    let high: Double
    let cssClass: String
    /// The legend entry; whiskers without one are not in the legend.
    var legend: String? = nil
  }

  /// A horizontal reference line.
  struct Rule: Sendable {
    let label: String
    let y: Double
    let cssClass: String
    /// The legend entry; rules without one (bounds) are named by their
    /// label only.
    var legend: String? = nil
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
  /// The title of the x axis (`Tahun`), or none.
  var xTitle: String? = nil
  /// The title of the y axis: the unit (`Persen (%)`, `orang`), or none.
  var yTitle: String? = nil
  /// The width of the drawing in its own units.
  var width = 640.0
  /// The height of the plotting area in drawing units; the chart adds the
  /// ticks, axis titles and legend around it.
  var plotHeight = 220.0
  /// The width the chart is printed at, in millimetres; the page gives
  /// the chart this as its maximum width.
  var printWidth = 170.0

  /// The size of text on paper, in points (≥ 9 pt; a little above, for
  /// the rounding of a printer driver's scaling).
  static let printedPoints = 9.5

  /// The font size in drawing units: ``printedPoints`` on paper when the
  /// chart is ``printWidth`` millimetres wide (1 pt = 25.4/72 mm).
  var fontSize: Double { Self.printedPoints * 25.4 / 72 * width / printWidth }

  /// An estimate of the drawn width of `text`: 0.6 em a character (DejaVu
  /// Sans, the widest of the page's fonts, has digits of 0.64 em and
  /// letters of 0.55 to 0.6 em on average).
  func textWidth(_ text: String) -> Double { Double(text.count) * 0.6 * fontSize }

  /// Where the parts of the chart go, in drawing units.
  struct Layout {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double
    var height: Double
    /// The legend's rows: each entry with its x position.
    var legendRows: [[(entry: LegendEntry, x: Double)]]
    var legendTop: Double
  }

  /// One legend entry: a swatch drawn like the element and its name.
  struct LegendEntry {
    enum Swatch {
      case line(cssClass: String, dashed: Bool, dot: Bool)
      case band(cssClass: String)
      case marker(Marker.Shape, cssClass: String)
      case whisker(cssClass: String)
      case rule(cssClass: String)
    }
    let swatch: Swatch
    let name: String
  }

  /// Every named element once, in drawing order of importance: lines,
  /// bands, markers, whiskers and rules that have a legend entry.
  var legendEntries: [LegendEntry] {
    var entries: [LegendEntry] = []
    func add(_ swatch: LegendEntry.Swatch, _ name: String) {
      guard !name.isEmpty, !entries.contains(where: { $0.name == name }) else { return }
      entries.append(LegendEntry(swatch: swatch, name: name))
    }
    for line in series where !line.points.isEmpty {
      add(.line(cssClass: line.cssClass, dashed: line.dashed, dot: line.dots), line.name)
    }
    for band in bands where !band.points.isEmpty { add(.band(cssClass: band.cssClass), band.name) }
    for marker in markers {
      add(.marker(marker.shape, cssClass: marker.cssClass), marker.legend ?? marker.label)
    }
    for whisker in whiskers {
      if let legend = whisker.legend { add(.whisker(cssClass: whisker.cssClass), legend) }
    }
    for rule in rules {
      if let legend = rule.legend { add(.rule(cssClass: rule.cssClass), legend) }
    }
    return entries
  }

  /// The margins, from the texts they must hold, and the legend's rows.
  func layout(yTicks: [Double]) -> Layout {
    let f = fontSize
    let tickWidth = yTicks.map { textWidth(formatY($0)) }.max() ?? 0
    let left = (yTitle == nil ? 0 : f * 1.6) + tickWidth + f * 0.8
    let labelWidth = max(
      markers.map { textWidth($0.label) + 0.8 * f + 8 }.max() ?? 0,
      rules.map { textWidth($0.label) + 6 }.max() ?? 0)
    let right = max(labelWidth, f) + 4
    let top = f * 0.9 + 2
    let bottom = top + plotHeight
    var y = bottom + f * 1.4
    if xTitle != nil { y += f * 1.4 }
    let legendTop = y + f * 0.9
    // Entries flow left to right from the plot's left edge, wrapping.
    let swatchWidth = f * 1.8
    var rows: [[(entry: LegendEntry, x: Double)]] = []
    var row: [(entry: LegendEntry, x: Double)] = []
    var x = left
    for entry in legendEntries {
      let entryWidth = swatchWidth + f * 0.5 + textWidth(entry.name) + f * 1.2
      if !row.isEmpty && x + entryWidth - f * 1.2 > width - 4 {
        rows.append(row)
        row = []
        x = left
      }
      row.append((entry, x))
      x += entryWidth
    }
    if !row.isEmpty { rows.append(row) }
    let height =
      rows.isEmpty ? y + f * 0.4 : legendTop + Double(rows.count - 1) * f * 1.5 + f * 0.9
    return Layout(
      left: left, right: right, top: top, bottom: bottom, height: height, legendRows: rows,
      legendTop: legendTop)
  }

  /// The y scale over all y values (and rules), padded and widened to nice
  /// ticks, within ``yLimits``.
  func yScale(range: (Double, Double)) -> LinearScale {
    let ys =
      series.flatMap { $0.points.map(\.y) }
      + bands.flatMap { $0.points.flatMap { [$0.lower, $0.upper] } }
      + markers.map(\.y) + rules.map(\.y) + whiskers.flatMap { [$0.low, $0.high] }
    let yMin = ys.min() ?? 0
    let yMax = ys.max() ?? 1
    let pad = (yMax - yMin) * 0.08
    var low = yMin - pad
    var high = yMax + pad
    if let limits = yLimits {
      low = Swift.max(low, limits.lowerBound)
      high = Swift.min(high, limits.upperBound)
    }
    var y = LinearScale(domain: low...Swift.max(high, low), range: range).nice()
    if let limits = yLimits {
      y.domain =
        Swift.max(
          y.domain.lowerBound, limits.lowerBound)...Swift.min(
          y.domain.upperBound, limits.upperBound)
    }
    return y
  }

  /// The scales and the layout the chart uses: x over all x values, y
  /// over all y values.
  func scales() -> (x: LinearScale, y: LinearScale, layout: Layout) {
    let ticks = yScale(range: (plotHeight, 0)).ticks()
    let layout = layout(yTicks: ticks)
    let xs =
      series.flatMap { $0.points.map(\.x) } + bands.flatMap { $0.points.map(\.x) }
      + markers.map(\.x) + whiskers.map(\.x)
    let shown = xDomain ?? (xs.min() ?? 0)...(xs.max() ?? 1)
    let x = LinearScale(
      domain: (shown.lowerBound - 0.4)...(shown.upperBound + 0.4),
      range: (layout.left, width - layout.right))
    return (x, yScale(range: (layout.bottom, layout.top)), layout)
  }

  /// The `<svg>` element.
  var svg: Element {
    let (x, y, layout) = scales()
    let f = fontSize
    var svg = Element(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("viewBox", "0 0 \(coordinate(width)) \(coordinate(layout.height))"),
        ("role", "img"), ("aria-label", title), ("font-size", coordinate(f)),
        ("data-print-width-mm", coordinate(printWidth)),
        ("data-y-min", String(y.domain.lowerBound)), ("data-y-max", String(y.domain.upperBound)),
        ("data-plot-top", coordinate(layout.top)),
        ("data-plot-bottom", coordinate(layout.bottom)),
      ] + (attributes.contains { $0.0 == "class" } ? [] : [("class", "chart")]) + attributes)
    svg.add(Element("title", text: title))
    svg.add(axes(x, y, layout))
    for rule in rules {
      let py = coordinate(y(rule.y))
      svg.add(
        Element(
          "line",
          [
            ("class", rule.cssClass), ("x1", coordinate(layout.left)),
            ("x2", coordinate(width - layout.right)), ("y1", py), ("y2", py),
            ("data-value", String(rule.y)),
          ]))
      guard !rule.label.isEmpty else { continue }
      svg.add(
        Element(
          "text",
          [
            ("x", coordinate(width - layout.right + 4)), ("y", py), ("class", "rule-label"),
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
    // Marker labels are kept a line apart so that close targets stay
    // readable; the markers themselves stay at their values.
    var labelY: [Double] = markers.map { y($0.y) }
    let order = labelY.indices.sorted { labelY[$0] < labelY[$1] }
    for (previous, next) in zip(order, order.dropFirst())
    where labelY[next] - labelY[previous] < f * 1.15 {
      labelY[next] = labelY[previous] + f * 1.15
    }
    for (index, marker) in markers.enumerated() {
      svg.add(shape(marker.shape, x(marker.x), y(marker.y), marker, size: 7))
      svg.add(
        Element(
          "text",
          [
            ("x", coordinate(x(marker.x) + 0.8 * f)), ("y", coordinate(labelY[index])),
            ("class", marker.cssClass + "-label"), ("dominant-baseline", "middle"),
          ],
          text: marker.label))
    }
    if !layout.legendRows.isEmpty { svg.add(legend(layout)) }
    return svg
  }

  /// The grid, the y ticks, the x ticks, the axis line and the titles.
  private func axes(_ x: LinearScale, _ y: LinearScale, _ layout: Layout) -> Element {
    let f = fontSize
    var axis = Element("g", [("class", "axis")])
    for tick in y.ticks() {
      let py = coordinate(y(tick))
      axis.add(
        Element(
          "line",
          [
            ("class", "grid"), ("x1", coordinate(layout.left)),
            ("x2", coordinate(width - layout.right)), ("y1", py), ("y2", py),
          ]))
      axis.add(
        Element(
          "text",
          [
            ("x", coordinate(layout.left - f * 0.5)), ("y", py), ("class", "tick-y"),
            ("text-anchor", "end"), ("dominant-baseline", "middle"),
          ],
          text: formatY(tick)))
    }
    let first = Int(x.domain.lowerBound.rounded(.up))
    let last = Int(x.domain.upperBound.rounded(.down))
    if first <= last {
      // As many labels as fit side by side, with a gap of one em.
      let widest = (first...last).map { textWidth(formatX(Double($0))) }.max() ?? 0
      let room = (x(Double(first) + 1) - x(Double(first)))
      let every = max(1, Int(((widest + f) / max(room, 1)).rounded(.up)))
      for value in stride(from: first, through: last, by: every) {
        axis.add(
          Element(
            "text",
            [
              ("x", coordinate(x(Double(value)))), ("y", coordinate(layout.bottom + f * 1.3)),
              ("class", "tick-x"), ("text-anchor", "middle"),
            ],
            text: formatX(Double(value))))
      }
    }
    axis.add(
      Element(
        "line",
        [
          ("class", "axis-line"), ("x1", coordinate(layout.left)),
          ("x2", coordinate(width - layout.right)), ("y1", coordinate(layout.bottom)),
          ("y2", coordinate(layout.bottom)),
        ]))
    if let xTitle {
      axis.add(
        Element(
          "text",
          [
            ("x", coordinate((layout.left + width - layout.right) / 2)),
            ("y", coordinate(layout.bottom + f * 2.7)), ("class", "axis-title x-title"),
            ("text-anchor", "middle"),
          ],
          text: xTitle))
    }
    if let yTitle {
      let cx = coordinate(f * 0.9)
      let cy = coordinate((layout.top + layout.bottom) / 2)
      axis.add(
        Element(
          "text",
          [
            ("x", cx), ("y", cy), ("class", "axis-title y-title"), ("text-anchor", "middle"),
            ("dominant-baseline", "middle"), ("transform", "rotate(-90 \(cx) \(cy))"),
          ],
          text: yTitle))
    }
    return axis
  }

  /// The legend: a swatch drawn like the element, then its name.
  private func legend(_ layout: Layout) -> Element {
    let f = fontSize
    var legend = Element("g", [("class", "legend")])
    for (index, row) in layout.legendRows.enumerated() {
      let cy = layout.legendTop + Double(index) * f * 1.5
      for (entry, left) in row {
        var item = Element("g", [("class", "legend-item")])
        let right = left + f * 1.8
        let middle = (left + right) / 2
        switch entry.swatch {
        case .line(let cssClass, let dashed, let dot):
          var attributes = [
            ("class", cssClass),
            (
              "points",
              "\(coordinate(left)),\(coordinate(cy)) \(coordinate(right)),\(coordinate(cy))"
            ),
          ]
          if dashed { attributes.append(("stroke-dasharray", "5 4")) }
          item.add(Element("polyline", attributes))
          if dot {
            item.add(
              Element(
                "circle",
                [
                  ("class", cssClass + "-dot"), ("cx", coordinate(middle)), ("cy", coordinate(cy)),
                  ("r", "3.5"),
                ]))
          }
        case .band(let cssClass):
          item.add(
            Element(
              "rect",
              [
                ("class", cssClass), ("x", coordinate(left)), ("y", coordinate(cy - f * 0.4)),
                ("width", coordinate(right - left)), ("height", coordinate(f * 0.8)),
              ]))
        case .marker(let shape, let cssClass):
          item.add(
            self.shape(
              shape, middle, cy,
              Marker(label: entry.name, x: 0, y: 0, shape: shape, cssClass: cssClass), size: 6,
              data: false))
        case .whisker(let cssClass):
          item.add(
            Element(
              "line",
              [
                ("class", cssClass), ("x1", coordinate(middle)), ("x2", coordinate(middle)),
                ("y1", coordinate(cy - f * 0.5)), ("y2", coordinate(cy + f * 0.5)),
              ]))
        case .rule(let cssClass):
          item.add(
            Element(
              "line",
              [
                ("class", cssClass), ("x1", coordinate(left)), ("x2", coordinate(right)),
                ("y1", coordinate(cy)), ("y2", coordinate(cy)),
              ]))
        }
        item.add(
          Element(
            "text",
            [
              ("x", coordinate(right + f * 0.5)), ("y", coordinate(cy)),
              ("class", "legend-label"), ("dominant-baseline", "middle"),
            ],
            text: entry.name))
        legend.add(item)
      }
    }
    return legend
  }

  /// A marker's shape at a point; `data` adds its value and position.
  private func shape(
    _ shape: Marker.Shape, _ px: Double, _ py: Double, _ marker: Marker, size d: Double,
    data: Bool = true
  ) -> Element {
    let values = data ? [("data-value", String(marker.y)), ("data-cy", coordinate(py))] : []
    let title: [Element.Node] = data ? [.element(Element("title", text: marker.label))] : []
    switch shape {
    case .diamond:
      let path =
        "M\(coordinate(px)),\(coordinate(py - d)) L\(coordinate(px + d)),\(coordinate(py))"
        + " L\(coordinate(px)),\(coordinate(py + d)) L\(coordinate(px - d)),\(coordinate(py)) Z"
      return Element("path", [("class", marker.cssClass), ("d", path)] + values, title)
    case .circle:
      return Element(
        "circle",
        [
          ("class", marker.cssClass), ("cx", coordinate(px)), ("cy", coordinate(py)),
          ("r", coordinate(d * 5 / 7)),
        ] + values, title)
    }
  }
}
