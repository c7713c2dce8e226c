internal import CDragonbox

/// Doubles written as the standard library's `description` spells them,
/// straight into a byte buffer.
///
/// The digits are the shortest that read back to the same double (of
/// several such, the closest to it, ties to an even last digit): Dragonbox
/// (Jeon 2020) as {fmt} implements it (`CDragonbox`), about three times
/// faster here than the standard library's formatter, which only hands its
/// digits out through a `TextOutputStream` (a million-series panel writes
/// ten million numbers). Both algorithms choose the same digits; this file
/// writes them in Swift's spelling, which no library has (it is Swift's
/// own: `FloatingPointToString.swift` of the standard library, whose rules
/// are restated below):
/// - plain decimals from 10⁻⁴ up to 2⁵³ (`0.0001`, `123.456`), a whole
///   number with `.0` (`2.0`, `9007199254740992.0`);
/// - otherwise exponential with one digit before the point, the point only
///   when more digits follow, and at least two exponent digits with a sign
///   (`1e-05`, `1.5e+16`, `5e-324`);
/// - zero as `0.0` or `-0.0`.
///
/// `ShortestDecimalTests` compares every spelling with `description` on a
/// million random bit patterns and every edge of these rules.
enum ShortestDecimal {
  /// The most bytes one double takes (`-2.2250738585072014e-308`).
  static let maximumLength = 24

  /// Writes finite `value` at `destination`, which has room for
  /// ``maximumLength`` bytes, and returns how many it wrote.
  static func write(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
    precondition(value.isFinite, "only finite doubles are spelled here")
    var p = destination
    if value.sign == .minus {
      p.pointee = UInt8(ascii: "-")
      p += 1
    }
    guard value != 0 else {
      p[0] = UInt8(ascii: "0")
      p[1] = UInt8(ascii: ".")
      p[2] = UInt8(ascii: "0")
      return p + 3 - destination
    }
    var exponent: Int32 = 0
    let significand = ikuplan_shortest_decimal(value, &exponent)
    let count = digitCount(significand)
    // The exponent of the first digit: value = d.ddd × 10^scientific.
    let scientific = Int(exponent) + count - 1
    if scientific < -4 || value.magnitude > 0x1p53 {
      // "1.2345e+67": the digits one place right, the first moved back
      // over the point.
      writeDigits(significand, endingAt: p + 1 + count)
      if count > 1 {
        p[0] = p[1]
        p[1] = UInt8(ascii: ".")
        p += count + 1
      } else {
        p[0] = p[1]
        p += 1
      }
      p[0] = UInt8(ascii: "e")
      p[1] = scientific < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
      p += 2
      var power = abs(scientific)
      if power >= 100 {
        p[0] = UInt8(ascii: "0") + UInt8(power / 100)
        p += 1
        power %= 100
      }
      writeDigits(UInt64(power), endingAt: p + 2, width: 2)
      return p + 2 - destination
    }
    if scientific < 0 {
      // "0.000123"
      p[0] = UInt8(ascii: "0")
      p[1] = UInt8(ascii: ".")
      p += 2
      for _ in 0..<(-scientific - 1) {
        p.pointee = UInt8(ascii: "0")
        p += 1
      }
      writeDigits(significand, endingAt: p + count)
      return p + count - destination
    }
    if scientific + 1 < count {
      // "123.456": the digits one place right, the whole part moved back
      // over the point.
      writeDigits(significand, endingAt: p + 1 + count)
      for k in 0...scientific { p[k] = p[k + 1] }
      p[scientific + 1] = UInt8(ascii: ".")
      return p + 1 + count - destination
    }
    // "1200.0"
    writeDigits(significand, endingAt: p + count)
    p += count
    for _ in 0..<(scientific + 1 - count) {
      p.pointee = UInt8(ascii: "0")
      p += 1
    }
    p[0] = UInt8(ascii: ".")
    p[1] = UInt8(ascii: "0")
    return p + 2 - destination
  }

  /// The number of decimal digits of `value` (1 for 0).
  static func digitCount(_ value: UInt64) -> Int {
    var count = 1
    var power: UInt64 = 10
    while count < 20 && value >= power {
      count += 1
      power = power &* 10
    }
    return count
  }

  /// Writes `value`'s decimal digits so that the last is just before
  /// `end`, two at a time, padded with zeros to `width` digits.
  private static func writeDigits(
    _ value: UInt64, endingAt end: UnsafeMutablePointer<UInt8>, width: Int = 1
  ) {
    let pairs = digitPairs.utf8Start
    var value = value
    var p = end
    while value >= 100 {
      let pair = Int(value % 100)
      value /= 100
      p -= 2
      p[0] = pairs[2 * pair]
      p[1] = pairs[2 * pair + 1]
    }
    if value >= 10 || width == 2 {
      p -= 2
      p[0] = pairs[2 * Int(value)]
      p[1] = pairs[2 * Int(value) + 1]
    } else {
      p -= 1
      p[0] = UInt8(ascii: "0") + UInt8(value)
    }
  }

  /// "00", "01", …, "99".
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """
}
