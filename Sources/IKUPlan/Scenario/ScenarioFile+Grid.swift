import IKUForecast

extension ScenarioFile {
  /// Reads a scenario workbook's sheet `Skenario` (or the same sheet saved
  /// as CSV) in the layout of ``ScenarioSheet``, to the same values as the
  /// YAML file it stands for.
  ///
  /// Headings, keys, column names and distribution words are accepted in
  /// Indonesian or English. Numbers stored as numbers need no convention;
  /// numbers written as text (a CSV, a text cell, the parameters of
  /// `normal 0,96; 0,02`) are read under one convention for the whole
  /// sheet, decided as ``NumberReader`` decides it (the cells, then
  /// `preferred`, then a `;` delimiter). A percentage (a cell formatted as
  /// percent, or `80%`) is a fraction (0,8) where a fraction belongs
  /// (drivers, probabilities, growth) and stays 65,71 where an indicator's
  /// target belongs.
  ///
  /// - Throws: ``InputError`` naming the cell (`Skenario!C7`, or line and
  ///   column of a CSV): an unknown heading, key, column or distribution
  ///   word; a filled cell outside every block, row or column
  ///   (``InputError/Problem/unplacedCell(_:expected:)``); text where a
  ///   number belongs; a scenario cell that does not parse; impossible
  ///   parameters; a formula that does not parse or names an unknown
  ///   driver; everything the YAML reader refuses.
  public init(grid: CellGrid, convention preferred: NumberConvention? = nil) throws {
    let reader = try ScenarioGridReader(grid: grid, preferred: preferred)
    let settings = try reader.settings()
    file = grid.file
    indicator = settings.indicator
    indicatorLocation = settings.indicatorLocation
    year = settings.year
    period = settings.period
    target = settings.target?.value
    targetLocation = settings.target?.location
    budget = settings.budget?.value
    draws = settings.draws
    seed = settings.seed
    source = settings.source
    illustrative = settings.illustrative
    formula = settings.formula
    let drivers = try reader.drivers(period: settings.period)
    self.drivers = drivers.drivers
    scenarios = drivers.scenarios
    outputs = try reader.outputs()
    correlations = try reader.correlations()
    goal = try reader.goal(period: settings.period)
    let targets = try reader.targets(period: settings.period)
    typedTargets = targets.values
    let path = try reader.targetPath()
    targetPath = path
    try validateNames()
    try validatePeriod(
      targets: targets.location, targetPath: path?.location, budget: settings.budget?.location)
  }
}

/// Reads the blocks of a scenario sheet, with every error at its cell.
private struct ScenarioGridReader {
  typealias Row = CellGrid.Row
  typealias Words = InputError.Words
  typealias Block = ScenarioSheet.Block
  typealias Column = ScenarioSheet.DriverColumn

  let grid: CellGrid
  /// The blocks by heading: the heading's row and the rows below it.
  var blocks: [Block: (heading: Row, rows: [Row])] = [:]
  /// The language of the headings (for the words in messages).
  var language = Language.indonesian
  /// The convention of numbers written as text.
  var convention: NumberConvention?

  /// What a percentage in a cell stands for.
  enum Percent {
    /// A fraction: 80% is 0,8 (drivers, probabilities, growth).
    case fraction
    /// Percentage points: 65,71% is 65,71 (an indicator's target).
    case points
  }

  init(grid: CellGrid, preferred: NumberConvention?) throws {
    self.grid = grid
    // Every filled cell of the sheet is read or refused; a formula saved
    // without its value would read as blank, the base's value.
    try grid.refuseUncomputedFormulas(in: grid.rows)
    var current: Block?
    var order: [Block] = []
    // A CSV saved by Excel pads every row to the sheet's width: a row of
    // empty fields is a blank row.
    for row in grid.rows where !row.cells.allSatisfy(\.isBlank) {
      if let block = heading(row) {
        if let earlier = blocks[block] {
          throw InputError(
            .invalidValue(
              expected: Words(
                id: "satu blok '\(text(row, 0))' (yang pertama di baris \(earlier.heading.line))",
                en: "one block '\(text(row, 0))' (the first is on row \(earlier.heading.line))")),
            at: location(row, 0))
        }
        if order.isEmpty, ScenarioSheet.key(text(row, 0)) == ScenarioSheet.key(block.words.english)
        {
          language = .english
        }
        blocks[block] = (row, [])
        order.append(block)
        current = block
        continue
      }
      guard let current else {
        let column = firstFilled(row)
        throw InputError(
          .unplacedCell(
            shown(row, column),
            expected: Words(
              id: "judul blok sendirian di kolom A: "
                + Block.allCases.map(\.words.indonesian).joined(separator: ", "),
              en: "a block heading alone in column A: "
                + Block.allCases.map(\.words.english).joined(separator: ", "))),
          at: location(row, column))
      }
      blocks[current]?.rows.append(row)
    }
    convention = try NumberReader.decide(
      cells: numberTexts(), delimiter: grid.delimiter, preferred: preferred)
  }

