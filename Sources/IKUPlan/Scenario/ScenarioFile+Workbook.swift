import IKUForecast

extension ScenarioFile {
  /// Writes the scenario as a workbook a planner fills in: a sheet
  /// `Petunjuk` (instructions) and a sheet `Skenario` in blocks
  /// (``ScenarioSheet``), in `language`.
  ///
  /// ``init(grid:convention:)`` reads the `Skenario` sheet back to the
  /// same values (drivers, scenarios, outputs, correlations, goal, targets,
  /// target path, draws, seed, source), so that the workbook runs as the
  /// YAML file does. Numbers are numeric cells (whole numbers from 1000 on
  /// with a thousands format, `#,##0`); distributions in scenario cells
  /// are short texts (`normal 0,96; 0,02`) with the language's decimal
  /// separator; formulas are text (``Expression/text(decimalSeparator:)``).
  /// A scenario that changes a driver in the same way every year of a
  /// period is written in every year's cell, and so is one whose `by_year`
  /// values are all equal; either reads back as the one value.
  ///
  /// The file is written atomically (a temporary name renamed into place).
  ///
  /// - Throws: ``InputError/Problem/noWorkbookForm(_:)`` at the YAML
  ///   location of a feature the workbook cannot hold (a driver's base
  ///   value given `by_year`, a scenario change with `year_correlation`, a
  ///   scenario, driver or output without a name, a driver or output whose
  ///   name formulas cannot use, a scenario named like a driver column),
  ///   before anything is written;
  ///   ``InputError`` naming `path` when it cannot be written.
  public func writeWorkbook(
    to path: String, language: Language, protecting inputs: [String] = []
  ) throws {
    try checkWorkbookForm()
    let sheet = ScenarioSheetWriter(self, language: language)
    try AtomicFiles.write(toFile: path, protecting: inputs) { temporary in
      let workbook = try XLSXWorkbook(path: temporary)
      sheet.fill(workbook)
      try workbook.close()
    }
  }

  /// Refuses what a scenario workbook cannot hold.
  func checkWorkbookForm() throws {
    func refuse(_ id: String, _ en: String, _ location: SourceLocation) -> InputError {
      InputError(.noWorkbookForm(.init(id: id, en: en)), at: location)
    }
    for driver in drivers {
      if trimmed(driver.name).isEmpty {
        throw refuse("pemicu tanpa nama", "a driver without a name", driver.location)
      }
      // The reader takes only names formulas can use.
      if !ScenarioSheet.isFormulaName(driver.name) {
        throw refuse(
          "pemicu '\(driver.name)', yang namanya tidak dapat dipakai di rumus",
          "the driver '\(driver.name)', whose name formulas cannot use", driver.location)
      }
      switch driver.value {
      case .byYear:
        throw refuse(
          "nilai dasar pemicu '\(driver.name)' per tahun (by_year); tulis nilai tahunannya di"
            + " kolom skenario",
          "the base value of the driver '\(driver.name)' year by year (by_year); write the"
            + " yearly values in the scenario columns", driver.location)
      case .given(.forecast):
        throw refuse(
          "sebaran proyeksi yang sudah dihitung pada pemicu '\(driver.name)'",
          "a computed forecast distribution for the driver '\(driver.name)'", driver.location)
      default: break
      }
    }
    for output in outputs {
      if trimmed(output.name).isEmpty {
        throw refuse("keluaran tanpa nama", "an output without a name", output.formula.location)
      }
      if !ScenarioSheet.isFormulaName(output.name) {
        throw refuse(
          "keluaran '\(output.name)', yang namanya tidak dapat dipakai di rumus",
          "the output '\(output.name)', whose name formulas cannot use", output.formula.location)
      }
    }
    for scenario in scenarios {
      let location = scenario.changes.first?.location ?? SourceLocation(file: file, line: 0)
      if trimmed(scenario.name).isEmpty {
        throw refuse("skenario tanpa nama", "a scenario without a name", location)
      }
      // Its heading would read as the column's.
      if ScenarioSheet.DriverColumn.allCases.contains(where: {
        ScenarioSheet.matches(scenario.name, $0.words)
      }) {
        throw refuse(
          "skenario bernama seperti judul kolom pemicu ('\(scenario.name)')",
          "a scenario named like a driver column ('\(scenario.name)')", location)
      }
      for change in scenario.changes {
        if case .yearCorrelated = change.value {
          throw refuse(
            "perubahan pemicu '\(change.name)' dengan year_correlation di skenario"
              + " '\(scenario.name)'",
            "a change of the driver '\(change.name)' with year_correlation in the scenario"
              + " '\(scenario.name)'", change.location)
        }
        if case .given(.forecast) = change.value {
          throw refuse(
            "sebaran proyeksi yang sudah dihitung pada pemicu '\(change.name)'",
            "a computed forecast distribution for the driver '\(change.name)'", change.location)
        }
      }
    }
  }
}

