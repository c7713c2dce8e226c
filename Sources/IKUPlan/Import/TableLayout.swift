/// The header of a planner's table: which column holds what.
///
/// Recognised from the words of the header, in one row or in two or three
/// rows (a year above `Target`/`Realisasi`/`Capaian`, or a role above bare
/// years; an empty cell of an upper row continues the heading to its left,
/// as a merged cell does):
/// - the indicator column is headed `INDIKATOR KINERJA …` (UTAMA, DAERAH,
///   PROGRAM), else another `INDIKATOR …` or `NAMA VARIABEL` column; an
///   `INDIKATOR SASARAN` or `TUJUAN` column beside it is context;
/// - a value column names a year and a role: realisation (`REALISASI`,
///   `CAPAIAN`, `KONDISI`, `BASELINE`) or target (`TARGET`, `Target akhir
///   RPJMD/Renstra`); a `CAPAIAN (%)` column, or a `CAPAIAN` beside a
///   `REALISASI` of the same year, is the achievement computed from the two
///   and is not stored;
/// - a year may be relative to the plan's period (`Tahun-1` …, `Kondisi
///   … Awal/Akhir Periode`; ``HeadingYear``): read with the period's first
///   year (`baseYear`), refused without it;
/// - a money column (`Rp`, `Pagu`, `Anggaran`, `Realisasi Anggaran`;
///   ``RupiahHeading``) of a year is the year's budget or budget spent;
/// - bare years without a role beside a `KETERANGAN` column take their
///   role from each row's cell there (`Target`, `Realisasi`);
/// - `NO`, `KODE`, `SASARAN`, `PENJELASAN`/`FORMULA`, `SATUAN` and
///   `POLARITAS` columns are read when present.
/// Every other header column is listed in ``unused`` with the reason, so
/// that the import names it.
struct TableLayout {
  /// What a value column holds.
  enum Role: Int, Comparable {
    case actual
    case target

