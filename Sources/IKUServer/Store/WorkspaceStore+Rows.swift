import GRDB
import IKUPlan

/// The rows of an agency's dataset as written to the database, one
/// statement each (cached: an agency of thousands of rows is written in
/// one transaction).
extension WorkspaceStore {
  static func insert(_ indicator: Indicator, agency: String, position: Int, in db: Database)
    throws
  {
    try db.cachedStatement(
      sql: """
        INSERT INTO indicator (agency, code, position, objective, name, formula, unit,
          polarity, polarityInferred, lowerBound, upperBound, numeratorLabel,
          denominatorLabel, rollup)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        agency, indicator.code, position, indicator.objective, indicator.name,
        indicator.formula, indicator.unit, indicator.polarity.rawValue,
        indicator.isPolarityInferred, indicator.lowerBound, indicator.upperBound,
        indicator.numeratorLabel, indicator.denominatorLabel, indicator.rollup.rawValue,
      ])
  }

  static func insert(_ row: AnnualObservation, agency: String, position: Int, in db: Database)
    throws
  {
    try db.cachedStatement(
      sql: """
        INSERT INTO annualValue (agency, indicator, year, position, actual, target,
          targetUpper, numerator, denominator, budget, budgetSpent, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        agency, row.code, row.year, position, row.actual, row.target, row.targetUpper,
        row.numerator, row.denominator, row.budget, row.budgetSpent, row.source,
      ])
  }

  static func insert(_ row: QuarterlyObservation, agency: String, position: Int, in db: Database)
    throws
  {
    try db.cachedStatement(
      sql: """
        INSERT INTO quarterlyValue (agency, indicator, year, quarter, position, actual,
          numerator, denominator, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      agency, row.code, row.year, row.quarter, position, row.actual, row.numerator,
      row.denominator, row.source,
    ])
  }
}
