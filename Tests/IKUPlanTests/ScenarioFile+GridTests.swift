import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

/// Scenario sheets as a planner fills them in: changed, added and blank
/// scenario cells, distributions as text, the same sheet as CSV, and every
/// refusal at its cell.
@Suite struct ScenarioFileGridTests {
  static let oneYear = "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml"
  static let renstra = "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml"

  /// The sheet `Skenario` of the template written from a bundled example.
  static func template(_ example: String = oneYear, language: Language = .indonesian) throws
    -> (yaml: ScenarioFile, grid: CellGrid)
  {
    let yaml = try ScenarioFile(contentsOf: packageRoot.appendingPathComponent(example).path)
    let path = try temporaryFolder().appendingPathComponent("t.xlsx").path
    try yaml.writeWorkbook(to: path, language: language)
    let grid = try CellGrid(contentsOfFile: path, sheet: ScenarioSheet.sheet.text(in: language))
    return (yaml, CellGrid(file: "t.xlsx", origin: grid.origin, rows: grid.rows))
  }

  private func problem(_ grid: CellGrid, convention: NumberConvention? = nil) -> InputError? {
    do {
      _ = try ScenarioFile(grid: grid, convention: convention)
      return nil
    } catch {
      return error as? InputError
    }
  }

  // MARK: - Filled in by a planner

