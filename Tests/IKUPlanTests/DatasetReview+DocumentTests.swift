import TestSupport
import Testing

@testable import IKUPlan

/// The review as a document: the projection's decimals, ranges, and what
/// the reading formats and the spreadsheets each show.
@Suite struct DatasetReviewDocumentTests {
  static func review(_ values: [Double]) throws -> IndicatorReview {
    let indicator = Indicator(code: "K", name: "k", unit: "%", lowerBound: 0, upperBound: 100)
    let annual = values.enumerated().map {
      AnnualObservation(code: "K", year: 2015 + $0.offset, actual: $0.element, source: "uji")
    }
    let dataset = Dataset(title: "t", indicators: [indicator], annual: annual)
    return try #require(DatasetReview(dataset).indicators.first)
  }

  /// `39,86% (34,91–45,02%)`: the median and the first interval in the
  /// projection's style, as the overview's cells show them.
  static func projection(_ r: IndicatorReview) throws -> String {
    let forecast = try #require(r.forecast)
    let interval = try #require(forecast.intervals.first)
    let style = r.projectionStyle(level: interval.level)
    return style.text(forecast.median, in: .english) + " ("
      + style.text(lower: interval.lower, upper: interval.upper, in: .english) + ")"
  }

  /// The indicator's two decimals where they show the spread; more where two would
  /// print a narrow interval as a point (`100,0–100,0`) or a small value
  /// as 0.
  @Test func decimalsShowTheSpreadAndTheValue() throws {
    #expect(try Self.projection(Self.review([48.2, 51.0, 55.04, 53.1, 56.0])).contains("."))
    let wide = try Self.projection(Self.review([48.2, 51.0, 55.04, 53.1, 56.0]))
    #expect(wide.split(separator: ".")[1].prefix(while: \.isNumber).count == 2)
    let narrow = try Self.review([99.5, 99.7, 99.8, 99.9, 99.95])
    let interval = try #require(narrow.forecast?.intervals.first)
    #expect(interval.lower < interval.upper)
    let text = try Self.projection(narrow)
    let ends = try #require(text.split(separator: "(").last).dropLast().split(separator: "–")
    #expect(ends.count == 2 && ends[0] != ends[1], "\(text)")
    let small = try Self.projection(Self.review([0.01, 0.02, 0.015, 0.03, 0.02]))
    #expect(!small.hasPrefix("0.0%"), "\(small)")
  }

  /// A dataset whose 2020 target is the range 55,00–60,00%.
  static func rangeReview() -> DatasetReview {
    let indicator = Indicator(code: "K", name: "k", unit: "%", lowerBound: 0, upperBound: 100)
    var annual = [48.2, 51.0, 55.04, 53.1, 56.0].enumerated().map {
      AnnualObservation(code: "K", year: 2015 + $0.offset, actual: $0.element, source: "uji")
    }
    annual.append(
      AnnualObservation(code: "K", year: 2020, target: 55, source: "uji", targetUpper: 60))
    return DatasetReview(Dataset(title: "t", indicators: [indicator], annual: annual))
  }

  /// Every view of the table and the markdown shows the range in the
  /// language's number format.
  @Test func aRangeTargetIsShownAsARange() {
    let review = Self.rangeReview()
    for view in [ReviewView.overview, .suggest] {
      let text = TextRenderer().render(review.document(view, in: .indonesian))
      #expect(text.contains("55,00–60,00%"), "\(view)")
      let markdown = TextRenderer(markdown: true).render(review.document(view, in: .english))
      #expect(markdown.contains("55.00–60.00%"), "\(view)")
    }
  }
}

extension DatasetReviewDocumentTests {
  /// The overview's detail columns (category, findings in sentences, the
  /// recommendation and its reason) are for spreadsheets; a terminal and
  /// Markdown show the findings in a few words and list the
  /// recommendations under the table; a terminal shortens long names.
  @Test func readersAndSpreadsheetsEachGetTheirColumns() throws {
    let indicator = Indicator(
      code: "K", name: "Persentase pencari kerja yang ditempatkan di perusahaan", unit: "%",
      lowerBound: 0, upperBound: 100)
    var annual = [48.2, 51.0, 55.04, 53.1, 56.0].enumerated().map {
      AnnualObservation(code: "K", year: 2015 + $0.offset, actual: $0.element, source: "uji")
    }
    annual.append(AnnualObservation(code: "K", year: 2020, target: 40, source: "uji"))
    let review = DatasetReview(Dataset(title: "t", indicators: [indicator], annual: annual))
    let document = review.document(.overview, in: .indonesian)
    let table = try #require(document.tables.first)
    #expect(
      table.columns.filter(\.isDetail).map(\.title) == [
        "Kategori menurut proyeksi", "Temuan", "Saran target", "Alasan",
      ])
    let text = TextRenderer().render(document)
    // 40 is below the 2019 realisation 56: a warning, in a few words.
    #expect(text.contains("⚠ di bawah realisasi 2019"))
    #expect(!text.contains("Temuan"))
    #expect(text.contains("Persentase pencari kerja yang…"))  // 29 characters and …
    #expect(text.contains("\nSaran target 2020\n"))
    let markdown = TextRenderer(markdown: true).render(document)
    #expect(markdown.contains("| Persentase pencari kerja yang ditempatkan di perusahaan |"))
    #expect(markdown.contains("- K: "))
    let csv = CSVRenderer().render(document)
    #expect(csv.contains(";Temuan;Saran target;Alasan\n"))
    #expect(csv.contains("target 2020 40,00% di bawah realisasi 2019 56,00%: tidak menantang"))
  }
}
