/// A planner's indicator table (a signed IKU sheet, a Renstra/RPJMD target
/// table, an LKjIP table, a history table) read into a dataset.
///
/// The header is recognised by ``TableLayout``: the indicator column and
/// every realisation and target column with its year. Around the table,
/// as in the agencies' signed sheets like the Tanjungpinang seed, are free
/// text (agency name, tasks, functions) and a signature block. Rules:
/// - a row numbered `1.`, `2.`, … starts an objective; a following row with
///   an empty number adds another indicator to it, and a row holding
///   several indicators numbers them `1. …`, `2. …` inside the cell: such
///   indicators get codes `IKU-3a`, `IKU-3b`, single ones `IKU-1`; a
///   hierarchical code in the `KODE` or `NO` column (`1.a.1`, `1.01.02`)
///   is the code as written;
/// - in a table whose bare years take their role from a `KETERANGAN`
///   column, an indicator's rows (`Target`, then `Realisasi` with an empty
///   or repeated indicator cell) are one indicator; a `Capaian` row is the
///   realisation unless a `Realisasi` row is there (then, like `Capaian
///   (%)`, it is the achievement and not stored);
/// - a money column of a year (``RupiahHeading``) gives the year's budget or
///   budget spent, in whole rupiah;
/// - a row with a name but neither values nor a unit is a group or heading
///   row (an agency or program), not an indicator;
/// - values like `39,67%` and `5.517 Orang` are read under one number
///   convention for the sheet (``NumberReader``); `-`, `n/a` and a cell
///   holding only the unit are missing values;
/// - a target cell may hold a range (`72,28 – 73,77`, `69,1-69,5`,
///   ``WrittenRange``), both ends read under the sheet's convention: the
///   lower end is the target, the upper end ``AnnualObservation/targetUpper``
///   (``TargetRange``); a range in a realisation cell is an error;
/// - the unit is the SATUAN column's, else the one written after the
///   values, else `%` or `indeks` when the name says so; its
///   ``UnitKind`` gives the bounds (`%` 0–100; a count, years, a rate and a
///   ratio ≥ 0; a Gini ratio 0–1) and the roll-up (`jumlah` for counts and
///   rupiah, `terakhir` otherwise);
/// - rows of column numbers `(1) (2) …` and all text outside the table are
///   skipped; the agency name (`Nama Organisasi : …`, else the first line)
///   becomes the dataset's title.
/// Polarity: `polarities` for a code, else the POLARITAS column, else
/// `lower` for a well-known lower-is-better name (``LowerIsBetter``,
/// listed in ``inferredPolarities``), else `higher`.
public struct IKUSheet: Sendable {
  /// The dataset read from the sheet.
  public let dataset: Dataset
  /// The latest realisation year (`CAPAIAN … TA 2024`), if any.
  public let actualYear: Int?
  /// The latest target year (`TARGET … TA. 2025`), if any.
  public let targetYear: Int?
  /// The codes whose polarity was inferred from the name.
  public var inferredPolarities: [String] {
    dataset.indicators.filter(\.isPolarityInferred).map(\.code)
  }
  /// Where the table was read from: text, or a workbook's sheet.
  public let origin: CellGrid.Origin
  /// The columns read and those not stored.
  let layout: TableLayout
  /// Rows of the table that are not stored (totals, grades), named in the
  /// summary.
  public let skippedRows: [SkippedRow]
  /// Where each value of ``dataset`` was read.
  public let valueLocations: [ValueKey: SourceLocation]

