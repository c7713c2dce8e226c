/// A key performance indicator (IKU) as an agency defines it.
///
/// The definition holds what is needed to judge values: the unit, which
/// direction is better (``Polarity``), hard bounds (0–100 for a
/// percentage), and how quarterly values roll up into the year.
public struct Indicator: Sendable, Hashable {
  /// The code, unique in a dataset: `IKU-1`, `IKU-3a`.
  public var code: String
  /// The strategic objective (sasaran strategis) it measures.
  public var objective: String
  /// The indicator's name.
  public var name: String
  /// How it is computed, as the sheet states it.
  public var formula: String
  /// The unit (`%`, `orang`, `unit`, `koperasi`, …).
  public var unit: String
  /// Which direction is better.
  public var polarity: Polarity
  /// Whether ``polarity`` was inferred from the name (a well-known
  /// lower-is-better indicator, ``LowerIsBetter``) rather than stated by a
  /// column or `--polarity`; a planner confirms it by clearing
  /// `polaritas_diduga` in `indikator.csv`.
  public var isPolarityInferred: Bool
  /// The smallest possible value, if any (0 for a percentage or a count).
  public var lowerBound: Double?
  /// The largest possible value, if any (100 for a percentage).
  public var upperBound: Double?
  /// What the numerator counts, for a ratio.
  public var numeratorLabel: String
  /// What the denominator counts, for a ratio.
  public var denominatorLabel: String
  /// How quarterly (triwulan) values make the year.
  public var rollup: QuarterlyRollup
  /// The most decimals the indicator's yearly values are written with (0
  /// to 6), set by ``Dataset`` from its values: shown and suggested
  /// values keep at least these (``TargetPath/decimals(_:)``).
  public var writtenDecimals: Int = 0

  /// Creates an indicator.
  public init(
    code: String, objective: String = "", name: String, formula: String = "",
    unit: String, polarity: Polarity = .higher, lowerBound: Double? = nil,
    upperBound: Double? = nil, numeratorLabel: String = "",
    denominatorLabel: String = "", rollup: QuarterlyRollup = .last,
    isPolarityInferred: Bool = false
  ) {
    self.code = code
    self.objective = objective
    self.name = name
    self.formula = formula
    self.unit = unit
    self.polarity = polarity
    self.lowerBound = lowerBound
    self.upperBound = upperBound
    self.numeratorLabel = numeratorLabel
    self.denominatorLabel = denominatorLabel
    self.rollup = rollup
    self.isPolarityInferred = isPolarityInferred
  }

  /// Whether the unit is a percentage (`%`, `persen`).
  public var isPercentage: Bool { Unit.isPercent(unit) }

  /// Whether `value` is the best value the indicator can take.
  ///
  /// That is its upper bound when higher is better, its lower bound when
  /// lower is. No target can be more challenging, so none at that bound is
  /// "too easy".
  public func isBestPossible(_ value: Double) -> Bool {
    switch polarity {
    case .higher: return upperBound.map { value >= $0 } ?? false
    case .lower: return lowerBound.map { value <= $0 } ?? false
    case .range: return false
    }
  }

  /// Whether `value` lies within the hard bounds.
  public func allows(_ value: Double) -> Bool {
    (lowerBound.map { value >= $0 } ?? true) && (upperBound.map { value <= $0 } ?? true)
  }
}

/// Which direction of an indicator is better (polaritas).
public enum Polarity: String, Sendable, CaseIterable {
  /// Higher is better (`naik`, Maximize).
  case higher
  /// Lower is better (`turun`, Minimize), e.g. the unemployment rate.
  case lower
  /// Within a range is best (`stabil`, Stabilize).
  case range

  /// The word in an Indonesian dataset file.
  public var indonesianWord: String {
    switch self {
    case .higher: return "naik"
    case .lower: return "turun"
    case .range: return "stabil"
    }
  }

  /// Reads `naik`/`turun`/`stabil` or `higher`/`lower`/`range`.
  public init?(word: String) {
    switch trimmed(word).lowercased() {
    case "naik", "higher", "maximize", "positif": self = .higher
    case "turun", "lower", "minimize", "negatif": self = .lower
    case "stabil", "range", "stabilize": self = .range
    default: return nil
    }
  }
}

