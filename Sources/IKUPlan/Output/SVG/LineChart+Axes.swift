extension LineChart {
  /// The title of an axis of an indicator's values: `Persen (%)` for a
  /// percentage, else the unit as the sheet writes it (`orang`), or
  /// `Nilai` without one.
  static func unitTitle(of indicator: Indicator, in l: Language) -> String {
    if indicator.isPercentage { return l.text(id: "Persen (%)", en: "Percent (%)") }
    let unit = indicator.unit
    return unit.allSatisfy(\.isWhitespace) ? l.text(id: "Nilai", en: "Value") : unit
  }

  /// An axis of rupiah: ticks in the unit of the largest value (juta,
  /// miliar, triliun, as ``ValueStyle/rupiah`` names them) with the unit in
  /// the axis title — `1,5` under `Rp miliar` rather than
  /// `Rp 1,50 miliar` on every tick, and never E-notation.
  static func rupiahAxis(largest: Double, in l: Language) -> (
    title: String, format: @Sendable (Double) -> String
  ) {
    let scales: [(Double, String, String)] = [
      (1e12, "triliun", "trillion"), (1e9, "miliar", "billion"), (1e6, "juta", "million"),
    ]
    let (size, id, en) = scales.first { abs(largest) >= $0.0 } ?? (1, "", "")
    let title = "Rp" + (id.isEmpty ? "" : " " + l.text(id: id, en: en))
    return (
      title,
      { value in
        let scaled = value / size
        return NumberFormat(l).fixed(
          scaled, decimals: NumberFormat.decimals(writing: scaled, atMost: 2))
      }
    )
  }
}
