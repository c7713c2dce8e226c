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

  /// The TPT history (4,69% in 2024) with a 2025 range target, under a
  /// polarity.
  static func tpt(range: TargetRange, polarity: Polarity) throws -> IndicatorReview {
    var dataset = try Self.tpt()
    dataset.indicators[0].polarity = polarity
    dataset.annual.append(
      AnnualObservation(
        code: "TPT", year: 2025, target: range.lower, source: "uji", targetUpper: range.upper))
    return try #require(DatasetReview(dataset).indicators.first)
  }

  /// Lower is better: the chance is that of staying at or under the upper
  /// end, the achievement is measured against the end on the median's
  /// side, and only the upper end is compared with last year's 4,69%.
  @Test func rangeTargetLowerIsBetter() throws {
    let review = try Self.tpt(range: TargetRange(lower: 4.0, upper: 4.5), polarity: .lower)
    #expect(review.target == 4.0 && review.targetRange == TargetRange(lower: 4.0, upper: 4.5))
    let step = try #require(review.forecast)
    #expect(review.probabilityOfAttaining == step.probability(atMost: 4.5))
    let m = step.median
    let expected =
      m > 4.5 ? (2 * 4.5 - m) / 4.5 * 100 : m < 4.0 ? (2 * 4.0 - m) / 4.0 * 100 : 100
    #expect(agrees(try #require(review.achievement).value, expected, relative: 1e-14))
    #expect(!codes(review).contains(.targetBelowLastActual))
    // 4,5–5,0: the upper end 5,0 is above 4,69, though the lower end is not.
    let loose = try Self.tpt(range: TargetRange(lower: 4.5, upper: 5.0), polarity: .lower)
    #expect(codes(loose).contains(.targetBelowLastActual))
    #expect(
      loose.flags.first { $0.code == .targetBelowLastActual }?.message(in: .indonesian)
        .contains("4,50–5,00%") == true)
  }

  /// Higher is better: a range straddling the last realisation is judged by
  /// its lower end, so 4,5–5,0 against 4,69 is not challenging.
  @Test func rangeTargetHigherIsBetter() throws {
    let review = try Self.tpt(range: TargetRange(lower: 4.5, upper: 5.0), polarity: .higher)
    let step = try #require(review.forecast)
    #expect(review.probabilityOfAttaining == step.probability(atLeast: 4.5))
    #expect(codes(review).contains(.targetBelowLastActual))
    let above = try Self.tpt(range: TargetRange(lower: 4.8, upper: 5.0), polarity: .higher)
    #expect(!codes(above).contains(.targetBelowLastActual))
    // Either end outside the bounds (0–100%) is an error.
    let outside = try Self.tpt(range: TargetRange(lower: 90, upper: 120), polarity: .higher)
    #expect(outside.flags.first?.code == .targetOutsideBounds)
  }

  /// `stabil`: the chance of landing within the range,
  /// `P(Y ≥ lower) + P(Y ≤ upper) − 1`; none for a single target.
  @Test func rangeTargetStable() throws {
    let review = try Self.tpt(range: TargetRange(lower: 4.0, upper: 5.0), polarity: .range)
    let step = try #require(review.forecast)
    let within =
      try #require(step.probability(atLeast: 4.0)) + (try #require(step.probability(atMost: 5.0)))
      - 1
    let p = try #require(review.probabilityOfAttaining)
    #expect(agrees(p, within, relative: 1e-14))
    #expect(p > 0 && p < 1)
    #expect(!codes(review).contains(.targetBelowLastActual))
    var single = try Self.tpt()
    single.indicators[0].polarity = .range
    single.annual.append(AnnualObservation(code: "TPT", year: 2025, target: 4.5, source: "uji"))
    #expect(try #require(DatasetReview(single).indicators.first).probabilityOfAttaining == nil)
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
