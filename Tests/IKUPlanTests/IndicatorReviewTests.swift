import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct IndicatorReviewTests {
  static func seedDataset() throws -> Dataset {
    try IKUSheet(
      CellGrid(contentsOfFile: fixturePath("seed/000_c3b032ff4e606fc2.txt")),
      sourceName: "000_c3b032ff4e606fc2.txt"
    ).dataset
  }

  static func tpt(target: Double? = nil, year: Int = 2025) throws -> Dataset {
    var dataset = try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-tpt").path)
    if let target {
      dataset.annual.append(
        AnnualObservation(code: "TPT", year: year, target: target, source: "uji"))
    }
    return dataset
  }

  private func codes(_ review: IndicatorReview) -> [ReviewFlag.Code] { review.flags.map(\.code) }

  @Test func seedTargetsBelowLastYear() throws {
    let review = DatasetReview(try Self.seedDataset())
    #expect(review.year == 2025)
    let below = review.indicators.filter { codes($0).contains(.targetBelowLastActual) }
    #expect(below.map(\.indicator.code) == ["IKU-2", "IKU-3a", "IKU-3b", "IKU-4"])
    // One value each: no forecast, no probability, flagged.
    for r in review.indicators {
      #expect(r.forecast == nil && r.probabilityOfAttaining == nil && r.achievement == nil)
      #expect(codes(r).contains(.insufficientHistory))
      #expect(!codes(r).contains(.illustrativeData))
      #expect(r.suggestions?.recommended.value == r.lastActual?.value)
      #expect(r.suggestions?.realistic == nil)
    }
    #expect(review.hasWarnings)
  }

  @Test func lowerIsBetterInvertsTheTests() throws {
    // Unemployment 4,69% in 2024: a 2025 target of 5,00% is a step back.
    let review = DatasetReview(try Self.tpt(target: 5.0))
    let tpt = try #require(review.indicators.first)
    #expect(tpt.indicator.polarity == .lower)
    #expect(codes(tpt).contains(.targetBelowLastActual))
    #expect(
      tpt.flags.first { $0.code == .targetBelowLastActual }?.message(in: .english)
        .contains("above the 2024 realisation") == true)
    let step = try #require(tpt.forecast)
    // Attaining a lower-is-better target means staying at or under it.
    #expect(tpt.probabilityOfAttaining == step.probability(atMost: 5.0))
    // Achievement of the median: (2T − R)/T.
    let achievement = try #require(tpt.achievement)
    #expect(agrees(achievement.value, (2 * 5.0 - step.median) / 5.0 * 100, relative: 1e-14))
    // A tighter target is not flagged as below last year.
    let tighter = try #require(DatasetReview(try Self.tpt(target: 4.5)).indicators.first)
    #expect(!codes(tighter).contains(.targetBelowLastActual))
  }

  @Test func lowerIsBetterSuggestionsUseTheUpperQuantiles() throws {
    let tpt = try #require(DatasetReview(try Self.tpt(target: 4.5)).indicators.first)
    let step = try #require(tpt.forecast)
    let s = try #require(tpt.suggestions)
    let realistic = try #require(s.realistic)
    let challenging = try #require(s.challenging)
    // Realistic: attained (Y ≤ value) with 70%, so it lies above the
    // challenging one (40%); both rounded to two decimals, up for a
    // lower-is-better indicator so that the chance is kept.
    #expect(
      agrees(
        realistic.value,
        (try #require(step.quantile(0.7)) * 100).rounded(.up) / 100, relative: 1e-12))
    #expect(realistic.value > challenging.value)
    #expect(agrees(try #require(realistic.probability), 0.7, relative: 0.02))
    // Never worse than last year's 4,69% (TargetPath's floor); flagged
    // unrealistic exactly when holding it has less than 10%.
    let hold = try #require(step.probability(atMost: 4.69))
    #expect(s.recommended.value <= 4.69)
    #expect(s.recommended.flags.map(\.code) == (hold < 0.1 ? [.targetUnrealistic] : []))
  }

  @Test func boundsAndMissingTargets() throws {
    var dataset = try Self.tpt()
    dataset.annual.append(AnnualObservation(code: "TPT", year: 2025, target: 120, source: "uji"))
    let outside = try #require(DatasetReview(dataset).indicators.first)
    #expect(outside.flags.first?.code == .targetOutsideBounds)
    #expect(outside.flags.first?.severity == .error)
    let none = try #require(DatasetReview(try Self.tpt()).indicators.first)
    #expect(codes(none).contains(.noTarget))
    #expect(none.probabilityOfAttaining == nil)
  }

  @Test func illustrativeValuesAreFlagged() throws {
    let dataset = try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
    let review = DatasetReview(dataset)
    #expect(review.illustrativeYears == [2019, 2020, 2021, 2022, 2023])
    #expect(review.indicators.allSatisfy { codes($0).contains(.illustrativeData) })
    #expect(review.indicators.allSatisfy { $0.forecast?.hasInterval == true })
  }

  @Test func renstraPathIsMonotoneInTheGoodDirection() throws {
    let dataset = try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
    let review = DatasetReview(dataset, settings: ReviewSettings(pathThrough: 2029))
    for r in review.indicators {
      let path = try #require(r.suggestions?.path)
      #expect(path.map(\.year) == Array(2025...2029))
      #expect(zip(path, path.dropFirst()).allSatisfy { $0.value <= $1.value })
      #expect(path.first?.value == r.suggestions?.recommended.value)
    }
    let lower = DatasetReview(
      try Self.tpt(target: 4.5), settings: ReviewSettings(pathThrough: 2028))
    let path = try #require(lower.indicators.first?.suggestions?.path)
    #expect(zip(path, path.dropFirst()).allSatisfy { $0.value >= $1.value })
  }

  @Test func consecutiveYearsOnly() {
    let rows = [2018, 2019, 2021, 2022].map {
      AnnualObservation(code: "A", year: $0, actual: 1, source: "s")
    }
    #expect(IndicatorReview.recentRun(rows).map(\.year) == [2021, 2022])
  }

  @Test func modellingScales() {
    let percent = Indicator(code: "A", name: "a", unit: "%", lowerBound: 0, upperBound: 100)
    let count = Indicator(code: "B", name: "b", unit: "orang", lowerBound: 0)
    let other = Indicator(code: "C", name: "c", unit: "indeks")
    #expect(IndicatorReview.transform(for: percent, values: [39.67]).name == "logit")
    #expect(IndicatorReview.transform(for: percent, values: [1]).name == "censored")
    #expect(IndicatorReview.transform(for: percent, values: [0, 1]).name == "censored")
    #expect(
      IndicatorReview.transform(for: count, values: [0, 2])
        == .censored(lower: 0, upper: .infinity))
    #expect(IndicatorReview.transform(for: other, values: [1]) == .identity)
  }
}
