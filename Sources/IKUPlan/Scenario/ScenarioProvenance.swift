/// Where a scenario analysis's numbers come from: the scenario file's
/// `source`, and the dataset the indicator's history and target come from.
public struct ScenarioProvenance: Sendable, Hashable {
  /// The scenario file's `source`, or empty.
  public let source: String
  /// The dataset's title (the agency), or `nil` when the file names no
  /// indicator (no dataset value is used).
  public let agency: String?
  /// The dataset's source, or `nil` when the file names no indicator or
  /// the dataset gives none.
  public let dataSource: String?
  /// Whether any value used is illustrative rather than official.
  public let illustrative: Bool

  /// The provenance of `file`'s analysis over `dataset`; the dataset
  /// counts only when the file names an indicator.
  init(_ file: ScenarioFile, dataset: Dataset?, illustrative: Bool) {
    source = file.source
    let used = file.indicator == nil ? nil : dataset
    agency = used.map(\.title)
    dataSource = used.map(\.source).flatMap { $0.isEmpty ? nil : $0 }
    self.illustrative = illustrative
  }

  /// The notes under a document's title: the sources, then the
  /// illustrative-data warning.
  func notes(in l: Language) -> [Document.Note] {
    var notes: [Document.Note] = []
    if !source.isEmpty {
      notes.append(
        .init(.source, l.text(id: "Sumber skenario: ", en: "Scenario source: ") + source))
    }
    if let dataSource {
      notes.append(.init(.source, l.text(id: "Sumber data: ", en: "Data source: ") + dataSource))
    }
    if illustrative {
      notes.append(
        .init(
          .warning,
          l.text(
            id: "Memakai nilai ilustrasi, bukan data resmi.",
            en: "Uses illustrative values, not official data.")))
    }
    return notes
  }
}