  /// Reads a sheet.
  ///
  /// - Parameters:
  ///   - grid: The cells of the sheet (tab-separated text, CSV or a
  ///     worksheet).
  ///   - sourceName: What every value's `sumber` names (the sheet file).
  ///   - convention: Forces the number convention.
  ///   - polarities: Polarity by indicator code, for those not `higher`.
  ///   - baseYear: The first year of the plan's period, for a table whose
  ///     years are relative (`Tahun-1` is `baseYear`).
  /// - Throws: ``InputError`` when there is no table, or a value cannot be
  ///   read, naming file, line and column.
  public init(
    _ grid: CellGrid, sourceName: String, convention: NumberConvention? = nil,
    polarities: [String: Polarity] = [:], baseYear: Int? = nil
  ) throws {
    let header = try TableLayout(grid, baseYear: baseYear)
    // A formula saved without its value, from the header down: read as its
    // text it would change a value, a name or a unit, or drop a row.
    try grid.refuseUncomputedFormulas(in: grid.rows.lazy.filter { $0.line >= header.firstLine })
    let (entries, skipped) = try Self.entries(grid, header)
    var cells: [(text: String, location: SourceLocation)] = []
    for entry in entries {
      let placed =
        entry.placed(header).map { ($0.row, $0.column.column) }
        + header.money.map { (entry.row, $0.column) }
      for (row, column) in placed {
        if case .text(let text) = Self.cell(row, column) {
          cells.append((Self.withoutRp(text), grid.location(line: row.line, column: column)))
        }
      }
    }
    let chosen = try NumberReader.decide(
      cells: cells, delimiter: grid.delimiter, preferred: convention)

    let signed = Self.signingDate(grid).map { " (ditetapkan \($0))" } ?? ""
    let source = "lembar IKU \(sourceName)\(signed)"
    var indicators: [Indicator] = []
    var annual: [AnnualObservation] = []
    var codes: Set<String> = []
    var inferred: Set<String> = []
    var locations: [ValueKey: SourceLocation] = [:]
    for entry in entries {
      // Two rows numbered alike ("1." twice, "1.1" beside "11.") would get
      // one code and a folder `ikuplan data` then refuses.
      guard codes.insert(entry.code).inserted else {
        throw InputError(
          .duplicateCode(entry.code),
          at: grid.location(
            line: entry.row.line, column: header.code ?? header.number ?? header.name))
      }
      let satuan =
        header.unit.flatMap { column in
          entry.allRows.lazy.map { trimmed(Self.cell($0, column).text) }.first { !$0.isEmpty }
        } ?? ""
      var values:
        [(column: TableLayout.ValueColumn, value: Double?, upper: Double?, at: SourceLocation)] =
          []
      var written: (unit: String, column: Int)?
      for (column, row) in entry.placed(header) {
        let at = grid.location(line: row.line, column: column.column)
        let read = try Self.value(
          row, column.column, grid, satuan: satuan, chosen, rangeAllowed: column.role == .target)
        if let unit = read?.unit {
          if let first = written, !Unit.matches(first.unit, unit) {
            throw InputError(.inconsistentUnits(first.unit, unit), at: at)
          }
          if !satuan.isEmpty, !Unit.matches(unit, satuan) {
            throw InputError(.unitMismatch(written: unit, expected: satuan), at: at)
          }
          written = written ?? (unit, column.column)
        }
        // The end of the period may repeat its last year's value; a
        // different one is two values for one year and role.
        if let value = read?.value,
          let other = values.first(where: {
            $0.column.year == column.year && $0.column.role == column.role && $0.value != nil
          }), other.value != value
        {
          throw InputError(
            .sameYearColumns(
              first: other.column.heading, second: column.heading, year: column.year),
            at: at)
        }
        values.append((column, read?.value, read?.upper, at))
      }
      let unit = Self.unit(satuan: satuan, written: written?.unit, name: entry.name)
      var polarity = polarities[entry.code]
      if polarity == nil, let column = header.polarity {
        let word = trimmed(Self.cell(entry.row, column).text)
        if !isMissingMarker(word) {
          guard let value = Polarity(word: word) else {
            throw InputError(
              .invalidWord(word, expected: ["naik", "turun", "stabil", "positif", "negatif"]),
              at: grid.location(line: entry.row.line, column: column))
          }
          polarity = value
        }
      }
      // The sheet's own capaian says which formula it used: (2T − R)/T is
      // lower-is-better, R/T higher.
      if polarity == nil,
        let fromCapaian = Self.polarityOfCapaian(entry.row, header, values, grid, chosen)
      {
        polarity = fromCapaian
        if fromCapaian == .lower { inferred.insert(entry.code) }
      }
      if polarity == nil, LowerIsBetter.matches(entry.name) {
        polarity = .lower
        inferred.insert(entry.code)
      }
      let bounds = Self.bounds(UnitKind(unit: unit), name: entry.name)
      var indicator = Indicator(
        code: entry.code, objective: entry.objective, name: entry.name,
        formula: entry.formula, unit: unit, polarity: polarity ?? .higher,
        lowerBound: bounds.lower, upperBound: bounds.upper, rollup: bounds.rollup,
        isPolarityInferred: inferred.contains(entry.code))
      (indicator.numeratorLabel, indicator.denominatorLabel) = Self.ratioLabels(entry.formula)
      // A realisation outside the bounds is an input error; a target
      // outside them is kept and flagged by the review.
      for (column, value, _, at) in values where column.role == .actual {
        if let value, !indicator.allows(value) {
          throw InputError(
            .outOfBounds(value, lower: indicator.lowerBound, upper: indicator.upperBound),
            at: at)
        }
      }
      indicators.append(indicator)
      for (column, value, _, at) in values where value != nil {
        let key = ValueKey(
          code: entry.code, year: column.year, field: column.role == .target ? .target : .actual)
        if locations[key] == nil { locations[key] = at }
      }
      var money: [(column: TableLayout.MoneyColumn, value: Double)] = []
      for column in header.money {
        guard let value = try Self.rupiah(entry.row, column, grid, chosen) else { continue }
        money.append((column, value))
        locations[ValueKey(code: entry.code, year: column.year, field: column.field)] =
          grid.location(line: entry.row.line, column: column.column)
      }
      let years = Set(
        header.values.map(\.year) + header.rowYears.map(\.year) + header.money.map(\.year))
      for year in years.sorted() {
        func find(_ role: TableLayout.Role) -> (value: Double?, upper: Double?)? {
          values.first { $0.column.year == year && $0.column.role == role && $0.value != nil }
            .map { ($0.value, $0.upper) }
        }
        func amount(_ field: AnnualField) -> Double? {
          money.first { $0.column.year == year && $0.column.field == field }?.value
        }
        annual.append(
          AnnualObservation(
            code: entry.code, year: year, actual: find(.actual)?.value,
            target: find(.target)?.value, budget: amount(.budget),
            budgetSpent: amount(.budgetSpent), source: source,
            targetUpper: find(.target)?.upper ?? nil))
      }
    }
    // `--polarity CODE=…` for a code the sheet does not have is a typo,
    // not a setting to ignore.
    if let unknown = polarities.keys.sorted().first(where: { !codes.contains($0) }) {
      throw InputError(
        .polarityForUnknownCode(unknown, known: indicators.map(\.code)),
        at: grid.location(line: header.line, column: header.name))
    }
    dataset = Dataset(
      title: Self.title(grid, before: header.firstLine), source: source,
      indicators: indicators, annual: annual)
    actualYear = header.values.filter { $0.role == .actual }.map(\.year).max()
    targetYear = header.values.filter { $0.role == .target }.map(\.year).max()
    layout = header
    origin = grid.origin
    skippedRows = skipped
    valueLocations = locations
  }

