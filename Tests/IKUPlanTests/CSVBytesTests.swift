import IKUForecast
import Testing

@testable import IKUPlan

@Suite struct CSVBytesTests {
  /// Numbers, bytes and delimiters land in order, past the first room.
  @Test func appendsGrowTheBufferInOrder() {
    let out = CSVBytes(capacity: 0)
    var expected = ""
    for i in 0..<5_000 {
      let value = Double(i) / 7
      out.append(value)
      out.append(byte: 44)
      out.append(-i)
      let name: [UInt8] = Array("naive".utf8)
      name.withUnsafeBufferPointer { out.append($0) }
      out.append(byte: 10)
      expected += "\(value),\(-i)naive\n"
    }
    #expect(String(decoding: out.bytes, as: UTF8.self) == expected)
    #expect(out.count == expected.utf8.count)
    out.withBytes { #expect($0.count == expected.utf8.count) }
  }

  @Test func wholeNumbersAreSpelledAsStringSpellsThem() {
    let values = [0, 1, -1, 9, 10, -10, 2026, 99_999, Int.max, Int.min, Int.min + 1]
    let out = CSVBytes(capacity: 0)
    for value in values {
      out.append(value)
      out.append(byte: 59)
    }
    #expect(String(decoding: out.bytes, as: UTF8.self) == values.map { "\($0);" }.joined())
    out.removeAll()
    #expect(out.bytes.isEmpty)
  }
}
