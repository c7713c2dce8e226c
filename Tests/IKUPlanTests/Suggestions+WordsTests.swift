import Testing

@testable import IKUPlan

/// A suggestion's reason is worded from its facts, in the indicator's
/// style and the polarity's direction.
@Suite struct SuggestionsWordsTests {
  static func suggestion(_ reason: Suggestions.Reason, polarity: Polarity = .higher)
    -> Suggestions.Suggestion
  {
    Suggestions.Suggestion(
      value: 55.04, probability: 0.49, flags: [], reason: reason, polarity: polarity,
      style: .percent(decimals: 2))
  }

  @Test func holdingTheRealisation() {
    let held = Self.suggestion(
      .holdsRealisation(
        held: 55.04, year: 2024, probability: 0.49, realistic: 51.98, realisticProbability: 0.7))
    #expect(
      held.reason(in: .indonesian)
        == "mempertahankan realisasi 2024 (55,04%), peluang 49%: target realistis (51,98%,"
        + " peluang 70%) di bawah realisasi, tidak menantang")
    let lower = Self.suggestion(
      .realisticAndNotWorse(probability: 0.7, year: 2024), polarity: .lower)
    #expect(
      lower.reason(in: .english) == "realistic (probability 70%) and not above the 2024 realisation"
    )
  }

  @Test func withoutAnIntervalTheCauseIsNamed() {
    let short = Self.suggestion(.noInterval(.shortHistory, held: 55.04, year: 2024))
    #expect(
      short.reason(in: .indonesian)
        == "riwayat belum cukup untuk interval dan peluang; mempertahankan realisasi 2024 (55,04%)")
    let flat = Self.suggestion(.noInterval(.noVariation, held: 55.04, year: 2024))
    #expect(
      flat.reason(in: .english)
        == "the history does not vary, so no chance can be estimated; holds the 2024"
        + " realisation (55.04%)")
  }

  @Test func bothDemandsCannotHold() {
    let both = Self.suggestion(
      .cannotBeBoth(
        held: 39.67, year: 2024, probability: 0.06, realistic: 37.97, realisticProbability: 0.7))
    let text = both.reason(in: .indonesian)
    #expect(text.hasPrefix("menantang dan realistis tidak dapat dipenuhi bersamaan"))
    #expect(text.contains("(37,97%, peluang 70%) di bawah realisasi 2024"))
    #expect(text.contains("(39,67%) peluangnya hanya 6%"))
  }
}
