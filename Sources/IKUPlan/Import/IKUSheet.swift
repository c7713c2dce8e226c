/// A signed IKU sheet (lembar Indikator Kinerja Utama) read into a dataset.
///
/// The layout is that of the agencies' sheets, like the Tanjungpinang seed:
/// free text (agency name, tasks, functions), then a table whose header
/// names the columns — `NO.`, `SASARAN STRATEGIS`, `INDIKATOR KINERJA
/// UTAMA`, `PENJELASAN (FORMULASI …)`, `CAPAIAN … TA 2024`, `TARGET … TA.
/// 2025` — then a signature block. Rules:
/// - the header is the first row with an indicator column, an achievement
///   (`CAPAIAN`/`REALISASI`) column and a `TARGET` column, each of the last
///   two naming its year;
/// - a row numbered `1.`, `2.`, … starts an objective; a following row with
///   an empty number adds another indicator to it, and a row holding
///   several indicators numbers them `1. …`, `2. …` inside the cell: such
///   indicators get codes `IKU-3a`, `IKU-3b`, single ones `IKU-1`;
/// - values like `39,67%` and `5.517 Orang` are read under one number
///   convention for the sheet (``NumberReader``); the unit written after
///   them becomes the indicator's unit (`%` → bounds 0–100 and roll-up
///   `terakhir`; any other unit is a count, bounded below by 0, that
///   accumulates over the year: roll-up `jumlah`);
/// - rows of column numbers `(1) (2) …` and all text outside the table are
///   skipped; the agency name (`Nama Organisasi : …`, else the first line)
///   becomes the dataset's title.
/// Polarity is `higher` unless `polarities` says otherwise for a code.
public struct IKUSheet: Sendable {
  /// The dataset read from the sheet.
  public let dataset: Dataset
  /// The year of the achievements (`CAPAIAN … TA 2024`).
  public let actualYear: Int
  /// The year of the targets (`TARGET … TA. 2025`).
  public let targetYear: Int

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
    guard let header = Header(grid) else {
      throw InputError(.noIKUTable, at: SourceLocation(file: grid.file, line: 0))
    }
    let entries = Self.entries(grid, header)
    var cells: [(text: String, location: SourceLocation)] = []
    for entry in entries {
      for column in [header.actual, header.target] {
        if case .text(let text) = entry.row.cells[column] {
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
    for entry in entries {
      // Two rows numbered alike ("1." twice, "1.1" beside "11.") would get
      // one code and a folder `ikuplan data` then refuses.
      guard codes.insert(entry.code).inserted else {
        throw InputError(
          .duplicateCode(entry.code),
          at: grid.location(line: entry.row.line, column: header.number ?? header.name))
      }
      let actual = try Self.value(entry.row, header.actual, grid, header, chosen)
      let target = try Self.value(entry.row, header.target, grid, header, chosen)
      if let a = actual?.unit, let t = target?.unit, !Unit.matches(a, t) {
        throw InputError(
          .inconsistentUnits(a, t),
          at: grid.location(line: entry.row.line, column: header.target))
      }
      let unit = Self.unit(written: actual?.unit ?? target?.unit, name: entry.name)
      var indicator = Indicator(
        code: entry.code, objective: entry.objective, name: entry.name,
        formula: entry.formula, unit: unit,
        polarity: polarities[entry.code] ?? .higher,
        lowerBound: 0, upperBound: Unit.isPercent(unit) ? 100 : nil,
        rollup: Unit.isPercent(unit) ? .last : .sum)
      (indicator.numeratorLabel, indicator.denominatorLabel) = Self.ratioLabels(entry.formula)
      // A realisation outside the bounds is an input error; a target
      // outside them is kept and flagged by the review.
      for (value, column) in [(actual, header.actual)] {
        if let value = value?.value, !indicator.allows(value) {
          throw InputError(
            .outOfBounds(value, lower: indicator.lowerBound, upper: indicator.upperBound),
            at: grid.location(line: entry.row.line, column: column))
        }
      }
      indicators.append(indicator)
      if header.actualYear == header.targetYear {
        annual.append(
          AnnualObservation(
            code: entry.code, year: header.actualYear, actual: actual?.value,
            target: target?.value, source: source))
      } else {
        annual.append(
          AnnualObservation(
            code: entry.code, year: header.actualYear, actual: actual?.value, source: source))
        annual.append(
          AnnualObservation(
            code: entry.code, year: header.targetYear, target: target?.value, source: source))
      }
    }
    dataset = Dataset(
      title: Self.title(grid, before: header.line), source: source,
      indicators: indicators, annual: annual)
    actualYear = header.actualYear
    targetYear = header.targetYear
  }

  // MARK: - The header

  /// The columns of the table, found by the words of its header.
  struct Header {
    let line: Int
    let number: Int?
    let objective: Int?
    let name: Int
    let formula: Int?
    let actual: Int
    let target: Int
    let actualYear: Int
    let targetYear: Int

    init?(_ grid: CellGrid) {
      for row in grid.rows {
        let texts = row.cells.map { trimmed($0.text).uppercased() }
        func find(_ test: (String) -> Bool) -> Int? { texts.firstIndex(where: test) }
        guard
          let actual = find({
            ($0.contains("CAPAIAN") || $0.contains("REALISASI")) && Header.year($0) != nil
          }),
          let target = find({ $0.contains("TARGET") && Header.year($0) != nil }),
          let name = find({
            $0.contains("INDIKATOR") && !$0.contains("CAPAIAN") && !$0.contains("TARGET")
              && !$0.contains("PENJELASAN") && !$0.contains("REALISASI")
          }),
          let actualYear = Header.year(texts[actual]),
          let targetYear = Header.year(texts[target])
        else { continue }
        self.line = row.line
        self.number = find { $0 == "NO" || $0 == "NO." || $0 == "NOMOR" }
        self.objective = find { $0.contains("SASARAN") || $0.contains("TUJUAN") }
        self.name = name
        self.formula = find { $0.contains("PENJELASAN") || $0.contains("FORMULA") }
        self.actual = actual
        self.target = target
        self.actualYear = actualYear
        self.targetYear = targetYear
        return
      }
      return nil
    }

    /// The last four-digit year (1900–2200) in a header cell.
    static func year(_ text: String) -> Int? {
      var digits = ""
      var found: Int?
      for character in text + " " {
        if character.isASCII && character.isNumber {
          digits.append(character)
        } else {
          if digits.count == 4, let value = Int(digits), Dataset.years.contains(value) {
            found = value
          }
          digits = ""
        }
      }
      return found
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

  private static func entries(_ grid: CellGrid, _ header: Header) -> [Entry] {
    let width = max(header.actual, header.target, header.name) + 1
    var groups: [(number: String, objective: String, entries: [Entry])] = []
    for row in grid.rows where row.line > header.line && row.cells.count >= width {
      let texts = row.cells.map { trimmed($0.text) }
      // A row of column numbers "(1) (2) (3)".
      if texts.allSatisfy({ $0.isEmpty || ($0.hasPrefix("(") && $0.hasSuffix(")")) }) {
        continue
      }
      let name = texts[header.name]
      guard !name.isEmpty else { continue }
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

  private static func value(
    _ row: CellGrid.Row, _ column: Int, _ grid: CellGrid, _ header: Header,
    _ convention: NumberConvention?
  ) throws -> (value: Double, unit: String?)? {
    let location = grid.location(line: row.line, column: column)
    switch row.cells[column] {
    case .number(let value):
      return (value, nil)
    case .text(let text):
      if isMissingMarker(text) { return nil }
      guard let number = WrittenNumber(text),
        let value = number.value(in: convention ?? .indonesian), value.isFinite
      else {
        throw InputError(.notANumber(trimmed(text)), at: location)
      }
      return (value, number.unit)
    }
  }

  /// The indicator's unit: as written after its values (`%` stays `%`, a
  /// word is lower-cased: `Orang` → `orang`), else `%` when the name says
  /// percent, else `angka`.
  private static func unit(written: String?, name: String) -> String {
    if let written {
      return Unit.isPercent(written) ? "%" : trimmed(written).lowercased()
    }
    let lower = name.lowercased()
    return ["persentase", "prosentase", "persen", "%"].contains(where: lower.contains)
      ? "%" : "angka"
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
