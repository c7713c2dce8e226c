import Testing

@testable import IKUPlan

@Suite struct WrittenRangeTests {
  private func ends(
    _ text: String, _ convention: NumberConvention = .indonesian
  ) -> (Double?, Double?, String?)? {
    guard case .range(let range) = WrittenRange.read(text) else { return nil }
    return (range.lower.value(in: convention), range.upper.value(in: convention), range.unit)
  }

  /// The shapes planners write: en dash, hyphen, with or without spaces,
  /// the unit after the upper end or after both.
  @Test func publishedShapes() throws {
    let spaced = try #require(ends("72,28 – 73,77"))
    #expect(spaced.0 == 72.28 && spaced.1 == 73.77 && spaced.2 == nil)
    let tight = try #require(ends("69,1-69,5"))
    #expect(tight.0 == 69.1 && tight.1 == 69.5)
    let percent = try #require(ends("80 – 90%"))
    #expect(percent.0 == 80 && percent.1 == 90 && percent.2 == "%")
    let both = try #require(ends("80% - 90%"))
    #expect(both.0 == 80 && both.1 == 90 && both.2 == "%")
    let english = try #require(ends("72.28—73.77", .english))
    #expect(english.0 == 72.28 && english.1 == 73.77)
    // The words of a range: `s.d.`, `s/d`, `sampai`, `hingga`.
    for text in [
      "7 s.d. 8", "7 s/d 8", "7 sampai 8", "7 S.D. 8", "7 hingga 8", "7 sampai dengan 8",
    ] {
      let words = try #require(ends(text), "\(text)")
      #expect(words.0 == 7 && words.1 == 8, "\(text)")
    }
  }

  /// A dash between two numbers is the range's; a sign only starts an end.
  @Test func signs() throws {
    let negative = try #require(ends("-5 - -3"))
    #expect(negative.0 == -5 && negative.1 == -3)
    let tight = try #require(ends("-5--3"))
    #expect(tight.0 == -5 && tight.1 == -3)
    // Read as written: 5 to −3, which the readers refuse as reversed.
    let reversed = try #require(ends("5--3"))
    #expect(reversed.0 == 5 && reversed.1 == -3)
  }

  @Test func notARange() {
    for text in ["39,67", "-5", "1e-5", "-", "–", "abc - def", "5 - ", "- 5", "5 – tahun"] {
      #expect(WrittenRange.read(text) == .none, "\(text)")
    }
  }

  @Test func unitsOfTheEnds() throws {
    guard case .range(let agree) = WrittenRange.read("80% – 90 persen") else {
      Issue.record("not read as a range")
      return
    }
    #expect(agree.unitsAgree)
    guard case .range(let differ) = WrittenRange.read("80 orang – 90%") else {
      Issue.record("not read as a range")
      return
    }
    #expect(!differ.unitsAgree)
  }
}
