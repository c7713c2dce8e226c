import Foundation
import GRDB
import IKUForecast
import IKUPlan

/// An indicator's target for a year as stored, with the row's version.
public struct StoredTarget: Sendable, Hashable {
  public var agency: String
  public var indicator: String
  public var year: Int
  /// The target, or a range target's lower end; `nil` when none is set.
  public var target: Double?
  /// A range target's upper end.
  public var targetUpper: Double?
  /// How many times the year's row was written (0: no row yet).
  ///
  /// The API's `ETag` and `If-Match`.
  public var version: Int
}

extension WorkspaceStore {
  /// The words appended to a row's source when its target is changed in
  /// the workspace, so that the row no longer claims its document as the
  /// target's source.
  static let changedInWorkspace = "target diubah di ruang kerja oleh"

  /// An indicator's target for a year.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``,
  ///   ``WorkspaceError/unknownIndicator(agency:code:)``.
  public func target(agency: String, indicator: String, year: Int) throws -> StoredTarget {
    try pool.read { db in try Self.target(agency: agency, indicator: indicator, year: year, in: db)
    }
  }

  static func target(agency: String, indicator: String, year: Int, in db: Database) throws
    -> StoredTarget
  {
    try requireIndicator(agency: agency, indicator: indicator, in: db)
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT target, targetUpper, version FROM annualValue
        WHERE agency = ? AND indicator = ? AND year = ?
        """, arguments: [agency, indicator, year])
    return StoredTarget(
      agency: agency, indicator: indicator, year: year, target: row?["target"],
      targetUpper: row?["targetUpper"], version: row?["version"] ?? 0)
  }

  static func requireIndicator(agency: String, indicator: String, in db: Database) throws {
    guard
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM indicator WHERE agency = ? AND code = ?",
        arguments: [agency, indicator]) ?? false
    else {
      guard
        try Bool.fetchOne(db, sql: "SELECT 1 FROM agency WHERE code = ?", arguments: [agency])
          ?? false
      else { throw WorkspaceError.unknownAgency(agency) }
      throw WorkspaceError.unknownIndicator(agency: agency, code: indicator)
    }
  }

  /// Sets an indicator's target for a year, and logs who changed it from
  /// what to what.
  ///
  /// A target outside the indicator's hard bounds is stored: the review
  /// flags it (`target-outside-bounds`), as it does in a dataset folder.
  /// A year with no row gets one holding only the target.
  ///
  /// - Parameters:
  ///   - agency: the agency's code.
  ///   - indicator: the indicator's code.
  ///   - year: the target's year, within ``Dataset/years``.
  ///   - value: the target, or a range target's lower end, in the
  ///     indicator's unit (`55.04` for 55,04%).
  ///   - upper: a range target's upper end, above `value`; equal to it or
  ///     `nil` for a single target.
  ///   - reason: why, for the audit log (optional).
  ///   - actor: who changes it, for the audit log.
  ///   - expectedVersion: the version the person read (`If-Match`); `nil`
  ///     to skip the check.
  ///   - now: the time of the change.
  /// - Returns: the stored target with its new version (unchanged when
  ///   the value was already the same).
  /// - Throws: ``WorkspaceError`` for an unknown agency or indicator, a
  ///   year outside ``Dataset/years``, a value that is not finite or a
  ///   range upside down, and ``WorkspaceError/staleVersion(current:)``.
  public func setTarget(
    agency: String, indicator: String, year: Int, value: Double, upper: Double? = nil,
    reason: String?, actor: String, expectedVersion: Int?, now: Date = Date()
  ) throws -> StoredTarget {
    guard Dataset.years.contains(year) else { throw WorkspaceError.invalidYear(year) }
    guard value.isFinite, upper.map({ $0.isFinite && $0 >= value }) ?? true else {
      throw WorkspaceError.invalidTarget(lower: value, upper: upper)
    }
    for end in [value, upper].compactMap(\.self) where !ValueMagnitude.allows(end) {
      throw WorkspaceError.beyondMagnitude(end)
    }
    let upper = upper == value ? nil : upper
    return try pool.write { db in
      let current = try Self.target(agency: agency, indicator: indicator, year: year, in: db)
      if let expectedVersion, expectedVersion != current.version {
        throw WorkspaceError.staleVersion(current: current.version)
      }
      if current.target == value && current.targetUpper == upper { return current }
      let note = "\(Self.changedInWorkspace) \(actor), \(Self.timestamp(now).prefix(10))"
      if current.version == 0 {
        let position =
          (try Int.fetchOne(
            db, sql: "SELECT max(position) FROM annualValue WHERE agency = ?",
            arguments: [agency]) ?? -1) + 1
        try db.execute(
          sql: """
            INSERT INTO annualValue (agency, indicator, year, position, target, targetUpper,
              source)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [agency, indicator, year, position, value, upper, note])
      } else {
        let source =
          try String.fetchOne(
            db,
            sql: "SELECT source FROM annualValue WHERE agency = ? AND indicator = ? AND year = ?",
            arguments: [agency, indicator, year]) ?? ""
        try db.execute(
          sql: """
            UPDATE annualValue SET target = ?, targetUpper = ?, source = ?, version = version + 1
            WHERE agency = ? AND indicator = ? AND year = ?
            """,
          arguments: [
            value, upper, Self.source(source, replacing: Self.changedInWorkspace, with: note),
            agency, indicator, year,
          ])
      }
      try Self.touch(agency, in: db)
      let reason = Self.reasonText(reason)
      for (field, old, new) in [
        ("target", current.target, Optional(value)), ("targetUpper", current.targetUpper, upper),
      ] where old != new {
        try AuditEntry.append(
          AuditEntry(
            at: Self.timestamp(now), actor: actor, agency: agency, action: .targetChanged,
            indicator: indicator, year: year, field: field, oldValue: old?.description,
            newValue: new?.description, reason: reason), in: db)
      }
      return StoredTarget(
        agency: agency, indicator: indicator, year: year, target: value, targetUpper: upper,
        version: current.version + 1)
    }
  }

}

extension WorkspaceStore {
  /// The versions of an agency's yearly rows, keyed `code|year`.
  public func targetVersions(of agency: String) throws -> [String: Int] {
    try pool.read { db in
      Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(
          db, sql: "SELECT indicator, year, version FROM annualValue WHERE agency = ?",
          arguments: [agency]
        ).map { row -> (String, Int) in
          ("\(row["indicator"] as String)|\(row["year"] as Int)", row["version"])
        })
    }
  }
}
