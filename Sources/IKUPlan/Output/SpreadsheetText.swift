internal import Foundation

/// Text from input files made safe to open in a spreadsheet, and back.
///
/// A CSV cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
/// return) is read by Excel, LibreOffice and Google Sheets as a formula: a
/// planner who opens an emailed report could run `=HYPERLINK(…)` or worse
/// ("CSV injection", OWASP). Every CSV ikuplan writes puts an apostrophe,
/// the spreadsheet's own text marker, before such a cell, and ikuplan's
/// readers (``Table/text(_:_:)``) drop it again, so that its own files read
/// back as written. Numbers are written as numbers and are not affected.
enum SpreadsheetText {
  /// The first characters that make a spreadsheet cell a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text` with an apostrophe in front when it would start a formula.
  static func neutralised(_ text: String) -> String {
    guard let first = text.first, formulaStarts.contains(first) else { return text }
    return "'" + text
  }

  /// The inverse of ``neutralised(_:)``: one apostrophe before a formula
  /// start is dropped.
  static func restored(_ text: String) -> String {
    guard text.first == "'", let second = text.dropFirst().first,
      formulaStarts.contains(second)
    else { return text }
    return String(text.dropFirst())
  }

  /// A CSV field for `text`: neutralised unless it is a number ikuplan
  /// wrote (`-0,02` stays a number), and quoted when it holds the
  /// delimiter, a quote or a line break (RFC 4180).
  static func csvField(_ text: String, delimiter: Character, isNumber: Bool = false) -> String {
    let safe = isNumber ? text : neutralised(text)
    let needsQuotes = safe.contains {
      $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return safe }
    return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