    static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }
  }

  /// A column of values for one year and role.
  struct ValueColumn {
    let column: Int
    let year: Int
    let role: Role
    let heading: String
    /// The end of the period (`Kondisi … Akhir Periode`): it may repeat the
    /// last year's value, so it is compared row by row, not refused.
    var endOfPeriod = false
  }

  /// A column of money for one year: the budget or the budget spent.
  struct MoneyColumn {
    let column: Int
    let year: Int
    let field: AnnualField
    /// What a written value is multiplied by to give rupiah.
    let scale: Double
    let heading: String
  }

  /// A bare year column whose role each row gives (`KETERANGAN`).
  struct YearColumn {
    let column: Int
    let year: Int
    let heading: String
  }

  /// A header column whose values are not stored, and why.
  struct UnusedColumn: Equatable {
    enum Reason: Equatable {
      /// Capaian (%): computed from the realisation and the target.
      case achievement
      /// Context beside the indicator (`TUJUAN`, `INDIKATOR SASARAN`).
      case context
      /// A target or realisation column whose year is nowhere: not in the
      /// heading, the rows above it, or the title.
      case withoutYear
      /// Money (`Rp`, `pagu`, `anggaran`) without a year.
      case rupiah
      /// A quarter's or half-year's value (`Tw I`, `Triwulan IV`,
      /// `Semester 1`): whether it is the quarter's own or the year to date
      /// cannot be told, and it is not the year's value.
      case quarterly
      /// Money at the end of the period: the period's total, not a year's.
      case periodTotal
      /// Its role could not be decided.
      case undecided
    }
    let column: Int
    let heading: String
    let reason: Reason
  }

  /// The line of the first header row.
  let firstLine: Int
  /// The line of the last header row; data follow it.
  let line: Int
  let number: Int?
  /// A `KODE`/`KODEFIKASI` column.
  let code: Int?
  let objective: Int?
  let name: Int
  /// The indicator columns: ``name`` alone, or every `INDIKATOR KINERJA …`
  /// column where a table has several.
  ///
  /// A program's outcome and an activity's output side by side: a row's
  /// indicator is the rightmost one it fills.
  let names: [Int]
  let formula: Int?
  let unit: Int?
  let polarity: Int?
  /// The value columns, in column order.
  let values: [ValueColumn]
  /// The money columns, in column order.
  let money: [MoneyColumn]
  /// The `KETERANGAN` column giving each row's role, with the bare year
  /// columns it applies to.
  let rowRole: Int?
  let rowYears: [YearColumn]
  let unused: [UnusedColumn]
  /// The period's first year given (`--tahun-awal`), and whether a heading
  /// needed it.
  let baseYear: Int?
  let usesBaseYear: Bool

  /// The year-role pairs of the table, by year, realisation first.
  var yearRoles: [(year: Int, role: Role)] {
    var pairs = Set(values.map { YearRole(year: $0.year, role: $0.role) })
    for column in rowYears {
      pairs.insert(YearRole(year: column.year, role: .actual))
      pairs.insert(YearRole(year: column.year, role: .target))
    }
    return pairs.map { ($0.year, $0.role) }.sorted { ($0.year, $0.role) < ($1.year, $1.role) }
  }

  private struct YearRole: Hashable {
    let year: Int
    let role: Role
  }

  /// The layout of the first header in the grid.
  ///
  /// - Parameters:
  ///   - grid: The cells of the sheet.
  ///   - baseYear: The first year of the plan's period, for relative years
  ///     (`Tahun-1` is `baseYear`).
  /// - Throws: ``InputError`` `noIKUTable` at the closest candidate header
  ///   row, saying which heading it lacks; `sameYearColumns` when two
  ///   columns claim one year and role; `relativeYearsWithoutBase` at the
  ///   first `Tahun-n` heading when `baseYear` is `nil`.
  init(_ grid: CellGrid, baseYear: Int? = nil) throws {
    var closest: (line: Int, score: Int, hasIndicator: Bool, hasValues: Bool)?
    for (index, row) in grid.rows.enumerated() {
      let texts = row.cells.map { Self.heading($0.text) }
      let name = Self.indicatorColumn(texts)
      var headings = texts
      var last = index
      if let name {
        // Up to two more header rows below.
        while last + 1 < grid.rows.count, last - index < 2,
          Self.continuesHeader(grid.rows[last + 1], name: name)
        {
          last += 1
          headings = Self.merge(headings, grid.rows[last].cells.map { Self.heading($0.text) })
        }
      }
      headings = headings.map(Self.withoutGroupLabel)
      var candidate = Self.classify(headings, name: name, baseYear: baseYear)
      // Roles without years under a title that names one year (`Tabel 3.1
      // Pencapaian Kinerja Tahun 2019`): the columns are that year's.
      if name != nil, candidate.values.isEmpty,
        !headings.contains(where: { HeadingYear($0) != nil }),
        let year = Self.titleYear(grid.rows[max(0, index - 5)..<index])
      {
        let dated = headings.map {
          Self.role($0) != nil || RupiahHeading($0) != nil ? $0 + " \(year)" : $0
        }
        let retry = Self.classify(dated, name: name, baseYear: baseYear)
        if !retry.values.isEmpty { (headings, candidate) = (dated, retry) }
      }
      // Bare years under a title that names realisations (`Capaian
      // Indikator Makro … Tahun 2016–2020`) are realisations.
      if name != nil, !candidate.bareYears.isEmpty,
        Self.rowRoleColumn(headings, name: name) == nil,
        Self.titleRole(grid.rows[max(0, index - 5)..<index]) == .actual
      {
        let bare = Set(candidate.bareYears.map(\.column))
        let named = headings.enumerated().map {
          bare.contains($0.offset) ? $0.element + " REALISASI" : $0.element
        }
        let retry = Self.classify(named, name: name, baseYear: baseYear)
        if retry.values.count > candidate.values.count { (headings, candidate) = (named, retry) }
      }
      let rowRole = Self.rowRoleColumn(headings, name: name)
      if let name,
        !candidate.values.isEmpty || !candidate.needsBase.isEmpty
          || (rowRole != nil && !candidate.bareYears.isEmpty)
      {
        try self.init(
          grid, headings, rows: Array(grid.rows[index...last]), name: name,
          rowRole: candidate.bareYears.isEmpty ? nil : rowRole, baseYear: baseYear, candidate)
        return
      }
      let hasValueWords = headings.contains(where: Self.isValueHeading)
      let score = (name != nil ? 2 : 0) + (hasValueWords ? 1 : 0)
      if score > 0, score > closest?.score ?? 0 {
        closest = (row.line, score, name != nil, !candidate.values.isEmpty)
      }
    }
    throw InputError(
      .noIKUTable(
        missingIndicator: !(closest?.hasIndicator ?? false),
        missingYearColumn: !(closest?.hasValues ?? false),
        convention: Self.convention(of: grid)),
      at: grid.location(line: closest?.line ?? 0))
  }

  /// The number convention a file without a table seems to use, for the
  /// example of the error: the one its numbers settle (``NumberReader``),
  /// else Indonesian for `;` between fields, English for `,`, and
  /// Indonesian, the planners' own, when nothing tells.
  static func convention(of grid: CellGrid) -> NumberConvention {
    var cells: [(text: String, location: SourceLocation)] = []
    for row in grid.rows {
      for (column, cell) in row.cells.enumerated() {
        if case .text(let text) = cell {
          cells.append((text, grid.location(line: row.line, column: column)))
        }
      }
    }
    // Numbers that settle it both ways, or only ambiguous ones, tell nothing.
    if let decided = try? NumberReader.decide(
      cells: cells, delimiter: grid.delimiter, preferred: nil)
    {
      return decided
    }
    return grid.delimiter == "," ? .english : .indonesian
  }

  private init(
    _ grid: CellGrid, _ headings: [String], rows: [CellGrid.Row], name: Int, rowRole: Int?,
    baseYear: Int?, _ candidate: Candidate
  ) throws {
    func find(_ test: (String) -> Bool) -> Int? {
      headings.indices.first { $0 != name && test(headings[$0]) }
    }
    let line = rows[rows.count - 1].line
    // Relative years without the period's first year: the first such
    // heading cell, in reading order, is named (else, for words split
    // over two header rows, the first such merged column).
    if let first = candidate.needsBase.first {
      for row in rows {
        for (column, cell) in row.cells.enumerated()
        where HeadingYear.relativeNumber(Self.heading(cell.text)) != nil {
          throw InputError(
            .relativeYearsWithoutBase(heading: trimmed(cell.text)),
            at: grid.location(line: row.line, column: column))
        }
      }
      throw InputError(
        .relativeYearsWithoutBase(heading: headings[first]),
        at: grid.location(line: line, column: first))
    }
    firstLine = rows[0].line
    self.line = line
    self.name = name
    let performance = headings.indices.filter {
      headings[$0].contains("INDIKATOR KINERJA") && !Self.isValueHeading(headings[$0])
    }
    names = performance.count > 1 && performance.contains(name) ? performance : [name]
    self.baseYear = baseYear
    number = find { ["NO", "NO.", "NOMOR"].contains($0) }
    code = find { $0.hasPrefix("KODE") }
    objective =
      find { $0.contains("SASARAN") && !Self.isValueHeading($0) }
      ?? find { $0.contains("TUJUAN") && !Self.isValueHeading($0) }
    formula = find {
      $0.contains("PENJELASAN") || $0.contains("FORMULA") || $0.contains("DEFINISI")
    }
    unit = find {
      $0 == "SATUAN" || $0.hasPrefix("SATUAN ") || $0 == "SAT" || $0 == "SAT." || $0 == "UNIT"
    }
    polarity = find { $0.contains("POLARITAS") || $0 == "POLARITY" }
    var seen: [String: String] = [:]
    func claim(_ key: String, _ heading: String, year: Int, column: Int) throws {
      if let first = seen[key] {
        throw InputError(
          .sameYearColumns(first: first, second: heading, year: year),
          at: grid.location(line: line, column: column))
      }
      seen[key] = heading
    }
    for value in candidate.values where !value.endOfPeriod {
      try claim(
        "\(value.year)-\(value.role)", value.heading, year: value.year, column: value.column)
    }
    for money in candidate.money {
      try claim(
        "\(money.year)-\(money.field)", money.heading, year: money.year, column: money.column)
    }
    values = candidate.values
    money = candidate.money
    self.rowRole = rowRole
    rowYears = rowRole == nil ? [] : candidate.bareYears
    let stored =
      candidate.values.map(\.heading) + candidate.money.map(\.heading) + rowYears.map(\.heading)
    usesBaseYear = stored.contains { HeadingYear($0)?.needsBase == true }
    let used = Set(
      [number, code, objective, formula, unit, polarity, rowRole].compactMap { $0 } + names
        + candidate.values.map(\.column) + candidate.money.map(\.column) + rowYears.map(\.column))
    var unused: [UnusedColumn] = []
    for column in headings.indices where !used.contains(column) && !headings[column].isEmpty {
      let heading = headings[column]
      let reason: UnusedColumn.Reason
      if candidate.achievement.contains(column) {
        reason = .achievement
      } else if Self.isQuarter(heading) {
        reason = .quarterly
      } else if candidate.periodTotals.contains(column) {
        reason = .periodTotal
      } else if RupiahHeading(heading) != nil {
        reason = .rupiah
      } else if Self.role(heading) != nil {
        reason = .withoutYear
      } else if heading.contains("INDIKATOR") || heading.contains("SASARAN")
        || heading.contains("TUJUAN") || heading.contains("PROGRAM")
        || heading.contains("KEGIATAN")
      {
        reason = .context
      } else {
        reason = .undecided
      }
      unused.append(UnusedColumn(column: column, heading: heading, reason: reason))
    }
    self.unused = unused
  }

  // MARK: - Headings

  /// A header cell as compared: trimmed, upper-cased, one space between words.
  static func heading(_ text: String) -> String {
    text.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The indicator column: `INDIKATOR KINERJA …` first, then another
  /// `INDIKATOR` column that is not context (`SASARAN`, `TUJUAN`), then any.
  static func indicatorColumn(_ headings: [String]) -> Int? {
    let names = headings.indices.filter {
      let h = headings[$0]
      return (h.contains("INDIKATOR") || h == "NAMA VARIABEL" || h == "URAIAN")
        && !isValueHeading(h)
        && !h.contains("PENJELASAN") && !h.contains("FORMULA") && !h.contains("SATUAN")
    }
    // `URAIAN` (RPJMD macro tables) only where no column says INDIKATOR.
    return names.first { headings[$0].contains("INDIKATOR KINERJA") }
      ?? names.first {
        headings[$0].contains("INDIKATOR") && !headings[$0].contains("SASARAN")
          && !headings[$0].contains("TUJUAN")
      }
      ?? names.first { headings[$0].contains("INDIKATOR") }
      ?? names.first
  }

  /// Whether a heading names a value column's role or year.
  static func isValueHeading(_ heading: String) -> Bool {
    role(heading) != nil || HeadingYear(heading) != nil
  }

  /// The role words of a heading: realisation or target, `nil` for neither
  /// or both.
  ///
  /// The condition at the end of a period (`Kondisi … Akhir`) is its
  /// target.
  static func role(_ heading: String) -> Role? {
    let realised = ["REALISASI", "CAPAIAN"].contains(where: heading.contains)
    // The condition at the end of a Renstra/RPJMD period (`Kondisi Kinerja
    // pada Akhir Periode`, `Kondisi Akhir`) is its end-of-period target.
    let end =
      heading.contains("AKHIR") && (heading.contains("KONDISI") || heading.contains("PERIODE"))
      && !realised
    // `T` and `R` under a year (`2022` above `T`, `R`).
    let words = heading.split(separator: " ")
    let short = words.count >= 2 && HeadingYear(words.dropLast().joined(separator: " ")) != nil
    let target =
      heading.contains("TARGET") || end || (short && (words.last == "T" || words.last == "K"))
    let actual =
      realised || heading.contains("BASELINE") || (heading.contains("KONDISI") && !end)
      || (short && words.last == "R")
    if target == actual { return nil }
    return target ? .target : .actual
  }

  /// A heading without a group label spanning target and realisation
  /// columns (`Capaian Kinerja` over `2022` over `Target`, `Realisasi`):
  /// the label is dropped when what is left names a role or a capaian.
  static func withoutGroupLabel(_ heading: String) -> String {
    for label in groupLabels where heading.contains(label) {
      let rest = Self.heading(heading.replacingOccurrences(of: label, with: " "))
      if role(rest) != nil || rest.contains("CAPAIAN") { return rest }
    }
    return heading
  }

  /// Labels over a group of target and realisation columns.
  static let groupLabels = [
    "CAPAIAN KINERJA", "TARGET DAN REALISASI", "REALISASI DAN TARGET", "TARGET DAN CAPAIAN",
  ]

  /// A heading with every group label removed.
  static func strippingGroupLabels(_ heading: String) -> String {
    var rest = heading
    for label in groupLabels { rest = rest.replacingOccurrences(of: label, with: " ") }
    return Self.heading(rest)
  }

  /// A quarter's or half-year's column: `TW I`, `TW. IV`, `TRIWULAN II`,
  /// `TRW III`, `SEMESTER 1`, `Q4`.
  static func isQuarter(_ heading: String) -> Bool {
    let words = heading.split { !$0.isLetter && !$0.isNumber }
    return words.contains {
      ["TW", "TRIWULAN", "TRW", "SEMESTER", "SMT", "Q1", "Q2", "Q3", "Q4"].contains($0)
    }
  }

  /// The role the lines above a header name, if they name one (`Capaian`,
  /// `Realisasi` without `Target`).
  static func titleRole(_ rows: ArraySlice<CellGrid.Row>) -> Role? {
    let text = heading(rows.flatMap { $0.cells.map(\.text) }.joined(separator: " "))
    return role(text)
  }

  /// The one year the lines above a header name, if they name exactly
  /// one.
  static func titleYear(_ rows: ArraySlice<CellGrid.Row>) -> Int? {
    let years = Set(rows.flatMap { $0.cells.compactMap { year($0.text) } })
    return years.count == 1 ? years.first : nil
  }

  /// The column whose cell gives each row's role: `KETERANGAN`, `KET`.
  static func rowRoleColumn(_ headings: [String], name: Int?) -> Int? {
    headings.indices.first {
      $0 != name && ["KETERANGAN", "KET", "KET."].contains(headings[$0])
    }
  }

  /// Whether a row below a header row continues it: its indicator cell is
  /// empty and it holds a role word, a year, a quarter, a money heading, or
  /// `T`/`K` and `R` (target — kinerja — and realisation under a year).
  static func continuesHeader(_ row: CellGrid.Row, name: Int) -> Bool {
    let texts = row.cells.map { heading($0.text) }
    if texts.indices.contains(name), !texts[name].isEmpty { return false }
    return texts.contains {
      !$0.isEmpty
        && (isValueHeading($0) || isQuarter($0) || ["T", "R", "K"].contains($0)
          || RupiahHeading($0) != nil)
    }
  }

  /// An upper header row with the row below it: each column's headings
  /// joined; an empty upper cell under which the lower row has a heading
  /// takes the incomplete heading to its left (a year, or a role without
  /// one), as a merged cell spans.
  static func merge(_ upper: [String], _ lower: [String]) -> [String] {
    var merged: [String] = []
    var spanning: String?
    for column in 0..<max(upper.count, lower.count) {
      let top = column < upper.count ? upper[column] : ""
      let bottom = column < lower.count ? lower[column] : ""
      var above = top
      if !top.isEmpty {
        // A complete heading spans only its year, for a column of its own
        // role (the `Rp` beside `Tahun-1 Target`); a group label
        // (`Capaian Kinerja`) names no role of its own.
        let bare = strippingGroupLabels(top)
        let year = HeadingYear(bare)
        spanning =
          !isValueHeading(top) ? nil : role(bare) != nil && year != nil ? year?.heading : top
      } else if !bottom.isEmpty, let spanning {
        above = spanning
      }
      merged.append([above, bottom].filter { !$0.isEmpty }.joined(separator: " "))
    }
    return merged
  }

  /// What the columns of a header hold.
  struct Candidate {
    var values: [ValueColumn] = []
    var money: [MoneyColumn] = []
    /// Capaian (%) columns.
    var achievement: [Int] = []
    /// Columns that name a year or a role but not both.
    var unplaced: [Int] = []
    /// Bare years (no role), a subset of `unplaced`.
    var bareYears: [YearColumn] = []
    /// `Tahun-n` columns without the period's first year.
    var needsBase: [Int] = []
    /// Money at the end of the period.
    var periodTotals: [Int] = []
  }

  /// The columns of a header, given the period's first year for relative
  /// years.
  static func classify(_ headings: [String], name: Int?, baseYear: Int?) -> Candidate {
    var result = Candidate()
    var capaian: [ValueColumn] = []
    let lastRelative =
      headings.compactMap { heading -> Int? in
        if case .relative(let n) = HeadingYear(heading) { return n }
        return nil
      }.max().map { max($0, 1) } ?? 5
    // Without relative years, the start and end of the period are read off
    // the table's calendar target years: the year before the first, and
    // the last (`Tahun-1 (2025)` … `Tahun-3 (2027)`, `Kondisi Akhir`).
    let relative = headings.contains {
      if case .relative = HeadingYear($0) { return true }
      return false
    }
    let targetYears = headings.compactMap { heading -> Int? in
      if case .calendar(let year) = HeadingYear(heading), role(heading) == .target { return year }
      return nil
    }
    func calendarYear(_ when: HeadingYear?) -> Int? {
      guard !relative else { return nil }
      switch when {
      case .periodStart: return targetYears.min().map { $0 - 1 }
      case .periodEnd: return targetYears.max()
      default: return nil
      }
    }
    for (column, heading) in headings.enumerated() where column != name && !heading.isEmpty {
      if isQuarter(heading) { continue }
      // `Capaian (%)` is the achievement computed from its neighbours,
      // with or without a year.
      if heading.contains("CAPAIAN"), heading.contains("%"), !heading.contains("REALISASI") {
        result.achievement.append(column)
        continue
      }
      let when = HeadingYear(heading)
      if case .relative = when, baseYear == nil {
        result.needsBase.append(column)
        continue
      }
      let year = calendarYear(when) ?? when?.resolved(base: baseYear, lastRelative: lastRelative)
      if let rupiah = RupiahHeading(heading) {
        if when == .periodEnd {
          result.periodTotals.append(column)
        } else if let year {
          result.money.append(
            MoneyColumn(
              column: column, year: year, field: rupiah.field, scale: rupiah.scale,
              heading: heading))
        }
        continue
      }
      // A year of the plan's period without a role word (`Tahun-1` alone)
      // is a target: only plans count years that way.
      var named = Self.role(heading)
      if named == nil, case .relative = when { named = .target }
      guard let role = named, let year else {
        if isValueHeading(heading) { result.unplaced.append(column) }
        if let year, role(heading) == nil {
          result.bareYears.append(YearColumn(column: column, year: year, heading: heading))
        }
        continue
      }
      let value = ValueColumn(
        column: column, year: year, role: role, heading: heading,
        // An end-of-period target (`Target Akhir RPJMD 2026`) may repeat
        // the year's own target; a different value is refused on reading.
        endOfPeriod: when == .periodEnd || heading.contains("AKHIR"))
      let isCapaian =
        heading.contains("CAPAIAN") && !heading.contains("REALISASI")
        && !heading.contains("KONDISI") && !heading.contains("BASELINE")
      if isCapaian && heading.contains("%") {
        result.achievement.append(column)
      } else if isCapaian {
        capaian.append(value)
      } else {
        result.values.append(value)
      }
    }
    // A CAPAIAN beside a REALISASI of its year is the achievement.
    for column in capaian {
      if result.values.contains(where: { $0.year == column.year && $0.role == .actual }) {
        result.achievement.append(column.column)
      } else {
        result.values.append(column)
      }
    }
    result.values.sort { $0.column < $1.column }
    return result
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
