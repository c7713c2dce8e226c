/// The warnings both scenario documents give, in words: draws outside the
/// indicator's bounds and drivers no formula uses.
enum ScenarioNotes {
  /// `Perhatian: …% penarikan … di luar batas indikator 0–100`, naming the
  /// scenarios (and years) where some draws are impossible values; `nil`
  /// when none is.
  static func outsideBounds(
    _ shares: [(name: String, share: Double?)], indicator: Indicator?, in l: Language
  ) -> String? {
    guard let indicator else { return nil }
    let listed = shares.compactMap { item -> String? in
      guard let share = item.share, share > 0 else { return nil }
      return "\(item.name) (\(ValueStyle.probability.text(share, in: l)))"
    }
    guard !listed.isEmpty else { return nil }
    let style = ValueStyle.value(of: indicator)
    let bounds =
      indicator.lowerBound.flatMap { lower in
        indicator.upperBound.map { style.text(lower: lower, upper: $0, in: l) }
      }
      ?? (indicator.lowerBound.map { style.text($0, in: l) } ?? "−∞") + "–"
      + (indicator.upperBound.map { style.text($0, in: l) } ?? "∞")
    return l.text(
      id: "Perhatian: sebagian penarikan berada di luar batas \(indicator.code) (\(bounds)),"
        + " yaitu nilai yang mustahil: \(listed.joined(separator: ", ")). Periksa rumus dan"
        + " sebaran pemicunya.",
      en: "Note: some draws lie outside \(indicator.code)'s bounds (\(bounds)), values that"
        + " cannot occur: \(listed.joined(separator: ", ")). Check the formula and the drivers'"
        + " distributions.")
  }

  /// `Pemicu yang tidak dipakai rumus mana pun: …` (each driver has its
  /// own stream of draws, so an unused one still moves the others'); `nil`
  /// when every driver is used.
  static func unusedDrivers(_ names: [String], in l: Language) -> String? {
    guard !names.isEmpty else { return nil }
    let list = names.joined(separator: ", ")
    return l.text(
      id: "Pemicu yang tidak dipakai rumus mana pun: \(list). Pemicu itu tidak masuk ke hasil,"
        + " tetapi menggeser aliran penarikan acak pemicu lain; hapus bila tidak diperlukan.",
      en: "Drivers no formula uses: \(list). They do not enter the results but shift the other"
        + " drivers' random streams; remove them if they are not needed.")
  }
}
