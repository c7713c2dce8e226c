import Foundation
import IKUPlan

extension WorkspaceStore {
  /// Writes an agency as a dataset folder (`indikator.csv`,
  /// `realisasi.csv`, `triwulan.csv`, `dataset.csv` and `skenario/`), as
  /// `ikuplan import` would have written it: the folder every command reads.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``, or the writer's error.
  public func exportFolder(of agency: String, to folder: String) throws {
    let (dataset, scenarios) = try pool.read { db in
      (try Self.dataset(of: agency, in: db), try Self.scenarioFiles(of: agency, in: db))
    }
    try dataset.write(toFolder: folder)
    for (name, content) in scenarios {
      let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try content.write(to: url, options: .atomic)
    }
  }
}
