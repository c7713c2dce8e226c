internal import Foundation

/// The files of a dataset folder and their column names (DESIGN §3.1), with
/// the English aliases that are accepted on reading.
enum DatasetFile {
  static let indicators = "indikator"
  static let annual = "realisasi"
  static let quarterly = "triwulan"
  static let metadata = "dataset"

  /// Column names: the Indonesian name first (the one written), then the
  /// accepted aliases.
  enum Column {
    static let code = ["kode", "code"]
    static let objective = ["sasaran", "objective"]
    static let name = ["indikator", "indicator", "name"]
    static let formula = ["formula", "formulasi"]
    static let unit = ["satuan", "unit"]
    static let polarity = ["polaritas", "polarity"]
    static let polarityInferred = ["polaritas_diduga", "polarity_inferred"]
    static let lowerBound = ["min", "minimum"]
    static let upperBound = ["maks", "max", "maksimum", "maximum"]
    static let numeratorLabel = ["pembilang", "numerator"]
    static let denominatorLabel = ["penyebut", "denominator"]
    static let rollup = ["konsolidasi", "rollup"]
    static let year = ["tahun", "year"]
    static let quarter = ["triwulan", "quarter"]
    static let actual = ["realisasi", "actual"]
    static let target = ["target"]
    static let targetUpper = ["target_atas", "target_upper"]
    static let numerator = ["pembilang", "numerator"]
    static let denominator = ["penyebut", "denominator"]
    static let budget = ["anggaran", "budget"]
    static let budgetSpent = ["realisasi_anggaran", "budget_spent"]
    static let source = ["sumber", "source"]
    static let title = ["judul", "title"]
  }

  /// The word of a `min`/`maks` cell that says there is no such bound,
  /// where the unit would give one (a percentage 0–100, a count ≥ 0).
  static let noBound = "tidak ada"

  /// Whether a bound cell says there is none (`tidak ada`, `none`).
  static func isNoBound(_ text: String) -> Bool {
    [noBound, "none"].contains(trimmed(text).lowercased())
  }

  /// The bounds a unit gives an indicator when its row names none.
  static func defaultBounds(unit: String) -> (lower: Double?, upper: Double?) {
    if Unit.isPercent(unit) { return (0, 100) }
    if Unit.isCount(unit) { return (0, nil) }
    return (nil, nil)
  }
}

extension Dataset {
  /// Loads a dataset folder: `indikator`, `realisasi` and, if present,
  /// `triwulan` and `dataset` (title and source), each as `.csv` or
  /// `.xlsx`.
  ///
  /// Column names are the Indonesian ones of DESIGN §3.1 or their English
  /// aliases (`code`, `year`, `actual`, …; see `history/README.md`). Each
  /// file's number convention is decided on its own (``NumberReader``)
  /// unless `convention` forces one.
  ///
  /// - Throws: ``InputError`` naming file, line and column (or sheet and
  ///   cell) of the first problem.
  public init(folder: String, convention: NumberConvention? = nil) throws {
    func find(_ name: String) -> String? {
      ["csv", "xlsx"].lazy.map { (folder as NSString).appendingPathComponent("\(name).\($0)") }
        .first { FileManager.default.fileExists(atPath: $0) }
    }
    func require(_ name: String) throws -> String {
      guard let path = find(name) else {
        throw InputError(
          .unreadable(reason: .notFound),
          at: SourceLocation(
            file: (folder as NSString).appendingPathComponent("\(name).csv"), line: 0))
      }
      return path
    }
    var title = (folder as NSString).lastPathComponent
    var source = ""
    if let path = find(DatasetFile.metadata) {
      (title, source) = try Self.readMetadata(
        Table(CellGrid(contentsOfFile: path)), defaultTitle: title)
    }
    let indicators = try Self.readIndicators(
      Table(CellGrid(contentsOfFile: require(DatasetFile.indicators))),
      convention: convention)
    let annual = try Self.readAnnual(
      Table(CellGrid(contentsOfFile: require(DatasetFile.annual))),
      indicators: indicators, convention: convention)
    var quarterly: [QuarterlyObservation] = []
    if let path = find(DatasetFile.quarterly) {
      quarterly = try Self.readQuarterly(
        Table(CellGrid(contentsOfFile: path)), indicators: indicators,
        convention: convention)
    }
    self.init(
      title: title, source: source, indicators: indicators, annual: annual,
      quarterly: quarterly)
  }

  // MARK: - Reading

