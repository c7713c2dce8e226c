import Foundation
import IKUPlan
import Testing

@testable import IKUServer

/// An indicator review's numbers as the pages write them.
@Suite struct IndicatorWordsTests {
  private func words(_ code: String, year: Int = 2025, in l: Language = .indonesian) throws
    -> IndicatorWords
  {
    let dataset = try WorkspaceFixture.dataset()
    let indicator = try #require(dataset.indicator(code))
    return IndicatorWords(
      review: IndicatorReview(
        indicator, in: dataset, year: year, settings: ReviewSettings(year: year)),
      language: l)
  }

  @Test func theFoldersNumbersInTheDocumentsStyle() throws {
    // realisasi.csv: IKU-2 realised 55,04 in 2024, its 2025 target 39.
    let iku2 = try words("IKU-2")
    #expect(iku2.lastActual == "55,04% (2024)")
    #expect(iku2.target == "39,00%")
    let english = try words("IKU-2", in: .english)
    #expect(english.lastActual == "55.04% (2024)")
    #expect(english.target == "39.00%")
    // IKU-5 counts people: 5.517 in 2024, 5.575 for 2025.
    let iku5 = try words("IKU-5")
    #expect(iku5.lastActual.hasPrefix("5.517"))
    #expect(iku5.target.hasPrefix("5.575"))
    // A year without a target.
    #expect(try words("IKU-2", year: 2027).target == "–")
  }

  @Test func anInputHoldsTheValueAsAPersonTypesIt() throws {
    let id = try words("IKU-5")
    let input = id.input(name: "target", value: 5_575).rendered
    #expect(input.contains("value=\"5.575\""))
    #expect(input.contains("aria-label=\"Target\""))
    #expect(id.input(name: "target", value: 58.5).rendered.contains("value=\"58,5\""))
    #expect(id.input(name: "upper", value: nil).rendered.contains("value=\"\""))
    #expect(id.input(name: "upper", value: nil).rendered.contains("aria-label=\"Batas atas\""))
    let en = try words("IKU-5", in: .english)
    #expect(en.input(name: "target", value: 5_575).rendered.contains("value=\"5,575\""))
    #expect(en.input(name: "upper", value: 1).rendered.contains("aria-label=\"Upper end\""))
  }

  @Test func theFlagsAsAListAndTheWarningsAlone() throws {
    let iku2 = try words("IKU-2")
    let review = iku2.review
    #expect(iku2.flagTexts == review.flags.map { $0.message(in: .indonesian) })
    #expect(
      occurrences(of: "<li>", in: iku2.flagList.rendered) == review.flags.count)
    #expect(
      occurrences(of: "<li>", in: iku2.warningList.rendered)
        == review.flags.filter { $0.severity != .info }.count)
    // 39 is below the 2024 realisation: a warning.
    #expect(iku2.warningList.rendered.contains("di bawah realisasi 2024 55,04%"))
  }
}
