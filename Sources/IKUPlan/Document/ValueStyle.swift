internal import Foundation  // String(format:)

/// How a number is shown: the one formatting policy per kind of quantity
/// and language, used by every renderer.
///
/// For people (text, Markdown, HTML) a value becomes text in the
/// language's number format (``NumberFormat``: `39,67%`, `5.517`); in a
/// workbook it stays a number with an Excel number format
/// (``excelFormat``), which the spreadsheet shows in its own locale.
public enum ValueStyle: Sendable, Hashable {
  /// A percentage in percent units (39.67 is `39,67%`), with decimals.
  case percent(decimals: Int)
  /// A number with a fixed count of decimals and grouped thousands
  /// (`5.517`, `7,33`, `0,292`).
  case decimal(Int)
  /// Rupiah, in juta, miliar or triliun from a million on (`Rp 1,62
  /// miliar`, `Rp 350,50 juta`), whole rupiah below (`Rp 950.000`).
  case rupiah
  /// A probability in 0…1 in whole percent: `42%`; `<1%` and `>99%` for
  /// chances that whole percent would show as 0% or 100%, which are kept
  /// for the exact ends.
  case probability
  /// A year or a count of years, written without grouping (`2025`).
  case year
  /// A value as a file holds it, every digit kept (`ikuplan data`:
  /// ``NumberFormat/exact(_:)``).
  case asWritten
  /// A statistic with significant digits (a regression's coefficients:
  /// ``NumberFormat/significant(_:digits:)``), never in E-notation for
  /// people: `910.079.222`, `0,000673565789`, `≈ 0` below 10⁻¹².
  case significant(Int)

  /// The style of an indicator's values: a percentage with two decimals,
  /// rupiah, or the decimals its kind keeps (a count none, a ratio within
  /// 0–1 three, others two; ``TargetPath/decimals(_:)``).
  public static func value(of indicator: Indicator) -> ValueStyle {
    if indicator.isPercentage { return .percent(decimals: 2) }
    let decimals = TargetPath.decimals(indicator)
    // Whole rupiah in juta and miliar; an amount already in `Rp juta` is
    // a number of juta.
    if indicator.kind == .rupiah, decimals == 0 { return .rupiah }
    return .decimal(decimals)
  }

  /// `value` as text for people in `language`; `–` for a value that is
  /// not finite.
  public func text(_ value: Double, in language: Language) -> String {
    guard value.isFinite else { return "–" }
    let format = NumberFormat(language)
    switch self {
    case .percent(let decimals):
      return format.percent(value, decimals: decimals)
    case .decimal(let decimals):
      return format.fixed(value, decimals: decimals)
    case .rupiah:
      let scales: [(Double, String, String)] = [
        (1e12, "triliun", "trillion"), (1e9, "miliar", "billion"), (1e6, "juta", "million"),
      ]
      // Above a juta the unit is chosen after rounding, so that 999.999.999
      // is `Rp 1,00 miliar`, not `Rp 1.000,00 juta`; below it, whole rupiah.
      for (size, id, en) in scales
      where abs(value) >= size || (size > 1e6 && (abs(value) / size * 100).rounded() >= 100) {
        return "Rp " + format.fixed(value / size, decimals: 2) + " " + language.text(id: id, en: en)
      }
      return "Rp " + format.fixed(value, decimals: 0)
    case .probability:
      let percent = value * 100
      if percent > 0 && percent < 1 { return "<1%" }
      if percent > 99 && percent < 100 { return ">99%" }
      return format.fixed(percent, decimals: 0) + "%"
    case .year:
      return String(Int(value.rounded()))
    case .asWritten:
      return format.exact(value)
    case .significant(let digits):
      // People read no E-notation: a large value whole and grouped, a small
      // one with up to twelve decimals, below that about zero (the JSON
      // keeps every digit).
      let magnitude = abs(value)
      if value == 0 || (magnitude >= 1e-3 && magnitude < 1e7) {
        return format.significant(value, digits: digits)
      }
      if magnitude >= 1e7 && magnitude < 1e15 { return format.fixed(value, decimals: 0) }
      if magnitude < 1e-12 { return "≈ 0" }
      let exponent = Int(log10(magnitude).rounded(.down))
      return format.fixed(value, decimals: min(12, digits - 1 - exponent))
    }
  }

