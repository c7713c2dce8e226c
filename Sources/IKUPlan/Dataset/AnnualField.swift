/// One value of an indicator's year: the realisation, the target, the
/// planned budget (pagu, anggaran) or the budget spent (realisasi
/// anggaran).
public enum AnnualField: Sendable, Hashable, CaseIterable {
  case actual
  case target
  case budget
  case budgetSpent

  /// Where an observation holds it.
  public var keyPath: WritableKeyPath<AnnualObservation, Double?> {
    switch self {
    case .actual: return \.actual
    case .target: return \.target
    case .budget: return \.budget
    case .budgetSpent: return \.budgetSpent
    }
  }

  /// Its column in a folder's `realisasi` file: the name written first,
  /// then the accepted aliases.
  var columnNames: [String] {
    switch self {
    case .actual: return DatasetFile.Column.actual
    case .target: return DatasetFile.Column.target
    case .budget: return DatasetFile.Column.budget
    case .budgetSpent: return DatasetFile.Column.budgetSpent
    }
  }

  /// Its name in messages.
  public func name(in l: Language) -> String {
    switch self {
    case .actual: return l.text(id: "realisasi", en: "realisation")
    case .target: return "target"
    case .budget: return l.text(id: "anggaran", en: "budget")
    case .budgetSpent: return l.text(id: "realisasi anggaran", en: "budget spent")
    }
  }
}