  private static func readMetadata(
    _ table: Table, defaultTitle: String
  ) throws -> (String, String) {
    guard let record = table.records.first else { return (defaultTitle, "") }
    let title = table.columnIndex(anyOf: DatasetFile.Column.title).map {
      table.text(record, $0)
    }
    let source = table.columnIndex(anyOf: DatasetFile.Column.source).map {
      table.text(record, $0)
    }
    return (title.flatMap { $0.isEmpty ? nil : $0 } ?? defaultTitle, source ?? "")
  }

  private static func readIndicators(
    _ table: Table, convention: NumberConvention?
  ) throws -> [Indicator] {
    typealias C = DatasetFile.Column
    let code = try table.requiredColumn(C.code[0], C.code[1])
    let name = try table.requiredColumn(C.name[0], C.name[1], C.name[2])
    let unit = try table.requiredColumn(C.unit[0], C.unit[1])
    let objective = table.columnIndex(anyOf: C.objective)
    let formula = table.columnIndex(anyOf: C.formula)
    let polarity = table.columnIndex(anyOf: C.polarity)
    let inferred = table.columnIndex(anyOf: C.polarityInferred)
    let lower = table.columnIndex(anyOf: C.lowerBound)
    let upper = table.columnIndex(anyOf: C.upperBound)
    let numerator = table.columnIndex(anyOf: C.numeratorLabel)
    let denominator = table.columnIndex(anyOf: C.denominatorLabel)
    let rollup = table.columnIndex(anyOf: C.rollup)
    let numbers = try NumberReader(
      table, columns: [lower, upper].compactMap { $0 }, preferred: convention)

    var indicators: [Indicator] = []
    var codes: Set<String> = []
    for record in table.records {
      let codeText = try requiredText(table, record, code)
      if !codes.insert(codeText).inserted {
        throw InputError(.duplicateCode(codeText), at: table.location(of: record, column: code))
      }
      let unitText = try requiredText(table, record, unit)
      var indicator = Indicator(
        code: codeText, objective: objective.map { table.text(record, $0) } ?? "",
        name: try requiredText(table, record, name),
        formula: formula.map { table.text(record, $0) } ?? "", unit: unitText,
        numeratorLabel: numerator.map { table.text(record, $0) } ?? "",
        denominatorLabel: denominator.map { table.text(record, $0) } ?? "")
      if let polarity, !isMissingMarker(table.text(record, polarity)) {
        guard let value = Polarity(word: table.text(record, polarity)) else {
          throw InputError(
            .invalidWord(table.text(record, polarity), expected: ["naik", "turun", "stabil"]),
            at: table.location(of: record, column: polarity))
        }
        indicator.polarity = value
      }
      if let inferred {
        let word = trimmed(table.text(record, inferred)).lowercased()
        switch word {
        case "ya", "yes", "true", "1": indicator.isPolarityInferred = true
        case "", "-", "tidak", "no", "false", "0": break
        default:
          throw InputError(
            .invalidWord(table.text(record, inferred), expected: ["ya", "tidak"]),
            at: table.location(of: record, column: inferred))
        }
      }
      if let rollup, !isMissingMarker(table.text(record, rollup)) {
        guard let value = QuarterlyRollup(word: table.text(record, rollup)) else {
          throw InputError(
            .invalidWord(table.text(record, rollup), expected: ["jumlah", "terakhir", "rata"]),
            at: table.location(of: record, column: rollup))
        }
        indicator.rollup = value
      }
      // Percentages are bounded by 0 and 100, counts below by 0, unless the
      // file says otherwise.
      (indicator.lowerBound, indicator.upperBound) = DatasetFile.defaultBounds(unit: unitText)
      // `tidak ada` (`none`) removes the unit's default bound: a growth
      // rate in % may be negative, a realisation against plan above 100%.
      if let lower, DatasetFile.isNoBound(table.text(record, lower)) {
        indicator.lowerBound = nil
      } else if let lower, let (value, _) = try numbers.number(record, lower) {
        indicator.lowerBound = value
      }
      if let upper, DatasetFile.isNoBound(table.text(record, upper)) {
        indicator.upperBound = nil
      } else if let upper, let (value, _) = try numbers.number(record, upper) {
        indicator.upperBound = value
      }
      if let low = indicator.lowerBound, let high = indicator.upperBound, low >= high {
        throw InputError(
          .invalidBounds(lower: low, upper: high),
          at: table.location(of: record, column: upper ?? lower ?? unit))
      }
      indicators.append(indicator)
    }
    return indicators
  }