  // MARK: - Cells

  /// The block whose heading a row is: its name alone in column A.
  func heading(_ row: Row) -> Block? {
    guard row.cells.dropFirst().allSatisfy(\.isBlank) else { return nil }
    return Block(heading: text(row, 0))
  }

  func cell(_ row: Row, _ column: Int) -> CellGrid.Cell {
    column < row.cells.count ? row.cells[column] : .text("")
  }

  /// The trimmed text of a cell (a stored number as its digits), without
  /// the apostrophe ikuplan's CSV puts before a formula start.
  func text(_ row: Row, _ column: Int) -> String {
    SpreadsheetText.restored(trimmed(cell(row, column).text))
  }

  /// A cell's content as a message shows it: text as written, a number in
  /// each language's format (`0,5` and `0.5`).
  func shown(_ row: Row, _ column: Int) -> Words {
    func both(_ write: (NumberFormat) -> String) -> Words {
      Words(id: write(NumberFormat(.indonesian)), en: write(NumberFormat(.english)))
    }
    switch cell(row, column) {
    case .number(let value): return both { $0.exact(value) }
    case .percent(let value): return both { $0.exact(value) + "%" }
    case .text, .formula:
      let text = text(row, column)
      return Words(id: text, en: text)
    }
  }

  func isBlank(_ row: Row, _ column: Int) -> Bool { cell(row, column).isBlank }

  func firstFilled(_ row: Row) -> Int { row.cells.firstIndex { !$0.isBlank } ?? 0 }

  func location(_ row: Row, _ column: Int, _ name: Words? = nil) -> SourceLocation {
    grid.location(line: row.line, column: column, columnName: name?.text(in: language))
  }

  func words(_ words: Words) -> String { words.text(in: language) }

  /// Refuses a filled cell of `row` from `column` on.
  func refuseCells(of row: Row, from column: Int, expected: Words) throws {
    if let extra = row.cells.indices.dropFirst(column).first(where: { !isBlank(row, $0) }) {
      throw InputError(
        .unplacedCell(shown(row, extra), expected: expected), at: location(row, extra))
    }
  }

  /// The texts that hold numbers, for deciding the convention: the values
  /// of number settings, the drivers' parameters and scenario cells (the
  /// parameters of a distribution's text), the numbers of the goal,
  /// correlations, targets and target path.
  func numberTexts() -> [(text: String, location: SourceLocation)] {
    var found: [(text: String, location: SourceLocation)] = []
    func add(_ row: Row, _ column: Int) {
      guard case .text(let raw) = cell(row, column), !raw.allSatisfy(\.isWhitespace) else {
        return
      }
      let text = trimmed(raw)
      if WrittenNumber(text) != nil {
        found.append((text, location(row, column)))
      } else if let (_, parameters) = ScenarioSheet.split(text) {
        found += parameters.map { (trimmed($0), location(row, column)) }
      }
    }
    for row in blocks[.settings]?.rows ?? [] {
      if let setting = ScenarioSheet.Setting.allCases.first(where: {
        ScenarioSheet.matches(text(row, 0), $0.words)
      }), setting.isNumber {
        add(row, 1)
      }
    }
    for row in (blocks[.drivers]?.rows ?? []).dropFirst() where !isBlank(row, 0) {
      for column in row.cells.indices.dropFirst(2) { add(row, column) }
    }
    let columns: [Block: [Int]] = [
      .correlations: [2], .goal: [1, 2, 3, 4], .targets: [0, 1], .targetPath: [1],
    ]
    for (block, indices) in columns {
      for row in (blocks[block]?.rows ?? []).dropFirst() {
        for column in indices { add(row, column) }
      }
    }
    return found
  }

  /// A number written as text, in the sheet's convention.
  func number(_ text: String, at location: SourceLocation, percent: Percent) throws -> Double {
    guard let written = WrittenNumber(text),
      let value = written.value(in: convention ?? .english), value.isFinite
    else {
      throw InputError(.notANumber(text), at: location)
    }
    _ = try ValueMagnitude.checked(value, written: text, at: location)
    switch written.unit {
    case nil, "Rp": return value
    case "%": return percent == .points ? value : value / 100
    default: throw InputError(.notANumber(text), at: location)
    }
  }

  /// A cell's number, or `nil` when it is blank.
  func number(_ row: Row, _ column: Int, _ name: Words?, percent: Percent = .fraction) throws
    -> Double?
  {
    switch cell(row, column) {
    case .number(let value):
      return try ValueMagnitude.checked(
        value, written: "\(value)", at: location(row, column, name))
    case .percent(let value): return percent == .points ? value : value / 100
    case .formula(let formula):
      throw InputError(.uncomputedFormula(formula), at: location(row, column, name))
    case .text(let raw):
      let text = SpreadsheetText.restored(trimmed(raw))
      if text.isEmpty { return nil }
      return try number(text, at: location(row, column, name), percent: percent)
    }
  }

