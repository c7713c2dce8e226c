import IKUForecast

/// How the numbers of a file are written: Indonesian (`39,67`, `5.517` =
/// 5517, `1.234.567,5`) or English/dot-decimal (`39.67`, `5,517` = 5517).
///
/// A file has one convention, decided from the whole file and never cell by
/// cell (see ``NumberReader``); `--angka id|en` forces it.
public enum NumberConvention: String, Sendable, CaseIterable {
  /// Decimal comma, dot for thousands (locale id_ID).
  case indonesian = "id"
  /// Decimal point, comma for thousands.
  case english = "en"
}

/// A number as written in a cell, with any unit after it (`91,18 %`,
/// `5.517 Orang`, `9,30 persen`).
struct WrittenNumber: Sendable, Equatable {
  /// The reading under each convention (`nil` where it is not a number in
  /// that convention).
  let indonesian: Double?
  let english: Double?
  /// The unit written after the number, if any (`%`, `Orang`, `persen`).
  let unit: String?

  /// Lexes a cell, or returns `nil` when it holds no number.
  ///
  /// A cell is an optional sign, digits with `.` and `,`, an optional
  /// exponent, then an optional unit; it is `nil` when it reads as a number
  /// in neither convention.
  init?(_ text: String) {
    var s = Array(Self.strippingFootnote(trimmed(text)))
    // Money written before the number: `Rp 1.234.567`, `Rp. 45.000`.
    var prefix: String?
    for currency in ["Rp.", "Rp", "IDR"] {
      if s.count > currency.count,
        String(s.prefix(currency.count)).lowercased() == currency.lowercased()
      {
        prefix = "Rp"
        s = Array(trimmed(String(s.dropFirst(currency.count))))
        break
      }
    }
    var i = 0
    var sign = ""
    // A negative number in brackets, as financial tables write one:
    // `(1,25)` is −1,25.
    if s.count > 2, s.first == "(", s.last == ")", s[1].isNumber {
      s = Array(s.dropFirst().dropLast())
      sign = "-"
    }
    if sign.isEmpty, i < s.count, s[i] == "-" || s[i] == "+" || s[i] == "−" {
      sign = s[i] == "+" ? "" : "-"
      i += 1
    }
    let start = i
    while i < s.count, s[i].isASCII, s[i].isNumber || s[i] == "." || s[i] == "," {
      i += 1
    }
    let mantissa = String(s[start..<i])
    var exponent = ""
    if i < s.count, s[i] == "e" || s[i] == "E" {
      var j = i + 1
      if j < s.count, s[j] == "-" || s[j] == "+" { j += 1 }
      let digitsStart = j
      while j < s.count, s[j].isASCII, s[j].isNumber { j += 1 }
      if j > digitsStart {
        exponent = "e" + String(s[(i + 1)..<j])
        i = j
      }
    }
    let rest = trimmed(String(s[i...]))
    // A unit is letters or %, never more digits or separators.
    // A lone `e` is a broken exponent, not a unit.
    guard mantissa.contains(where: \.isNumber), rest.lowercased() != "e",
      rest.isEmpty || rest.allSatisfy({ $0.isLetter || $0 == "%" || $0 == " " || $0 == "." })
    else { return nil }
    // A number below the double range (`5e-400`) reads as the least
    // magnitude with its sign, not as 0, so that readers refuse it by its
    // size (``IKUForecast/ValueMagnitude``) rather than take a zero.
    func value(_ digits: String) -> Double? {
      guard let value = Double(sign + digits + exponent) else { return nil }
      guard ValueMagnitude.underflows(mantissa, to: value) else { return value }
      return sign == "-" ? -.leastNonzeroMagnitude : .leastNonzeroMagnitude
    }
    indonesian = Self.read(mantissa, decimal: ",", group: ".").flatMap(value)
    english = Self.read(mantissa, decimal: ".", group: ",").flatMap(value)
    guard indonesian != nil || english != nil else { return nil }
    if let prefix {
      // `Rp 1.234 juta`: the scale word stays with the currency.
      unit = rest.isEmpty ? prefix : prefix + " " + rest
    } else {
      unit = rest.isEmpty ? nil : rest
    }
  }