  @Test func aPlannersChanges() throws {
    let (yaml, grid) = try Self.template()
    let filled = try grid.editing([
      // A scenario value changed: +2 angkatan has 520 seats instead of 480.
      "I14": .number(520),
      // A scenario column added, with a value, a distribution as text in
      // Indonesian numbers, and a blank (the base) for the other drivers.
      "L12": .text("Lulus seragam"), "L14": .text("450"), "L15": .text("seragam 0,85; 0,98"),
      // A distribution as text in an existing scenario.
      "J15": .text("segitiga 0,8; 0,9; 0,95"),
      // A forecast driver fixed in a scenario.
      "K13": .number(900),
    ])
    let file = try ScenarioFile(grid: filled)
    #expect(
      file.scenarios.map(\.name) == [
        "Dasar", "+2 angkatan", "+5 angkatan", "Kelulusan naik", "Lulus seragam",
      ])
    func changes(_ index: Int) -> [String: ScenarioFile.DriverValue] {
      Dictionary(file.scenarios[index].changes.map { ($0.name, $0.value) }) { $1 }
    }
    #expect(changes(0).isEmpty)
    #expect(changes(1) == ["kapasitas": .given(.fixed(520))])
    #expect(
      changes(2) == [
        "kapasitas": .given(.fixed(600)),
        "kelulusan": .given(.triangular(minimum: 0.8, mode: 0.9, maximum: 0.95)),
      ])
    #expect(
      changes(3) == [
        "pendaftar": .given(.fixed(900)),
        "kelulusan": .given(.normal(mean: 0.96, standardDeviation: 0.02)),
      ])
    #expect(
      changes(4) == [
        "kapasitas": .given(.fixed(450)),
        "kelulusan": .given(.uniform(minimum: 0.85, maximum: 0.98)),
      ])
    // Everything else as in the YAML.
    #expect(file.drivers.map(\.value) == yaml.drivers.map(\.value))
    #expect(file.goal?.maximum == 3000)
    // Where a change is written: its cell, named by the scenario.
    let location = try #require(file.scenarios[4].changes.last?.location)
    #expect(location.description(in: .indonesian) == "t.xlsx, Skenario!L15 (Lulus seragam)")
  }

  /// The indicator's code keeps its cell, so an unknown code is named
  /// there (`Skenario!B2`), not at the top of the file.
  @Test func theIndicatorKeepsItsCell() throws {
    let (_, grid) = try Self.template()
    let file = try ScenarioFile(grid: grid.editing(["B2": .text("IKU-99")]))
    #expect(file.indicator == "IKU-99")
    #expect(file.indicatorLocation?.description(in: .indonesian) == "t.xlsx, Skenario!B2")
  }

  /// A number past the models' sizes is refused at its cell, typed as a
  /// number or as text.
  @Test func numbersPastTheSizesAreRefusedAtTheirCell() throws {
    let (_, grid) = try Self.template()
    for content in [CellGrid.Cell.number(1e200), .text("1e200")] {
      let error = try #require(problem(try grid.editing(["I14": content])))
      guard case .beyondMagnitude(_, let tooLarge) = error.problem else {
        Issue.record("\(error)")
        continue
      }
      #expect(tooLarge)
      #expect(error.location.description(in: .english).hasPrefix("t.xlsx, Skenario!I14"))
    }
  }

  /// A scenario keeps its name's cell and the target its value's cell, so
  /// that an error about them is named there (two scenarios of one name:
  /// the second's heading).
  @Test func scenariosAndTheTargetKeepTheirCells() throws {
    let (_, grid) = try Self.template()
    let file = try ScenarioFile(grid: grid.editing(["B5": .number(70)]))
    #expect(
      file.scenarios.map { $0.location?.description(in: .indonesian) } == [
        "t.xlsx, Skenario!H12", "t.xlsx, Skenario!I12", "t.xlsx, Skenario!J12",
        "t.xlsx, Skenario!K12",
      ])
    #expect(file.targetLocation?.description(in: .english) == "t.xlsx, Skenario!B5 (Target)")
    #expect(try ScenarioFile(grid: grid).targetLocation == nil)
    let twice = try #require(problem(try grid.editing(["J12": .text("+2 angkatan")])))
    #expect(
      twice.message(in: .english)
        == "t.xlsx, Skenario!J12: expected a scenario name not used yet ('+2 angkatan' already"
        + " exists, t.xlsx, Skenario!I12)")
    // A period's name merged over its years: the first year's column; the
    // name again after another scenario's is a second scenario.
    let (_, periodGrid) = try Self.template(Self.renstra)
    let period = try ScenarioFile(grid: periodGrid)
    #expect(
      period.scenarios.compactMap { $0.location.map { "\($0.line):\($0.column ?? 0)" } } == [
        "13:11", "13:16", "13:21",
      ])
    let again = try #require(problem(try periodGrid.editing(["U13": .text("Tetap 400 kursi")])))
    #expect(
      again.message(in: .english).hasPrefix(
        "t.xlsx, Skenario!U13: expected a scenario name not used yet ('Tetap 400 kursi'"),
      "\(again.message(in: .english))")
  }

  @Test func aDriverAddedAndTheSettingsChanged() throws {
    let (_, grid) = try Self.template()
    let filled = try grid.editing([
      "A17": .text("honor"), "B17": .text("Normal"), "C17": .number(100), "D17": .number(10),
      "J17": .text("lognormal 120; 15"),
      "B4": .text("min(kapasitas * kelulusan; pendaftar) / pendaftar * 100 + honor * 0"),
      "B5": .percent(70), "B7": .text(""), "B9": .text("tidak"), "D27": .text(""),
      "A24": .text("kelulusan"), "B24": .text("honor"), "C24": .text("0,2"),
    ])
    let file = try ScenarioFile(grid: filled)
    #expect(file.drivers.last?.name == "honor")
    #expect(file.drivers.last?.value == .given(.normal(mean: 100, standardDeviation: 10)))
    #expect(
      file.scenarios[2].changes.last?.value == .given(.lognormal(mean: 120, standardDeviation: 15)))
    // A target formatted as a percentage is in percentage points.
    #expect(file.target == 70)
    #expect(file.seed == 1)
    #expect(file.illustrative == false)
    #expect(file.goal?.minimum == nil)
    #expect(file.correlations.map(\.value) == [0.2])
  }

  /// A period: some years filled (the others as in the base), a schedule
  /// in the first year, the same value every year.
  @Test func aPeriodsYears() throws {
    let (_, grid) = try Self.template(Self.renstra)
    // K…O: "Tetap 400 kursi" 2025–2029; P…T the +10% scenario; U…Y the
    // two extra batches. Row 16 kapasitas, 18 biaya_per_kursi.
    let filled = try grid.editing([
      "M16": .number(500), "N16": .number(520),
      "K18": .text("tambah 3500000; 100000"),
      "U15": .text("proyeksi nilai"), "V15": .text("proyeksi nilai"),
      "W15": .text("proyeksi nilai"),
      "X15": .text("proyeksi nilai"), "Y15": .text("proyeksi nilai"),
    ])
    let file = try ScenarioFile(grid: filled)
    let fixed = Dictionary(file.scenarios[0].changes.map { ($0.name, $0.value) }) { $1 }
    #expect(
      fixed["kapasitas"]
        == .byYear([
          2025: .given(.fixed(400)), 2026: .given(.fixed(400)), 2027: .given(.fixed(500)),
          2028: .given(.fixed(520)), 2029: .given(.fixed(400)),
        ]))
    #expect(fixed["biaya_per_kursi"] == .step(start: 3_500_000, increment: 100_000))
    let two = Dictionary(file.scenarios[2].changes.map { ($0.name, $0.value) }) { $1 }
    #expect(two["pendaftar"] == .forecast(.value))
    // Blank years of a growing base take the base's value of that year.
    let growing = try grid.editing(["L18": .number(4_000_000)])
    let cost = try #require(
      try ScenarioFile(grid: growing).scenarios[0].changes.first { $0.name == "biaya_per_kursi" })
    guard case .byYear(let years) = cost.value else {
      Issue.record("\(cost.value)")
      return
    }
    #expect(years[2026] == .given(.fixed(4_000_000)))
    // Merged names undone: the name over each of its years.
    let unmerged = try grid.editing([
      "L13": .text("Tetap 400 kursi"), "M13": .text("Tetap 400 kursi"),
      "N13": .text("Tetap 400 kursi"), "O13": .text("Tetap 400 kursi"),
    ])
    expectSameValues(try ScenarioFile(grid: unmerged), try ScenarioFile(grid: grid))
    // The base's own arithmetic: 3.500.000 × (1,05 × 1,05).
    #expect(years[2027] == .given(.fixed(3_500_000 * (1.05 * 1.05))))
  }

  // MARK: - The same sheet as CSV

  @Test(arguments: [(";", Language.indonesian), (",", .english)])
  func theSheetAsCSV(delimiter: String, language: Language) throws {
    let convention: NumberConvention = language == .indonesian ? .indonesian : .english
    for example in [Self.oneYear, Self.renstra] {
      let (yaml, grid) = try Self.template(example, language: language)
      let csv = grid.csv(delimiter: Character(delimiter), convention: convention)
      let read = try ScenarioFile(
        grid: try CellGrid(delimitedBytes: Array(csv.utf8), file: "t.csv"))
      expectSameValues(read, yaml)
    }
  }

  @Test func csvErrorsNameLineAndColumn() throws {
    let (_, grid) = try Self.template()
    let csv = try grid.editing(["B15": .text("normall")]).csv(
      delimiter: ";", convention: .indonesian)
    let error = try #require(
      problem(try CellGrid(delimitedBytes: Array(csv.utf8), file: "t.csv")))
    #expect(
      error.message(in: .indonesian)
        == "t.csv, baris 15, kolom 2 (Sebaran): 'normall' tidak dikenal; diharapkan salah satu"
        + " dari: tetap, normal, seragam, segitiga, lognormal, proyeksi penyebut, proyeksi"
        + " pembilang, proyeksi nilai")
  }

  @Test func oneConventionPerSheet() throws {
    let (_, grid) = try Self.template()
    // 1.500 reads two ways, and nothing else in the sheet says which.
    let english = try Self.template(language: .english).grid
    let ambiguous = try english.editing(["K15": .text(""), "I14": .text("1.500")])
    #expect(
      problem(ambiguous)?.problem == .ambiguousNumber("1.500", indonesian: 1500, english: 1.5))
    #expect(
      try ScenarioFile(grid: ambiguous, convention: .indonesian).scenarios[1].changes.first?
        .value == .given(.fixed(1500)))
    // A decimal comma and a decimal point in one sheet.
    let mixed = try grid.editing(["I14": .text("480.5")])
    guard case .mixedConventions = problem(mixed)?.problem else {
      Issue.record("\(String(describing: problem(mixed)))")
      return
    }
  }

  // MARK: - Refusals, each at its cell

  @Test(
    arguments: [
      // An unknown distribution word.
      ("B15", CellGrid.Cell.text("normall"), "Skenario!B15 (Sebaran): 'normall' tidak dikenal"),
      // Text where a number goes.
      ("C14", .text("empat ratus"), "Skenario!C14 (Nilai / rata-rata): 'empat ratus' bukan angka"),
      // A scenario cell that does not parse.
      (
        "I15", .text("normal 0,96"),
        "Skenario!I15 (+2 angkatan): nilai tidak sesuai; diharapkan normal Nilai / rata-rata;"
          + " Simpangan baku"
      ),
      ("I15", .text("~0,9"), "Skenario!I15 (+2 angkatan): nilai tidak sesuai; diharapkan angka"),
      ("I15", .text("acak 1; 2"), "Skenario!I15 (+2 angkatan): 'acak' tidak dikenal"),
      (
        "I15", .text("tumbuh 1; 0,1"),
        "Skenario!I15 (+2 angkatan): nilai tidak sesuai; diharapkan jadwal"
      ),
      // A parameter the distribution does not use.
      ("E15", .number(0.5), "Skenario!E15 (Min): isi sel '0,5' tidak dapat ditempatkan"),
      // Impossible parameters, at the parameter's cell.
      (
        "D15", .number(0),
        "Skenario!D15 (Simpangan baku): nilai tidak sesuai; diharapkan simpangan baku di atas 0"
      ),
      (
        "D15", .number(-0.03),
        "Skenario!D15 (Simpangan baku): nilai tidak sesuai; diharapkan simpangan baku di atas 0"
      ),
      // A missing parameter.
      ("D15", .text(""), "Skenario!D15 (Simpangan baku): nilai tidak sesuai; diharapkan angka"),
      // A filled cell outside every block, beside a block, right of the
      // scenarios; an unknown heading.
      ("D10", .text("catatan"), "Skenario!D10: isi sel 'catatan' tidak dapat ditempatkan"),
      (
        "C20", .text("x"),
        "Skenario!C20: isi sel 'x' tidak dapat ditempatkan; diharapkan kosong: blok"
      ),
      ("M14", .number(1), "Skenario!M14: isi sel '1' tidak dapat ditempatkan"),
      ("D9", .text("lagi"), "Skenario!D9: isi sel 'lagi' tidak dapat ditempatkan"),
      ("A10", .text("Pemicuu"), "Skenario!A10: kunci 'Pemicuu' tidak dikenal"),
      ("A1", .text("Pengaturann"), "Skenario!A1: isi sel 'Pengaturann' tidak dapat ditempatkan"),
      // Settings.
      ("B3", .text("dua ribu"), "Skenario!B3 (Tahun): 'dua ribu' bukan angka"),
      (
        "B6", .number(0),
        "Skenario!B6 (Jumlah penarikan): nilai tidak sesuai; diharapkan bilangan bulat"
      ),
      ("B9", .text("mungkin"), "Skenario!B9 (Ilustrasi): 'mungkin' tidak dikenal"),
      ("B4", .text("kapasitas *"), "Skenario!B4 (Rumus): rumus berakhir terlalu cepat"),
      ("C12", .text("Nilai"), "Skenario!C12: kolom 'Nilai / rata-rata' tidak ada"),
      ("C27", .number(1.5), "Skenario!C27 (Peluang): nilai tidak sesuai; diharapkan peluang"),
      ("A23", .text("Pemicu 1"), "Skenario!A23: kolom 'Pemicu A' tidak ada"),
      // A driver named in Rumus but missing.
      ("A15", .text("lulus"), "Skenario!B4 (Rumus): nama 'kelulusan' tidak dikenal"),
      // A driver or output name that formulas cannot use.
      (
        "A16", .text("biaya per kursi"),
        "Skenario!A16 (Pemicu): nilai tidak sesuai; diharapkan nama yang dapat dipakai di rumus:"
          + " huruf, angka dan _, diawali huruf atau _, tanpa spasi (mis. biaya_per_kursi, bukan"
          + " 'biaya per kursi')"
      ),
      ("A16", .text("2kursi"), "Skenario!A16 (Pemicu): nilai tidak sesuai; diharapkan nama"),
      ("A20", .text("anggaran-total"), "Skenario!A20 (Nama): nilai tidak sesuai; diharapkan nama"),
      // A scenario, goal or correlation naming an unknown driver.
      ("A27", .text("kursi"), "Skenario!A27 (Pemicu): nama 'kursi' tidak dikenal"),
      // A formula saved without its value (openpyxl): not the base's
      // capacity, not the default probability.
      (
        "I14", .formula("C14*1.2"),
        "Skenario!I14: sel berisi rumus Excel =C14*1.2 tanpa nilai tersimpan; buka dan simpan"
          + " berkas di Excel atau LibreOffice agar nilainya terhitung"
      ),
      ("C27", .formula("0.9"), "Skenario!C27: sel berisi rumus Excel =0.9 tanpa nilai tersimpan"),
    ] as [(String, CellGrid.Cell, String)])
  func refusalsNameTheirCell(cell: String, content: CellGrid.Cell, message: String) throws {
    let (_, grid) = try Self.template()
    let error = try #require(problem(try grid.editing([cell: content])))
    #expect(
      error.message(in: .indonesian).hasPrefix("t.xlsx, " + message),
      "\(error.message(in: .indonesian))")
    #expect(!error.message(in: .english).isEmpty)
  }

  /// A distribution's impossible parameters are named at the cell of the
  /// one that is wrong (of a pair out of order, the first).
  @Test(
    arguments: [
      (["B15": .text("lognormal"), "C15": .number(-1)], "C15 (Nilai / rata-rata)"),
      (["B15": .text("lognormal"), "D15": .number(-0.5)], "D15 (Simpangan baku)"),
      (
        [
          "B15": .text("seragam"), "C15": .text(""), "D15": .text(""), "E15": .number(0.9),
          "G15": .number(0.8),
        ], "E15 (Min)"
      ),
      (
        [
          "B15": .text("segitiga"), "C15": .text(""), "D15": .text(""), "E15": .number(0.8),
          "F15": .number(0.99), "G15": .number(0.95),
        ], "F15 (Modus)"
      ),
      (
        [
          "B15": .text("segitiga"), "C15": .text(""), "D15": .text(""), "E15": .number(0.9),
          "F15": .number(0.85), "G15": .number(0.95),
        ], "E15 (Min)"
      ),
    ] as [([String: CellGrid.Cell], String)])
  func impossibleParametersNameTheirCell(edits: [String: CellGrid.Cell], cell: String) throws {
    let (_, grid) = try Self.template()
    let error = try #require(problem(try grid.editing(edits)))
    #expect(
      error.message(in: .indonesian).hasPrefix("t.xlsx, Skenario!\(cell): nilai tidak sesuai"),
      "\(error.message(in: .indonesian))")
  }

  /// A number stored in a cell is shown in the message's language, as
  /// ikuplan shows numbers; a number where a word belongs is refused
  /// without echoing it.
  @Test(
    arguments: [
      ("E15", CellGrid.Cell.number(0.5), "Skenario!E15 (Min): isi sel '0,5' tidak", "'0.5'"),
      ("E15", .percent(12.5), "Skenario!E15 (Min): isi sel '12,5%' tidak", "'12.5%'"),
      ("M14", .number(3_500_000), "Skenario!M14: isi sel '3.500.000' tidak", "'3,500,000'"),
      ("A5", .number(1.5), "Skenario!A5: isi sel '1,5' tidak", "'1.5'"),
      (
        "B15", .number(0.5),
        "Skenario!B15 (Sebaran): nilai tidak sesuai; diharapkan sebaran: tetap", "distribution"
      ),
      ("B9", .number(0.5), "Skenario!B9 (Ilustrasi): nilai tidak sesuai; diharapkan ya", "yes"),
    ] as [(String, CellGrid.Cell, String, String)])
  func numbersInMessagesFollowTheLanguage(
    cell: String, content: CellGrid.Cell, indonesian: String, english: String
  ) throws {
    let (_, grid) = try Self.template()
    let error = try #require(problem(try grid.editing([cell: content])))
    let id = error.message(in: .indonesian)
    let en = error.message(in: .english)
    #expect(id.hasPrefix("t.xlsx, " + indonesian), "\(id)")
    #expect(!id.contains("0.5") && !id.contains("12.5"), "\(id)")
    #expect(en.contains(english), "\(en)")
    #expect(!en.contains("0,5") && !en.contains("12,5"), "\(en)")
  }

  @Test func refusalsInEnglish() throws {
    let (_, grid) = try Self.template(language: .english)
    let error = try #require(problem(try grid.editing(["B15": .text("gaussian")])))
    #expect(
      error.message(in: .english)
        == "t.xlsx, Scenario!B15 (Distribution): 'gaussian' is not known; expected one of: fixed,"
        + " normal, uniform, triangular, lognormal, forecast denominator, forecast numerator,"
        + " forecast value")
  }

  @Test func periodRefusals() throws {
    let (_, grid) = try Self.template(Self.renstra)
    func message(_ edits: [String: CellGrid.Cell]) throws -> String {
      try #require(problem(try grid.editing(edits))).message(in: .english)
    }
    // A schedule after the first year, or beside other years.
    #expect(
      try message(["M16": .text("tumbuh 400; 0,1")]).hasPrefix(
        "t.xlsx, Skenario!M16 (Tetap 400 kursi): expected a schedule (growth, step) only in the"
          + " first year's column"))
    #expect(
      try message(["K16": .text("tumbuh 400; 0,1"), "L16": .number(3)]).hasPrefix(
        "t.xlsx, Skenario!L16 (Tetap 400 kursi): expected the other years blank"))
    // Some years of a driver whose base is correlated across years.
    #expect(
      try message(["K17": .text("normal 0,9; 0,01")]).hasPrefix(
        "t.xlsx, Skenario!K17 (Tetap 400 kursi): expected every year filled or none"))
    // A year missing under a scenario, or outside the period.
    #expect(try message(["M14": .text("")]).hasPrefix("t.xlsx, Skenario!K14: the key '2027'"))
    #expect(
      try message(["M14": .number(2031)]).hasPrefix(
        "t.xlsx, Skenario!M14: expected each year of 2025–2029 once per scenario"))
    #expect(
      try message(["M14": .number(2027.5)]).hasPrefix(
        "t.xlsx, Skenario!M14: expected each year of 2025–2029 once per scenario"))
    #expect(
      try message(["M14": .text("2027,5")]).hasPrefix(
        "t.xlsx, Skenario!M14: '2027,5' is not a year"))
    // A growth of 5 typed for 5%, in the column or a schedule; 5% itself
    // and -100% are growths.
    #expect(
      try message(["H18": .number(5)]).hasPrefix(
        "t.xlsx, Skenario!H18 (Pertumbuhan per tahun): expected a growth per year as a fraction"
          + " between -1 and 1: write 0.05 or 5% for 5%"))
    #expect(
      try #require(problem(try grid.editing(["H18": .number(5)]))).message(in: .indonesian)
        .hasSuffix("tulis 0,05 atau 5% untuk 5%"))
    #expect(
      try message(["P16": .text("tumbuh 400; 10")]).hasPrefix(
        "t.xlsx, Skenario!P16 (Kapasitas +10% per tahun): expected a growth per year as a"
          + " fraction"))
    let percent = try ScenarioFile(grid: grid.editing(["H18": .percent(5)]))
    #expect(percent.drivers[3].value == .growth(start: 3_500_000, rate: 0.05))
    let toZero = try ScenarioFile(grid: grid.editing(["H18": .number(-1)]))
    #expect(toZero.drivers[3].value == .growth(start: 3_500_000, rate: -1))
    // Growth and increase both; a correlation beside a fixed value.
    #expect(
      try message(["I18": .number(10)]).hasPrefix(
        "t.xlsx, Skenario!I18 (Tambahan per tahun): expected a Growth per year or an Increase"))
    #expect(
      try message(["J16": .number(0.5)]).hasPrefix(
        "t.xlsx, Skenario!J16 (Korelasi antartahun): the cell's '0.5' cannot be placed"))
    // A target path from an unknown scenario; a budget that is no output.
    #expect(
      try message(["A37": .text("Lain")]).hasPrefix(
        "t.xlsx, Skenario!A37 (Dari skenario): unknown name 'Lain'"))
    #expect(
      try message(["B6": .text("biaya")]).hasPrefix(
        "t.xlsx, Skenario!B6 (Anggaran): unknown name 'biaya'"))
    // A target outside the period.
    #expect(
      try message(["A33": .number(2030), "B33": .number(60)]).hasPrefix(
        "t.xlsx, Skenario!A33 (Tahun): expected a year of the period 2025–2029"))
  }

  /// A period's targets are the block Target per tahun and it has no goal
  /// seek: a filled Target setting or goal row is refused at its cell; a
  /// blank one, as templates before this rule wrote them, is nothing.
  @Test func aPeriodHasNoSingleTargetAndNoGoal() throws {
    let (_, grid) = try Self.template(Self.renstra)
    let target = try #require(
      problem(try grid.editing(["A11": .text("Target"), "B11": .number(60)])))
    #expect(
      target.message(in: .indonesian)
        == "t.xlsx, Skenario!B11 (Target): isi sel '60' tidak dapat ditempatkan; diharapkan"
        + " kosong: periode memakai Target per tahun")
    #expect(
      target.message(in: .english)
        == "t.xlsx, Skenario!B11 (Target): the cell's '60' cannot be placed; expected blank: a"
        + " period uses Targets by year")
    let goalBlock: [String: CellGrid.Cell] = [
      "A39": .text("Hitung balik"), "A40": .text("Pemicu"), "B40": .text("Target"),
      "C40": .text("Peluang"), "D40": .text("Min"), "E40": .text("Maks"),
    ]
    let goal = try #require(
      problem(
        try grid.editing(
          goalBlock.merging(["A41": .text("kapasitas"), "C41": .number(0.8)]) { $1 }
        )))
    #expect(
      goal.message(in: .english).hasPrefix(
        "t.xlsx, Skenario!A41 (Pemicu): the cell's 'kapasitas' cannot be placed; expected blank:"
          + " a goal seek is for one year only"), "\(goal.message(in: .english))")
    #expect(goal.message(in: .indonesian).contains("hitung balik hanya untuk satu tahun"))
    let blank = try ScenarioFile(
      grid: grid.editing(goalBlock.merging(["A11": .text("Target")]) { $1 }))
    #expect(blank.goal == nil && blank.target == nil)
  }

  /// A one-year sheet with period-only blocks or columns.
  @Test func periodFeaturesNeedAPeriod() throws {
    let (_, grid) = try Self.template()
    let withPath = try grid.editing([
      "A29": .text("Jalur target"), "A30": .text("Dari skenario"), "B30": .text("Peluang"),
      "A31": .text("Dasar"),
    ])
    #expect(
      problem(withPath)?.message(in: .english).hasPrefix(
        "t.xlsx, Skenario!A31 (Dari skenario): expected a multi-year file") == true)
    let withGrowth = try grid.editing(["L12": .text("Pertumbuhan per tahun")])
    #expect(
      problem(withGrowth)?.message(in: .english).hasPrefix(
        "t.xlsx, Skenario!L12: the cell's 'Pertumbuhan per tahun' cannot be placed") == true)
  }

  @Test func blocksAreNeeded() throws {
    let (_, grid) = try Self.template()
    let noDrivers = CellGrid(
      file: grid.file, origin: grid.origin, rows: grid.rows.filter { $0.line < 11 })
    #expect(problem(noDrivers)?.problem == .missingKey("Pemicu"))
    let twice = try grid.editing(["A17": .text("Keluaran")])
    #expect(
      problem(twice)?.message(in: .english).hasPrefix(
        "t.xlsx, Skenario!A18: expected one block 'Keluaran' (the first is on row 17)") == true)
  }
}

