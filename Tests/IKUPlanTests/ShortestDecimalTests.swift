import IKUForecast
import Testing

@testable import IKUPlan

@Suite struct ShortestDecimalTests {
  /// The bytes `ShortestDecimal` writes for `value`, or a complaint when
  /// it writes before its destination, past its room, or too many.
  func spelled(_ value: Double) -> String {
    let guardBytes = 8
    let buffer = UnsafeMutablePointer<UInt8>.allocate(
      capacity: ShortestDecimal.room + 2 * guardBytes)
    defer { buffer.deallocate() }
    buffer.initialize(repeating: 0xA5, count: ShortestDecimal.room + 2 * guardBytes)
    let count = ShortestDecimal.write(value, to: buffer + guardBytes)
    for k in 0..<guardBytes
    where buffer[k] != 0xA5 || buffer[guardBytes + ShortestDecimal.room + k] != 0xA5 {
      return "wrote outside its room"
    }
    guard count <= ShortestDecimal.maximumLength else { return "\(count) bytes" }
    return String(
      decoding: UnsafeBufferPointer(start: buffer + guardBytes, count: count), as: UTF8.self)
  }

  /// The values whose spellings differ from `description`'s, at most ten.
  func mismatches(_ values: some Sequence<Double>) -> [String] {
    var found: [String] = []
    for value in values where value.isFinite {
      for signed in [value, -value] where spelled(signed) != signed.description {
        if found.count < 10 { found.append("\(signed.description) → \(spelled(signed))") }
      }
    }
    return found
  }

  /// A million random bit patterns: every exponent, subnormals included.
  @Test func randomBitPatternsAreSpelledAsDescriptionSpellsThem() {
    var generator = SeededGenerator(seed: 22)
    let values = (0..<1_000_000).map { _ in
      Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))
    }
    #expect(mismatches(values) == [])
  }

  /// Values as panels hold them: a few decimals, rates, counts, rupiah.
  @Test func everydayValuesAreSpelledAsDescriptionSpellsThem() {
    var generator = SeededGenerator(seed: 7)
    var values: [Double] = Array((0...10_000).map { Double($0) })
    for _ in 0..<200_000 {
      let whole = Double(Int.random(in: 0...1_000_000_000, using: &generator))
      values.append(whole / [1, 10, 100, 1000, 1e6][Int.random(in: 0..<5, using: &generator)])
      values.append(Double.random(in: 0..<100, using: &generator))
      values.append(Double.random(in: 0..<1e12, using: &generator))
    }
    #expect(mismatches(values) == [])
  }

  /// Every power of two and of ten a double holds, with its neighbours,
  /// and the edges of the plain and exponential forms (10⁻⁴, 2⁵³).
  @Test func edgesAreSpelledAsDescriptionSpellsThem() {
    var values: [Double] = [
      0, 1, 2, 0.1, 0.3, 1e-4, 1e-5, 9.999999999999999e-5, 0x1p53, 0x1p53 - 1, 0x1p53 + 2,
      0x1p54, 1e15, 1e16, 123_456_789_012_345.6, .leastNonzeroMagnitude,
      .leastNormalMagnitude, .greatestFiniteMagnitude, .ulpOfOne, 7.437333333333335,
      9300.400000000001,
    ]
    for exponent in -1074...1023 {
      values.append(Double(sign: .plus, exponent: exponent, significand: 1))
    }
    for power in -323...308 {
      if let value = Double("1e\(power)") { values.append(value) }
    }
    values += values.flatMap { [$0.nextUp, $0.nextDown] }
    #expect(mismatches(values) == [])
    #expect(spelled(-0.0) == "-0.0")
  }

  @Test func digitCountsAreCounted() {
    #expect(ShortestDecimal.digitCount(0) == 1)
    #expect(ShortestDecimal.digitCount(9) == 1)
    #expect(ShortestDecimal.digitCount(10) == 2)
    #expect(ShortestDecimal.digitCount(99_999_999_999_999_999) == 17)
    #expect(ShortestDecimal.digitCount(UInt64.max) == 20)
  }
}