  /// The polarity a row's capaian column implies: the capaian of a year
  /// with target T and realisation R is R/T·100 for higher-is-better and
  /// (2T − R)/T·100 for lower-is-better; `nil` when the sheet has no such
  /// capaian, the two formulas agree (R = T) or neither matches (within
  /// 0,5 percentage points).
  static func polarityOfCapaian(
    _ row: CellGrid.Row, _ header: TableLayout,
    _ values: [(
      column: TableLayout.ValueColumn, value: Double?, upper: Double?, at: SourceLocation
    )],
    _ grid: CellGrid, _ convention: NumberConvention?
  ) -> Polarity? {
    let years = Set(header.values.map(\.year))
    for column in header.unused where column.reason == .achievement {
      guard
        let year = TableLayout.year(column.heading) ?? (years.count == 1 ? years.first : nil),
        let target = values.first(where: { $0.column.year == year && $0.column.role == .target })?
          .value,
        let actual = values.first(where: { $0.column.year == year && $0.column.role == .actual })?
          .value,
        target != 0, actual != target,
        let capaian =
          (try? Self.value(
            row, column.column, grid, satuan: "", convention, rangeAllowed: false))??.value
      else { continue }
      let higher = actual / target * 100
      let lower = (2 * target - actual) / target * 100
      let close = { (formula: Double) in abs(capaian - formula) <= 0.5 }
      if close(lower) && !close(higher) { return .lower }
      if close(higher) && !close(lower) { return .higher }
    }
    return nil
  }

