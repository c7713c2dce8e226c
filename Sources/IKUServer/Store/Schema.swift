import GRDB

/// The workspace database's tables, as GRDB migrations (each runs once, in
/// order, inside a transaction; GRDB records which ran in
/// `grdb_migrations`).
///
/// Tables are `STRICT` (SQLite 3.37+), so a value of the wrong type is an
/// error rather than silently stored. An indicator's yearly values are one
/// row per indicator and year, as in a dataset folder's `realisasi` file;
/// `version` counts the row's changes, for the API's `If-Match`. The audit
/// log is append-only: triggers refuse any UPDATE or DELETE of it.
enum Schema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: agencies, values, accounts, audit log") { db in
      try db.execute(sql: version1)
    }
    migrator.registerMigration("v2: uploads waiting for confirmation") { db in
      try db.execute(sql: version2)
    }
    migrator.registerMigration("v3: a revision per agency") { db in
      try db.execute(sql: version3)
    }
    return migrator
  }

  /// A workbook uploaded and checked but not yet saved: the planner sees
  /// what it adds (or its conflicts) first.
  private static let version2 = """
    CREATE TABLE pendingImport (
      id TEXT PRIMARY KEY NOT NULL,
      agency TEXT NOT NULL REFERENCES agency(code) ON DELETE CASCADE,
      account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      fileName TEXT NOT NULL,
      content BLOB NOT NULL,
      replacing INTEGER NOT NULL,
      createdAt TEXT NOT NULL
    ) STRICT;
    """

  /// Each agency counts the changes of its data, so that a review computed
  /// once serves until the next change (``ReviewCache``).
  private static let version3 = """
    ALTER TABLE agency ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    """

  private static let version1 = """
    CREATE TABLE agency (
      code TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL,
      source TEXT NOT NULL,
      addedAt TEXT NOT NULL
    ) STRICT;

    CREATE TABLE indicator (
      agency TEXT NOT NULL REFERENCES agency(code) ON DELETE CASCADE,
      code TEXT NOT NULL,
      position INTEGER NOT NULL,
      objective TEXT NOT NULL,
      name TEXT NOT NULL,
      formula TEXT NOT NULL,
      unit TEXT NOT NULL,
      polarity TEXT NOT NULL CHECK (polarity IN ('higher', 'lower', 'range')),
      polarityInferred INTEGER NOT NULL,
      lowerBound REAL,
      upperBound REAL,
      numeratorLabel TEXT NOT NULL,
      denominatorLabel TEXT NOT NULL,
      rollup TEXT NOT NULL CHECK (rollup IN ('sum', 'last', 'average')),
      PRIMARY KEY (agency, code)
    ) STRICT;

    CREATE TABLE annualValue (
      agency TEXT NOT NULL,
      indicator TEXT NOT NULL,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      actual REAL,
      target REAL,
      targetUpper REAL,
      numerator REAL,
      denominator REAL,
      budget REAL,
      budgetSpent REAL,
      source TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (targetUpper IS NULL OR targetUpper > target),
      PRIMARY KEY (agency, indicator, year),
      FOREIGN KEY (agency, indicator) REFERENCES indicator(agency, code) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE quarterlyValue (
      agency TEXT NOT NULL,
      indicator TEXT NOT NULL,
      year INTEGER NOT NULL,
      quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      position INTEGER NOT NULL,
      actual REAL,
      numerator REAL,
      denominator REAL,
      source TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      PRIMARY KEY (agency, indicator, year, quarter),
      FOREIGN KEY (agency, indicator) REFERENCES indicator(agency, code) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE scenarioFile (
      agency TEXT NOT NULL REFERENCES agency(code) ON DELETE CASCADE,
      name TEXT NOT NULL,
      content BLOB NOT NULL,
      PRIMARY KEY (agency, name)
    ) STRICT;

    CREATE TABLE account (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      username TEXT NOT NULL UNIQUE,
      passwordHash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'bappeda', 'planner', 'inspector')),
      addedAt TEXT NOT NULL
    ) STRICT;

    CREATE TABLE accountAgency (
      account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      agency TEXT NOT NULL REFERENCES agency(code) ON DELETE CASCADE,
      PRIMARY KEY (account, agency)
    ) STRICT;

    CREATE TABLE session (
      tokenHash TEXT PRIMARY KEY NOT NULL,
      account INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      csrfToken TEXT NOT NULL,
      expiresAt TEXT NOT NULL
    ) STRICT;

    CREATE TABLE loginFailure (
      username TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX loginFailureByName ON loginFailure(username, at);

    CREATE TABLE auditEntry (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      agency TEXT,
      action TEXT NOT NULL,
      indicator TEXT,
      year INTEGER,
      quarter INTEGER,
      field TEXT,
      oldValue TEXT,
      newValue TEXT,
      reason TEXT
    ) STRICT;
    CREATE INDEX auditEntryByAgency ON auditEntry(agency, id);
    CREATE TRIGGER auditEntryIsAppendOnlyUpdate BEFORE UPDATE ON auditEntry
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER auditEntryIsAppendOnlyDelete BEFORE DELETE ON auditEntry
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """
}
