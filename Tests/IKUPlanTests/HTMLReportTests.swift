import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct HTMLReportTests {
  static let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path
  static let date = ReportDate(year: 2025, month: 3, day: 14)

  static func bundledReport(_ language: Language = .indonesian) throws -> (String, DatasetReview) {
    let dataset = try Dataset(folder: folder)
    let review = DatasetReview(dataset)
    let report = HTMLReport(
      review: review, midYear: try MidYearReview(dataset), language: language, date: date)
    return (report.html, review)
  }

  /// Every element of the parsed document, depth first.
  static func elements(_ root: IKUPlan.XMLElement) -> [IKUPlan.XMLElement] {
    [root] + root.allChildren.flatMap(elements)
  }

  /// The text a reader sees (and a screen reader hears): every element's
  /// own text and the SVG `<title>`s, without the stylesheet.
  static func visibleText(_ html: String) throws -> [String] {
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    return elements(root).filter { $0.name != "style" }.map(\.text).filter { !$0.isEmpty }
  }

  /// The cells of the decisions table's row of `code`.
  static func decisionRow(_ html: String, _ code: String) throws -> [String] {
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let section = try #require(
      elements(root).first { $0.name == "section" && $0.attributes["class"] == "decisions" })
    let rows = elements(section).filter { $0.name == "tr" }
    let row = try #require(rows.first { $0.children("td").first?.text == code })
    return row.children("td").map(\.text)
  }

  /// The decisions page, with values by hand from the bundled dataset.
  ///
  /// From `history/tanjungpinang-disnakerkum`: IKU-2's signed 2025 target is 39,00% (realisasi.csv: `IKU-2;2025;;39`)
  /// against its 2024 realisation 55,04% (`IKU-2;2024;55,04`): below it,
  /// so not challenging; the recommendation is never worse than the
  /// realisation, and the realistic value (the 30% quantile of a forecast
  /// whose median is 55,26%, its spread ±8 points) is below it, so it holds 55,04%.
  /// IKU-5's target 5.575 is above its realisation 5.517 (no warning).
  @Test func theFirstPageSaysWhatToDecide() throws {
    let (html, review) = try Self.bundledReport()
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let sections = Self.elements(root).filter { $0.name == "section" }
    #expect(sections.first?.attributes["class"] == "decisions")
    let text = try Self.visibleText(html).joined(separator: "\n")
    #expect(text.contains("Yang perlu diputuskan: target 2025"))
    #expect(text.contains("Tanggal: 14 Maret 2025"))
    #expect(text.contains("Sumber data: lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt"))
    #expect(text.contains("nilai ilustrasi, bukan data resmi (tahun 2019–2023)"))
    #expect(text.contains("Cara membaca grafik"))
    #expect(text.contains("Pita biru berbentuk kipas"))

    let iku2 = try Self.decisionRow(html, "IKU-2")
    #expect(iku2[1] == "Prosentase Pencari Kerja yang Ditempatkan")
    #expect(iku2[2] == "39,00%")
    #expect(iku2[4] == "55,04%")
    // The chances are the review's, by the one rule for chances.
    let r2 = review.indicators[1]
    #expect(
      iku2[3]
        == ValueStyle.probability.text(try #require(r2.probabilityOfAttaining), in: .indonesian))
    #expect(
      iku2[5]
        == ValueStyle.probability.text(
          try #require(r2.suggestions?.recommended.probability), in: .indonesian))
    #expect(iku2[6].hasPrefix("Target 39,00% di bawah realisasi 2024 (55,04%)"))
    #expect(iku2[6].contains(": tidak menantang."))
    #expect(iku2[6].hasSuffix("Disarankan 55,04% (peluang \(iku2[5]))."))

    let iku5 = try Self.decisionRow(html, "IKU-5")
    #expect(iku5[2] == "5.575")
    #expect(iku5[6].hasPrefix("Target 5.575 menantang dan realistis"))
    #expect(iku5[6].contains("Target dapat dipertahankan; saran sistem: 5.517 (peluang "))
  }

  /// A target flagged too easy is never praised: IKU-2's forecast median
  /// against 39,00% would be "Sangat Baik"; the report says the target is
  /// too easy, in its section and in the review table; a finished year's
  /// capaian keeps its category.
  @Test func aTooEasyTargetIsNotPraised() throws {
    let (html, review) = try Self.bundledReport()
    let r2 = review.indicators[1]
    #expect(r2.flags.contains { $0.code == .targetTooEasy })
    #expect(r2.achievement?.category.code == "sangat-baik")
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let section = try #require(
      Self.elements(root).first { $0.name == "section" && $0.attributes["data-code"] == "IKU-2" })
    let words = section.stringText
    #expect(!words.contains("Sangat Baik"))
    #expect(
      words.contains(
        "Perkiraan kategori menurut proyeksi: tidak diberikan, karena target terlalu mudah"))
    let reviewSection = try #require(
      Self.elements(root).first { $0.name == "section" && $0.attributes["class"] == "review" })
    let row = try #require(
      Self.elements(reviewSection).first {
        $0.name == "tr" && $0.children("td").first?.text == "IKU-2"
      })
    #expect(!row.stringText.contains("Sangat Baik"))
    #expect(row.children("td").contains { $0.text.contains("terlalu mudah") })
    // The review's spreadsheets say it in the category column.
    let overview = try #require(
      review.document(.overview, in: .indonesian).tables.first { $0.name == "Tinjauan 2025" })
    let category = try #require(
      overview.columns.firstIndex { $0.title == "Kategori menurut proyeksi" })
    let cells = try #require(overview.rows.first { $0[0] == .text("IKU-2") })
    #expect(cells[category] == .text("target terlalu mudah"))
    // IKU-5 (no warning) keeps its projected category, called a projection.
    let iku5 = try #require(
      Self.elements(root).first { $0.name == "section" && $0.attributes["data-code"] == "IKU-5" })
    #expect(iku5.stringText.contains("Perkiraan kategori menurut proyeksi: "))
  }

  /// The report workbook opens with the decisions: its first table sheet
  /// holds them, as numbers (IKU-2: 39,00% signed, 55,04% recommended, by
  /// hand as above), and the notes sheet starts with the report's title
  /// and the decisions' date, sources and warning.
  @Test func theWorkbookOpensWithTheDecisions() throws {
    let dataset = try Dataset(folder: Self.folder)
    let report = HTMLReport(
      review: DatasetReview(dataset), midYear: try MidYearReview(dataset), language: .indonesian,
      date: Self.date)
    let document = report.workbookDocument
    #expect(document.tables.first?.name == "Yang perlu diputuskan")
    let path = try temporaryFolder().appendingPathComponent("laporan.xlsx").path
    try XLSXRenderer().write(document, to: path)
    let grid = try CellGrid(contentsOfFile: path, sheet: "Yang perlu diputuskan")
    #expect(
      grid.rows[0].cells.map(\.text).starts(with: ["Kode", "Indikator", "Target 2025 ditetapkan"]))
    let iku2 = try #require(grid.rows.first { $0.cells.first?.text == "IKU-2" })
    #expect(iku2.cells[2] == .percent(39))
    #expect(iku2.cells[4] == .percent(55.04))
    #expect(iku2.cells[6].text.hasPrefix("Target 39,00% di bawah realisasi 2024 (55,04%)"))
    let notes = try CellGrid(contentsOfFile: path).rows.map { $0.cells.first?.text ?? "" }
    #expect(notes.first == report.title)
    #expect(notes.contains("Tanggal: 14 Maret 2025"))
  }

  /// A range target is shown as a range in the tables and the chart's
  /// label, in the report's number format.
  @Test func aRangeTargetIsShownAsARange() throws {
    var dataset = try Dataset(folder: Self.folder)
    let index = try #require(
      dataset.annual.firstIndex { $0.code == "IKU-1" && $0.year == 2025 })
    dataset.annual[index].target = 60
    dataset.annual[index].targetUpper = 65.71
    let html = HTMLReport(review: DatasetReview(dataset), language: .indonesian).html
    #expect(html.contains(">60,00–65,71%<"), "the table cells (an interval cell)")
    #expect(html.contains(">Target 60,00–65,71%<"), "the chart's marker (the sheet's writing)")
    #expect(html.contains("Target 60,00–65,71% hanya berpeluang"), "the finding")
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
      let marker = try #require(
        inside.first {
          $0.attributes["class"] == "target" && $0.name == "path"
            && $0.attributes["data-value"] != nil
        })
      #expect(Double(marker.attributes["data-value"] ?? "") == target)
      let low = try #require(Double(chart.attributes["data-y-min"] ?? ""))
      let high = try #require(Double(chart.attributes["data-y-max"] ?? ""))
      let top = try #require(Double(chart.attributes["data-plot-top"] ?? ""))
      let bottom = try #require(Double(chart.attributes["data-plot-bottom"] ?? ""))
      let expected = bottom + (target - low) / (high - low) * (top - bottom)
      #expect(abs((Double(marker.attributes["data-cy"] ?? "") ?? .nan) - expected) < 0.01)
    }
  }

  /// Every chart has its axis titles and a legend naming its lines, bands
  /// and markers.
  @Test func chartsHaveAxisTitlesAndALegend() throws {
    let (html, _) = try Self.bundledReport()
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let charts = Self.elements(root).filter { $0.name == "svg" }
    #expect(charts.count == 6 + 3, "six indicators, three with quarters")
    for chart in charts {
      let inside = Self.elements(chart)
      let titles = inside.filter { ($0.attributes["class"] ?? "").hasPrefix("axis-title") }
        .map(\.text)
      let legend = inside.filter { $0.attributes["class"] == "legend-label" }.map(\.text)
      if chart.attributes["class"]?.contains("indicator-chart") == true {
        #expect(titles.first == "Tahun")
        #expect(legend.starts(with: ["Realisasi"]))
        #expect(legend.contains("Interval 80%") && legend.contains("Target 2025 ditetapkan"))
      } else {
        #expect(titles.first == "Triwulan 2025")
        #expect(legend.contains("Proyeksi akhir tahun (80%)") && legend.contains("Target"))
      }
      let unit = try #require(titles.last)
      #expect(unit == "Persen (%)" || unit == "orang")
    }
  }

  /// Text in every chart is at least 9 pt when printed: the font size in
  /// drawing units times the printed width over the drawing's width, in
  /// millimetres (1 pt = 25,4/72 mm), and the page prints the chart at
  /// that width (its `max-width`, within A4's 180 mm between margins).
  @Test func chartTextIsAtLeastNinePointsInPrint() throws {
    let (html, _) = try Self.bundledReport()
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let wraps = Self.elements(root).filter { $0.attributes["class"] == "chart-wrap" }
    #expect(wraps.count == 9)
    for wrap in wraps {
      let svg = try #require(wrap.child("svg"))
      let viewBox = (svg.attributes["viewBox"] ?? "").split(separator: " ").compactMap {
        Double($0)
      }
      let width = try #require(viewBox.count == 4 ? viewBox[2] : nil)
      let font = try #require(Double(svg.attributes["font-size"] ?? ""))
      let printed = try #require(Double(svg.attributes["data-print-width-mm"] ?? ""))
      #expect(wrap.attributes["style"] == "max-width: \(Int(printed))mm")
      #expect(printed <= 180)
      let points = font * printed / width / (25.4 / 72)
      #expect(points >= 9, "\(points) pt")
    }
    // The mid-year charts are no longer smaller than the others on paper.
    #expect(LineChart.printedPoints >= 9)
  }

  /// No number is in E-notation, no flag code reaches the reader, and
  /// the Indonesian report has none of the report's English words.
  @Test func wordsAndNumbersForPeople() throws {
    let (html, _) = try Self.bundledReport()
    let text = try Self.visibleText(html)
    let eNotation = try Regex(#"[0-9][eE][+-]?[0-9]"#)
    for line in text { #expect(line.firstMatch(of: eNotation) == nil, "\(line)") }
    let joined = text.joined(separator: "\n")
    for code in ReviewFlag.Code.allCases { #expect(!joined.contains(code.rawValue), "\(code)") }
    for english in [
      "Decisions", "Chance", "Recommended", "Signed", "Finding", "How to read", "Percent",
      "Forecast", "Actual", "Year-end", "Quarter", "Date:", "Data sources", "can stand",
      "challenging", "too easy", "Projected", "Page ", " the ",
    ] {
      #expect(!joined.contains(english), "\(english)")
    }
    #expect(html.contains(#"content: "Halaman " counter(page) " dari " counter(pages)"#))
  }

  /// The English report, of a dataset whose own words are neutral, has
  /// none of the report's Indonesian words.
  @Test func theEnglishReportHasNoIndonesian() throws {
    var dataset = try Dataset(folder: Self.folder)
    dataset.title = "Agency"
    dataset.source = "sheet.txt"
    for index in dataset.indicators.indices {
      dataset.indicators[index].name = "Indicator \(index + 1)"
      dataset.indicators[index].formula = ""
    }
    let report = HTMLReport(
      review: DatasetReview(dataset), midYear: try MidYearReview(dataset), language: .english,
      date: Self.date)
    let joined = try Self.visibleText(report.html).joined(separator: "\n")
    #expect(joined.contains("Decisions to make: targets for 2025"))
    #expect(joined.contains("Date: 14 March 2025"))
    for indonesian in [
      "Tahun", "Peluang", "Disarankan", "ditetapkan", "Temuan", "Persen", "realisasi",
      "Perkiraan", "Cara membaca", "Triwulan", "Sumber", "Tanggal", "Halaman", " dan ", "tidak",
      "Target dapat", "Maret", "ilustrasi", "kategori",
    ] {
      #expect(!joined.contains(indonesian), "\(indonesian)")
    }
    #expect(report.html.contains(#"content: "Page " counter(page) " of " counter(pages)"#))
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
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\""))
    #expect(
      html.contains("aria-label=\"A · &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;\""))
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let headings = Self.elements(root).filter { $0.name == "h2" }.map(\.stringText)
    #expect(headings.contains("A · " + hostile))
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
    let review = DatasetReview(try Dataset(folder: Self.folder))
    for r in review.indicators {
      guard let last = r.lastActual, r.forecast != nil else { continue }
      let chart = IndicatorSection(review: r, assessed: nil, assessedYear: nil).chart(
        in: .indonesian)
      let line = try #require(chart.series.first { $0.cssClass == "forecast" })
      let steps = Array(r.steps.prefix(r.year - last.year))
      #expect(line.points.dropFirst().map(\.y) == steps.map(\.median), "\(r.indicator.code)")
      let fan = try #require(chart.bands.first { $0.cssClass == "band-80" })
      let intervals = steps.compactMap { $0.intervals.first { $0.level == 0.8 } }
      #expect(fan.points.dropFirst().map(\.lower) == intervals.map(\.lower))
      #expect(fan.points.dropFirst().map(\.upper) == intervals.map(\.upper))
    }
  }

  /// A finished year before the one reviewed is assessed in the review's
  /// section, before the overview, and each indicator's section gives its
  /// capaian and category; the bundled dataset has none.
  @Test func aFinishedYearHasItsAssessment() throws {
    let dataset = YearAssessmentTests.dataset()
    let review = DatasetReview(dataset)
    let html = HTMLReport(review: review, language: .indonesian).html
    let root = try #require(IKUPlan.XMLElement.parse(Data(html.utf8)))
    let section = try #require(
      Self.elements(root).first { $0.name == "section" && $0.attributes["class"] == "review" })
    let headings = Self.elements(section).filter { $0.name == "h3" }.map(\.text)
    let assessment = try #require(review.assessment)
    #expect(headings.first == "Capaian kinerja \(assessment.year) (target dan realisasi)")
    let cells = Self.elements(section).filter { $0.name == "td" }.map(\.text)
    #expect(cells.contains("98,52%") && cells.contains("95,00%"))
    let row = try #require(assessment.rows.first)
    let category = try #require(row.achievement?.category.label(in: .indonesian))
    let indicator = try #require(
      Self.elements(root).first {
        $0.name == "section" && $0.attributes["data-code"] == row.indicator.code
      })
    #expect(indicator.stringText.contains("Capaian \(assessment.year) (tahun selesai)"))
    #expect(indicator.stringText.contains("kategori \(category)."))
    let (bundled, _) = try Self.bundledReport()
    #expect(!bundled.contains("Capaian kinerja"))
  }
}
