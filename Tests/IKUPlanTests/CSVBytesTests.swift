import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct CSVBytesTests {
  /// Every double is spelled as `description` spells it: 200,000 random
  /// bit patterns (every exponent, subnormals included) and the edges.
  @Test func doublesAreSpelledAsDescriptionSpellsThem() {
    var generator = SeededGenerator(seed: 22)
    var values: [Double] = [
      0, -0.0, 1, -1, 0.1, 1e-5, 1e-4, 1e15, 1e16, 1e17, 123_456_789_012_345.0, 2e53,
      .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, .ulpOfOne,
      5e-324, 1.7976931348623157e308, 7.437333333333335, 9300.400000000001,
    ]
    for _ in 0..<200_000 {
      let value = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))
      if value.isFinite { values.append(value) }
    }
    var out = CSVBytes(capacity: 0)
    var expected: [UInt8] = []
    for value in values {
      out.append(value)
      out.append(byte: 44)
      expected.append(contentsOf: value.description.utf8)
      expected.append(44)
    }
    #expect(out.bytes == expected)
  }

  @Test func wholeNumbersAreSpelledAsStringSpellsThem() {
    let values = [0, 1, -1, 9, 10, -10, 2026, 99_999, Int.max, Int.min, Int.min + 1]
    var out = CSVBytes(capacity: 0)
    for value in values {
      out.append(value)
      out.append(byte: 59)
    }
    #expect(String(decoding: out.bytes, as: UTF8.self) == values.map { "\($0);" }.joined())
    out.removeAll()
    #expect(out.bytes.isEmpty)
  }
}
