/// How the scenario documents show their numbers (``ValueStyle``) and
/// name what a number is, shared by ``ScenarioAnalysis`` and
/// ``RenstraAnalysis``.
enum ScenarioStyles {
  /// The indicator's values: its own style (``ValueStyle/value(of:)``), or
  /// two decimals when the file names no indicator.
  static func value(_ indicator: Indicator?) -> ValueStyle {
    indicator.map(ValueStyle.value(of:)) ?? .decimal(2)
  }

  /// A difference between two of the indicator's values: a percentage's in
  /// percentage points (a number with two decimals, the unit said in the
  /// column heading: ``pointsUnit(_:)``), others in the indicator's style.
  static func difference(_ indicator: Indicator?) -> (style: ValueStyle, inPoints: Bool) {
    indicator?.isPercentage == true ? (.decimal(2), true) : (value(indicator), false)
  }

  /// A difference between two chances (fractions), in percentage points
  /// with one decimal: multiply by 100 (``points(_:)``).
  static let chanceDifference = ValueStyle.decimal(1)

  /// A chance difference as percentage points.
  static func points(_ chanceDifference: Double) -> Double { chanceDifference * 100 }

  /// The unit of a difference in percentage points, for a column heading.
  static func pointsUnit(_ l: Language) -> String {
    l.text(id: " (poin persen)", en: " (percentage points)")
  }

  /// An output's values: rupiah for the budget output; otherwise whole
  /// numbers when every value shown is whole, else two decimals.
  static func output(
    _ name: String, budget: String?, _ summaries: [ScenarioSummary]
  ) -> ValueStyle {
    if name == budget { return .rupiah }
    let whole = summaries.allSatisfy { s in
      [s.mean, s.median, s.p10, s.p90].allSatisfy {
        NumberFormat.decimals(writing: $0, atMost: 2) == 0
      }
    }
    return .decimal(whole ? 0 : 2)
  }

  /// A driver's values (a goal's answer, its search range): as many
  /// decimals as the values need, at most two.
  static func driver(_ values: Double...) -> ValueStyle {
    .decimal(values.map { NumberFormat.decimals(writing: $0, atMost: 2) }.max() ?? 0)
  }

  /// `a − b`, with a difference within 10⁻⁹ of the magnitudes taken as 0
  /// (binary noise of sums that are equal, not a change).
  static func difference(_ a: Double, _ b: Double) -> Double {
    let d = a - b
    return abs(d) <= 1e-9 * max(abs(a), abs(b)) ? 0 : d
  }

  /// The indicator as a title or a row names it: code and whole name, or
  /// "the indicator" when the file names none.
  static func indicatorName(_ indicator: Indicator?, in l: Language) -> String {
    indicator.map { $0.code + " " + $0.name }
      ?? l.text(
        id: "Indikator (rumus berkas skenario)", en: "Indicator (the scenario file's formula)")
  }
}