/// How the quarterly (triwulan) realisations of a year make the year's
/// value (konsolidasi; Kemenkeu's "sum" and "take last known").
public enum QuarterlyRollup: String, Sendable, CaseIterable {
  /// The year is the sum of the quarters (`jumlah`).
  case sum
  /// The year is the last quarter's year-to-date value (`terakhir`).
  case last
  /// The year is the average of the quarters (`rata`).
  case average

  /// The word in an Indonesian dataset file.
  public var indonesianWord: String {
    switch self {
    case .sum: return "jumlah"
    case .last: return "terakhir"
    case .average: return "rata"
    }
  }

  /// Reads `jumlah`/`terakhir`/`rata` or `sum`/`last`/`average`.
  public init?(word: String) {
    switch trimmed(word).lowercased() {
    case "jumlah", "sum": self = .sum
    case "terakhir", "last": self = .last
    case "rata", "rata-rata", "average": self = .average
    default: return nil
    }
  }
}

/// Units as written after numbers.
enum Unit {
  /// Whether a unit means percent.
  static func isPercent(_ unit: String) -> Bool {
    // `Persen (%)`, `(%)`, `% (persen)`: every word a name of percent.
    let words = trimmed(unit).lowercased().split { $0 == " " || $0 == "(" || $0 == ")" }
    return !words.isEmpty
      && words.allSatisfy { ["%", "persen", "percent", "prosen", "persentase"].contains($0) }
  }

  /// Whether a unit counts people or things, which cannot be negative:
  /// `orang`, `jiwa`, `unit`, `buah`, `koperasi`, `usaha`, `UMKM`, `IKM`,
  /// `lembaga`, `perusahaan`, `kelompok`, `desa`, `kelurahan`, `dokumen`,
  /// `laporan`, `kegiatan`, `kali`, `paket`, `sertifikat`, `kasus`, `KK`,
  /// `keluarga`, `rumah`, `rumah tangga`, `sekolah`, `siswa`, `peserta`,
  /// `pasien`, `penduduk`, `bayi`, `balita`, `anak`, `kecamatan`, `kampung`,
  /// `titik`, `pekerja`, `tenaga kerja`, `wirausaha`, `pelaku usaha`, `ekor`,
  /// `temuan`, `kunjungan`, `wisatawan`, `pengunjung`, `perkara`, `izin`,
  /// `produk`, `puskesmas`, `posyandu`, `pasar`, `inovasi`, `penghargaan`,
  /// `event`, `kejadian` (Indonesian performance sheets' usual count units; anything else has
  /// no default bound).
  static func isCount(_ unit: String) -> Bool {
    [
      "orang", "jiwa", "unit", "buah", "koperasi", "usaha", "umkm", "ikm", "lembaga",
      "perusahaan", "kelompok", "desa", "kelurahan", "dokumen", "laporan", "kegiatan", "kali",
      "paket", "sertifikat", "kasus", "kk", "keluarga", "rumah", "rumah tangga", "sekolah",
      "siswa", "peserta", "pasien", "penduduk", "bayi", "balita", "anak", "kecamatan",
      "kampung", "titik", "pekerja", "tenaga kerja", "wirausaha", "pelaku usaha", "ekor",
      "temuan", "kunjungan", "wisatawan", "pengunjung", "perkara", "izin", "produk", "puskesmas",
      "posyandu", "pasar", "inovasi", "penghargaan", "event", "kejadian",
    ].contains(trimmed(unit).lowercased())
  }

  /// Whether a unit written after a number agrees with an indicator's unit
  /// (case-insensitive; `%` and `persen` are the same).
  static func matches(_ written: String, _ unit: String) -> Bool {
    if isPercent(written) || isPercent(unit) {
      return isPercent(written) && isPercent(unit)
    }
    // `Rp` before a number, `Rupiah` in the SATUAN column.
    if UnitKind(unit: written) == .rupiah, UnitKind(unit: unit) == .rupiah { return true }
    return trimmed(written).lowercased() == trimmed(unit).lowercased()
  }
}
