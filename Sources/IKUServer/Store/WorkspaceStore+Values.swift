import Foundation
import GRDB
import IKUForecast
import IKUPlan

/// A realisation as stored: a year's (`quarter == nil`) or a quarter's
/// year-to-date value, with its source and the row's version.
public struct StoredValue: Sendable, Hashable {
  public var agency: String
  public var indicator: String
  public var year: Int
  /// The quarter (1–4), or `nil` for the year's value.
  public var quarter: Int?
  /// The realisation, if entered.
  public var actual: Double?
  /// The row's source.
  public var source: String
  /// How many times the row was written (0: no row yet).
  public var version: Int
}

extension WorkspaceStore {
  /// An indicator's realisation for a year or a quarter.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``,
  ///   ``WorkspaceError/unknownIndicator(agency:code:)``.
  public func value(agency: String, indicator: String, year: Int, quarter: Int?) throws
    -> StoredValue
  {
    try pool.read { db in
      try Self.value(agency: agency, indicator: indicator, year: year, quarter: quarter, in: db)
    }
  }

  static func value(
    agency: String, indicator: String, year: Int, quarter: Int?, in db: Database
  ) throws -> StoredValue {
    try requireIndicator(agency: agency, indicator: indicator, in: db)
    let row =
      if let quarter {
        try Row.fetchOne(
          db,
          sql: """
            SELECT actual, source, version FROM quarterlyValue
            WHERE agency = ? AND indicator = ? AND year = ? AND quarter = ?
            """, arguments: [agency, indicator, year, quarter])
      } else {
        try Row.fetchOne(
          db,
          sql: """
            SELECT actual, source, version FROM annualValue
            WHERE agency = ? AND indicator = ? AND year = ?
            """, arguments: [agency, indicator, year])
      }
    return StoredValue(
      agency: agency, indicator: indicator, year: year, quarter: quarter,
      actual: row?["actual"], source: row?["source"] ?? "", version: row?["version"] ?? 0)
  }

  /// Enters an indicator's realisation for a year (`quarter == nil`) or its
  /// year-to-date realisation at the end of a quarter, with its source, and
  /// logs who changed it from what to what.
  ///
  /// A year's row keeps its other values (target, budget); its source
  /// gains the realisation's (`…; realisasi: LKjIP 2025 hal. 12, diisi ana
  /// 2026-11-30`). A quarter's row holds one value, so its source is the
  /// one given.
  ///
  /// - Parameters:
  ///   - agency: the agency's code.
  ///   - indicator: the indicator's code.
  ///   - year: within ``Dataset/years``.
  ///   - quarter: 1–4, or `nil` for the year.
  ///   - value: the realisation in the indicator's unit, within its hard
  ///     bounds.
  ///   - source: where the value comes from (document and page); required.
  ///   - reason: why, for the audit log (optional).
  ///   - actor: who enters it.
  ///   - expectedVersion: the version read (`If-Match`), or `nil`.
  ///   - now: the time of the change.
  /// - Returns: the stored value with its new version.
  /// - Throws: ``WorkspaceError`` for an unknown agency or indicator, a
  ///   year or quarter out of range, a value outside the bounds or not
  ///   finite, an empty source, or a stale version.
  public func setValue(
    agency: String, indicator: String, year: Int, quarter: Int?, value: Double,
    source: String, reason: String?, actor: String, expectedVersion: Int?,
    now: Date = Date()
  ) throws -> StoredValue {
    guard Dataset.years.contains(year) else { throw WorkspaceError.invalidYear(year) }
    if let quarter, !(1...4).contains(quarter) { throw WorkspaceError.invalidQuarter(quarter) }
    let source = source.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !source.isEmpty else { throw WorkspaceError.missingSource }
    return try pool.write { db in
      let current = try Self.value(
        agency: agency, indicator: indicator, year: year, quarter: quarter, in: db)
      if let expectedVersion, expectedVersion != current.version {
        throw WorkspaceError.staleVersion(current: current.version)
      }
      let dataset = try Self.dataset(of: agency, in: db)
      if let bounded = dataset.indicator(indicator), !(value.isFinite && bounded.allows(value)) {
        throw WorkspaceError.outOfBounds(
          value, lower: bounded.lowerBound, upper: bounded.upperBound)
      }
      guard ValueMagnitude.allows(value) else { throw WorkspaceError.beyondMagnitude(value) }
      let entered = "\(source), diisi \(actor) \(Self.timestamp(now).prefix(10))"
      let newSource: String
      let position =
        (try Int.fetchOne(
          db,
          sql:
            "SELECT max(position) FROM \(quarter == nil ? "annualValue" : "quarterlyValue") WHERE agency = ?",
          arguments: [agency]) ?? -1) + 1
      switch (quarter, current.version) {
      case (nil, 0):
        newSource = Self.realisationNote + entered
        try db.execute(
          sql: """
            INSERT INTO annualValue (agency, indicator, year, position, actual, source)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [agency, indicator, year, position, value, newSource])
      case (nil, _):
        newSource = Self.source(
          current.source, replacing: Self.realisationNote, with: Self.realisationNote + entered)
        try db.execute(
          sql: """
            UPDATE annualValue SET actual = ?, source = ?, version = version + 1
            WHERE agency = ? AND indicator = ? AND year = ?
            """, arguments: [value, newSource, agency, indicator, year])
      case (let quarter?, 0):
        newSource = entered
        try db.execute(
          sql: """
            INSERT INTO quarterlyValue (agency, indicator, year, quarter, position, actual, source)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [agency, indicator, year, quarter, position, value, newSource])
      case (let quarter?, _):
        newSource = entered
        try db.execute(
          sql: """
            UPDATE quarterlyValue SET actual = ?, source = ?, version = version + 1
            WHERE agency = ? AND indicator = ? AND year = ? AND quarter = ?
            """, arguments: [value, newSource, agency, indicator, year, quarter])
      }
      try Self.touch(agency, in: db)
      try AuditEntry.append(
        AuditEntry(
          at: Self.timestamp(now), actor: actor, agency: agency, action: .valueEntered,
          indicator: indicator, year: year, quarter: quarter, field: "actual",
          oldValue: current.actual?.description, newValue: value.description,
          reason: Self.reasonText(reason)), in: db)
      return StoredValue(
        agency: agency, indicator: indicator, year: year, quarter: quarter, actual: value,
        source: newSource, version: current.version + 1)
    }
  }

  /// A reason as logged: trimmed, at most 1000 characters, `nil` when
  /// empty.
  static func reasonText(_ reason: String?) -> String? {
    guard let reason else { return nil }
    let text = String(reason.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1000))
    return text.isEmpty ? nil : text
  }
}
