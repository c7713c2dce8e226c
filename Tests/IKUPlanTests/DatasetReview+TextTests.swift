import TestSupport
import Testing

@testable import IKUPlan

/// The review table's short projection (`DatasetReview+Text.swift`).
@Suite struct DatasetReviewTextTests {
  static func review(_ values: [Double]) throws -> IndicatorReview {
    let indicator = Indicator(code: "K", name: "k", unit: "%", lowerBound: 0, upperBound: 100)
    let annual = values.enumerated().map {
      AnnualObservation(code: "K", year: 2015 + $0.offset, actual: $0.element, source: "uji")
    }
    let dataset = Dataset(title: "t", indicators: [indicator], annual: annual)
    return try #require(DatasetReview(dataset).indicators.first)
  }

  /// One decimal where it shows the spread; more where one decimal would
  /// print a narrow interval as a point (`100,0–100,0`) or a small value
  /// as 0.
  @Test func decimalsShowTheSpreadAndTheValue() throws {
    #expect(try Self.review([48.2, 51.0, 55.04, 53.1, 56.0]).projection(.english).contains("."))
    let wide = try Self.review([48.2, 51.0, 55.04, 53.1, 56.0]).projection(.english)
    #expect(wide.split(separator: ".")[1].prefix(while: \.isNumber).count == 1)
    let narrow = try Self.review([99.5, 99.7, 99.8, 99.9, 99.95])
    let interval = try #require(narrow.forecast?.intervals.first)
    #expect(interval.lower < interval.upper)
    let text = narrow.projection(.english)
    let ends = try #require(text.split(separator: "(").last).dropLast().split(separator: "–")
    #expect(ends.count == 2 && ends[0] != ends[1], "\(text)")
    let small = try Self.review([0.01, 0.02, 0.015, 0.03, 0.02]).projection(.english)
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
      #expect(review.text(view, in: .indonesian).contains("55,00–60,00%"), "\(view)")
      #expect(review.text(view, in: .english, markdown: true).contains("55.00–60.00%"), "\(view)")
    }
  }
}