  /// A cell's number, which must be there.
  func requiredNumber(_ row: Row, _ column: Int, _ name: Words?, percent: Percent = .fraction)
    throws -> Double
  {
    guard let value = try number(row, column, name, percent: percent) else {
      throw InputError(
        .invalidValue(expected: Words(id: "angka", en: "a number")),
        at: location(row, column, name))
    }
    return value
  }

  /// A whole number in `range`, or `nil` when the cell is blank.
  func integer(_ row: Row, _ column: Int, _ name: Words?, in range: ClosedRange<Int>) throws
    -> Int?
  {
    let text = text(row, column)
    if text.isEmpty { return nil }
    let invalid = InputError(
      .invalidValue(
        expected: Words(
          id: "bilangan bulat dari \(range.lowerBound) sampai \(range.upperBound)",
          en: "a whole number from \(range.lowerBound) to \(range.upperBound)")),
      at: location(row, column, name))
    // Digits alone are read exactly (a seed past 2⁵³).
    if text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
      guard let value = Int(text), range.contains(value) else { throw invalid }
      return value
    }
    guard let value = try number(row, column, name), value == value.rounded(),
      abs(value) < 9e15, range.contains(Int(value))
    else { throw invalid }
    return Int(value)
  }

  /// A probability strictly between 0 and 1 (`default` when blank).
  func probability(_ row: Row, _ column: Int, _ name: Words, default value: Double) throws
    -> Double
  {
    let probability = try number(row, column, name) ?? value
    guard probability > 0 && probability < 1 else {
      let example = ScenarioSheet.plainNumber(value, decimalSeparator: ",")
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "peluang antara 0 dan 1, mis. \(example)",
            en: "a probability between 0 and 1, e.g. \(value)")),
        at: location(row, column, name))
    }
    return probability
  }

  /// A name that must be there.
  func name(_ row: Row, _ column: Int, _ name: Words) throws -> String {
    let text = text(row, column)
    guard !text.isEmpty else {
      throw InputError(
        .invalidValue(expected: Words(id: "sebuah nama", en: "a name")),
        at: location(row, column, name))
    }
    return text
  }

  /// A driver's or an output's name, which formulas use, so it must be a
  /// formula name (``ScenarioSheet/isFormulaName(_:)``).
  func formulaName(_ row: Row, _ column: Int, _ name: Words) throws -> String {
    let text = try self.name(row, column, name)
    guard ScenarioSheet.isFormulaName(text) else {
      let written = shown(row, column)
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "nama yang dapat dipakai di rumus: huruf, angka dan _, diawali huruf atau _, tanpa"
              + " spasi (mis. biaya_per_kursi, bukan '\(written.indonesian)')",
            en: "a name formulas can use: letters, digits and _, starting with a letter or _,"
              + " without spaces (e.g. cost_per_seat, not '\(written.english)')")),
        at: location(row, column, name))
    }
    return text
  }

  /// Refuses a name already used in the block.
  func refuseDuplicate(_ name: String, _ seen: [String: Int], _ row: Row, _ column: Int) throws {
    if let earlier = seen[name] {
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "nama yang belum dipakai ('\(name)' sudah ada di baris \(earlier))",
            en: "a name not used before ('\(name)' is already on row \(earlier))")),
        at: location(row, column))
    }
  }

  func formula(_ row: Row, _ column: Int, _ name: Words) throws
    -> ScenarioFile.Located<Expression>
  {
    let at = location(row, column, name)
    let text = text(row, column)
    guard !text.isEmpty else {
      throw InputError(.invalidValue(expected: Words(id: "sebuah rumus", en: "a formula")), at: at)
    }
    do {
      return ScenarioFile.Located(value: try Expression(parsing: text), location: at)
    } catch let error as Expression.ParseError {
      throw InputError(.formula(error.problem), at: at)
    }
  }

  /// The rows of a table block below its column headings, which must be
  /// `columns`; nothing may stand right of them.
  func table(_ block: Block) throws -> [Row] {
    guard let (heading, rows) = blocks[block] else { return [] }
    let columns = block.columns
    guard let header = rows.first else {
      throw InputError(
        .unknownColumn(words(columns[0]), available: []), at: location(heading, 0))
    }
    try checkHeader(header, columns)
    let expected = Words(
      id: "kosong: blok \(block.words.indonesian) berkolom "
        + columns.map(\.indonesian).joined(separator: ", "),
      en: "blank: the block \(block.words.english) has the columns "
        + columns.map(\.english).joined(separator: ", "))
    try refuseCells(of: header, from: columns.count, expected: expected)
    for row in rows.dropFirst() {
      try refuseCells(of: row, from: columns.count, expected: expected)
    }
    return Array(rows.dropFirst())
  }

  /// Refuses a header whose first cells are not `columns`.
  func checkHeader(_ header: Row, _ columns: [Words]) throws {
    for (index, column) in columns.enumerated()
    where !ScenarioSheet.matches(text(header, index), column) {
      throw InputError(
        .unknownColumn(
          words(column),
          available: header.cells.indices.map { text(header, $0) }.filter { !$0.isEmpty }),
        at: location(header, index))
    }
  }

  // MARK: - Blocks

  struct Settings {
    var indicator: String?
    var indicatorLocation: SourceLocation?
    var year: Int?
    var period: ClosedRange<Int>?
    var formula: ScenarioFile.Located<Expression>
    var target: (value: Double, location: SourceLocation)?
    var budget: (value: String, location: SourceLocation)?
    var draws = 100_000
    var seed: UInt64 = 1
    var source = ""
    var illustrative = false
  }

  func settings() throws -> Settings {
    typealias Setting = ScenarioSheet.Setting
    guard let (heading, rows) = blocks[.settings] else {
      throw InputError(
        .missingKey(words(Block.settings.words)), at: grid.location(line: 1, column: 0))
    }
    var found: [Setting: Row] = [:]
    for row in rows {
      let key = text(row, 0)
      guard !key.isEmpty, case .text = cell(row, 0) else {
        let column = firstFilled(row)
        throw InputError(
          .unplacedCell(
            shown(row, column),
            expected: Words(id: "kunci di kolom A", en: "a key in column A")),
          at: location(row, column))
      }
      guard let setting = Setting.allCases.first(where: { ScenarioSheet.matches(key, $0.words) })
      else {
        throw InputError(
          .unknownKey(key, allowed: Setting.allCases.map { words($0.words) }),
          at: location(row, 0))
      }
      if let earlier = found[setting] {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "satu baris '\(key)' (yang pertama di baris \(earlier.line))",
              en: "one row '\(key)' (the first is on row \(earlier.line))")),
          at: location(row, 0))
      }
      try refuseCells(
        of: row, from: 3,
        expected: Words(
          id: "kosong: Pengaturan berisi kunci, nilai dan catatan (kolom A–C)",
          en: "blank: Settings hold a key, a value and a note (columns A–C)"))
      found[setting] = row
    }
    func value<T>(_ setting: Setting, _ read: (Row, Words) throws -> T?) rethrows -> T? {
      try found[setting].flatMap { try read($0, setting.words) }
    }
    func settingText(_ setting: Setting) -> String? {
      value(setting) { row, _ in
        let text = self.text(row, 1)
        return text.isEmpty ? nil : text
      }
    }
    guard let formulaRow = found[.formula] else {
      throw InputError(.missingKey(words(Setting.formula.words)), at: location(heading, 0))
    }
    var settings = Settings(formula: try formula(formulaRow, 1, Setting.formula.words))
    settings.indicator = settingText(.indicator)
    settings.indicatorLocation = found[.indicator].map { location($0, 1) }
    settings.year = try value(.year) { try integer($0, 1, $1, in: Dataset.years) }
    let first = try value(.firstYear) { try integer($0, 1, $1, in: Dataset.years) }
    let last = try value(.lastYear) { try integer($0, 1, $1, in: Dataset.years) }
    switch (first, last) {
    case (let first?, let last?):
      guard first <= last, last - first < 20 else {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "tahun akhir tidak sebelum tahun awal, paling banyak 20 tahun",
              en: "a last year not before the first, at most 20 years")),
          at: location(found[.lastYear] ?? heading, 1, Setting.lastYear.words))
      }
      settings.period = first...last
    case (nil, nil):
      break
    default:
      let missing: Setting = first == nil ? .firstYear : .lastYear
      throw InputError(
        .missingKey(words(missing.words)),
        at: location(found[.firstYear] ?? found[.lastYear] ?? heading, 0))
    }
    if settings.period != nil, settings.year != nil, let row = found[.year] {
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "Tahun, atau Tahun awal dan Tahun akhir, tidak keduanya",
            en: "a Year, or a First year and a Last year, not both")),
        at: location(row, 1, Setting.year.words))
    }
    if let row = found[.target], !isBlank(row, 1) {
      let at = location(row, 1, Setting.target.words)
      guard settings.period == nil else {
        throw InputError(
          .unplacedCell(
            shown(row, 1),
            expected: Words(
              id: "kosong: periode memakai Target per tahun",
              en: "blank: a period uses Targets by year")),
          at: at)
      }
      settings.target = (try requiredNumber(row, 1, Setting.target.words, percent: .points), at)
    }
    if let row = found[.budget], let budget = settingText(.budget) {
      settings.budget = (budget, location(row, 1, Setting.budget.words))
    }
    settings.draws =
      try value(.draws) { try integer($0, 1, $1, in: 1...5_000_000) } ?? 100_000
    settings.seed = UInt64(try value(.seed) { try integer($0, 1, $1, in: 0...Int.max) } ?? 1)
    settings.source = settingText(.source) ?? ""
    if let row = found[.illustrative], let word = settingText(.illustrative) {
      switch word.lowercased() {
      case "ya", "yes", "true", "benar", "1": settings.illustrative = true
      case "tidak", "no", "false", "salah", "0": settings.illustrative = false
      default:
        let at = location(row, 1, Setting.illustrative.words)
        guard case .text = cell(row, 1) else {
          throw InputError(
            .invalidValue(expected: Words(id: "ya atau tidak", en: "yes or no")), at: at)
        }
        throw InputError(
          .invalidWord(
            word,
            expected: [language.text(id: "ya", en: "yes"), language.text(id: "tidak", en: "no")]),
          at: at)
      }
    }
    return settings
  }

  /// A scenario's columns: one (a year), or one per year of the period.
  struct ScenarioColumns {
    let name: String
    /// The heading cell.
    let column: Int
    /// The column of each year (a one-year file: `[0: column]`).
    var years: [Int: Int]
  }

  func drivers(period: ClosedRange<Int>?) throws
    -> (drivers: [ScenarioFile.Driver], scenarios: [ScenarioFile.Case])
  {
    guard let (heading, rows) = blocks[.drivers] else {
      throw InputError(
        .missingKey(words(Block.drivers.words)), at: grid.location(line: 1, column: 0))
    }
    let fixed = Column.columns(period: period != nil)
    guard let header = rows.first else {
      throw InputError(
        .unknownColumn(words(Column.name.words), available: []), at: location(heading, 0))
    }
    try checkHeader(header, fixed.map(\.words))
    var scenarios: [ScenarioColumns] = []
    for column in header.cells.indices.dropFirst(fixed.count) where !isBlank(header, column) {
      let name = text(header, column)
      if Column.allCases.contains(where: { ScenarioSheet.matches(name, $0.words) }) {
        throw InputError(
          .unplacedCell(
            shown(header, column),
            expected: Words(
              id: "nama skenario, bukan judul kolom pemicu (kolom Pertumbuhan, Tambahan dan"
                + " Korelasi antartahun hanya untuk periode: Tahun awal dan Tahun akhir)",
              en: "a scenario's name, not a driver column's heading (the Growth, Increase and"
                + " Year-to-year correlation columns belong to a period: First year and Last"
                + " year)")),
          at: location(header, column))
      }
      // A period's name written over each of its years (merged cells
      // undone) is one scenario.
      if period != nil, scenarios.last?.name == name { continue }
      scenarios.append(ScenarioColumns(name: name, column: column, years: [0: column]))
    }
    var body = Array(rows.dropFirst())
    if let period, !scenarios.isEmpty {
      guard let yearsRow = body.first, isBlank(yearsRow, 0) else {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "baris tahun di bawah nama skenario (\(period.lowerBound)…\(period.upperBound))",
              en: "a row of years under the scenario names (\(period.lowerBound)…"
                + "\(period.upperBound))")),
          at: location(body.first ?? header, scenarios[0].column))
      }
      body.removeFirst()
      scenarios = try yearColumns(yearsRow, scenarios, fixed: fixed.count, period: period)
    }
    let used = Set(scenarios.flatMap(\.years.values))
    var drivers: [ScenarioFile.Driver] = []
    var changes: [[(name: String, value: ScenarioFile.DriverValue, location: SourceLocation)]] =
      Array(repeating: [], count: scenarios.count)
    var seen: [String: Int] = [:]
    for row in body {
      let name = try formulaName(row, 0, Column.name.words)
      try refuseDuplicate(name, seen, row, 0)
      seen[name] = row.line
      let value = try baseValue(row, period: period, fixed: fixed)
      drivers.append(
        ScenarioFile.Driver(
          name: name, value: value, location: location(row, 1, Column.distribution.words)))
      if let extra = row.cells.indices.dropFirst(fixed.count).first(where: {
        !used.contains($0) && !isBlank(row, $0)
      }) {
        throw InputError(
          .unplacedCell(
            shown(row, extra),
            expected: Words(
              id: "kosong: kolom ini tidak berjudul nama skenario",
              en: "blank: this column is not headed by a scenario's name")),
          at: location(row, extra))
      }
      for (index, scenario) in scenarios.enumerated() {
        if let change = try change(row, scenario, base: value, period: period) {
          changes[index].append((name, change.value, change.location))
        }
      }
    }
    let cases =
      scenarios.isEmpty
      ? [ScenarioFile.Case(name: "Baseline", changes: [])]
      : zip(scenarios, changes).map {
        ScenarioFile.Case(name: $0.name, changes: $1, location: location(header, $0.column))
      }
    return (drivers, cases)
  }

  /// The year of each column of a period's scenarios, from the row of
  /// years under their names.
  func yearColumns(
    _ row: Row, _ scenarios: [ScenarioColumns], fixed: Int, period: ClosedRange<Int>
  ) throws -> [ScenarioColumns] {
    var result = scenarios.map { ScenarioColumns(name: $0.name, column: $0.column, years: [:]) }
    try refuseCells(
      of: CellGrid.Row(line: row.line, cells: Array(row.cells.prefix(fixed))), from: 0,
      expected: Words(
        id: "kosong: baris ini memuat tahun skenario", en: "blank: this row holds the years"))
    for column in row.cells.indices.dropFirst(fixed) where !isBlank(row, column) {
      let text = text(row, column)
      guard let index = result.lastIndex(where: { $0.column <= column }) else {
        throw InputError(
          .unplacedCell(
            shown(row, column),
            expected: Words(
              id: "kosong: tidak ada nama skenario di atasnya",
              en: "blank: no scenario's name above it")),
          at: location(row, column))
      }
      // A year stored as a number, or written as Excel may save it in a
      // CSV (2025 or 2.025); text that is no year is named as written.
      var year: Int?
      switch cell(row, column) {
      case .number(let value):
        year = Int(exactly: value)
      case .text:
        if let written = WrittenNumber(text), written.unit == nil,
          let value = written.value(in: convention ?? .english)
        {
          year = Int(exactly: value)
        }
        guard year.map(Dataset.years.contains) == true else {
          throw InputError(.invalidYear(text), at: location(row, column))
        }
      default:
        break
      }
      guard let year, period.contains(year), result[index].years[year] == nil else {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "setiap tahun \(period.lowerBound)–\(period.upperBound) sekali per skenario",
              en: "each year of \(period.lowerBound)–\(period.upperBound) once per scenario")),
          at: location(row, column))
      }
      result[index].years[year] = column
    }
    for scenario in result {
      if let missing = period.first(where: { scenario.years[$0] == nil }) {
        throw InputError(
          .missingKey(String(missing)),
          at: location(row, scenario.column))
      }
    }
    return result
  }

  /// A driver's base value from its fixed columns.
  func baseValue(_ row: Row, period: ClosedRange<Int>?, fixed: [Column]) throws
    -> ScenarioFile.DriverValue
  {
    let word = text(row, Column.distribution.rawValue)
    let kinds = ScenarioSheet.Kind.allCases.map { words($0.words) }
    guard !word.isEmpty, case .text = cell(row, Column.distribution.rawValue) else {
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "sebaran: "
              + ScenarioSheet.Kind.allCases.map(\.words.indonesian)
              .joined(separator: ", "),
            en: "a distribution: "
              + ScenarioSheet.Kind.allCases.map(\.words.english)
              .joined(separator: ", "))),
        at: location(row, Column.distribution.rawValue, Column.distribution.words))
    }
    guard let kind = ScenarioSheet.Kind(word: word) else {
      throw InputError(
        .invalidWord(word, expected: kinds),
        at: location(row, Column.distribution.rawValue, Column.distribution.words))
    }
    // Growth and increase go with a fixed value; a year-to-year
    // correlation with a random one.
    var allowed = Set(kind.parameters)
    if kind == .fixed { allowed.formUnion([.growth, .step]) }
    if ![.fixed, .forecastDenominator, .forecastNumerator, .forecastValue].contains(kind) {
      allowed.insert(.yearCorrelation)
    }
    for column in fixed.dropFirst(2)
    where !allowed.contains(column) && !isBlank(row, column.rawValue) {
      let uses = kind.parameters.map { words($0.words) }.joined(separator: ", ")
      throw InputError(
        .unplacedCell(
          shown(row, column.rawValue),
          expected: Words(
            id: "kosong: sebaran \(kind.words.indonesian) "
              + (uses.isEmpty ? "tidak memakai kolom lain" : "memakai \(uses)"),
            en: "blank: the distribution \(kind.words.english) "
              + (uses.isEmpty ? "uses no other column" : "uses \(uses)"))),
        at: location(row, column.rawValue, column.words))
    }
    let numbers = try kind.parameters.map { try requiredNumber(row, $0.rawValue, $0.words) }
    var value: ScenarioFile.DriverValue
    do {
      value = try kind.value(numbers)
    } catch {
      throw InputError(
        .invalidValue(expected: error.expected),
        at: location(row, error.parameter.rawValue, error.parameter.words))
    }
    guard period != nil else { return value }
    let growth = try number(row, Column.growth.rawValue, Column.growth.words)
    let step = try number(row, Column.step.rawValue, Column.step.words)
    switch (growth, step) {
    case (let rate?, nil):
      let at = location(row, Column.growth.rawValue, Column.growth.words)
      value = .growth(start: numbers[0], rate: try growthRate(rate, at: at))
    case (nil, let increment?): value = .step(start: numbers[0], increment: increment)
    case (.some, .some):
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "Pertumbuhan per tahun atau Tambahan per tahun, tidak keduanya",
            en: "a Growth per year or an Increase per year, not both")),
        at: location(row, Column.step.rawValue, Column.step.words))
    case (nil, nil): break
    }
    if let rho = try number(row, Column.yearCorrelation.rawValue, Column.yearCorrelation.words) {
      guard (-1...1).contains(rho) else {
        throw InputError(
          .invalidValue(
            expected: Words(id: "korelasi antara -1 dan 1", en: "a correlation between -1 and 1")),
          at: location(row, Column.yearCorrelation.rawValue, Column.yearCorrelation.words))
      }
      value = .yearCorrelated(value, correlation: rho)
    }
    return value
  }

  /// What a scenario changes in a driver's row, with the cell of its first
  /// filled value; `nil` when its cells are blank.
  func change(
    _ row: Row, _ scenario: ScenarioColumns, base: ScenarioFile.DriverValue,
    period: ClosedRange<Int>?
  ) throws -> (value: ScenarioFile.DriverValue, location: SourceLocation)? {
    let name = Words(id: scenario.name, en: scenario.name)
    guard let period else {
      guard let column = scenario.years[0],
        let value = try cellText(row, column, name, firstYear: false)
      else { return nil }
      return (value.value, location(row, column, name))
    }
    var values: [Int: ScenarioSheet.CellText] = [:]
    var first: (year: Int, column: Int)?
    for year in period {
      guard let column = scenario.years[year] else { continue }
      let isFirst = year == period.lowerBound
      if let value = try cellText(row, column, name, firstYear: isFirst) {
        values[year] = value
        if first == nil { first = (year, column) }
      }
    }
    guard let first else { return nil }
    let at = location(row, first.column, name)
    if case .schedule(let schedule) = values[period.lowerBound] {
      guard values.count == 1 else {
        let column = scenario.years[values.keys.filter { $0 != period.lowerBound }.min() ?? 0]
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "tahun lain kosong: jadwal di tahun pertama berlaku untuk seluruh periode",
              en: "the other years blank: a schedule in the first year spans the period")),
          at: location(row, column ?? first.column, name))
      }
      return (schedule, at)
    }
    let given = values.mapValues(\.value)
    if given.count == period.count {
      let distinct = Set(given.values)
      if distinct.count == 1, let only = distinct.first { return (only, at) }
      return (.byYear(given), at)
    }
    // Some years filled: the others as in the base.
    if case .yearCorrelated = base {
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "semua tahun terisi atau semua kosong: dasar pemicu ini berkorelasi antartahun",
            en: "every year filled or none: this driver's base is correlated across years")),
        at: at)
    }
    var byYear = given
    for year in period where byYear[year] == nil {
      byYear[year] = base.value(in: year, periodStart: period.lowerBound).0
    }
    return (.byYear(byYear), at)
  }

  /// A scenario cell: `nil` when blank; a number; a distribution's text;
  /// a schedule's text (only in a period's first year).
  func cellText(_ row: Row, _ column: Int, _ name: Words, firstYear: Bool) throws
    -> ScenarioSheet.CellText?
  {
    let at = location(row, column, name)
    switch cell(row, column) {
    case .number(let value):
      return .given(.given(.fixed(try ValueMagnitude.checked(value, written: "\(value)", at: at))))
    case .percent(let value): return .given(.given(.fixed(value / 100)))
    case .formula(let formula): throw InputError(.uncomputedFormula(formula), at: at)
    case .text(let raw):
      let text = SpreadsheetText.restored(trimmed(raw))
      if text.isEmpty { return nil }
      if WrittenNumber(text) != nil {
        return .given(.given(.fixed(try number(text, at: at, percent: .fraction))))
      }
      let example = Words(
        id: "angka, sebaran seperti 'normal 0,96; 0,02' atau 'proyeksi penyebut', atau kosong",
        en: "a number, a distribution like 'normal 0.96; 0.02' or 'forecast denominator', or"
          + " blank")
      guard let (word, parameters) = ScenarioSheet.split(text) else {
        throw InputError(.invalidValue(expected: example), at: at)
      }
      let numbers = try parameters.map { try number(trimmed($0), at: at, percent: .fraction) }
      if let kind = ScenarioSheet.Kind(word: word) {
        guard numbers.count == kind.parameters.count else {
          let names = kind.parameters.map { words($0.words) }.joined(separator: "; ")
          throw InputError(
            .invalidValue(
              expected: Words(
                id: "\(kind.words.indonesian) " + (names.isEmpty ? "tanpa angka" : names),
                en: "\(kind.words.english) " + (names.isEmpty ? "without numbers" : names))),
            at: at)
        }
        do {
          return .given(try kind.value(numbers))
        } catch {
          throw InputError(.invalidValue(expected: error.expected), at: at)
        }
      }
      guard
        let schedule = ScenarioSheet.Schedule.allCases.first(where: {
          ScenarioSheet.matches(word, $0.words)
        })
      else {
        throw InputError(
          .invalidWord(
            word,
            expected: ScenarioSheet.Kind.allCases.map { words($0.words) }
              + ScenarioSheet.Schedule.allCases.map { words($0.words) }),
          at: at)
      }
      guard firstYear else {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "jadwal (tumbuh, tambah) hanya di kolom tahun pertama sebuah periode",
              en: "a schedule (growth, step) only in the first year's column of a period")),
          at: at)
      }
      guard numbers.count == 2 else {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "\(schedule.words.indonesian) awal; "
                + (schedule == .growth
                  ? "laju, mis. tumbuh 400; 0,1" : "tambahan, mis. tambah 400; 40"),
              en: "\(schedule.words.english) start; "
                + (schedule == .growth
                  ? "rate, e.g. growth 400; 0.1" : "increase, e.g. step 400; 40"))),
          at: at)
      }
      return .schedule(
        schedule == .growth
          ? .growth(start: numbers[0], rate: try growthRate(numbers[1], at: at))
          : .step(start: numbers[0], increment: numbers[1]))
    }
  }

  /// A growth per year, a fraction from -1 to 1: a 5 typed for 5% would
  /// be 500% a year.
  func growthRate(_ rate: Double, at location: SourceLocation) throws -> Double {
    guard (-1...1).contains(rate) else {
      throw InputError(
        .invalidValue(
          expected: Words(
            id: "pertumbuhan per tahun sebagai pecahan antara -1 dan 1: tulis 0,05 atau 5% untuk"
              + " 5%",
            en: "a growth per year as a fraction between -1 and 1: write 0.05 or 5% for 5%")),
        at: location)
    }
    return rate
  }

  func outputs() throws -> [(name: String, formula: ScenarioFile.Located<Expression>)] {
    let columns = Block.outputs.columns
    var seen: [String: Int] = [:]
    return try table(.outputs).map { row in
      let name = try formulaName(row, 0, columns[0])
      try refuseDuplicate(name, seen, row, 0)
      seen[name] = row.line
      return (name, try formula(row, 1, columns[1]))
    }
  }

  func correlations() throws -> [ScenarioFile.Correlation] {
    let columns = Block.correlations.columns
    return try table(.correlations).map { row in
      let r = try requiredNumber(row, 2, columns[2])
      guard (-1...1).contains(r) else {
        throw InputError(
          .invalidValue(
            expected: Words(id: "korelasi antara -1 dan 1", en: "a correlation between -1 and 1")),
          at: location(row, 2, columns[2]))
      }
      return ScenarioFile.Correlation(
        first: try name(row, 0, columns[0]), second: try name(row, 1, columns[1]), value: r,
        location: location(row, 0, columns[0]))
    }
  }

  func goal(period: ClosedRange<Int>?) throws -> ScenarioFile.Goal? {
    let columns = Block.goal.columns
    let rows = try table(.goal)
    guard let row = rows.first else { return nil }
    if period != nil {
      let column = firstFilled(row)
      throw InputError(
        .unplacedCell(
          shown(row, column),
          expected: Words(
            id: "kosong: hitung balik hanya untuk satu tahun (Tahun); periode menurunkan targetnya"
              + " dengan Jalur target",
            en: "blank: a goal seek is for one year only (Year); a period derives its targets"
              + " with a Target path")),
        at: location(row, column, columns[column]))
    }
    if rows.count > 1 {
      throw InputError(
        .invalidValue(expected: Words(id: "satu hitung balik", en: "one goal seek")),
        at: location(rows[1], 0))
    }
    let low = try number(row, 3, columns[3])
    let high = try number(row, 4, columns[4])
    if let low, let high, low >= high {
      throw InputError(
        .invalidValue(expected: Words(id: "min di bawah maks", en: "min below max")),
        at: location(row, 4, columns[4]))
    }
    return ScenarioFile.Goal(
      driver: try name(row, 0, columns[0]),
      target: try number(row, 1, columns[1], percent: .points),
      probability: try probability(row, 2, columns[2], default: 0.8), minimum: low, maximum: high,
      location: location(row, 0, columns[0]))
  }

  func targets(period: ClosedRange<Int>?) throws
    -> (values: [Int: Double], location: SourceLocation?)
  {
    let columns = Block.targets.columns
    var values: [Int: Double] = [:]
    var seen: [Int: Int] = [:]
    var first: SourceLocation?
    for row in try table(.targets) {
      guard let year = try integer(row, 0, columns[0], in: Dataset.years) else {
        throw InputError(.invalidYear(text(row, 0)), at: location(row, 0, columns[0]))
      }
      if let period, !period.contains(year) {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "tahun dalam periode \(period.lowerBound)–\(period.upperBound)",
              en: "a year of the period \(period.lowerBound)–\(period.upperBound)")),
          at: location(row, 0, columns[0]))
      }
      if let earlier = seen[year] {
        throw InputError(
          .invalidValue(
            expected: Words(
              id: "satu baris per tahun (\(year) sudah ada di baris \(earlier))",
              en: "one row per year (\(year) is already on row \(earlier))")),
          at: location(row, 0, columns[0]))
      }
      seen[year] = row.line
      if let value = try number(row, 1, columns[1], percent: .points) {
        values[year] = value
        if first == nil { first = location(row, 1, columns[1]) }
      }
    }
    return (values, first)
  }

  func targetPath() throws -> ScenarioFile.TargetPathRequest? {
    let columns = Block.targetPath.columns
    let rows = try table(.targetPath)
    guard let row = rows.first else { return nil }
    if rows.count > 1 {
      throw InputError(
        .invalidValue(expected: Words(id: "satu jalur target", en: "one target path")),
        at: location(rows[1], 0))
    }
    return ScenarioFile.TargetPathRequest(
      scenario: try name(row, 0, columns[0]),
      probability: try probability(row, 1, columns[1], default: 0.7),
      location: location(row, 0, columns[0]))
  }
}