/// The cells of the two sheets of a scenario workbook.
private struct ScenarioSheetWriter {
  typealias Style = XLSXWorkbook.Style

  /// What a cell holds.
  enum Content {
    case text(String)
    case number(Double)
  }

  struct Cell {
    let row: Int
    let column: Int
    let content: Content
    let style: Style
  }

  let language: Language
  let convention: NumberConvention
  var cells: [Cell] = []
  var merges: [(row: Int, first: Int, last: Int, text: String)] = []
  var dropDown: (rows: ClosedRange<Int>, words: [String])?
  var widths: [Int: Int] = [:]
  var row = 0
  /// The first driver's value cell (`C14`) and its driver, for the
  /// instructions' example of an Excel formula.
  var valueCell: (reference: String, driver: String)?
  var instructions: [(text: String, heading: Bool)] = []

  static let bold = Style(bold: true)

  init(_ file: ScenarioFile, language: Language) {
    self.language = language
    convention = language == .indonesian ? .indonesian : .english
    settings(file)
    drivers(file)
    table(
      .outputs,
      file.outputs.map {
        [.text($0.name), .text($0.formula.value.text(decimalSeparator: separator))]
      })
    table(
      .correlations,
      file.correlations.map { [.text($0.first), .text($0.second), .number($0.value)] })
    // A goal seek is for one year; a period derives its targets with a
    // target path.
    if file.period == nil {
      table(
        .goal,
        file.goal.map { goal in
          [
            [
              .text(goal.driver), goal.target.map(Content.number), .number(goal.probability),
              goal.minimum.map(Content.number), goal.maximum.map(Content.number),
            ]
          ]
        } ?? [])
    }
    if let period = file.period {
      table(
        .targets,
        period.map { year in
          [.number(Double(year)), file.typedTargets[year].map(Content.number)]
        })
      table(
        .targetPath,
        file.targetPath.map { [[.text($0.scenario), .number($0.probability)]] } ?? [])
    }
    instructions = ScenarioSheet.instructions(for: file, in: language, valueCell: valueCell)
  }

  var separator: Character { convention == .indonesian ? "," : "." }

  func words(_ words: InputError.Words) -> String { words.text(in: language) }

  /// Puts a cell in the current row; a `grouped` whole number from 1000
  /// on (a driver's rupiah) is shown with thousands separators.
  mutating func put(
    _ content: Content?, _ column: Int, style: Style = Style(), width: Bool = true,
    grouped: Bool = false
  ) {
    guard let content else { return }
    var style = style
    if grouped, case .number(let value) = content, value == value.rounded(), abs(value) >= 1000 {
      style.numberFormat = "#,##0"
    }
    cells.append(Cell(row: row, column: column, content: content, style: style))
    guard width else { return }
    let length: Int
    switch content {
    case .text(let text): length = text.count
    case .number(let value): length = NumberFormat(language).exact(value).count
    }
    widths[column] = max(widths[column] ?? 0, length)
  }

  mutating func heading(_ block: ScenarioSheet.Block) {
    if row > 0 { row += 1 }
    put(.text(words(block.words)), 0, style: Self.bold, width: false)
    row += 1
  }

  mutating func settings(_ file: ScenarioFile) {
    heading(.settings)
    for setting in ScenarioSheet.Setting.rows(period: file.period != nil) {
      put(.text(words(setting.words)), 0, style: Self.bold)
      put(value(of: setting, in: file), 1, width: setting != .formula && setting != .source)
      let note = self.note(setting, illustrative: file.illustrative)
      if !note.isEmpty { put(.text(note), 2, width: false) }
      row += 1
    }
  }

