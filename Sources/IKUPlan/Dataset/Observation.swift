/// One indicator's values for one year: the realisation (achievement) and
/// the target, with the counts behind a ratio and the budget where known,
/// and where they come from.
public struct AnnualObservation: Sendable, Hashable {
  /// The indicator's code.
  public var code: String
  /// The year (tahun anggaran).
  public var year: Int
  /// The realisation, if known.
  public var actual: Double?
  /// The target, if set; for a range target its lower end.
  public var target: Double?
  /// The upper end of a range target (`target_atas`).
  ///
  /// `nil` for a single target; when set it is above ``target``. See
  /// ``TargetRange``.
  public var targetUpper: Double?
  /// The numerator count, where known.
  public var numerator: Double?
  /// The denominator count, where known.
  public var denominator: Double?
  /// The year's planned budget (pagu, anggaran) in whole rupiah, where
  /// known.
  public var budget: Double?
  /// The budget spent in the year (realisasi anggaran) in whole rupiah,
  /// where known.
  public var budgetSpent: Double?
  /// Where the values come from: a document and page, or `ilustrasi` for
  /// values that are not official.
  public var source: String

  /// Creates an observation.
  public init(
    code: String, year: Int, actual: Double? = nil, target: Double? = nil,
    numerator: Double? = nil, denominator: Double? = nil, budget: Double? = nil,
    budgetSpent: Double? = nil, source: String, targetUpper: Double? = nil
  ) {
    precondition(
      targetUpper.map { upper in target.map { $0 < upper } ?? false } ?? true,
      "a range target's upper end needs a lower end below it")
    self.code = code
    self.year = year
    self.actual = actual
    self.target = target
    self.targetUpper = targetUpper
    self.numerator = numerator
    self.denominator = denominator
    self.budget = budget
    self.budgetSpent = budgetSpent
    self.source = source
  }

  /// The target as a single value or a range, if set.
  public var targetRange: TargetRange? {
    target.map { TargetRange(lower: $0, upper: targetUpper ?? $0) }
  }

  /// Whether the values are illustrative, not official (`sumber =
  /// ilustrasi`); every output that uses them says so.
  public var isIllustrative: Bool { Source.isIllustrative(source) }
}

/// One indicator's year-to-date realisation at the end of a quarter.
public struct QuarterlyObservation: Sendable, Hashable {
  /// The indicator's code.
  public var code: String
  /// The year.
  public var year: Int
  /// The quarter (triwulan), 1 to 4.
  public var quarter: Int
  /// The realisation up to the end of the quarter, if known.
  public var actual: Double?
  /// The numerator count, where known.
  public var numerator: Double?
  /// The denominator count, where known.
  public var denominator: Double?
  /// Where the values come from.
  public var source: String

  /// Creates an observation.
  public init(
    code: String, year: Int, quarter: Int, actual: Double? = nil,
    numerator: Double? = nil, denominator: Double? = nil, source: String
  ) {
    precondition((1...4).contains(quarter), "a quarter is 1 to 4")
    self.code = code
    self.year = year
    self.quarter = quarter
    self.actual = actual
    self.numerator = numerator
    self.denominator = denominator
    self.source = source
  }

  /// Whether the values are illustrative, not official.
  public var isIllustrative: Bool { Source.isIllustrative(source) }
}

/// The `sumber` vocabulary.
enum Source {
  /// The marker of values that are not official.
  static let illustrative = "ilustrasi"

  static func isIllustrative(_ source: String) -> Bool {
    let s = trimmed(source).lowercased()
    return s == illustrative || s.hasPrefix(illustrative + " ") || s.hasPrefix(illustrative + ":")
      || s.hasPrefix(illustrative + ";") || s.hasPrefix(illustrative + ",")
  }
}
