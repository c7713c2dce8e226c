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
/// - `NO`, `SASARAN`, `PENJELASAN`/`FORMULA`, `SATUAN` and `POLARITAS`
///   columns are read when present.
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
  }

  /// A header column whose values are not stored, and why.
  struct UnusedColumn: Equatable {
    enum Reason: Equatable {
      /// Capaian (%): computed from the realisation and the target.
      case achievement
      /// Context beside the indicator (`TUJUAN`, `INDIKATOR SASARAN`).
      case context
      /// Money beside a target (`Rp`, `pagu`, `anggaran`): not read yet.
      case rupiah
      /// A quarter's or half-year's value (`Tw I`, `Triwulan IV`,
      /// `Semester 1`): whether it is the quarter's own or the year to date
      /// cannot be told, and it is not the year's value.
      case quarterly
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
  let unused: [UnusedColumn]

  /// The year-role pairs of the table, by year, realisation first.
  var yearRoles: [(year: Int, role: Role)] {
    values.map { ($0.year, $0.role) }.sorted { ($0.year, $0.role) < ($1.year, $1.role) }
  }

  /// The layout of the first header in the grid.
  ///
  /// - Throws: ``InputError`` `noIKUTable` at the closest candidate header
  ///   row, saying which heading it lacks; `sameYearColumns` when two
  ///   columns claim one year and role.
  init(_ grid: CellGrid) throws {
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
      let candidate = Self.classify(headings, name: name)
      if let name, !candidate.values.isEmpty {
        try self.init(
          grid, headings, firstLine: row.line, line: grid.rows[last].line, name: name,
          candidate)
        return
      }
      let hasValueWords = headings.contains { Self.role($0) != nil || Self.year($0) != nil }
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
    if let decided = try? NumberReader.decide(cells: cells, delimiter: grid.delimiter, forced: nil)
    {
      return decided
    }
    return grid.delimiter == "," ? .english : .indonesian
  }

  private init(
    _ grid: CellGrid, _ headings: [String], firstLine: Int, line: Int, name: Int,
    _ candidate: (values: [ValueColumn], achievement: [Int], unplaced: [Int])
  ) throws {
    func find(_ test: (String) -> Bool) -> Int? {
      headings.indices.first { $0 != name && test(headings[$0]) }
    }
    self.firstLine = firstLine
    self.line = line
    self.name = name
    let performance = headings.indices.filter {
      headings[$0].contains("INDIKATOR KINERJA") && !Self.isValueHeading(headings[$0])
    }
    names = performance.count > 1 && performance.contains(name) ? performance : [name]
    number = find { ["NO", "NO.", "NOMOR"].contains($0) }
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
    var seen: [String: ValueColumn] = [:]
    for value in candidate.values {
      let key = "\(value.year)-\(value.role)"
      if let first = seen[key] {
        throw InputError(
          .sameYearColumns(first: first.heading, second: value.heading, year: value.year),
          at: grid.location(line: line, column: value.column))
      }
      seen[key] = value
    }
    values = candidate.values
    let used = Set(
      [number, objective, formula, unit, polarity].compactMap { $0 } + names
        + candidate.values.map(\.column))
    var unused: [UnusedColumn] = []
    for column in headings.indices where !used.contains(column) && !headings[column].isEmpty {
      let heading = headings[column]
      let reason: UnusedColumn.Reason
      if candidate.achievement.contains(column) {
        reason = .achievement
      } else if Self.isQuarter(heading) {
        reason = .quarterly
      } else if Self.isRupiah(heading) {
        reason = .rupiah
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
      return (h.contains("INDIKATOR") || h == "NAMA VARIABEL") && !isValueHeading(h)
        && !h.contains("PENJELASAN") && !h.contains("FORMULA") && !h.contains("SATUAN")
    }
    return names.first { headings[$0].contains("INDIKATOR KINERJA") }
      ?? names.first { !headings[$0].contains("SASARAN") && !headings[$0].contains("TUJUAN") }
      ?? names.first
  }

  /// Whether a heading names a value column's role or year.
  static func isValueHeading(_ heading: String) -> Bool {
    role(heading) != nil || year(heading) != nil
  }

  /// The role words of a heading: realisation or target, `nil` for neither
  /// or both.
  static func role(_ heading: String) -> Role? {
    let realised = ["REALISASI", "CAPAIAN"].contains(where: heading.contains)
    // The condition at the end of a Renstra/RPJMD period (`Kondisi Kinerja
    // pada Akhir Periode`, `Kondisi Akhir`) is its end-of-period target.
    if heading.contains("AKHIR"), heading.contains("KONDISI") || heading.contains("PERIODE"),
      !realised
    {
      return .target
    }
    let target = heading.contains("TARGET")
    let actual = realised || heading.contains("KONDISI") || heading.contains("BASELINE")
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

  /// Money beside a target: `Rp`, `pagu`, `anggaran`.
  static func isRupiah(_ heading: String) -> Bool {
    let words = heading.split { !$0.isLetter }
    return words.contains("RP") || heading.contains("PAGU") || heading.contains("ANGGARAN")
      || heading.contains("RUPIAH")
  }

  /// Whether a row below a header row continues it: its indicator cell is
  /// empty and it holds a role word or a year.
  static func continuesHeader(_ row: CellGrid.Row, name: Int) -> Bool {
    let texts = row.cells.map { heading($0.text) }
    if texts.indices.contains(name), !texts[name].isEmpty { return false }
    return texts.contains {
      !$0.isEmpty && (role($0) != nil || year($0) != nil || isQuarter($0))
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
        // A group label (`Capaian Kinerja`) names no role of its own.
        let bare = strippingGroupLabels(top)
        let complete = role(bare) != nil && year(bare) != nil
        spanning = complete || !isValueHeading(top) ? nil : top
      } else if !bottom.isEmpty, let spanning {
        above = spanning
      }
      merged.append([above, bottom].filter { !$0.isEmpty }.joined(separator: " "))
    }
    return merged
  }

  /// The value columns of a header, with the achievement (capaian %)
  /// columns and the columns that name a year or role but not both.
  static func classify(_ headings: [String], name: Int?) -> (
    values: [ValueColumn], achievement: [Int], unplaced: [Int]
  ) {
    var values: [ValueColumn] = []
    var capaian: [ValueColumn] = []
    var achievement: [Int] = []
    var unplaced: [Int] = []
    for (column, heading) in headings.enumerated() where column != name && !heading.isEmpty {
      if isRupiah(heading) || isQuarter(heading) { continue }
      // `Capaian (%)` is the achievement computed from its neighbours,
      // with or without a year.
      if heading.contains("CAPAIAN"), heading.contains("%"), !heading.contains("REALISASI") {
        achievement.append(column)
        continue
      }
      guard let role = role(heading), let year = year(heading) else {
        if isValueHeading(heading) { unplaced.append(column) }
        continue
      }
      let isCapaian =
        heading.contains("CAPAIAN") && !heading.contains("REALISASI")
        && !heading.contains("KONDISI") && !heading.contains("BASELINE")
      if isCapaian && heading.contains("%") {
        achievement.append(column)
      } else if isCapaian {
        capaian.append(ValueColumn(column: column, year: year, role: role, heading: heading))
      } else {
        values.append(ValueColumn(column: column, year: year, role: role, heading: heading))
      }
    }
    // A CAPAIAN beside a REALISASI of its year is the achievement.
    for column in capaian {
      if values.contains(where: { $0.year == column.year && $0.role == .actual }) {
        achievement.append(column.column)
      } else {
        values.append(column)
      }
    }
    return (values.sorted { $0.column < $1.column }, achievement, unplaced)
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