  func value(of setting: ScenarioSheet.Setting, in file: ScenarioFile) -> Content? {
    switch setting {
    case .indicator: return file.indicator.map(Content.text)
    case .year: return file.year.map { .number(Double($0)) }
    case .firstYear: return file.period.map { .number(Double($0.lowerBound)) }
    case .lastYear: return file.period.map { .number(Double($0.upperBound)) }
    case .formula: return .text(file.formula.value.text(decimalSeparator: separator))
    case .target: return file.target.map(Content.number)
    case .budget: return file.budget.map(Content.text)
    case .draws: return .number(Double(file.draws))
    case .seed:
      // Beyond 2⁵³ a cell's double would lose digits: such a seed is text.
      return file.seed <= 1 << 53 ? .number(Double(file.seed)) : .text(String(file.seed))
    case .source: return file.source.isEmpty ? nil : .text(file.source)
    case .illustrative:
      return .text(
        file.illustrative
          ? language.text(id: "ya", en: "yes") : language.text(id: "tidak", en: "no"))
    }
  }

  func note(_ setting: ScenarioSheet.Setting, illustrative: Bool) -> String {
    switch setting {
    case .indicator:
      return language.text(
        id: "kode indikator di indikator.csv (kosong: tanpa indikator)",
        en: "the indicator's code in indikator.csv (blank: no indicator)")
    case .year:
      return language.text(
        id: "kosong: tahun sesudah realisasi terakhir", en: "blank: the year after the last actual")
    case .firstYear:
      return language.text(id: "periode Renstra", en: "the Renstra period")
    case .lastYear:
      return language.text(id: "paling banyak 20 tahun", en: "at most 20 years")
    case .formula:
      return ""
    case .target:
      return language.text(
        id: "kosong: target dataset; angka persen seperti 65,71",
        en: "blank: the dataset's target; percentages as 65.71")
    case .budget:
      return language.text(
        id: "keluaran yang menjadi anggaran (kosong: keluaran pertama)",
        en: "the output that is the budget (blank: the first output)")
    case .draws:
      return language.text(
        id: "jumlah penarikan acak, 1 sampai 5.000.000", en: "random draws, 1 to 5,000,000")
    case .seed:
      return language.text(id: "benih sama, hasil sama", en: "same seed, same result")
    case .source:
      return illustrative
        ? language.text(
          id: "ILUSTRASI: angka lembar ini contoh, bukan data resmi",
          en: "ILLUSTRATIVE: this sheet's numbers are examples, not official data")
        : language.text(id: "dari mana angka-angkanya", en: "where the numbers come from")
    case .illustrative:
      return language.text(
        id: "ya: angka contoh, bukan data resmi (ditandai di setiap keluaran)",
        en: "yes: example numbers, not official data (every output says so)")
    }
  }

  mutating func drivers(_ file: ScenarioFile) {
    heading(.drivers)
    let period = file.period
    let columns = ScenarioSheet.DriverColumn.columns(period: period != nil)
    for column in columns {
      put(.text(words(column.words)), column.rawValue, style: Self.bold)
    }
    let years = period.map(Array.init) ?? []
    // The first column of each scenario.
    let first = file.scenarios.indices.map { columns.count + $0 * max(years.count, 1) }
    for (index, scenario) in file.scenarios.enumerated() {
      if years.isEmpty {
        put(.text(scenario.name), first[index], style: Self.bold)
      } else {
        merges.append((row, first[index], first[index] + years.count - 1, scenario.name))
      }
    }
    row += 1
    if !years.isEmpty {
      for index in file.scenarios.indices {
        for (offset, year) in years.enumerated() {
          put(.number(Double(year)), first[index] + offset, style: Self.bold)
        }
      }
      row += 1
    }
    let firstDriverRow = row
    for driver in file.drivers {
      put(.text(driver.name), 0)
      base(driver.value)
      let value = ScenarioSheet.DriverColumn.value.rawValue
      if valueCell == nil, cells.contains(where: { $0.row == row && $0.column == value }) {
        valueCell = (SourceLocation.columnLetters(value + 1) + String(row + 1), driver.name)
      }
      for (index, scenario) in file.scenarios.enumerated() {
        guard let change = scenario.changes.last(where: { $0.name == driver.name }) else {
          continue
        }
        if years.isEmpty {
          put(cell(change.value), first[index], grouped: true)
          continue
        }
        for (offset, year) in years.enumerated() {
          let content: Content?
          switch change.value {
          case .byYear(let values): content = values[year].flatMap(cell)
          case .growth, .step: content = offset == 0 ? cell(change.value) : nil
          default: content = cell(change.value)
          }
          put(content, first[index] + offset, width: false, grouped: true)
        }
      }
      row += 1
    }
    if row > firstDriverRow {
      dropDown = (firstDriverRow...(row - 1), ScenarioSheet.Kind.allCases.map { words($0.words) })
    }
  }