  private static func readAnnual(
    _ table: Table, indicators: [Indicator], convention: NumberConvention?
  ) throws -> [AnnualObservation] {
    typealias C = DatasetFile.Column
    let code = try table.requiredColumn(C.code[0], C.code[1])
    let year = try table.requiredColumn(C.year[0], C.year[1])
    let source = try table.requiredColumn(C.source[0], C.source[1])
    let actual = table.columnIndex(anyOf: C.actual)
    let target = table.columnIndex(anyOf: C.target)
    let targetUpper = table.columnIndex(anyOf: C.targetUpper)
    guard actual != nil || target != nil else {
      throw InputError(
        .unknownColumn(C.actual[0], available: table.header),
        at: table.grid.location(line: table.headerLine))
    }
    let numerator = table.columnIndex(anyOf: C.numerator)
    let denominator = table.columnIndex(anyOf: C.denominator)
    let budget = table.columnIndex(anyOf: C.budget)
    let budgetSpent = table.columnIndex(anyOf: C.budgetSpent)
    let numbers = try NumberReader(
      table,
      columns: [actual, target, targetUpper, numerator, denominator, budget, budgetSpent]
        .compactMap { $0 },
      preferred: convention)

    var observations: [AnnualObservation] = []
    // Sets, not scans: scanning the rows read so far made the duplicate
    // checks quadratic in the number of rows.
    var seen: Set<RowKey> = []
    for record in table.records {
      let indicator = try knownIndicator(table, record, code, indicators)
      let yearValue = try Self.year(table, record, year)
      if !seen.insert(RowKey(code: indicator.code, year: yearValue, quarter: 0)).inserted {
        throw InputError(
          .duplicateYear(code: indicator.code, year: yearValue),
          at: table.location(of: record, column: year))
      }
      if let target, case .text(let text) = record.cells[target],
        case .range = WrittenRange.read(text)
      {
        throw InputError(
          .rangeInOneCell(trimmed(text)), at: table.location(of: record, column: target))
      }
      let lower = try value(numbers, record, target, of: indicator, withinBounds: false)
      let observation = AnnualObservation(
        code: indicator.code, year: yearValue,
        actual: try value(numbers, record, actual, of: indicator),
        target: lower,
        numerator: try count(numbers, record, numerator),
        denominator: try count(numbers, record, denominator),
        budget: try count(numbers, record, budget),
        budgetSpent: try count(numbers, record, budgetSpent),
        source: table.text(record, source),
        targetUpper: try upperEnd(numbers, record, targetUpper, lower: lower, of: indicator))
      try checkSource(
        observation.source,
        hasValues: observation.actual != nil || observation.target != nil
          || observation.budget != nil || observation.budgetSpent != nil, table, record, source)
      observations.append(observation)
    }
    return observations
  }

  private static func readQuarterly(
    _ table: Table, indicators: [Indicator], convention: NumberConvention?
  ) throws -> [QuarterlyObservation] {
    typealias C = DatasetFile.Column
    let code = try table.requiredColumn(C.code[0], C.code[1])
    let year = try table.requiredColumn(C.year[0], C.year[1])
    let quarter = try table.requiredColumn(C.quarter[0], C.quarter[1])
    let actual = try table.requiredColumn(C.actual[0], C.actual[1])
    let source = try table.requiredColumn(C.source[0], C.source[1])
    let numerator = table.columnIndex(anyOf: C.numerator)
    let denominator = table.columnIndex(anyOf: C.denominator)
    let numbers = try NumberReader(
      table, columns: [actual, numerator, denominator].compactMap { $0 },
      preferred: convention)

    var observations: [QuarterlyObservation] = []
    var seen: Set<RowKey> = []
    for record in table.records {
      let indicator = try knownIndicator(table, record, code, indicators)
      let yearValue = try Self.year(table, record, year)
      guard let quarterValue = wholeNumber(record.cells[quarter]), (1...4).contains(quarterValue)
      else {
        throw InputError(
          .invalidQuarter(table.text(record, quarter)),
          at: table.location(of: record, column: quarter))
      }
      if !seen.insert(RowKey(code: indicator.code, year: yearValue, quarter: quarterValue))
        .inserted
      {
        throw InputError(
          .duplicateQuarter(code: indicator.code, year: yearValue, quarter: quarterValue),
          at: table.location(of: record, column: quarter))
      }
      let observation = QuarterlyObservation(
        code: indicator.code, year: yearValue, quarter: quarterValue,
        actual: try value(numbers, record, actual, of: indicator),
        numerator: try count(numbers, record, numerator),
        denominator: try count(numbers, record, denominator),
        source: table.text(record, source))
      try checkSource(
        observation.source, hasValues: observation.actual != nil, table, record, source)
      observations.append(observation)
    }
    return observations
  }

