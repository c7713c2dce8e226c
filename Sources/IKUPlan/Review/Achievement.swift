/// Achievement (capaian kinerja): a realisation measured against its
/// target, in percent, by the SAKIP rules (domain notes §1).
///
/// - `higher`: `realisasi / target × 100` (LKjIP Maluku Tengah 2021;
///   PermenPANRB Sistem Manajemen Kinerja, capaian IKI "kondisi normal").
/// - `lower`: `(2·target − realisasi) / target × 100`, the same as the
///   regulation's `(1 + (1 − R/T)) × 100`, clamped at 0.
/// - `range`: `realisasi / target × 100`, as `higher`.
///
/// A range target (``TargetRange``, PermenPANRB Sistem Manajemen Kinerja,
/// domain notes §1.3) is measured against its upper end when the
/// realisation is above it and against its lower end when below, by the
/// polarity's formula; within the range (ends included) it is attained and
/// the achievement is 100%. Target 80–90%: realisasi 92 → 92/90 = 102,2%,
/// 70 → 70/80 = 87,5%; lower is better, 7–8 bulan: 6,5 → (2·7 − 6,5)/7 =
/// 107,1%, 9 → (2·8 − 9)/8 = 87,5%.
public struct Achievement: Sendable, Hashable {
  /// The achievement in percent (not capped: 113% stays 113%).
  public let value: Double
  /// The band it falls in.
  public let category: CategoryScale.Band

  /// The achievement of `actual` against a single `target`; `nil` for a
  /// value that is not finite.
  public init?(
    actual: Double, target: Double, polarity: Polarity, scale: CategoryScale = .sakip
  ) {
    self.init(actual: actual, target: TargetRange(target), polarity: polarity, scale: scale)
  }

  /// The achievement of `actual` against a single or range `target`.
  ///
  /// `nil` for a value that is not finite. Against a zero end the ratio is
  /// not defined: a met target is 100%, a missed one 0%.
  public init?(
    actual: Double, target: TargetRange, polarity: Polarity, scale: CategoryScale = .sakip
  ) {
    guard actual.isFinite, target.lower.isFinite, target.upper.isFinite else { return nil }
    let value: Double
    if let end = target.end(against: actual), end != 0 {
      switch polarity {
      case .higher, .range: value = actual / end * 100
      case .lower: value = max((2 * end - actual) / end * 100, 0)
      }
    } else if let end = target.end(against: actual) {
      // A zero target (no maternal deaths, no audit findings): the ratio
      // is not defined, so the target is judged met (100%) or missed (0%).
      let met = polarity == .lower ? actual <= end : actual >= end
      value = met ? 100 : 0
    } else {
      // Within the range, or equal to a single target (0 against 0 too).
      value = 100
    }
    self.value = value
    category = scale.band(for: value)
  }
}

/// A scale of achievement categories (predikat): bands with lower limits.
///
/// The default, ``sakip``, is the five-band scale 91/76/66/51 used in
/// LKjIP reports (Inspektorat Kab. Sampang 2019, Tabel 3.1), read as
/// half-open bands (≥ 91, ≥ 76, ≥ 66, ≥ 51, below) with everything above 100
/// in the top band, as the domain notes recommend; the published table has
/// gaps between its bands and stops at 100. Other scales are configurable.
public struct CategoryScale: Sendable, Hashable {
  /// One band.
  public struct Band: Sendable, Hashable {
    /// A stable identifier for JSON (`sangat-baik`).
    public let code: String
    /// The Indonesian label (`Sangat Baik`).
    public let indonesian: String
    /// The English label (`Very good`).
    public let english: String
    /// The smallest achievement in the band.
    public let minimum: Double

    /// Creates a band.
    public init(code: String, indonesian: String, english: String, minimum: Double) {
      self.code = code
      self.indonesian = indonesian
      self.english = english
      self.minimum = minimum
    }

    /// The label in a language.
    public func label(in language: Language) -> String {
      language.text(id: indonesian, en: english)
    }
  }

  /// The bands, highest first; the last has minimum `-∞`.
  public let bands: [Band]

  /// Creates a scale from bands with decreasing minima.
  public init(bands: [Band]) {
    precondition(!bands.isEmpty, "a scale needs a band")
    precondition(
      zip(bands, bands.dropFirst()).allSatisfy { $0.minimum > $1.minimum },
      "bands must be ordered from the highest minimum down")
    self.bands = bands
  }

  /// The band of an achievement.
  public func band(for value: Double) -> Band {
    bands.first { value >= $0.minimum } ?? bands[bands.count - 1]
  }

  /// The five-band LKjIP scale: Sangat Baik ≥ 91, Baik ≥ 76, Cukup ≥ 66,
  /// Kurang ≥ 51, Sangat Kurang below.
  public static let sakip = CategoryScale(bands: [
    Band(code: "sangat-baik", indonesian: "Sangat Baik", english: "Very good", minimum: 91),
    Band(code: "baik", indonesian: "Baik", english: "Good", minimum: 76),
    Band(code: "cukup", indonesian: "Cukup", english: "Fair", minimum: 66),
    Band(code: "kurang", indonesian: "Kurang", english: "Poor", minimum: 51),
    Band(
      code: "sangat-kurang", indonesian: "Sangat Kurang", english: "Very poor",
      minimum: -.infinity),
  ])
}
