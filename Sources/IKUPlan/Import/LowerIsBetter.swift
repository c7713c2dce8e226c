/// The well-known indicators whose lower values are better.
///
/// An imported indicator without a polarity column or `--polarity` is
/// `lower` when its name holds one of ``words`` (case-insensitive) or one
/// of ``abbreviations`` as a whole word: unemployment (`pengangguran`,
/// `TPT`), poverty (`kemiskinan`, `penduduk miskin`), inequality (`Gini`,
/// `Theil`), deaths (`kematian`), `stunting` and cases (`kasus`). The
/// import summary says the polarity was inferred.
enum LowerIsBetter {
  /// Words that mark a lower-is-better indicator anywhere in its name.
  static let words = [
    "pengangguran", "kemiskinan", "penduduk miskin", "gini", "theil", "kematian", "stunting",
    "kasus",
  ]
  /// Abbreviations that mark one as a whole word.
  static let abbreviations = ["TPT"]

  /// Whether an indicator's name marks it as lower-is-better.
  static func matches(_ name: String) -> Bool {
    let lower = name.lowercased()
    if words.contains(where: lower.contains) { return true }
    let tokens = name.split { !$0.isLetter }.map { $0.uppercased() }
    return abbreviations.contains(where: tokens.contains)
  }
}