  // MARK: - Cells

  private static func requiredText(
    _ table: Table, _ record: CellGrid.Row, _ column: Int
  ) throws -> String {
    let text = table.text(record, column)
    guard !text.isEmpty else {
      throw InputError(.missingValue, at: table.location(of: record, column: column))
    }
    return text
  }

  private static func knownIndicator(
    _ table: Table, _ record: CellGrid.Row, _ column: Int, _ indicators: [Indicator]
  ) throws -> Indicator {
    let code = try requiredText(table, record, column)
    guard let indicator = indicators.first(where: { $0.code == code }) else {
      throw InputError(
        .unknownIndicator(code, known: indicators.map(\.code)),
        at: table.location(of: record, column: column))
    }
    return indicator
  }

  private static func year(
    _ table: Table, _ record: CellGrid.Row, _ column: Int
  ) throws -> Int {
    guard let value = wholeNumber(record.cells[column]), Dataset.years.contains(value) else {
      throw InputError(
        .invalidYear(table.text(record, column)), at: table.location(of: record, column: column))
    }
    return value
  }

  /// A whole number written as digits, or stored as a number in a sheet.
  private static func wholeNumber(_ cell: CellGrid.Cell) -> Int? {
    switch cell {
    case .number(let d): return d == d.rounded() && abs(d) < 1e9 ? Int(d) : nil
    case .percent, .formula: return nil
    case .text(let text): return Int(trimmed(text))
    }
  }

  /// A value of the indicator: its unit, if written, must be the
  /// indicator's, and a realisation must lie within the hard bounds.
  ///
  /// A target outside them (`withinBounds: false`) is read as written: it
  /// is what an inspector wants flagged (`target-outside-bounds`), not a
  /// reason to refuse the sheet.
  private static func value(
    _ numbers: NumberReader, _ record: CellGrid.Row, _ column: Int?,
    of indicator: Indicator, withinBounds: Bool = true
  ) throws -> Double? {
    guard let column, let (value, unit) = try numbers.number(record, column) else {
      return nil
    }
    let location = numbers.table.location(of: record, column: column)
    if let unit, !Unit.matches(unit, indicator.unit) {
      throw InputError(.unitMismatch(written: unit, expected: indicator.unit), at: location)
    }
    guard !withinBounds || indicator.allows(value) else {
      throw InputError(
        .outOfBounds(value, lower: indicator.lowerBound, upper: indicator.upperBound),
        at: location)
    }
    return value
  }

  /// The upper end of a range target (`target_atas`).
  ///
  /// The lower end is the `target` cell; `nil` when empty or equal to the
  /// lower end (a single target). A range is written in these two columns only; a
  /// `target` cell holding `72,28 – 73,77` is refused (``InputError/Problem/rangeInOneCell(_:)``).
  ///
  /// - Throws: ``InputError`` naming the `target_atas` cell when it has no
  ///   lower end beside it or is below it.
  private static func upperEnd(
    _ numbers: NumberReader, _ record: CellGrid.Row, _ column: Int?, lower: Double?,
    of indicator: Indicator
  ) throws -> Double? {
    guard let upper = try value(numbers, record, column, of: indicator, withinBounds: false),
      let column
    else { return nil }
    let location = numbers.table.location(of: record, column: column)
    guard let lower else { throw InputError(.rangeWithoutLowerEnd, at: location) }
    guard lower <= upper else {
      throw InputError(.invalidRange(lower: lower, upper: upper), at: location)
    }
    return upper > lower ? upper : nil
  }

  /// A count behind a ratio or a budget in rupiah: a number, not negative.
  private static func count(
    _ numbers: NumberReader, _ record: CellGrid.Row, _ column: Int?
  ) throws -> Double? {
    guard let column, let (value, _) = try numbers.number(record, column) else { return nil }
    guard value >= 0 else {
      throw InputError(
        .outOfBounds(value, lower: 0, upper: nil),
        at: numbers.table.location(of: record, column: column))
    }
    return value
  }

  private static func checkSource(
    _ source: String, hasValues: Bool, _ table: Table, _ record: CellGrid.Row, _ column: Int
  ) throws {
    if hasValues && source.isEmpty {
      throw InputError(.missingSource, at: table.location(of: record, column: column))
    }
  }
}

/// An indicator's row for a year (quarter 0) or a quarter, for duplicate
/// checks.
private struct RowKey: Hashable {
  let code: String
  let year: Int
  let quarter: Int
}
