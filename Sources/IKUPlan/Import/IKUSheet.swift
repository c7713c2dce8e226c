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
///   indicators get codes `IKU-3a`, `IKU-3b`, single ones `IKU-1`;
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
  public let inferredPolarities: [String]
  /// The columns read and those not stored.
  let layout: TableLayout
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
  /// - Throws: ``InputError`` when there is no table, or a value cannot be
  ///   read, naming file, line and column.
  public init(
    _ grid: CellGrid, sourceName: String, convention: NumberConvention? = nil,
    polarities: [String: Polarity] = [:]
  ) throws {
    let header = try TableLayout(grid)
    let entries = Self.entries(grid, header)
    var cells: [(text: String, location: SourceLocation)] = []
    for entry in entries {
      for column in header.values.map(\.column) {
        if case .text(let text) = Self.cell(entry.row, column) {
          cells.append((text, grid.location(line: entry.row.line, column: column)))
        }
      }
    }
    let chosen = try NumberReader.decide(
      cells: cells, delimiter: grid.delimiter, forced: convention)

    let signed = Self.signingDate(grid).map { " (ditetapkan \($0))" } ?? ""
    let source = "lembar IKU \(sourceName)\(signed)"
    var indicators: [Indicator] = []
    var annual: [AnnualObservation] = []
    var codes: Set<String> = []
    var inferred: [String] = []
    var locations: [ValueKey: SourceLocation] = [:]
    for entry in entries {
      // Two rows numbered alike ("1." twice, "1.1" beside "11.") would get
      // one code and a folder `ikuplan data` then refuses.
      guard codes.insert(entry.code).inserted else {
        throw InputError(
          .duplicateCode(entry.code),
          at: grid.location(line: entry.row.line, column: header.number ?? header.name))
      }
      let satuan = header.unit.map { trimmed(Self.cell(entry.row, $0).text) } ?? ""
      var values: [(column: TableLayout.ValueColumn, value: Double?, upper: Double?)] = []
      var written: (unit: String, column: Int)?
      for column in header.values {
        let read = try Self.value(
          entry.row, column.column, grid, satuan: satuan, chosen,
          rangeAllowed: column.role == .target)
        if let unit = read?.unit {
          if let first = written, !Unit.matches(first.unit, unit) {
            throw InputError(
              .inconsistentUnits(first.unit, unit),
              at: grid.location(line: entry.row.line, column: column.column))
          }
          if !satuan.isEmpty, !Unit.matches(unit, satuan) {
            throw InputError(
              .unitMismatch(written: unit, expected: satuan),
              at: grid.location(line: entry.row.line, column: column.column))
          }
          written = written ?? (unit, column.column)
        }
        values.append((column, read?.value, read?.upper))
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
      if polarity == nil, LowerIsBetter.matches(entry.name) {
        polarity = .lower
        inferred.append(entry.code)
      }
      let bounds = Self.bounds(UnitKind(unit: unit), name: entry.name)
      var indicator = Indicator(
        code: entry.code, objective: entry.objective, name: entry.name,
        formula: entry.formula, unit: unit, polarity: polarity ?? .higher,
        lowerBound: bounds.lower, upperBound: bounds.upper, rollup: bounds.rollup)
      (indicator.numeratorLabel, indicator.denominatorLabel) = Self.ratioLabels(entry.formula)
      // A realisation outside the bounds is an input error; a target
      // outside them is kept and flagged by the review.
      for (column, value, _) in values where column.role == .actual {
        if let value, !indicator.allows(value) {
          throw InputError(
            .outOfBounds(value, lower: indicator.lowerBound, upper: indicator.upperBound),
            at: grid.location(line: entry.row.line, column: column.column))
        }
      }
      indicators.append(indicator)
      for (column, value, _) in values where value != nil {
        let key = ValueKey(
          code: entry.code, year: column.year, isTarget: column.role == .target)
        if locations[key] == nil {
          locations[key] = grid.location(line: entry.row.line, column: column.column)
        }
      }
      for year in Set(header.values.map(\.year)).sorted() {
        func find(_ role: TableLayout.Role) -> (value: Double?, upper: Double?)? {
          values.first { $0.column.year == year && $0.column.role == role }.map {
            ($0.value, $0.upper)
          }
        }
        annual.append(
          AnnualObservation(
            code: entry.code, year: year, actual: find(.actual)?.value,
            target: find(.target)?.value, source: source,
            targetUpper: find(.target)?.upper ?? nil))
      }
    }
    dataset = Dataset(
      title: Self.title(grid, before: header.firstLine), source: source,
      indicators: indicators, annual: annual)
    actualYear = header.values.filter { $0.role == .actual }.map(\.year).max()
    targetYear = header.values.filter { $0.role == .target }.map(\.year).max()
    inferredPolarities = inferred
    layout = header
    valueLocations = locations
  }

  /// A row's cell, empty beyond a short row.
  static func cell(_ row: CellGrid.Row, _ column: Int) -> CellGrid.Cell {
    row.cells.indices.contains(column) ? row.cells[column] : .text("")
  }

  /// Bounds and roll-up by unit kind: see the type's rules.
  static func bounds(_ kind: UnitKind, name: String) -> (
    lower: Double?, upper: Double?, rollup: QuarterlyRollup
  ) {
    switch kind {
    case .percentage: return (0, 100, .last)
    case .count: return (0, nil, .sum)
    case .ratio: return (0, name.lowercased().contains("gini") ? 1 : nil, .last)
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
  }

  private static func entries(_ grid: CellGrid, _ header: TableLayout) -> [Entry] {
    var groups: [(number: String, objective: String, entries: [Entry])] = []
    for row in grid.rows where row.line > header.line && row.cells.count > header.name {
      let texts = row.cells.map { trimmed($0.text) }
      // A row of column numbers "(1) (2) (3)".
      if texts.allSatisfy({ $0.isEmpty || ($0.hasPrefix("(") && $0.hasSuffix(")")) }) {
        continue
      }
      let name = texts[header.name]
      guard !name.isEmpty else { continue }
      // A group or heading row: a name without values or unit.
      let filled = (header.values.map(\.column) + [header.unit].compactMap { $0 }).contains {
        texts.indices.contains($0) && !texts[$0].isEmpty
      }
      guard filled else { continue }
      // The optional columns may lie beyond a short row (found by fuzzing:
      // Tests/TestSupport/Fixtures/fuzz-regressions/sheet).
      func optional(_ column: Int?) -> String {
        column.map { texts.indices.contains($0) ? texts[$0] : "" } ?? ""
      }
      let number = optional(header.number)
      let entry = Entry(
        code: "", objective: optional(header.objective), name: stripNumbering(name),
        formula: stripNumbering(optional(header.formula)), row: row)
      let digits = number.filter(\.isNumber)
      // A new numbered row, or (without a number column) a new objective,
      // starts a group; otherwise the row adds an indicator to the group.
      let startsGroup =
        !digits.isEmpty || groups.isEmpty
        || (header.number == nil
          && !entry.objective.isEmpty && entry.objective != groups[groups.count - 1].objective)
      if startsGroup {
        groups.append(
          (digits.isEmpty ? String(groups.count + 1) : digits, entry.objective, [entry]))
      } else {
        var continued = entry
        continued.objective = groups[groups.count - 1].objective
        groups[groups.count - 1].entries.append(continued)
      }
    }
    var entries: [Entry] = []
    for group in groups {
      for (index, var entry) in group.entries.enumerated() {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let suffix =
          group.entries.count == 1
          ? "" : String(letters[letters.index(letters.startIndex, offsetBy: min(index, 25))])
        entry.code = "IKU-\(group.number)\(suffix)"
        entries.append(entry)
      }
    }
    return entries
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

  /// The indicator's unit: the SATUAN cell, else as written after its
  /// values (`%` stays `%`, a word is lower-cased: `Orang` → `orang`), else
  /// `%` when the name says percent, `indeks` when it starts with one,
  /// else `angka`.
  private static func unit(satuan: String, written: String?, name: String) -> String {
    if let given = satuan.isEmpty ? written : satuan {
      return Unit.isPercent(given) ? "%" : trimmed(given).lowercased()
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
