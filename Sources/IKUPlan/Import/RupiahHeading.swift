/// A money column's heading: `Rp`, `Pagu`, `Pagu Indikatif`, `Anggaran`,
/// `Realisasi Anggaran`, with the scale written in it.
///
/// Values are stored in whole rupiah: `juta` (`Rp juta`, `(juta)`) ×10⁶,
/// `miliar`/`milyar` or a lone `M` ×10⁹, `triliun` ×10¹², `ribu` or
/// `000` (`Rp 000`, `(Rp 000)`) ×10³; a plain `Rp` as written.
struct RupiahHeading: Equatable {
  /// The planned budget (pagu, anggaran) or the budget spent (realisasi
  /// anggaran, serapan).
  let field: AnnualField
  /// What a written value is multiplied by to give rupiah.
  let scale: Double

  init(field: AnnualField, scale: Double) {
    self.field = field
    self.scale = scale
  }

  /// The money column of a heading (upper-cased), if it is one.
  init?(_ heading: String) {
    let words = heading.split { !$0.isLetter && !$0.isNumber }
    // `Serapan Anggaran (%)`, `% Serapan`: a share of the budget, not money.
    guard
      words.contains("RP") || heading.contains("PAGU") || heading.contains("ANGGARAN")
        || heading.contains("RUPIAH"),
      !heading.contains("%")
    else { return nil }
    field =
      heading.contains("REALISASI") || heading.contains("SERAPAN") ? .budgetSpent : .budget
    if words.contains(where: { $0.hasPrefix("TRILIUN") }) {
      scale = 1e12
    } else if words.contains(where: { $0.hasPrefix("MILIAR") || $0.hasPrefix("MILYAR") })
      || words.contains("M")
    {
      scale = 1e9
    } else if words.contains("JUTA") || words.contains("JT") {
      scale = 1e6
    } else if words.contains("RIBU") || words.contains("000") {
      scale = 1e3
    } else {
      scale = 1
    }
  }
}
