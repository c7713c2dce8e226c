import Testing

@testable import IKUPlan

/// The words of a flag come from its facts: the numbers in the language's
/// format, the polarity's direction, the one rule for chances.
@Suite struct ReviewFlagWordsTests {
  static let placement = Indicator(
    code: "IKU-2", name: "Pencari kerja ditempatkan", unit: "%", lowerBound: 0, upperBound: 100)
  static let unemployment = Indicator(
    code: "TPT", name: "Tingkat Pengangguran Terbuka", unit: "%", polarity: .lower,
    lowerBound: 0, upperBound: 100)

  @Test func aTargetBelowTheRealisationSaysBothNumbers() {
    let flag = ReviewFlag(
      .targetBelowLastActual(
        target: TargetRange(39), year: 2025, last: YearValue(year: 2024, value: 55.04)),
      about: Self.placement)
    #expect(flag.code == .targetBelowLastActual)
    #expect(flag.severity == .warning)
    #expect(
      flag.message(in: .indonesian)
        == "target 2025 39,00% di bawah realisasi 2024 55,04%: tidak menantang"
        + " (LKE SAKIP: target harus menantang dan realistis)")
    #expect(flag.label(in: .indonesian) == "di bawah realisasi 2024")
    #expect(flag.label(in: .english) == "below the 2024 actual")
  }

  @Test func lowerIsBetterTurnsTheDirection() {
    let flag = ReviewFlag(
      .targetBelowLastActual(
        target: TargetRange(6.5), year: 2025, last: YearValue(year: 2024, value: 6.1)),
      about: Self.unemployment)
    #expect(
      flag.message(in: .english)
        == "the 2025 target 6.50% is above the 2024 realisation 6.10% (lower is better):"
        + " not challenging (SAKIP evaluation: targets must be challenging and realistic)")
    #expect(flag.label(in: .indonesian) == "di atas realisasi 2024")
  }

  @Test func chancesAndBoundsFollowTheOneRule() {
    let unlikely = ReviewFlag(.targetUnrealistic(probability: 0.004), about: Self.placement)
    #expect(unlikely.message(in: .indonesian).hasPrefix("peluang mencapai target hanya <1% "))
    let easy = ReviewFlag(.targetTooEasy(probability: 0.996), about: Self.placement)
    #expect(easy.message(in: .english).hasPrefix("the projection gives the target >99%:"))
    let outside = ReviewFlag(
      .targetOutsideBounds(target: TargetRange(120), lower: 0, upper: 100),
      about: Self.placement)
    #expect(outside.severity == .error)
    #expect(outside.message(in: .indonesian) == "target 120,00% di luar batas 0,00%–100,00%")
    let count = Indicator(code: "K", name: "k", unit: "usaha", lowerBound: 0)
    let unbounded = ReviewFlag(
      .targetOutsideBounds(target: TargetRange(-3), lower: 0, upper: nil), about: count)
    #expect(unbounded.message(in: .english) == "the target -3 is outside the bounds 0–∞")
  }

  @Test func informationFlags() {
    let short = ReviewFlag(.insufficientHistory(years: 2), about: Self.placement)
    #expect(short.severity == .info)
    #expect(short.code.rawValue == "insufficient-history")
    #expect(
      ReviewFlag(.noTarget(year: 2026), about: Self.placement).message(in: .indonesian)
        == "belum ada target untuk 2026")
    #expect(ReviewFlag.word(for: .warning, in: .indonesian) == "peringatan")
  }
}
