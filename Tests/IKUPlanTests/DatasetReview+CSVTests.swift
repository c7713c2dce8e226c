import Testing

@testable import IKUPlan

/// The review's CSV (`DatasetReview+CSV.swift`).
@Suite struct DatasetReviewCSVTests {
  /// `targetUpper` is the last column, only when some target is a range;
  /// `target` holds the lower end.
  @Test func theUpperEndOfARangeIsALastColumn() throws {
    let csv = DatasetReviewTextTests.rangeReview().csv(levels: [0.8])
    let lines = csv.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(lines.count == 2)
    let header = lines[0].map(String.init)
    #expect(header.last == "targetUpper")
    let row = lines[1].map(String.init)
    #expect(row[try #require(header.firstIndex(of: "target"))] == "55")
    #expect(row.last == "60")
    let plain = DatasetReview(
      Dataset(
        title: "t",
        indicators: [Indicator(code: "K", name: "k", unit: "%", lowerBound: 0, upperBound: 100)],
        annual: [AnnualObservation(code: "K", year: 2015, actual: 50, source: "uji")]))
    #expect(!plain.csv(levels: [0.8]).contains("targetUpper"))
  }
}
