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

  /// ``formulaStarts`` as bytes (all are ASCII).
  private static let formulaStartBytes: [UInt8] = formulaStarts.compactMap(\.asciiValue)

  /// `text` with an apostrophe in front when it would start a formula.
  static func neutralised(_ text: String) -> String {
    // By bytes, not characters: a text starting with CR LF starts with a
    // carriage return too, and the check needs no grapheme breaking.
    guard let first = text.utf8.first, formulaStartBytes.contains(first) else { return text }
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
  ///
  /// - Precondition: `delimiter` is an ASCII character.
  static func csvField(_ text: String, delimiter: Character, isNumber: Bool = false) -> String {
    guard let separator = delimiter.asciiValue else {
      preconditionFailure("a CSV delimiter is an ASCII character")
    }
    let safe = isNumber ? text : neutralised(text)
    // By bytes: every character that needs quotes is ASCII, and a CR LF
    // pair (one character) is a line break too.
    let needsQuotes = safe.utf8.contains {
      $0 == separator || $0 == 34 || $0 == 10 || $0 == 13
    }
    guard needsQuotes else { return safe }
    return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
