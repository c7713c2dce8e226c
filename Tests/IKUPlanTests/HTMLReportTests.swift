import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct HTMLReportTests {
  static func bundledReport() throws -> (String, DatasetReview) {
    let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path
    let dataset = try Dataset(folder: folder)
    let review = DatasetReview(dataset)
    let report = HTMLReport(
      review: review, midYear: try MidYearReview(dataset), language: .indonesian)
    return (report.html, review)
  }

  /// Every element of the parsed document, depth first.
  static func elements(_ root: IKUPlan.XMLElement) -> [IKUPlan.XMLElement] {
    [root] + root.allChildren.flatMap(elements)
  }

  /// A range target is shown as a range in the table and the chart's
  /// label, in the report's number format.
  @Test func aRangeTargetIsShownAsARange() throws {
    let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path
    var dataset = try Dataset(folder: folder)
    let index = try #require(
      dataset.annual.firstIndex { $0.code == "IKU-1" && $0.year == 2025 })
    dataset.annual[index].target = 60
    dataset.annual[index].targetUpper = 65.71
    let html = HTMLReport(review: DatasetReview(dataset), language: .indonesian).html
    #expect(html.contains(">60,00–65,71%<"), "the table cell")
    #expect(html.contains("Target 60,00–65,71%"), "the chart's marker")
  }

  @Test func parsesAsXMLWithOneChartPerIndicator() throws {
    let (html, review) = try Self.bundledReport()
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let all = Self.elements(root)
    let charts = all.filter {
      $0.name == "svg"
        && ($0.attributes["class"] ?? "").split(separator: " ").contains("indicator-chart")
    }
    #expect(
      charts.compactMap { $0.attributes["data-code"] } == review.indicators.map(\.indicator.code))
    for (chart, indicator) in zip(charts, review.indicators) {
      let inside = Self.elements(chart)
      let hasBand = inside.contains { $0.name == "path" && $0.attributes["class"] == "band-80" }
      #expect(hasBand == (indicator.forecast?.hasInterval ?? false))
      #expect(
        inside.contains { $0.name == "path" && $0.attributes["class"] == "band-95" } == hasBand)
      // The target marker sits at the target's value on the chart's scale.
      let target = try #require(indicator.target)
      let marker = try #require(inside.first { $0.attributes["class"] == "target" })
      #expect(Double(marker.attributes["data-value"] ?? "") == target)
      let low = try #require(Double(chart.attributes["data-y-min"] ?? ""))
      let high = try #require(Double(chart.attributes["data-y-max"] ?? ""))
      let top = try #require(Double(chart.attributes["data-plot-top"] ?? ""))
      let bottom = try #require(Double(chart.attributes["data-plot-bottom"] ?? ""))
      let expected = bottom + (target - low) / (high - low) * (top - bottom)
      #expect(abs((Double(marker.attributes["data-cy"] ?? "") ?? .nan) - expected) < 0.01)
    }
  }

  @Test func nothingIsFetchedFromAnywhere() throws {
    let (html, _) = try Self.bundledReport()
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    for element in Self.elements(root) {
      for key in ["src", "href", "xlink:href"] {
        #expect(element.attributes[key] == nil, "\(element.name) has \(key)")
      }
      #expect(element.name != "script" && element.name != "link" && element.name != "img")
    }
    #expect(!html.contains("url("))
  }

  @Test func hostileTextIsEscaped() throws {
    let hostile = "<script>alert(1)</script> & \"x\""
    let dataset = Dataset(
      title: hostile, source: hostile,
      indicators: [
        Indicator(
          code: "A", name: hostile, formula: hostile, unit: "%", lowerBound: 0, upperBound: 100)
      ],
      annual: [40.0, 42, 45].enumerated().map {
        AnnualObservation(code: "A", year: 2022 + $0.offset, actual: $0.element, source: hostile)
      } + [AnnualObservation(code: "A", year: 2025, target: 50, source: hostile)])
    let html = HTMLReport(review: DatasetReview(dataset), language: .english).html
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let headings = Self.elements(root).filter { $0.name == "h2" }.map(\.stringText)
    #expect(headings.contains("A · " + hostile))
  }

  @Test func scalesHaveNiceTicks() {
    let scale = LinearScale(domain: 3.2...47.9, range: (0, 100)).nice()
    #expect(scale.domain == 0...50)
    #expect(scale.ticks() == [0, 10, 20, 30, 40, 50])
    #expect(abs(scale(25) - 50) < 1e-12)
    let flat = LinearScale(domain: 5...5, range: (0, 1))
    #expect(flat.domain.lowerBound < 5 && flat.domain.upperBound > 5)
  }

  @Test func writesAtomically() throws {
    let (_, review) = try Self.bundledReport()
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("laporan.html").path
    try HTMLReport(review: review, language: .english).write(to: path)
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["laporan.html"])
  }

  /// The numbers behind each chart are the review's: the forecast line is
  /// the review's medians, the 80% fan its 80% intervals (one number per
  /// quantity).
  @Test func chartsShowTheReviewsForecast() throws {
    let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path
    let review = DatasetReview(try Dataset(folder: folder))
    let report = HTMLReport(review: review, midYear: nil, language: .indonesian)
    for r in review.indicators {
      guard let last = r.lastActual, r.forecast != nil else { continue }
      let chart = report.chart(r)
      let line = try #require(chart.series.first { $0.cssClass == "forecast" })
      let steps = Array(r.steps.prefix(r.year - last.year))
      #expect(line.points.dropFirst().map(\.y) == steps.map(\.median), "\(r.indicator.code)")
      let fan = try #require(chart.bands.first { $0.cssClass == "band-80" })
      let intervals = steps.compactMap { $0.intervals.first { $0.level == 0.8 } }
      #expect(fan.points.dropFirst().map(\.lower) == intervals.map(\.lower))
      #expect(fan.points.dropFirst().map(\.upper) == intervals.map(\.upper))
    }
  }

  /// A finished year before the one reviewed is assessed in its own
  /// section, before the summary; the bundled dataset has none.
  @Test func aFinishedYearHasItsAssessmentSection() throws {
    let dataset = YearAssessmentTests.dataset()
    let html = HTMLReport(review: DatasetReview(dataset), language: .indonesian).html
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let sections = Self.elements(root).filter { $0.name == "section" }
    let assessment = try #require(sections.first)
    #expect(assessment.attributes["class"] == "assessment")
    let cells = Self.elements(assessment).filter { $0.name == "td" }.map(\.text)
    #expect(cells.contains("98,52%") && cells.contains("95,00%"))
    let (bundled, _) = try Self.bundledReport()
    #expect(!bundled.contains("class=\"assessment\""))
  }
}
