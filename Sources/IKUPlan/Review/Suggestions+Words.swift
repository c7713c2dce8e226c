/// The words of a suggestion's reason, in both languages: the
/// presentation of ``Suggestions/Reason``'s facts.
extension Suggestions.Suggestion {
  /// Why this value, in a sentence.
  public func reason(in l: Language) -> String {
    func show(_ value: Double) -> String { style.text(value, in: l) }
    func chance(_ p: Double?) -> String {
      p.map { ValueStyle.probability.text($0, in: l) } ?? "–"
    }
    // "Below" the realisation is worse when higher is better, "above" when
    // lower is.
    let worse =
      polarity == .lower ? l.text(id: "di atas", en: "above") : l.text(id: "di bawah", en: "below")
    switch reason {
    case .noInterval(let cause, let held, let year):
      let why =
        cause == .shortHistory
        ? l.text(
          id: "riwayat belum cukup untuk interval dan peluang",
          en: "too little history for an interval and a chance")
        : l.text(
          id: "riwayat tidak bervariasi, peluang tidak dapat diperkirakan",
          en: "the history does not vary, so no chance can be estimated")
      return why
        + l.text(
          id: "; mempertahankan realisasi \(year) (\(show(held)))",
          en: "; holds the \(year) realisation (\(show(held)))")
    case .realistic(let p):
      return l.text(
        id: "tercapai dengan peluang \(chance(p))", en: "attained with probability \(chance(p))")
    case .challenging(let p):
      return l.text(
        id: "menantang: peluang \(chance(p))", en: "challenging: probability \(chance(p))")
    case .realisticAndNotWorse(let p, let year):
      return l.text(
        id: "realistis (peluang \(chance(p))) dan tidak \(worse) realisasi \(year)",
        en: "realistic (probability \(chance(p))) and not \(worse) the \(year) realisation")
    case .holdsRealisation(let held, let year, let p, let realistic, let realisticP):
      return l.text(
        id: "mempertahankan realisasi \(year) (\(show(held))), peluang \(chance(p)):"
          + " target realistis (\(show(realistic)), peluang \(chance(realisticP))) \(worse)"
          + " realisasi, tidak menantang",
        en: "holds the \(year) realisation (\(show(held))), probability \(chance(p)):"
          + " the realistic target (\(show(realistic)), probability \(chance(realisticP))) is"
          + " \(worse) the realisation, not challenging")
    case .cannotBeBoth(let held, let year, let p, let realistic, let realisticP):
      return l.text(
        id: "menantang dan realistis tidak dapat dipenuhi bersamaan: target realistis"
          + " (\(show(realistic)), peluang \(chance(realisticP))) \(worse) realisasi \(year),"
          + " dan mempertahankan realisasi (\(show(held))) peluangnya hanya \(chance(p));"
          + " disarankan mempertahankan realisasi, karena target \(worse) realisasi tidak"
          + " menantang (LKE SAKIP), dengan catatan tidak realistis",
        en: "challenging and realistic cannot both hold: the realistic target"
          + " (\(show(realistic)), probability \(chance(realisticP))) is \(worse) the \(year)"
          + " realisation, and holding the realisation (\(show(held))) has only \(chance(p));"
          + " the realisation is held, as a target \(worse) it is not challenging (SAKIP"
          + " evaluation), flagged unrealistic")
    }
  }
}