  /// An interval `lower–upper` as text for people: a percentage's sign
  /// once, at the end (`38,0–46,3%`); other styles write each end whole
  /// (`4.814–6.231`, `Rp 1,20 juta–Rp 1,50 juta`); ends that read the same
  /// are written once.
  public func text(lower: Double, upper: Double, in language: Language) -> String {
    // Ends that read the same (fixed drivers) are one value, not a range.
    if text(lower, in: language) == text(upper, in: language) { return text(lower, in: language) }
    if case .percent(let decimals) = self {
      return ValueStyle.decimal(decimals).text(lower, in: language) + "–"
        + text(upper, in: language)
    }
    return text(lower, in: language) + "–" + text(upper, in: language)
  }

  /// The number a workbook stores: a percentage and a probability as a
  /// fraction (39.67 → 0.3967, shown `39,67%` by the format), others as
  /// they are.
  public func excelValue(_ value: Double) -> Double {
    switch self {
    case .percent: return value / 100
    case .decimal, .rupiah, .probability, .year, .asWritten, .significant: return value
    }
  }

  /// The Excel number format of `value` (written in Excel's invariant
  /// notation; the spreadsheet shows it with its own locale's separators).
  ///
  /// A chance follows the one rule for chances (``text(_:in:)``) in the
  /// spreadsheet too: a conditional format shows `<1%` and `>99%` for the
  /// number it keeps, whole percent between, and the exact ends as `0%`
  /// and `100%`.
  public func excelFormat(for value: Double) -> String {
    if self == .probability, value > 0, value < 1 {
      return "[<0.01]\"<1%\";[>0.99]\">99%\";0%"
    }
    return excelFormat
  }

  /// The Excel number format of the style (a chance's exact ends; others
  /// whatever the value).
  public var excelFormat: String {
    func decimals(_ count: Int) -> String {
      count > 0 ? "." + String(repeating: "0", count: count) : ""
    }
    switch self {
    case .percent(let count): return "0" + decimals(count) + "%"
    case .decimal(let count): return "#,##0" + decimals(count)
    case .rupiah: return "\"Rp\" #,##0"
    case .probability: return "0%"
    case .year: return "0"
    // Excel's own: every digit the cell holds.
    case .asWritten, .significant: return "General"
    }
  }

  /// `value` as a CSV cell for a spreadsheet in `convention`: the shown
  /// decimals without thousands grouping, so that no reader takes a
  /// grouping dot for a decimal one; a percentage with `%` (a spreadsheet
  /// reads `39,67%` as the number 0,3967 shown as a percentage); a chance
  /// by the one rule for chances (`42%`, and `<1%`, `>99%`, which a
  /// spreadsheet keeps as text); rupiah whole.
  public func csvText(_ value: Double, convention: NumberConvention) -> String {
    guard value.isFinite else { return "" }
    func plain(_ number: Double, _ decimals: Int) -> String {
      let text = String(format: "%.\(decimals)f", number)
      return convention == .indonesian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
    switch self {
    case .percent(let decimals): return plain(value, decimals) + "%"
    case .decimal(let decimals): return plain(value, decimals)
    case .rupiah: return plain(value, 0)
    case .probability:
      return text(value, in: convention == .indonesian ? .indonesian : .english)
    case .year: return String(Int(value.rounded()))
    case .asWritten: return plain(value, NumberFormat.decimals(writing: value, atMost: 12))
    case .significant(let digits):
      let text = String(format: "%.\(digits)g", value)
      return convention == .indonesian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
  }
}