  /// A cell without a footnote mark after it: `5,86*)`, `5,86 **` and
  /// `2022*)` are `5,86` and `2022`, as the note below a published table
  /// explains them.
  static func strippingFootnote(_ text: String) -> String {
    var s = Substring(text)
    if s.hasSuffix(")"), s.dropLast().hasSuffix("*") { s = s.dropLast() }
    guard s.hasSuffix("*") else { return text }
    while s.hasSuffix("*") { s = s.dropLast() }
    return trimmed(String(s))
  }

  /// The mantissa with the group separators removed and the decimal
  /// separator as `.`, or `nil` when it is not well formed: groups of
  /// exactly three digits after a first group of one to three, at most one
  /// decimal separator, after the groups, with digits on at least one side.
  private static func read(
    _ mantissa: String, decimal: Character, group: Character
  ) -> String? {
    let parts = mantissa.split(separator: decimal, omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let integer = parts[0]
    let fraction = parts.count == 2 ? String(parts[1]) : nil
    // `760.` (Fortran style, NIST Wampler3) has an empty fraction.
    if let fraction, !fraction.allSatisfy(\.isNumber) || (fraction.isEmpty && integer.isEmpty) {
      return nil
    }
    let groups = integer.split(separator: group, omittingEmptySubsequences: false)
    if groups.count > 1 {
      guard (1...3).contains(groups[0].count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
    }
    guard groups.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
    let digits = groups.joined()
    if digits.isEmpty && fraction == nil { return nil }
    let decimals = fraction.flatMap { $0.isEmpty ? nil : "." + $0 } ?? ""
    return (digits.isEmpty ? "0" : digits) + decimals
  }

  /// The value in a convention.
  func value(in convention: NumberConvention) -> Double? {
    convention == .indonesian ? indonesian : english
  }

  /// Whether the two conventions give different numbers.
  var isAmbiguous: Bool {
    if let indonesian, let english { return indonesian != english }
    return false
  }

  /// The convention this cell alone settles, if any.
  var settles: NumberConvention? {
    switch (indonesian, english) {
    case (.some, nil): return .indonesian
    case (nil, .some): return .english
    default: return nil
    }
  }
}

/// Whether a cell marks a missing value, as Indonesian statistical and
/// planning tables write one: empty; a dash (`-`, `–`, `—`, `--`); `n/a`,
/// `NA`, `n.a.`, `ND`; `tad` (tidak ada data); `x` (BPS: not available);
/// `...`; `#N/A` (an Excel error); `belum ada data`, `belum tersedia`,
/// `tidak ada data`, `data belum tersedia`; any of them with a footnote
/// mark (`-*)`), or a footnote mark alone (`*)`).
func isMissingMarker(_ text: String) -> Bool {
  let plain = WrittenNumber.strippingFootnote(trimmed(text)).lowercased()
  if plain.isEmpty || plain.allSatisfy({ $0 == "-" || $0 == "–" || $0 == "—" }) { return true }
  if plain.allSatisfy({ $0 == "." || $0 == "…" }) { return true }
  return [
    "n/a", "na", "n.a", "n.a.", "nd", "n.d", "n.d.", "tad", "t.a.d", "t.a.d.", "x", "#n/a",
    "belum ada data", "belum tersedia", "tidak ada data", "data belum tersedia", "tidak tersedia",
  ].contains(plain)
}

extension NumberConvention {
  /// Reads one number a person typed into a form (`55,04`, `5.517`).
  ///
  /// The reading is this convention's or, when the text reads only in
  /// the other (`55.04` on an Indonesian page), that one; `nil` when it is
  /// no number. A unit after the number (`39 %`) is ignored.
  ///
  /// A form field is one value, not a file: there is no column to decide
  /// from, so the page's language decides where both readings exist
  /// (`5.517` is 5517 on an Indonesian page), and the page shows the
  /// number back as read.
  public func read(typed text: String) -> Double? {
    guard let written = WrittenNumber(text) else { return nil }
    switch self {
    case .indonesian: return written.indonesian ?? written.english
    case .english: return written.english ?? written.indonesian
    }
  }
}
