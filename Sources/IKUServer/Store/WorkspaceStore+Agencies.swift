import Foundation
import GRDB
import IKUPlan

/// An agency (OPD) as the workspace lists it.
public struct AgencySummary: Sendable, Hashable {
  /// Its code (`disnakerkum`), in URLs and on the command line.
  public var code: String
  /// Its name for people.
  public var name: String
  /// How many indicators it has.
  public var indicatorCount: Int
}

extension WorkspaceStore {
  /// Adds an agency with its whole dataset and scenario files, in one
  /// transaction: a process killed in the middle leaves no part of it.
  ///
  /// - Parameters:
  ///   - code: the agency's code (letters, digits, `-`, `_`, `.`).
  ///   - name: its name for people.
  ///   - dataset: the indicators and values, as read from a folder or sheet.
  ///   - scenarios: scenario files by file name (`skenario/…`), as bytes.
  ///   - actor: who adds it, for the audit log.
  /// - Throws: ``WorkspaceError/invalidName(_:)``,
  ///   ``WorkspaceError/agencyExists(_:)``.
  public func addAgency(
    code: String, name: String, dataset: Dataset, scenarios: [String: Data] = [:],
    actor: String
  ) throws {
    guard WorkspaceError.isValidName(code) else { throw WorkspaceError.invalidName(code) }
    try pool.write { db in
      if try Bool.fetchOne(db, sql: "SELECT 1 FROM agency WHERE code = ?", arguments: [code])
        ?? false
      {
        throw WorkspaceError.agencyExists(code)
      }
      try db.execute(
        sql: "INSERT INTO agency (code, name, title, source, addedAt) VALUES (?, ?, ?, ?, ?)",
        arguments: [code, name, dataset.title, dataset.source, Self.timestamp()])
      for (position, indicator) in dataset.indicators.enumerated() {
        try Self.insert(indicator, agency: code, position: position, in: db)
      }
      for (position, row) in dataset.annual.enumerated() {
        try Self.insert(row, agency: code, position: position, in: db)
      }
      for (position, row) in dataset.quarterly.enumerated() {
        try Self.insert(row, agency: code, position: position, in: db)
      }
      for (file, content) in scenarios.sorted(by: { $0.key < $1.key }) {
        try db.execute(
          sql: "INSERT INTO scenarioFile (agency, name, content) VALUES (?, ?, ?)",
          arguments: [code, file, content])
      }
      try AuditEntry.append(
        AuditEntry(
          actor: actor, agency: code, action: .agencyAdded, field: "indicators",
          newValue: String(dataset.indicators.count)), in: db)
    }
  }

  /// The agencies, by code.
  public func agencies() throws -> [AgencySummary] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.code, a.name, (SELECT count(*) FROM indicator i WHERE i.agency = a.code) AS n
          FROM agency a ORDER BY a.code
          """
      ).map { AgencySummary(code: $0["code"], name: $0["name"], indicatorCount: $0["n"]) }
    }
  }

  /// An agency's name.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``.
  public func name(of code: String) throws -> String {
    guard let name = try agencyName(code) else { throw WorkspaceError.unknownAgency(code) }
    return name
  }

  /// An agency's name, or `nil` when no agency has the code.
  public func agencyName(_ code: String) throws -> String? {
    try pool.read { db in
      try String.fetchOne(db, sql: "SELECT name FROM agency WHERE code = ?", arguments: [code])
    }
  }

  /// An agency's dataset, as its folder would be read: indicators, yearly
  /// and quarterly rows in the order they were added.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``.
  public func dataset(of code: String) throws -> Dataset {
    try pool.read { db in try Self.dataset(of: code, in: db) }
  }

  static func dataset(of code: String, in db: Database) throws -> Dataset {
    guard
      let agency = try Row.fetchOne(
        db, sql: "SELECT title, source FROM agency WHERE code = ?", arguments: [code])
    else { throw WorkspaceError.unknownAgency(code) }
    let indicators = try Row.fetchAll(
      db, sql: "SELECT * FROM indicator WHERE agency = ? ORDER BY position", arguments: [code]
    ).map { row in
      Indicator(
        code: row["code"], objective: row["objective"], name: row["name"],
        formula: row["formula"], unit: row["unit"],
        polarity: Polarity(rawValue: row["polarity"]) ?? .higher,
        lowerBound: row["lowerBound"], upperBound: row["upperBound"],
        numeratorLabel: row["numeratorLabel"], denominatorLabel: row["denominatorLabel"],
        rollup: QuarterlyRollup(rawValue: row["rollup"]) ?? .last,
        isPolarityInferred: row["polarityInferred"])
    }
    let annual = try Row.fetchAll(
      db, sql: "SELECT * FROM annualValue WHERE agency = ? ORDER BY position", arguments: [code]
    ).map { row in
      AnnualObservation(
        code: row["indicator"], year: row["year"], actual: row["actual"], target: row["target"],
        numerator: row["numerator"], denominator: row["denominator"], budget: row["budget"],
        budgetSpent: row["budgetSpent"], source: row["source"], targetUpper: row["targetUpper"])
    }
    let quarterly = try Row.fetchAll(
      db, sql: "SELECT * FROM quarterlyValue WHERE agency = ? ORDER BY position",
      arguments: [code]
    ).map { row in
      QuarterlyObservation(
        code: row["indicator"], year: row["year"], quarter: row["quarter"],
        actual: row["actual"], numerator: row["numerator"], denominator: row["denominator"],
        source: row["source"])
    }
    return Dataset(
      title: agency["title"], source: agency["source"], indicators: indicators,
      annual: annual, quarterly: quarterly)
  }

  /// An agency's scenario files by file name (`skenario/…`).
  public func scenarioFiles(of code: String) throws -> [String: Data] {
    try pool.read { db in try Self.scenarioFiles(of: code, in: db) }
  }

  static func scenarioFiles(of code: String, in db: Database) throws -> [String: Data] {
    Dictionary(
      uniqueKeysWithValues: try Row.fetchAll(
        db, sql: "SELECT name, content FROM scenarioFile WHERE agency = ?", arguments: [code]
      ).map { row -> (String, Data) in (row["name"], row["content"]) })
  }
}