  /// Reads the table of a file: delimited text, or a workbook's sheet —
  /// `sheet`, else the first sheet that holds an IKU table (a cover or
  /// instructions sheet before it is passed over, and ``sheet`` says
  /// which was read).
  ///
  /// - Throws: ``InputError`` as ``init(_:sourceName:convention:polarities:baseYear:)``
  ///   does; without a table on any sheet, the first sheet's error.
  public static func read(
    file path: String, sheet: String? = nil, convention: NumberConvention? = nil,
    polarities: [String: Polarity] = [:], baseYear: Int? = nil
  ) throws -> IKUSheet {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let first = try CellGrid(contentsOfFile: path, sheet: sheet)
    do {
      return try IKUSheet(
        first, sourceName: name, convention: convention, polarities: polarities,
        baseYear: baseYear)
    } catch let error as InputError {
      guard case .noIKUTable = error.problem, sheet == nil else { throw error }
      for other in first.sheetNames.dropFirst() {
        let grid = try CellGrid(contentsOfFile: path, sheet: other)
        do {
          return try IKUSheet(
            grid, sourceName: name, convention: convention, polarities: polarities,
            baseYear: baseYear)
        } catch let next as InputError {
          // A sheet with a table but bad values is reported, not passed.
          guard case .noIKUTable = next.problem else { throw next }
        }
      }
      throw error
    }
  }

  /// The worksheet the table was read from, for a workbook.
  public var sheet: String? {
    if case .spreadsheet(let name) = origin { return name }
    return nil
  }

  /// A row's cell, empty beyond a short row.
  static func cell(_ row: CellGrid.Row, _ column: Int) -> CellGrid.Cell {
    row.cells.indices.contains(column) ? row.cells[column] : .text("")
  }

  /// Bounds and roll-up by unit kind: see the type's rules.
  static func bounds(_ kind: UnitKind, name: String) -> (
    lower: Double?, upper: Double?, rollup: QuarterlyRollup
  ) {
    let lower = name.lowercased()
    // A Gini ratio lies in 0–1 whatever its unit is called (`rasio`,
    // `indeks`, none).
    if lower.contains("gini") { return (0, 1, .last) }
    // A growth rate (`Laju Pertumbuhan Ekonomi`, inflation) may be
    // negative and above 100%; so may a realisation measured against its
    // plan (`Persentase Realisasi PAD terhadap Target`) exceed 100%.
    let growth = ["laju", "pertumbuhan", "inflasi", "growth"].contains(where: lower.contains)
    if growth, kind == .percentage || kind == .other { return (nil, nil, .last) }
    switch kind {
    case .percentage:
      // A realisation against its target (`Capaian Realisasi PAD`, `…
      // terhadap Target`) passes 100% when the target is exceeded.
      let againstTarget =
        lower.hasPrefix("capaian") || lower.contains("terhadap target")
        || lower.hasPrefix("persentase realisasi") || lower.hasPrefix("prosentase realisasi")
      return (0, againstTarget ? nil : 100, .last)
    case .count: return (0, nil, .sum)
    case .ratio: return (0, nil, .last)
    case .years, .rate: return (0, nil, .last)
    case .rupiah: return (nil, nil, .sum)
    case .index, .other: return (nil, nil, .last)
    }
  }

  // MARK: - Rows

  /// One indicator of the table, before its values are read.
  struct Entry {
    var code: String
    var objective: String
    var name: String
    var formula: String
    var row: CellGrid.Row
    /// In a table whose roles come row by row (`KETERANGAN`), the
    /// indicator's rows with their roles.
    var roleRows: [RoleRow] = []

    struct RoleRow {
      let row: CellGrid.Row
      let role: TableLayout.Role
      /// The cell's words (`Target`, `Realisasi`, `Capaian`).
      let word: String
    }

    /// Every row of the indicator.
    var allRows: [CellGrid.Row] {
      [row] + roleRows.map(\.row).filter { $0.line != row.line }
    }

    /// Each value column of the indicator with the row it is read from.
    func placed(_ header: TableLayout) -> [(column: TableLayout.ValueColumn, row: CellGrid.Row)] {
      header.values.map { ($0, row) }
        + roleRows.flatMap { roleRow in
          header.rowYears.map {
            (
              TableLayout.ValueColumn(
                column: $0.column, year: $0.year, role: roleRow.role,
                heading: "\($0.heading) \(roleRow.word)"),
              roleRow.row
            )
          }
        }
    }
  }

  /// A row of the table that is not stored, and why: the import summary
  /// names it.
  public struct SkippedRow: Sendable, Hashable {
    /// Why a row is not stored.
    public enum Reason: Sendable, Hashable {
      /// A total or average of the rows above (`Jumlah`, `Total`,
      /// `Rata-rata`).
      case total
      /// Its values are words, not numbers (a grade `B`, `BB`, `A`).
      case notNumbers(String)
    }
    /// The row's line.
    public var line: Int
    /// The name in its indicator cell.
    public var name: String
    /// Why it is not stored.
    public var reason: Reason
  }

