/// The well-known indicators whose lower values are better.
///
/// An imported indicator without a polarity column or `--polarity` is
/// `lower` when its name holds one of ``words`` (case-insensitive) or one
/// of ``abbreviations`` as a whole word: unemployment (`pengangguran`,
/// `TPT`), poverty (`kemiskinan`, `penduduk miskin`), inequality (`Gini`,
/// `Theil`, `ketimpangan`), deaths and illness (`kematian`, `kesakitan`,
/// `stunting`, `gizi buruk`, `kasus`), school drop-out
/// (`putus sekolah`), audit findings (`temuan`), inflation, service and
/// waiting times (`rata-rata waktu`, `waktu tunggu`), illiteracy, crime,
/// accidents, slums and
/// uninhabitable houses, underdeveloped villages, food insecurity and
/// disaster risk — unless the name speaks of reducing or handling them
/// (``remedies``: `penurunan`, `penanganan`, `diselesaikan`, …). The
/// import summary and `ikuplan data` say the polarity was inferred.
enum LowerIsBetter {
  /// Words that mark a lower-is-better indicator anywhere in its name.
  static let words = [
    "pengangguran", "kemiskinan", "penduduk miskin", "gini", "theil", "kematian", "stunting",
    "kasus", "kesakitan", "putus sekolah", "gizi buruk", "gizi kurang", "buta aksara",
    "kriminalitas", "kejahatan", "kecelakaan", "kumuh", "tidak layak huni", "ketimpangan",
    "daerah tertinggal", "desa tertinggal", "rawan pangan", "risiko bencana", "wasting",
    "temuan", "inflasi", "rata-rata waktu", "lama waktu", "waktu tunggu", "waktu penyelesaian",
    "waktu pelayanan", "waktu layanan", "waktu proses",
  ]
  /// Words that say the indicator measures the fight against such a
  /// thing (`penurunan`, `penanganan`, `diselesaikan`): higher is better
  /// then, and nothing is inferred.
  static let remedies = [
    "penurunan", "menurunnya", "pengurangan", "berkurangnya", "penanganan", "ditangani",
    "tertangani", "penyelesaian", "diselesaikan", "terselesaikan", "pencegahan", "bebas",
  ]
  /// Abbreviations that mark one as a whole word.
  static let abbreviations = ["TPT"]

  /// Whether an indicator's name marks it as lower-is-better.
  static func matches(_ name: String) -> Bool {
    let lower = name.lowercased()
    if remedies.contains(where: lower.contains) { return false }
    if words.contains(where: lower.contains) { return true }
    let tokens = name.split { !$0.isLetter }.map { $0.uppercased() }
    return abbreviations.contains(where: tokens.contains)
  }
}
