/// Reads a cell written with a decimal point.
///
/// It accepts `12`, `-0.5`, `.11019` and `1.5E-03`, and returns `nil` for
/// anything else — including `inf`, `nan`,
/// hexadecimal floats and thousands separators, which Swift's
/// `Double(String)` would accept or which would be ambiguous.
///
/// The Indonesian convention (`39,67`, `5.517`) is decided per file by the
/// dataset loaders; this is the plain dot-decimal reading used by
/// `ikuplan regress`.
func parseDotDecimal(_ text: String) -> Double? {
  let s = Array(trimmed(text).utf8)
  var i = 0
  func digits() -> Int {
    let start = i
    while i < s.count, s[i] >= UInt8(ascii: "0"), s[i] <= UInt8(ascii: "9") {
      i += 1
    }
    return i - start
  }
  if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
    i += 1
  }
  var mantissaDigits = digits()
  if i < s.count, s[i] == UInt8(ascii: ".") {
    i += 1
    mantissaDigits += digits()
  }
  guard mantissaDigits > 0 else { return nil }
  if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
    i += 1
    if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
      i += 1
    }
    guard digits() > 0 else { return nil }
  }
  guard i == s.count, let value = Double(trimmed(text)), value.isFinite else {
    return nil
  }
  return value
}

/// Whether a cell marks a missing value: empty, `-`, `n/a` or `NA`.
func isMissingMarker(_ text: String) -> Bool {
  ["", "-", "n/a", "na"].contains(trimmed(text).lowercased())
}
