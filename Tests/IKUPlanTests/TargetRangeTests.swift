import Testing

@testable import IKUPlan

@Suite struct TargetRangeTests {
  @Test func singleAndRange() {
    #expect(!TargetRange(65.71).isRange)
    #expect(!TargetRange(lower: 80, upper: 80).isRange)
    let range = TargetRange(lower: 80, upper: 90)
    #expect(range.isRange && range.lower == 80 && range.upper == 90)
  }

  /// Higher is better: the lower end must be reached; lower is better: the
  /// upper end must not be exceeded; `stabil`: both, for a range only.
  @Test func bindingEnds() {
    let range = TargetRange(lower: 80, upper: 90)
    #expect(range.bindingEnd(for: .higher) == 80)
    #expect(range.bindingEnd(for: .lower) == 90)
    #expect(range.bindingEnd(for: .range) == nil)
    #expect(range.minimum(for: .higher) == 80 && range.maximum(for: .higher) == nil)
    #expect(range.minimum(for: .lower) == nil && range.maximum(for: .lower) == 90)
    #expect(range.minimum(for: .range) == 80 && range.maximum(for: .range) == 90)
    let single = TargetRange(85)
    #expect(single.minimum(for: .range) == nil && single.maximum(for: .range) == nil)
  }

  @Test func attainment() {
    let range = TargetRange(lower: 80, upper: 90)
    #expect(range.isAttained(by: 80, polarity: .higher) == true)
    #expect(range.isAttained(by: 79.99, polarity: .higher) == false)
    #expect(range.isAttained(by: 95, polarity: .higher) == true)
    #expect(range.isAttained(by: 90, polarity: .lower) == true)
    #expect(range.isAttained(by: 90.01, polarity: .lower) == false)
    #expect(range.isAttained(by: 70, polarity: .lower) == true)
    #expect(range.isAttained(by: 85, polarity: .range) == true)
    #expect(range.isAttained(by: 91, polarity: .range) == false)
    #expect(range.isAttained(by: 79, polarity: .range) == false)
    #expect(TargetRange(85).isAttained(by: 85, polarity: .range) == nil)
  }

  /// §1.3: above the range the upper end, below it the lower end, within
  /// it (ends included) none.
  @Test func theEndARealisationIsMeasuredAgainst() {
    let range = TargetRange(lower: 80, upper: 90)
    #expect(range.end(against: 92) == 90)
    #expect(range.end(against: 70) == 80)
    #expect(range.end(against: 85) == nil)
    #expect(range.end(against: 80) == nil && range.end(against: 90) == nil)
    #expect(TargetRange(85).end(against: 86) == 85)
    #expect(TargetRange(85).end(against: 85) == nil)
  }

  @Test func text() {
    let number = NumberFormat(.indonesian)
    #expect(
      TargetRange(lower: 72.28, upper: 73.77).text { number.fixed($0, decimals: 2) }
        == "72,28–73,77")
    #expect(TargetRange(lower: 80, upper: 90).text { number.percent($0) } == "80,00–90,00%")
    #expect(TargetRange(65.71).text { number.percent($0) } == "65,71%")
  }
}
