/// What an indicator's unit measures (DESIGN §3.1a).
///
/// The kind is decided from the unit (SATUAN) as written. It decides the
/// bounds the importer gives an indicator and how many decimals are kept:
/// only a count is a whole number.
public enum UnitKind: String, Sendable, CaseIterable {
  /// `%`, `persen`: bounded by 0 and 100.
  case percentage
  /// People or things (`orang`, `unit`, `koperasi`, …): whole numbers, ≥ 0.
  case count
  /// An index or points (`indeks`, `poin`, `skor`).
  case index
  /// A ratio (`rasio`), such as the Gini ratio.
  case ratio
  /// Years (`tahun`), such as the mean years of schooling.
  case years
  /// Money (`Rp`, `Rp juta`, `rupiah`).
  case rupiah
  /// A rate per so many (`per 1.000 kelahiran hidup`).
  case rate
  /// Anything else, kept as written.
  case other

  /// The kind of a unit as written.
  public init(unit: String) {
    let text = trimmed(unit).lowercased()
    if Unit.isPercent(text) {
      self = .percentage
    } else if Unit.isCount(text) {
      self = .count
    } else if ["indeks", "index", "poin", "point", "points", "skor", "score"].contains(text) {
      self = .index
    } else if ["rasio", "ratio"].contains(text) {
      self = .ratio
    } else if ["tahun", "thn", "year", "years"].contains(text) {
      self = .years
    } else if text == "rp" || text.hasPrefix("rp ") || text.hasPrefix("rp.")
      || text.contains("rupiah")
    {
      self = .rupiah
    } else if text.hasPrefix("per ") || text.hasPrefix("/") {
      self = .rate
    } else {
      self = .other
    }
  }
}

extension Indicator {
  /// The kind of the indicator's unit.
  public var kind: UnitKind { UnitKind(unit: unit) }
}
