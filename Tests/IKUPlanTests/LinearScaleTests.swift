import Testing

@testable import IKUPlan

@Suite struct LinearScaleTests {
  @Test func niceTicksAreOneTwoOrFiveTimesAPowerOfTen() {
    let scale = LinearScale(domain: 3...47, range: (0, 100))
    #expect(scale.tickStep(count: 5) == 10)
    #expect(scale.ticks() == [10, 20, 30, 40])
    #expect(scale.nice().domain == 0...50)
    #expect(LinearScale(domain: 0...0.9, range: (0, 1)).tickStep(count: 5) == 0.2)
  }

  /// Data at the limits of a double (a mistyped `1e308`) must not hang the
  /// report: the width overflows, and no ticks are drawn.
  @Test func extremeDomainsEndWithoutTicks() {
    let huge = LinearScale(domain: -1e308...1e308, range: (0, 100))
    #expect(huge.tickStep(count: 5).isNaN)
    #expect(huge.ticks().isEmpty)
    #expect(huge.nice().domain == huge.domain)
    // A step far below the values' precision cannot loop forever either.
    let narrow = LinearScale(domain: 1e17...(1e17 + 64), range: (0, 100))
    #expect(narrow.ticks().count <= 50)
  }

  /// Nearly constant data keeps a drawable domain.
  ///
  /// A forecast of 10.000000000000002 beside a history of 10 gave a tick
  /// step finer than a double near 10, the nice domain collapsed, and the
  /// report trapped; the step now stays above nine digits of the values.
  @Test func almostConstantDomainsKeepAWidth() {
    let scale = LinearScale(domain: 10...10.000000000000002, range: (100, 0)).nice()
    #expect(scale.domain.lowerBound < scale.domain.upperBound)
    #expect(scale(10).isFinite && scale(10.000000000000002).isFinite)
    #expect(coordinate(.nan) == "0" && coordinate(12.345) == "12.35")
  }
}

extension LinearScaleTests {
  /// A single value gets a domain around it, not a point.
  @Test func aSingleValueIsWidened() {
    let flat = LinearScale(domain: 5...5, range: (0, 1))
    #expect(flat.domain.lowerBound < 5 && flat.domain.upperBound > 5)
    let scale = LinearScale(domain: 3.2...47.9, range: (0, 100)).nice()
    #expect(scale.domain == 0...50 && abs(scale(25) - 50) < 1e-12)
  }
}
