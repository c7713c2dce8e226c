internal import Foundation  // replacingOccurrences(of:with:options:)

/// A range as written in a target cell: two numbers joined by a dash
/// (`72,28 – 73,77`, `69,1-69,5`, `80 – 90%`, `80% – 90%`) or by the
/// words `s.d.`, `s/d`, `sampai (dengan)`, `hingga`, with or without
/// spaces around a dash, a unit after either or both ends.
///
/// The dash is an en dash `–`, an em dash `—`, a minus sign `−` or a
/// hyphen `-`. A dash between two numbers is the range's, not a minus sign;
/// a sign is read only at the start of an end. The text is split at every
/// dash after its first character, and it is a range when exactly one of
/// these splits gives two numbers (``WrittenNumber``):
/// - `-5 - -3` splits only at the middle dash (`-5 -` is not a number), so
///   it is the range −5 to −3; `-5--3` likewise;
/// - `5--3` is 5 to −3, whose lower end is above its upper end: the readers
///   refuse it as such;
/// - text that two splits both read as two numbers would be refused as
///   ambiguous (``InputError/Problem/ambiguousRange(_:)``), never guessed;
///   as a ``WrittenNumber`` holds a dash only as its leading sign or its
///   exponent's sign, no text is known to split so, and the check is a
///   guard against a future change of that grammar;
/// - `1e-5` is one number, not a range (`1e` is not a number).
/// Both ends are read under the file's one number convention and both take
/// part in deciding it (``NumberReader``).
struct WrittenRange: Sendable, Equatable {
  /// The lower end as written.
  let lower: WrittenNumber
  /// The upper end as written.
  let upper: WrittenNumber

  /// The characters read as the range's dash.
  static let dashes: Set<Character> = ["-", "–", "—", "−"]

  /// The result of splitting a cell.
  enum Reading: Equatable {
    /// Not two numbers joined by a dash.
    case none
    /// Two numbers joined by one dash.
    case range(WrittenRange)
    /// Two numbers at more than one dash.
    case ambiguous
  }

  /// Splits a cell; a cell that is one number (``WrittenNumber``) is
  /// `none`.
  static func read(_ text: String) -> Reading {
    // `7 s.d. 8`, `5,2 s/d 5,6`, `5,2 sampai 5,6`: the words of a range
    // are its dash.
    var text = " " + trimmed(text) + " "
    for word in [" sampai dengan ", " s.d. ", " s/d ", " s.d ", " sampai ", " hingga ", " sd "] {
      text = text.replacingOccurrences(of: word, with: " – ", options: .caseInsensitive)
    }
    let s = Array(trimmed(text))
    guard WrittenNumber(text) == nil else { return .none }
    var found: [WrittenRange] = []
    for i in s.indices.dropFirst() where dashes.contains(s[i]) {
      let left = String(s[..<i])
      let right = String(s[(i + 1)...])
      guard let lower = WrittenNumber(left), let upper = WrittenNumber(right),
        !trimmed(left).isEmpty, !trimmed(right).isEmpty
      else { continue }
      found.append(WrittenRange(lower: lower, upper: upper))
    }
    switch found.count {
    case 0: return .none
    case 1: return .range(found[0])
    default: return .ambiguous
    }
  }

  /// The unit of the range: the upper end's, else the lower end's.
  var unit: String? { upper.unit ?? lower.unit }

  /// Whether the ends carry no different units (`80% – 90%`, `80 – 90%`).
  var unitsAgree: Bool {
    guard let a = lower.unit, let b = upper.unit else { return true }
    return Unit.matches(a, b)
  }
}