  private static func entries(_ grid: CellGrid, _ header: TableLayout) throws -> (
    [Entry], skipped: [SkippedRow]
  ) {
    var groups: [(label: String, objective: String, entries: [Entry])] = []
    var skipped: [SkippedRow] = []
    var previousWasEntry = false
    for row in grid.rows where row.line > header.line && row.cells.count > header.name {
      let texts = row.cells.map { trimmed($0.text) }
      // A row of column numbers: "(1) (2) (3)", or 1, 2, 3, … in order.
      let numbered = texts.filter { !$0.isEmpty }
      if texts.allSatisfy({ $0.isEmpty || ($0.hasPrefix("(") && $0.hasSuffix(")")) })
        || (numbered.count >= 3 && numbered.enumerated().allSatisfy { $1 == String($0 + 1) })
      {
        previousWasEntry = false
        continue
      }
      // The indicator is the rightmost indicator column the row fills.
      let nameColumn =
        header.names.last { texts.indices.contains($0) && !texts[$0].isEmpty } ?? header.name
      let name = texts.indices.contains(nameColumn) ? texts[nameColumn] : ""
      // The optional columns may lie beyond a short row (found by fuzzing:
      // Tests/TestSupport/Fixtures/fuzz-regressions/sheet).
      func optional(_ column: Int?) -> String {
        column.map { texts.indices.contains($0) ? texts[$0] : "" } ?? ""
      }
      if let roleColumn = header.rowRole, !groups.isEmpty,
        name.isEmpty || stripNumbering(name) == groups[groups.count - 1].entries.last?.name
      {
        // A row continuing the indicator above with another role.
        let last = groups[groups.count - 1].entries.count - 1
        try addRoleRow(
          row, texts, roleColumn, to: &groups[groups.count - 1].entries[last], header, grid)
        continue
      }
      guard !name.isEmpty else {
        previousWasEntry = false
        continue
      }
      // A group or heading row: a name without values or unit (a dash is
      // no value).
      // A value cell holding only a word (a unit, `desa`) is no value, and
      // a unit cell holding a sentence (a heading spilling over) is no unit.
      let valueColumns = header.values.map(\.column) + header.rowYears.map(\.column)
      let hasValue = valueColumns.contains {
        texts.indices.contains($0) && !isMissingMarker(texts[$0])
          && (texts[$0].contains(where: \.isNumber) || UnitKind(unit: texts[$0]) == .other)
      }
      let unitText = optional(header.unit)
      let hasUnit =
        !isMissingMarker(unitText) && unitText.split(separator: " ").count <= 4
        && unitText.count <= 30
      // A row lettered `A.`, `B`, `II.` without values heads a group.
      let lettered =
        !optional(header.number).isEmpty && !optional(header.number).contains(where: \.isNumber)
      let filled = hasValue || (hasUnit && !lettered)
      guard filled else {
        // A name broken over two lines of a PDF: the second line starts in
        // lower case and holds nothing else.
        let alone = texts.enumerated().allSatisfy { $0.offset == nameColumn || $0.element.isEmpty }
        if previousWasEntry, alone, name.first?.isLowercase == true, !groups.isEmpty,
          var last = groups[groups.count - 1].entries.popLast()
        {
          last.name += " " + name
          groups[groups.count - 1].entries.append(last)
          continue
        }
        previousWasEntry = false
        continue
      }
      previousWasEntry = false
      let number = optional(header.code).isEmpty ? optional(header.number) : optional(header.code)
      if number.isEmpty,
        [
          "jumlah", "total", "jumlah total", "total keseluruhan", "rata-rata", "rata rata",
          "rerata",
        ]
        .contains(name.lowercased())
      {
        skipped.append(SkippedRow(line: row.line, name: name, reason: .total))
        continue
      }
      // Values that are words: a grade (`B`, `BB`, `A`), not a number.
      let words = header.values.map(\.column).filter { texts.indices.contains($0) }
        .map { texts[$0] }.filter { !isMissingMarker($0) }
      if !words.isEmpty, words.allSatisfy({ !$0.contains(where: \.isNumber) }),
        !words.contains(where: { Unit.isPercent($0) || Unit.isCount($0) })
      {
        skipped.append(
          SkippedRow(
            line: row.line, name: name,
            reason: .notNumbers(words.prefix(3).joined(separator: ", "))))
        continue
      }
      previousWasEntry = true
      var objective = optional(header.objective)
      // An empty objective cell under a merged one continues it.
      if objective.isEmpty, let last = groups.last { objective = last.objective }
      var entry = Entry(
        code: "", objective: objective, name: stripNumbering(name),
        formula: stripNumbering(optional(header.formula)), row: row)
      if let roleColumn = header.rowRole {
        try addRoleRow(row, texts, roleColumn, to: &entry, header, grid)
      }
      let written = writtenCode(number)
      let digits = number.filter(\.isNumber)
      // A new code or numbered row, or (without a number column) a new
      // objective, starts a group; otherwise the row adds an indicator to
      // the group.
      // Without a number column, the objective groups indicators where
      // there is one; without either, each row is its own indicator.
      // With a number column, a row without a number adds an indicator to
      // the numbered row above (`3.` then a row without: IKU-3a, IKU-3b),
      // but not to a row that had none itself (codes only on group rows).
      let hasNumbers = header.number != nil || header.code != nil
      let startsGroup =
        written != nil || !digits.isEmpty || groups.isEmpty
        || (hasNumbers && groups[groups.count - 1].label.isEmpty)
        || (!hasNumbers
          && (header.objective == nil
            || (!entry.objective.isEmpty
              && entry.objective != groups[groups.count - 1].objective)))
      if startsGroup {
        // An unnumbered group gets its number once every written number is
        // known (below), so that it cannot take one of theirs.
        let label = written ?? (digits.isEmpty ? "" : "IKU-\(digits)")
        groups.append((label, entry.objective, [entry]))
      } else {
        entry.objective = groups[groups.count - 1].objective
        groups[groups.count - 1].entries.append(entry)
      }
    }
    // Unnumbered groups count on from their position, past every number
    // the sheet writes (a first row without a number before a row `1.`).
    let taken = Set(groups.map(\.label))
    var next = 1
    for index in groups.indices where groups[index].label.isEmpty {
      next = max(next, index + 1)
      while taken.contains("IKU-\(next)") { next += 1 }
      groups[index].label = "IKU-\(next)"
      next += 1
    }
    var entries: [Entry] = []
    for group in groups {
      for (index, var entry) in group.entries.enumerated() {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let suffix =
          group.entries.count == 1
          ? "" : String(letters[letters.index(letters.startIndex, offsetBy: min(index, 25))])
        entry.code = "\(group.label)\(suffix)"
        try settleRoleRows(&entry, header, grid)
        entries.append(entry)
      }
    }
    return (entries, skipped)
  }

