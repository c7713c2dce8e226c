internal import Foundation  // String(format:), for C's printf formatting

/// How numbers are written for people: Indonesian (`39,67`, `5.517`,
/// `1,234E-04`) or English (`39.67`, `5,517`, `1.234E-04`).
///
/// Machine formats (JSON, CSV for tools) never use this: they keep the
/// shortest round-trip form.
public struct NumberFormat: Sendable, Hashable {
  /// The decimal separator.
  public let decimalSeparator: Character
  /// The separator of thousands groups.
  public let groupingSeparator: Character

  /// The convention of a language: `,` and `.` for Indonesian (locale
  /// id_ID, CLDR `id`), `.` and `,` for English.
  public init(_ language: Language) {
    switch language {
    case .indonesian: (decimalSeparator, groupingSeparator) = (",", ".")
    case .english: (decimalSeparator, groupingSeparator) = (".", ",")
    }
  }

  /// The language whose convention this is.
  public var language: Language { decimalSeparator == "," ? .indonesian : .english }

  /// An interval level (a fraction: 0.995) as the percentage a user wrote
  /// (`99.5`, `80`), for machine column names such as `lo99.5`: at most
  /// ten significant digits, no trailing zeros, never rounded to a whole
  /// number.
  public static func levelLabel(_ level: Double) -> String {
    String(format: "%.10g", level * 100)
  }

  /// An interval level (a fraction: 0.805) as people read it: `80,5%`,
  /// `95%` (``levelLabel(_:)`` in this convention).
  public func level(_ level: Double) -> String {
    Self.levelLabel(level).replacingOccurrences(of: ".", with: String(decimalSeparator)) + "%"
  }

  /// A number with a fixed count of decimals and grouped thousands.
  ///
  /// `fixed(5517, decimals: 0)` is `5.517` in Indonesian. From 10¹⁵ on
  /// (beyond any real indicator, and past the digits a double holds) it is
  /// scientific with four significant digits: `1,000E+300`.
  public func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    if abs(value) >= 1e15 { return localize(String(format: "%.3E", value)) }
    var raw = String(format: "%.\(decimals)f", value)
    // A value that rounds to zero has no sign: `0,00`, not `-0,00`.
    if raw.hasPrefix("-"), raw.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      raw.removeFirst()
    }
    return localize(raw)
  }

  /// A number with `digits` significant digits, switching to scientific
  /// notation outside [10⁻³, 10⁷): `6,73565789473684E-04`.
  public func significant(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "–" }
    let magnitude = abs(value)
    if value == 0 { return "0" }
    if magnitude < 1e-3 || magnitude >= 1e7 {
      return localize(String(format: "%.\(digits - 1)E", value))
    }
    let exponent = Int(log10(magnitude).rounded(.down))
    let decimals = max(0, digits - 1 - exponent)
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return localize(text)
  }

  /// A value as it was read, every digit kept.
  ///
  /// Never in E-notation between 10⁻¹⁰ and 10¹⁵: `45.678.123`, `0,292`,
  /// `1.234,5678`, `0,00012` (a value below 10⁻³ with up to twelve
  /// decimals, others up to ten; beyond that range, scientific). For the
  /// texts that echo what a file holds: the import summary and its report,
  /// `ikuplan data`, input errors, flags.
  public func exact(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    let magnitude = abs(value)
    if magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-10) {
      return significant(value, digits: 10)
    }
    let limit = magnitude < 1e-3 ? 12 : 10
    return fixed(value, decimals: Self.decimals(writing: value, atMost: limit))
  }

  /// The fewest decimals that write `value` (`0,412` → 3, `9,55` → 2,
  /// `5517` → 0), at most `limit`; a difference within 10⁻⁹ of the
  /// magnitude is binary noise, not a decimal.
  static func decimals(writing value: Double, atMost limit: Int) -> Int {
    var decimals = 0
    var scaled = value
    while decimals < limit, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
      scaled *= 10
      decimals += 1
    }
    return decimals
  }

  /// A percentage with two decimals: `39,67%`.
  public func percent(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "–" }
    return fixed(value, decimals: decimals) + "%"
  }

  /// Swaps the separators of C-formatted text and groups the integer part.
  private func localize(_ raw: String) -> String {
    var mantissa = Substring(raw)
    var exponent = ""
    if let e = raw.firstIndex(of: "E") {
      mantissa = raw[..<e]
      exponent = String(raw[e...])
    }
    var sign = ""
    if mantissa.first == "-" {
      sign = "-"
      mantissa = mantissa.dropFirst()
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let integer = Array(parts[0])
    var grouped = ""
    for (index, digit) in integer.enumerated() {
      if index > 0 && (integer.count - index) % 3 == 0 {
        grouped.append(groupingSeparator)
      }
      grouped.append(digit)
    }
    var text = sign + grouped
    if parts.count > 1 { text += String(decimalSeparator) + parts[1] }
    return text + exponent
  }
}
