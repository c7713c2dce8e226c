internal import CDragonbox

/// Doubles written as the standard library's `description` spells them,
/// straight into a byte buffer.
///
/// The digits are the shortest that read back to the same double (of
/// several such, the closest to it, ties to an even last digit): Dragonbox
/// (Jeon 2020) as {fmt} implements it (`CDragonbox`): faster than the
/// standard library's formatter, which moreover hands its digits out only
/// through a `TextOutputStream` (a million-series panel writes ten million
/// numbers). Both algorithms choose the same digits; this file writes them
/// in Swift's spelling, which no library has (it is Swift's own:
/// `FloatingPointToString.swift` of the standard library, whose rules are
/// restated here):
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

  /// The room a destination needs: digits are stored eight bytes at a
  /// time, so up to eight bytes past the spelling's end are overwritten.
  static let room = 32

  /// Writes finite `value` at `destination`, which has ``room`` bytes,
  /// and returns how many bytes the spelling takes.
  static func write(_ value: Double, to destination: UnsafeMutablePointer<UInt8>) -> Int {
    precondition(value.isFinite, "only finite doubles are spelled here")
    let start = UnsafeMutableRawPointer(destination)
    var p = start
    if value.sign == .minus {
      p.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
      p += 1
    }
    guard value != 0 else {
      p.storeBytes(of: 0x30_2E_30 as UInt32, as: UInt32.self)  // "0.0"
      return p + 3 - start
    }
    var exponent: Int32 = 0
    let significand = ikuplan_shortest_decimal(value, &exponent)
    let count = digitCount(significand)
    let scientific = Int(exponent) + count - 1
    if scientific < -4 || value.magnitude > 0x1p53 {
      // "1.2345e+67", "5e-324"
      p = storeDigits(significand, count: count, pointAfter: 1, at: p)
      p.storeBytes(of: UInt8(ascii: "e"), as: UInt8.self)
      p.storeBytes(
        of: scientific < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"), toByteOffset: 1, as: UInt8.self)
      let power = abs(scientific)
      return storeDigits(UInt64(power), count: power >= 100 ? 3 : 2, pointAfter: 3, at: p + 2)
        - start
    }
    if scientific < 0 {
      // "0.000123": "0." and up to three zeros, then the digits.
      p.storeBytes(of: 0x3030_3030_2E30 as UInt64, as: UInt64.self)
      return storeDigits(significand, count: count, pointAfter: count, at: p + 1 - scientific)
        - start
    }
    if scientific + 1 < count {
      // "123.456"
      return storeDigits(significand, count: count, pointAfter: scientific + 1, at: p) - start
    }
    // "1200.0": the digits, zeros up to the point, ".0".
    p = storeDigits(significand, count: count, pointAfter: count, at: p)
    for _ in 0..<(scientific + 1 - count) {
      p.storeBytes(of: UInt8(ascii: "0"), as: UInt8.self)
      p += 1
    }
    p.storeBytes(of: 0x30_2E as UInt16, as: UInt16.self)
    return p + 2 - start
  }

  /// Stores the `count` (1…17) decimal digits of `value` at `p`, with a
  /// point after the first `point` of them when some follow.
  ///
  /// Returns the end. Whole words are stored: up to 8 bytes past the end
  /// are overwritten.
  @inline(__always) static func storeDigits(
    _ value: UInt64, count: Int, pointAfter point: Int, at p: UnsafeMutableRawPointer
  ) -> UnsafeMutableRawPointer {
    var q = p
    var written = 0
    /// Stores `length` digits, the first in the lowest byte of `word`.
    @inline(__always) func store(_ word: UInt64, _ length: Int) {
      if written < point && written + length > point {
        let before = point - written
        q.storeBytes(of: word, as: UInt64.self)
        q.storeBytes(of: UInt8(ascii: "."), toByteOffset: before, as: UInt8.self)
        q.storeBytes(of: word >> (8 &* before), toByteOffset: before + 1, as: UInt64.self)
        q += length + 1
      } else {
        if written == point && written > 0 {
          q.storeBytes(of: UInt8(ascii: "."), as: UInt8.self)
          q += 1
        }
        q.storeBytes(of: word, as: UInt64.self)
        q += length
      }
      written += length
    }
    if count <= 8 {
      store(eightDigits(value) >> (8 &* (8 &- count)), count)
      return q
    }
    let high = value / 100_000_000
    let low = eightDigits(value &- high &* 100_000_000)
    if count <= 16 {
      store(eightDigits(high) >> (8 &* (16 &- count)), count - 8)
    } else {
      let top = high / 100_000_000
      store(0x30 &+ top, 1)
      store(eightDigits(high &- top &* 100_000_000), 8)
    }
    store(low, 8)
    return q
  }

  /// The eight decimal digits of `value` (below 10⁸) as ASCII, the first
  /// in the lowest byte: the word's lanes split into halves of four, two
  /// and one digits by multiplying with scaled reciprocals (v·10486 >> 20
  /// is v / 100 below 10⁴, v·103 >> 10 is v / 10 below 100).
  @inline(__always) static func eightDigits(_ value: UInt64) -> UInt64 {
    let high = value / 10_000
    var x = high | ((value &- high &* 10_000) << 32)
    let hundreds = ((x &* 10_486) >> 20) & 0x0000_007F_0000_007F
    x = hundreds | ((x &- hundreds &* 100) << 16)
    let tens = ((x &* 103) >> 10) & 0x000F_000F_000F_000F
    x = tens | ((x &- tens &* 10) << 8)
    return x | 0x3030_3030_3030_3030
  }

  /// The number of decimal digits of `value` (1 for 0): the bit length
  /// times log₁₀ 2 (1233 / 4096), corrected by one comparison.
  @inline(__always) static func digitCount(_ value: UInt64) -> Int {
    let bits = 64 - (value | 1).leadingZeroBitCount
    let guess = (bits &* 1233) >> 12
    return value >= powerOfTen(guess) ? guess + 1 : max(guess, 1)
  }

  /// 10^k for k in 0...19.
  @inline(__always) static func powerOfTen(_ k: Int) -> UInt64 {
    switch k {
    case 0: 1
    case 1: 10
    case 2: 100
    case 3: 1_000
    case 4: 10_000
    case 5: 100_000
    case 6: 1_000_000
    case 7: 10_000_000
    case 8: 100_000_000
    case 9: 1_000_000_000
    case 10: 10_000_000_000
    case 11: 100_000_000_000
    case 12: 1_000_000_000_000
    case 13: 10_000_000_000_000
    case 14: 100_000_000_000_000
    case 15: 1_000_000_000_000_000
    case 16: 10_000_000_000_000_000
    case 17: 100_000_000_000_000_000
    case 18: 1_000_000_000_000_000_000
    default: 10_000_000_000_000_000_000
    }
  }
}