  /// A row's role from its `KETERANGAN` cell, added to the indicator.
  ///
  /// A row without values and without a role word is skipped (text below
  /// the table); `Capaian (%)` is the achievement and is not stored.
  private static func addRoleRow(
    _ row: CellGrid.Row, _ texts: [String], _ roleColumn: Int, to entry: inout Entry,
    _ header: TableLayout, _ grid: CellGrid
  ) throws {
    let word = texts.indices.contains(roleColumn) ? texts[roleColumn] : ""
    let hasValues = header.rowYears.contains {
      texts.indices.contains($0.column) && !isMissingMarker(texts[$0.column])
    }
    let heading = TableLayout.heading(word)
    if heading.contains("CAPAIAN") && heading.contains("%") { return }
    let role = TableLayout.role(heading)
    // Text around the table (a signature block) has no values.
    if !hasValues && role == nil { return }
    guard let role else {
      throw InputError(
        .invalidWord(word, expected: ["Target", "Realisasi", "Capaian", "Kondisi"]),
        at: grid.location(line: row.line, column: roleColumn))
    }
    entry.roleRows.append(Entry.RoleRow(row: row, role: role, word: word))
  }

  /// An indicator's role rows: a `Capaian` row beside a `Realisasi` row is
  /// the achievement and is dropped; two rows of one role are refused.
  private static func settleRoleRows(
    _ entry: inout Entry, _ header: TableLayout, _ grid: CellGrid
  ) throws {
    guard let roleColumn = header.rowRole else { return }
    func isCapaian(_ roleRow: Entry.RoleRow) -> Bool {
      TableLayout.heading(roleRow.word).contains("CAPAIAN")
    }
    if entry.roleRows.contains(where: { $0.role == .actual && !isCapaian($0) }) {
      entry.roleRows.removeAll(where: isCapaian)
    }
    var seen: [TableLayout.Role: Entry.RoleRow] = [:]
    for roleRow in entry.roleRows {
      if let first = seen[roleRow.role] {
        throw InputError(
          .repeatedRowRole(roleRow.word, firstLine: first.row.line),
          at: grid.location(line: roleRow.row.line, column: roleColumn))
      }
      seen[roleRow.role] = roleRow
    }
  }