  /// The fixed columns of a driver's base value.
  mutating func base(_ value: ScenarioFile.DriverValue) {
    var value = value
    if case .yearCorrelated(let inner, let rho) = value {
      put(.number(rho), ScenarioSheet.DriverColumn.yearCorrelation.rawValue)
      value = inner
    }
    switch value {
    case .growth(let start, let rate):
      put(.text(words(ScenarioSheet.Kind.fixed.words)), 1)
      put(.number(start), ScenarioSheet.DriverColumn.value.rawValue, grouped: true)
      put(.number(rate), ScenarioSheet.DriverColumn.growth.rawValue)
    case .step(let start, let increment):
      put(.text(words(ScenarioSheet.Kind.fixed.words)), 1)
      put(.number(start), ScenarioSheet.DriverColumn.value.rawValue, grouped: true)
      put(.number(increment), ScenarioSheet.DriverColumn.step.rawValue, grouped: true)
    default:
      // checkWorkbookForm leaves only the kinds of ScenarioSheet.Kind.
      guard let kind = ScenarioSheet.Kind(value) else { return }
      put(.text(words(kind.words)), 1)
      for (column, number) in zip(kind.parameters, ScenarioSheet.Kind.parameters(of: value)) {
        put(.number(number), column.rawValue, grouped: true)
      }
    }
  }

  /// A scenario cell: a fixed value as a number, anything else as text.
  func cell(_ value: ScenarioFile.DriverValue) -> Content? {
    if case .given(.fixed(let number)) = value { return .number(number) }
    return ScenarioSheet.text(value, in: language, convention: convention).map(Content.text)
  }

  /// A table block: the heading, the column names, the rows.
  mutating func table(_ block: ScenarioSheet.Block, _ rows: [[Content?]]) {
    heading(block)
    for (column, name) in block.columns.enumerated() {
      put(.text(words(name)), column, style: Self.bold)
    }
    row += 1
    for cells in rows {
      for (column, content) in cells.enumerated() { put(content, column) }
      row += 1
    }
  }

  func fill(_ workbook: XLSXWorkbook) {
    let help = workbook.addSheet(words(ScenarioSheet.instructions))
    for (index, line) in instructions.enumerated() {
      workbook.write(
        line.text, row: index, column: 0, in: help,
        style: line.heading ? Self.bold : Style(wraps: true))
    }
    workbook.setWidth(110, column: 0, in: help)

    let sheet = workbook.addSheet(words(ScenarioSheet.sheet))
    for cell in cells {
      switch cell.content {
      case .text(let text):
        workbook.write(text, row: cell.row, column: cell.column, in: sheet, style: cell.style)
      case .number(let value):
        workbook.write(value, row: cell.row, column: cell.column, in: sheet, style: cell.style)
      }
    }
    for merge in merges {
      workbook.merge(
        merge.text, row: merge.row, columns: merge.first, through: merge.last, in: sheet,
        style: Self.bold)
    }
    if let dropDown {
      workbook.dropDown(
        dropDown.words, column: ScenarioSheet.DriverColumn.distribution.rawValue,
        rows: dropDown.rows.lowerBound, through: dropDown.rows.upperBound, in: sheet)
    }
    let last = max(widths.keys.max() ?? 0, merges.map(\.last).max() ?? 0)
    for column in 0...last {
      let width = widths[column] ?? 8
      workbook.setWidth(
        Double(min(max(width, column == 0 ? 16 : 10), 40) + 2), column: column, in: sheet)
    }
    workbook.freezeColumns(before: 1, in: sheet)
  }
}
