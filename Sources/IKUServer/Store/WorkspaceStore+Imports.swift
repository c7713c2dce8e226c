import Foundation
import GRDB
import IKUPlan

/// A planner's workbook checked against their agency: what it would add
/// or change, before anything is saved.
public struct ImportPreview: Sendable {
  /// The id to confirm it with (``WorkspaceStore/applyImport(_:agency:account:)``).
  public var id: String
  /// The sheet as read (its indicators and values, unplaced columns).
  public var sheet: IKUSheet
  /// The agency's dataset with the sheet's values added.
  public var merge: IKUSheet.Merge
}

extension WorkspaceStore {
  /// How long an upload waits for confirmation.
  public static let importLifetime: TimeInterval = 60 * 60

  /// Reads an uploaded IKU sheet and merges it into the agency's dataset
  /// in memory, as `ikuplan import` into a folder does, and keeps the
  /// upload for confirmation; nothing of the agency changes.
  ///
  /// - Parameters:
  ///   - content: the file's bytes.
  ///   - fileName: its name, whose extension says how to read it (`.xlsx`,
  ///     `.csv`, `.tsv`, `.txt`).
  ///   - replacing: whether the sheet's values replace differing ones
  ///     (`--ganti`) rather than being refused as conflicts.
  ///   - agency: the agency's code.
  ///   - account: who uploads it.
  ///   - now: the time of the upload.
  /// - Returns: the preview, with the id that confirms it.
  /// - Throws: ``InputError`` naming the sheet's cell for a sheet that
  ///   cannot be read or a value that conflicts with the agency's;
  ///   ``WorkspaceError/unknownAgency(_:)``.
  public func previewImport(
    _ content: Data, fileName: String, replacing: Bool, agency: String, account: Account,
    now: Date = Date()
  ) throws -> ImportPreview {
    let (sheet, merge) = try Self.merge(
      content, fileName: fileName, replacing: replacing, into: try dataset(of: agency),
      agency: agency)
    let id = SessionToken.random()
    try pool.write { db in
      try db.execute(
        sql: "DELETE FROM pendingImport WHERE createdAt < ?",
        arguments: [Self.timestamp(now.addingTimeInterval(-Self.importLifetime))])
      try db.execute(
        sql: """
          INSERT INTO pendingImport (id, agency, account, fileName, content, replacing, createdAt)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [id, agency, account.id, fileName, content, replacing, Self.timestamp(now)])
    }
    return ImportPreview(id: id, sheet: sheet, merge: merge)
  }

  /// Saves a previewed upload: the sheet is merged again into the agency
  /// as it is now (someone may have changed it since), and every added or
  /// changed value is written and logged, in one transaction.
  ///
  /// - Returns: the merge that was saved.
  /// - Throws: ``WorkspaceError/unknownImport`` for an id that is not this
  ///   account's upload for the agency (or has expired), ``InputError``
  ///   for a conflict that appeared since the preview.
  public func applyImport(_ id: String, agency: String, account: Account, now: Date = Date())
    throws -> IKUSheet.Merge
  {
    try pool.write { db in
      guard
        let pending = try Row.fetchOne(
          db,
          sql: """
            SELECT fileName, content, replacing FROM pendingImport
            WHERE id = ? AND agency = ? AND account = ? AND createdAt >= ?
            """,
          arguments: [
            id, agency, account.id,
            Self.timestamp(now.addingTimeInterval(-Self.importLifetime)),
          ])
      else { throw WorkspaceError.unknownImport }
      let fileName: String = pending["fileName"]
      let (_, merge) = try Self.merge(
        pending["content"], fileName: fileName, replacing: pending["replacing"],
        into: try Self.dataset(of: agency, in: db), agency: agency)
      try Self.write(merge, agency: agency, in: db)
      try Self.touch(agency, in: db)
      for (change, action) in merge.added.map({ ($0, "added") })
        + merge.changed.map({ ($0, "changed") })
      {
        try AuditEntry.append(
          AuditEntry(
            at: Self.timestamp(now), actor: account.username, agency: agency,
            action: .imported, indicator: change.key.code, year: change.key.year,
            field: change.key.field.auditName, oldValue: change.old?.description,
            newValue: change.new.description,
            reason: action == "added" ? fileName : "\(fileName) (ganti)"), in: db)
      }
      try db.execute(sql: "DELETE FROM pendingImport WHERE id = ?", arguments: [id])
      return merge
    }
  }

  /// Reads the sheet from a temporary copy (the readers take a path) and
  /// merges it.
  private static func merge(
    _ content: Data, fileName: String, replacing: Bool, into dataset: Dataset, agency: String
  ) throws -> (IKUSheet, IKUSheet.Merge) {
    // The upload's own name, without any folder; one that names no file
    // (`.`, `..`, empty) is read as a workbook.
    let base = (fileName as NSString).lastPathComponent
    let name = ["", ".", ".."].contains(base) ? "lembar.xlsx" : base
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ikuplan-upload-\(SessionToken.random().prefix(16))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(name).path
    try content.write(to: URL(fileURLWithPath: path))
    do {
      let sheet = try IKUSheet.read(file: path)
      return (
        sheet, try sheet.merged(into: dataset, folder: "OPD \(agency)", replacing: replacing)
      )
    } catch var error as InputError {
      // The message names the file as the planner uploaded it.
      if error.location.file == path { error.location.file = name }
      throw error
    }
  }

  /// Writes a merged dataset over the agency's rows: new indicators and
  /// rows inserted, rows whose values changed updated (their version
  /// raised), others untouched.
  private static func write(_ merge: IKUSheet.Merge, agency: String, in db: Database) throws {
    let current = try dataset(of: agency, in: db)
    let known = Set(current.indicators.map(\.code))
    var position = current.indicators.count
    for indicator in merge.dataset.indicators where !known.contains(indicator.code) {
      try insert(indicator, agency: agency, position: position, in: db)
      position += 1
    }
    let rows = Dictionary(
      current.annual.map { ("\($0.code)|\($0.year)", $0) }, uniquingKeysWith: { a, _ in a })
    var next = current.annual.count
    for row in merge.dataset.annual {
      switch rows["\(row.code)|\(row.year)"] {
      case nil:
        try insert(row, agency: agency, position: next, in: db)
        next += 1
      case let old? where old != row:
        try db.execute(
          sql: """
            UPDATE annualValue SET actual = ?, target = ?, targetUpper = ?, numerator = ?,
              denominator = ?, budget = ?, budgetSpent = ?, source = ?, version = version + 1
            WHERE agency = ? AND indicator = ? AND year = ?
            """,
          arguments: [
            row.actual, row.target, row.targetUpper, row.numerator, row.denominator, row.budget,
            row.budgetSpent, row.source, agency, row.code, row.year,
          ])
      default:
        break
      }
    }
  }
}

extension AnnualField {
  /// The field's name in the audit log (the JSON key of the value).
  var auditName: String {
    switch self {
    case .actual: return "actual"
    case .target: return "target"
    case .budget: return "budget"
    case .budgetSpent: return "budgetSpent"
    }
  }
}
