import Testing

@testable import IKUForecast

@Suite struct DoubleDoubleTests {
  @Test func exactProductCapturesTheRoundingError() {
    let a = 1.0 + 0x1p-30
    let p = DoubleDouble.product(a, a)  // 1 + 2⁻²⁹ + 2⁻⁶⁰ exactly
    #expect(p.head == 1 + 0x1p-29)
    #expect(p.tail == 0x1p-60)
  }

  @Test func sumsKeepWhatDoublesDrop() {
    var s = DoubleDouble(1e16)
    for _ in 0..<10 { s += DoubleDouble(1) }
    s -= DoubleDouble(1e16)
    #expect(s.value == 10)
  }

  @Test func divisionByADouble() {
    let third = DoubleDouble(1) / 3
    let back = third * DoubleDouble(3) - DoubleDouble(1)
    #expect(abs(back.value) < 1e-31)
  }

  @Test func renormalisedOnCreation() {
    let x = DoubleDouble(head: 1, tail: 1)
    #expect(x.head == 2 && x.tail == 0)
  }
}