// MARK: - Helpers

extension CellGrid {
  /// The grid with cells replaced by Excel reference (`K17`); a row that
  /// is not there is added.
  func editing(_ edits: [String: Cell]) throws -> CellGrid {
    var rows = self.rows
    for (reference, cell) in edits {
      let column = try #require(Self.columnIndex(reference))
      let line = try #require(Int(reference.drop(while: \.isLetter)))
      var cells = rows.first { $0.line == line }?.cells ?? []
      while cells.count <= column { cells.append(.text("")) }
      cells[column] = cell
      rows.removeAll { $0.line == line }
      rows.append(Row(line: line, cells: cells))
    }
    rows.sort { $0.line < $1.line }
    return CellGrid(
      file: file, origin: origin, rows: rows.filter { !$0.cells.allSatisfy(\.isBlank) })
  }

  /// The grid as Excel saves a sheet as CSV: one line per sheet row (blank
  /// rows blank), numbers as shown in `convention` (from 10.000 on with
  /// thousands separators, as the `#,##0` of a rupiah driver shows them),
  /// fields quoted where needed.
  func csv(delimiter: Character, convention: NumberConvention) -> String {
    let format = NumberFormat(convention == .indonesian ? .indonesian : .english)
    var lines: [String] = []
    for row in rows {
      while lines.count < row.line - 1 { lines.append("") }
      lines.append(
        row.cells.map { cell in
          switch cell {
          case .number(let value):
            let shown =
              abs(value) < 10_000
              ? ScenarioSheet.plainNumber(value, decimalSeparator: format.decimalSeparator)
              : format.exact(value)
            return SpreadsheetText.csvField(shown, delimiter: delimiter, isNumber: true)
          case .percent(let value):
            return SpreadsheetText.csvField(
              format.exact(value) + "%", delimiter: delimiter, isNumber: true)
          case .text(let text):
            return SpreadsheetText.csvField(text, delimiter: delimiter)
          case .formula(let formula):
            return SpreadsheetText.csvField("=" + formula, delimiter: delimiter)
          }
        }.joined(separator: String(delimiter)))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}
