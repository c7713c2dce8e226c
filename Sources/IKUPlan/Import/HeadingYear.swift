/// The year a table heading names: a calendar year (`TARGET 2025`), a year
/// of the plan's period counted from its start (`Tahun-1`, `TAHUN 2`,
/// `Tahun ke-3`), or the start or end of the period (`Kondisi Kinerja
/// pada Awal/Akhir Periode Renstra`).
///
/// A Renstra table (Permendagri 86/2017) heads its five years `Tahun-1` …
/// `Tahun-5`; with the period's first year `base`, `Tahun-n` is
/// `base + n − 1`, the start of the period (the baseline, `Tahun-0`) is
/// `base − 1` and its end is the last year of the period.
enum HeadingYear: Equatable {
  case calendar(Int)
  /// `Tahun-n`; `Tahun-0` is the start of the period.
  case relative(Int)
  /// The start of the period, named without a year (`Kondisi awal`).
  case periodStart
  /// The end of the period, named without a year (`Kondisi akhir`,
  /// `Target akhir Renstra`).
  case periodEnd

  /// The year of a heading (upper-cased, as ``TableLayout/heading(_:)``
  /// makes it), if it names one.
  init?(_ heading: String) {
    if let year = TableLayout.year(heading) {
      self = .calendar(year)
    } else if let n = Self.relativeNumber(heading) {
      self = .relative(n)
    } else if heading.contains("AWAL"),
      ["KONDISI", "BASELINE", "PERIODE", "CAPAIAN", "PERENCANAAN"].contains(where: heading.contains)
    {
      self = .periodStart
    } else if heading.contains("AKHIR"),
      ["KONDISI", "PERIODE", "TARGET"].contains(where: heading.contains)
    {
      self = .periodEnd
    } else {
      return nil
    }
  }

  /// `n` of `TAHUN-n`, `TAHUN n`, `TAHUN KE-n`, `TH. n`, `THN n` (0 to 10).
  static func relativeNumber(_ heading: String) -> Int? {
    let words = heading.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    for (index, word) in words.enumerated() where ["TAHUN", "TH", "THN"].contains(word) {
      var next = index + 1
      if next < words.count, words[next] == "KE" { next += 1 }
      guard next < words.count else { continue }
      let digits = words[next]
      if (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let n = Int(digits), (0...10).contains(n)
      {
        return n
      }
    }
    return nil
  }

  /// Whether the heading says where in the period the year lies rather
  /// than which calendar year it is.
  var needsBase: Bool {
    if case .calendar = self { return false }
    return true
  }

  /// The calendar year, given the period's first year and its last
  /// relative year (`Tahun-5`); `nil` for a relative year without a base.
  func resolved(base: Int?, lastRelative: Int) -> Int? {
    switch self {
    case .calendar(let year): return year
    case .relative(let n): return base.map { $0 + n - 1 }
    case .periodStart: return base.map { $0 - 1 }
    case .periodEnd: return base.map { $0 + lastRelative - 1 }
    }
  }

  /// The year alone as a heading, for a column under a merged cell whose
  /// role is its own (the `Rp` beside `Tahun-1 Target`).
  var heading: String {
    switch self {
    case .calendar(let year): return String(year)
    case .relative(let n): return "TAHUN-\(n)"
    case .periodStart: return "AWAL PERIODE"
    case .periodEnd: return "AKHIR PERIODE"
    }
  }
}