  /// A hierarchical code as written (`1.a.1`, `1.01.02`; a final `.` is
  /// dropped), or `nil` for plain numbering (`1.`, `2`) and other text.
  static func writtenCode(_ text: String) -> String? {
    var code = Substring(trimmed(text))
    if code.last == "." || code.last == ")" { code = code.dropLast() }
    let parts = code.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2, code.count <= 40, code.contains(where: \.isNumber),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber } })
    else { return nil }
    return String(code)
  }

  /// `1. Persentase …` → `Persentase …`.
  static func stripNumbering(_ text: String) -> String {
    var rest = Substring(text)
    let digits = rest.prefix(while: \.isNumber)
    guard !digits.isEmpty else { return text }
    rest = rest.dropFirst(digits.count)
    guard rest.first == "." || rest.first == ")" else { return text }
    return trimmed(String(rest.dropFirst()))
  }

  /// A value cell: a number with its unit, or in a target column
  /// (`rangeAllowed`) a range `72,28 – 73,77` (``WrittenRange``), whose
  /// `upper` end is above `value`; `upper` is `nil` for a single number and
  /// for a range of two equal ends.
  ///
  /// - Throws: ``InputError`` naming the cell for text that is not a
  ///   number, a range in a realisation column, a range whose lower end is
  ///   above its upper end or whose ends carry different units, and text
  ///   that splits into two numbers in more than one way.
  private static func value(
    _ row: CellGrid.Row, _ column: Int, _ grid: CellGrid, satuan: String,
    _ convention: NumberConvention?, rangeAllowed: Bool
  ) throws -> (value: Double, upper: Double?, unit: String?)? {
    let location = grid.location(line: row.line, column: column)
    switch cell(row, column) {
    case .number(let value):
      return (value, nil, nil)
    case .percent(let value):
      return (value, nil, "%")
    case .formula(let formula):
      throw InputError(.uncomputedFormula(formula), at: location)
    case .text(let text):
      if isMissingMarker(text) { return nil }
      // A cell holding only the unit (`%`, `orang`) is a missing value.
      if !text.contains(where: \.isNumber),
        (!satuan.isEmpty && Unit.matches(text, satuan)) || Unit.isPercent(text)
          || Unit.isCount(text)
      {
        return nil
      }
      if WrittenNumber(text) == nil {
        switch WrittenRange.read(text) {
        case .none: break
        case .ambiguous: throw InputError(.ambiguousRange(trimmed(text)), at: location)
        case .range(let range):
          guard rangeAllowed else {
            throw InputError(.rangeNotAllowed(trimmed(text)), at: location)
          }
          guard let lower = range.lower.value(in: convention ?? .indonesian),
            let upper = range.upper.value(in: convention ?? .indonesian),
            lower.isFinite, upper.isFinite
          else {
            throw InputError(.notANumber(trimmed(text)), at: location)
          }
          guard range.unitsAgree else {
            throw InputError(
              .inconsistentUnits(range.lower.unit ?? "", range.upper.unit ?? ""), at: location)
          }
          guard lower <= upper else {
            throw InputError(.invalidRange(lower: lower, upper: upper), at: location)
          }
          return (lower, upper > lower ? upper : nil, range.unit)
        }
      }
      guard let number = WrittenNumber(text),
        let value = number.value(in: convention ?? .indonesian), value.isFinite
      else {
        throw InputError(.notANumber(trimmed(text)), at: location)
      }
      return (value, nil, number.unit)
    }
  }

  /// `Rp 1.250.000` → `1.250.000`: the currency before a money value.
  static func withoutRp(_ text: String) -> String {
    var rest = Substring(trimmed(text))
    guard rest.lowercased().hasPrefix("rp") else { return String(rest) }
    rest = rest.dropFirst(2)
    if rest.first == "." { rest = rest.dropFirst() }
    return trimmed(String(rest))
  }

  /// A money cell in whole rupiah: the number written times the heading's
  /// scale, rounded; `nil` when missing.
  ///
  /// - Throws: ``InputError`` for text that is not a number or a negative
  ///   amount.
  private static func rupiah(
    _ row: CellGrid.Row, _ column: TableLayout.MoneyColumn, _ grid: CellGrid,
    _ convention: NumberConvention?
  ) throws -> Double? {
    let location = grid.location(line: row.line, column: column.column)
    let value: Double
    switch cell(row, column.column) {
    case .number(let number), .percent(let number):
      value = number
    case .formula(let formula):
      throw InputError(.uncomputedFormula(formula), at: location)
    case .text(let text):
      let written = withoutRp(text)
      if isMissingMarker(written) { return nil }
      guard let number = WrittenNumber(written),
        let read = number.value(in: convention ?? .indonesian), read.isFinite
      else {
        throw InputError(.notANumber(trimmed(text)), at: location)
      }
      value = read
    }
    let amount = (value * column.scale).rounded()
    guard amount >= 0, amount.isFinite else {
      throw InputError(.outOfBounds(amount, lower: 0, upper: nil), at: location)
    }
    return amount
  }

  /// The indicator's unit: the SATUAN cell, else as written after its
  /// values (`%` stays `%`, a word is lower-cased: `Orang` → `orang`), else
  /// `%` when the name says percent, `indeks` when it starts with one,
  /// else `angka`.
  private static func unit(satuan: String, written: String?, name: String) -> String {
    if let given = satuan.isEmpty ? written : satuan {
      return Unit.isPercent(given) ? "%" : trimmed(given).lowercased()
    }
    // A unit in brackets at the end of the name: `Angka Harapan Hidup
    // (tahun)`, `Angka Kematian Ibu (per 100.000 KH)`; an abbreviation
    // (`(IPG)`) is no unit.
    if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
      let inside = trimmed(
        String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
      // An abbreviation in capitals (`(IKM)`, `(KK)`) names the indicator.
      let abbreviation = inside.count > 1 && inside == inside.uppercased()
      if UnitKind(unit: inside) != .other, !abbreviation || Unit.isPercent(inside) {
        return Unit.isPercent(inside) ? "%" : inside.lowercased()
      }
    }
    let lower = name.lowercased()
    if ["persentase", "prosentase", "persen", "%"].contains(where: lower.contains) { return "%" }
    if lower.hasPrefix("indeks") || lower.hasPrefix("index") { return "indeks" }
    return "angka"
  }

  /// `A dibagi B dikali 100` → (`A`, `B`); empty labels otherwise.
  static func ratioLabels(_ formula: String) -> (String, String) {
    let lower = formula.lowercased()
    guard let split = lower.range(of: " dibagi ") else { return ("", "") }
    let numerator = formula[..<split.lowerBound]
    var denominator = formula[split.upperBound...]
    if let times = denominator.lowercased().range(of: " dikali") {
      let offset = denominator.lowercased().distance(
        from: denominator.lowercased().startIndex, to: times.lowerBound)
      denominator = denominator.prefix(offset)
    }
    return (trimmed(String(numerator)), trimmed(String(denominator)))
  }

  // MARK: - Text around the table

  /// `Nama Organisasi : X` before the table, else its first line.
  private static func title(_ grid: CellGrid, before line: Int) -> String {
    let lines = grid.rows.filter { $0.line < line }.map {
      trimmed($0.cells.map(\.text).joined(separator: " "))
    }
    for text in lines {
      if let colon = text.firstIndex(of: ":"),
        text[..<colon].lowercased().contains("nama organisasi")
      {
        let value = trimmed(String(text[text.index(after: colon)...]))
        if !value.isEmpty { return value }
      }
    }
    return lines.first { !$0.isEmpty && $0.uppercased() != "INDIKATOR KINERJA UTAMA" } ?? ""
  }

  /// `PADA TANGGAL : MARET 2025` → `Maret 2025`.
  private static func signingDate(_ grid: CellGrid) -> String? {
    for row in grid.rows {
      let text = trimmed(row.cells.map(\.text).joined(separator: " "))
      guard let colon = text.firstIndex(of: ":"),
        text[..<colon].uppercased().contains("TANGGAL")
      else { continue }
      let value = trimmed(String(text[text.index(after: colon)...]))
      if !value.isEmpty { return value.capitalized }
    }
    return nil
  }
}
