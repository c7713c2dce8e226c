/// The words of the flags, in a planner's words, in both languages: the
/// presentation of ``ReviewFlag/Finding``'s facts.
///
/// Values are echoed as the sheet holds them (``NumberFormat/exact(_:)``,
/// a percentage with two decimals); chances by the one rule for chances
/// (``ValueStyle/probability``).
extension ReviewFlag {
  /// The finding in a sentence: `target 2025 39,00% di bawah realisasi
  /// 2024 55,04%: tidak menantang (…)`.
  public func message(in l: Language) -> String {
    switch finding {
    case .targetOutsideBounds(let target, let lower, let upper):
      let range =
        (lower.map { show($0, l) } ?? "−∞") + "–" + (upper.map { show($0, l) } ?? "∞")
      return l.text(
        id: "target \(show(target, l)) di luar batas \(range)",
        en: "the target \(show(target, l)) is outside the bounds \(range)")
    case .targetBelowLastActual(let target, let year, let last):
      let lower = polarity == .lower
      return l.text(
        id: "target \(year) \(show(target, l)) \(lower ? "di atas" : "di bawah") realisasi"
          + " \(last.year) \(show(last.value, l))\(lower ? " (makin rendah makin baik)" : "")"
          + ": tidak menantang (LKE SAKIP: target harus menantang dan realistis)",
        en: "the \(year) target \(show(target, l)) is \(lower ? "above" : "below") the"
          + " \(last.year) realisation \(show(last.value, l))\(lower ? " (lower is better)" : "")"
          + ": not challenging (SAKIP evaluation: targets must be challenging and realistic)")
    case .targetBelowPreviousTarget(let target, let year, let previous):
      let lower = polarity == .lower
      return l.text(
        id: "target \(year) \(show(target, l)) \(lower ? "di atas" : "di bawah") target"
          + " \(previous.year) \(show(previous.value, l))\(lower ? " (makin rendah makin baik)" : "")"
          + ": jalur target menurun",
        en: "the \(year) target \(show(target, l)) is \(lower ? "above" : "below") the"
          + " \(previous.year) target \(show(previous.value, l))\(lower ? " (lower is better)" : "")"
          + ": the target path falls back")
    case .targetUnrealistic(let p):
      let chance = ValueStyle.probability.text(p, in: l)
      return l.text(
        id: "peluang mencapai target hanya \(chance) menurut proyeksi: tidak realistis"
          + " (LKE SAKIP: dapat dicapai dan realistis)",
        en: "the projection gives the target only \(chance): not realistic"
          + " (SAKIP evaluation: achievable and realistic)")
    case .targetTooEasy(let p):
      let chance = ValueStyle.probability.text(p, in: l)
      return l.text(
        id: "peluang mencapai target \(chance) menurut proyeksi: terlalu mudah, kurang menantang",
        en: "the projection gives the target \(chance): too easy, not challenging")
    case .noTarget(let year):
      return l.text(id: "belum ada target untuk \(year)", en: "no target set for \(year)")
    case .insufficientHistory(let years) where years == 2:
      // Two values give the drift through them (AutoModel), no spread.
      return l.text(
        id: "riwayat hanya 2 tahun: proyeksi hanya melanjutkan perubahan antara keduanya,"
          + " tanpa interval atau peluang",
        en: "only 2 years of history: the projection only extends the change between them,"
          + " with no interval or probability")
    case .insufficientHistory:
      return l.text(
        id: "riwayat kurang dari 2 tahun: tidak ada proyeksi, interval, atau peluang",
        en: "fewer than 2 years of history: no projection, interval or probability")
    case .noVariation:
      return l.text(
        id: "riwayat tidak bervariasi (tetap atau tepat lurus): tidak ada interval atau peluang",
        en: "the history does not vary (constant or exactly straight): no interval or probability")
    case .illustrativeData:
      return l.text(
        id: "memakai nilai ilustrasi, bukan data resmi",
        en: "uses illustrative values, not official data")
    }
  }

  /// The finding in a few words, for a table cell: `di bawah realisasi
  /// 2024`, `terlalu mudah`.
  public func label(in l: Language) -> String {
    switch finding {
    case .targetBelowLastActual(_, _, let last):
      return polarity == .lower
        ? l.text(id: "di atas realisasi \(last.year)", en: "above the \(last.year) actual")
        : l.text(id: "di bawah realisasi \(last.year)", en: "below the \(last.year) actual")
    case .targetBelowPreviousTarget(_, _, let previous):
      return polarity == .lower
        ? l.text(id: "di atas target \(previous.year)", en: "above the \(previous.year) target")
        : l.text(id: "di bawah target \(previous.year)", en: "below the \(previous.year) target")
    case .targetOutsideBounds: return l.text(id: "di luar batas", en: "outside bounds")
    case .targetUnrealistic: return l.text(id: "tidak realistis", en: "unrealistic")
    case .targetTooEasy: return l.text(id: "terlalu mudah", en: "too easy")
    case .insufficientHistory: return l.text(id: "riwayat kurang", en: "short history")
    case .noVariation: return l.text(id: "riwayat tanpa variasi", en: "no variation")
    case .illustrativeData: return l.text(id: "ilustrasi", en: "illustrative")
    case .noTarget: return l.text(id: "tanpa target", en: "no target")
    }
  }

  /// The severity in a word.
  public static func word(for severity: Severity, in l: Language) -> String {
    switch severity {
    case .error: return l.text(id: "galat", en: "error")
    case .warning: return l.text(id: "peringatan", en: "warning")
    case .info: return l.text(id: "informasi", en: "info")
    }
  }

  private func show(_ value: Double, _ l: Language) -> String {
    isPercentage ? NumberFormat(l).percent(value) : NumberFormat(l).exact(value)
  }

  private func show(_ target: TargetRange, _ l: Language) -> String {
    target.text { show($0, l) }
  }
}
