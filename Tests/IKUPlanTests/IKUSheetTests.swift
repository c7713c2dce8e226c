import TestSupport
import Testing

@testable import IKUPlan

@Suite struct IKUSheetTests {
  static let seed = "seed/000_c3b032ff4e606fc2.txt"

  private func importSeed() throws -> IKUSheet {
    let path = try fixturePath(Self.seed)
    return try IKUSheet(
      CellGrid(contentsOfFile: path), sourceName: "000_c3b032ff4e606fc2.txt")
  }

  /// The signed values, exactly: DESIGN's first user-facing test case.
  @Test func seedSheetValuesAsSigned() throws {
    let sheet = try importSeed()
    let dataset = sheet.dataset
    #expect(sheet.actualYear == 2024 && sheet.targetYear == 2025)
    #expect(dataset.title == "Dinas Tenaga Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang")
    let expected: [(String, Double, Double, String)] = [
      ("IKU-1", 39.67, 65.71, "%"), ("IKU-2", 55.04, 39.00, "%"), ("IKU-3a", 97.50, 91.18, "%"),
      ("IKU-3b", 75.52, 74.05, "%"), ("IKU-4", 51.58, 47.46, "%"), ("IKU-5", 5517, 5575, "orang"),
    ]
    #expect(dataset.indicators.map(\.code) == expected.map(\.0))
    for (code, actual, target, unit) in expected {
      let indicator = try #require(dataset.indicator(code))
      #expect(indicator.unit == unit)
      #expect(indicator.polarity == .higher)
      let history = dataset.history(of: code)
      #expect(history.count == 2)
      #expect(history[0].year == 2024 && history[0].actual == actual && history[0].target == nil)
      #expect(history[1].year == 2025 && history[1].target == target && history[1].actual == nil)
      #expect(history.allSatisfy { $0.source.contains("000_c3b032ff4e606fc2.txt") })
    }
  }

  @Test func textAroundTheTableBecomesStructure() throws {
    let dataset = try importSeed().dataset
    let iku3a = try #require(dataset.indicator("IKU-3a"))
    let iku3b = try #require(dataset.indicator("IKU-3b"))
    #expect(iku3a.name.hasPrefix("Persentase Perselisihan Pekerja"))
    #expect(
      iku3b.name == "Besaran Pekerja/ Buruh yang menjadi peserta program BPJS Ketenagakerjaan")
    #expect(iku3b.objective == iku3a.objective)
    #expect(iku3a.objective.hasPrefix("Meningkatnya Perlindungan Tenaga Kerja"))
    #expect(iku3b.formula.hasPrefix("Jumlah pekerja/ buruh peserta BPJS"))
    #expect(iku3a.upperBound == 100 && iku3a.lowerBound == 0)
    let iku5 = try #require(dataset.indicator("IKU-5"))
    #expect(iku5.upperBound == nil && iku5.lowerBound == 0)
    let iku1 = try #require(dataset.indicator("IKU-1"))
    #expect(iku1.numeratorLabel == "Jumlah tenaga kerja yang dilatih")
    #expect(iku1.denominatorLabel == "jumlah Pendaftar pelatihan berbasis kompetensi")
    #expect(dataset.source == "lembar IKU 000_c3b032ff4e606fc2.txt (ditetapkan Maret 2025)")
  }

  @Test func polarityOverrides() throws {
    let path = try fixturePath(Self.seed)
    let sheet = try IKUSheet(
      CellGrid(contentsOfFile: path), sourceName: "s", polarities: ["IKU-2": .lower])
    #expect(sheet.dataset.indicator("IKU-2")?.polarity == .lower)
    #expect(sheet.dataset.indicator("IKU-1")?.polarity == .higher)
    #expect(sheet.inferredPolarities.isEmpty)
  }

  @Test func aPolarityForAnUnknownCodeIsAnError() {
    let text = """
      NO\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2023
      1\tPersentase koperasi aktif\t%\t51,58
      """
    // Named at the header's indicator cell: the codes come from that column.
    #expect(
      throws: InputError(
        .polarityForUnknownCode("IKU-9", known: ["IKU-1"]),
        at: SourceLocation(file: "p.txt", line: 1, column: 2))
    ) {
      try IKUSheet(
        CellGrid(delimitedBytes: Array(text.utf8), file: "p.txt", delimiter: "\t"),
        sourceName: "p.txt", polarities: ["IKU-9": .lower])
    }
  }

  @Test func aPolarityInferredFromTheNameIsMarked() throws {
    let text = """
      NO\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2023
      1\tTingkat Pengangguran Terbuka\t%\t6,3
      2\tPersentase koperasi aktif\t%\t51,58

      """
    let sheet = try IKUSheet(
      CellGrid(delimitedBytes: Array(text.utf8), file: "t.txt", delimiter: "\t"),
      sourceName: "t.txt")
    let tpt = try #require(sheet.dataset.indicator("IKU-1"))
    #expect(tpt.polarity == .lower && tpt.isPolarityInferred)
    let cooperatives = try #require(sheet.dataset.indicator("IKU-2"))
    #expect(cooperatives.polarity == .higher && !cooperatives.isPolarityInferred)
    #expect(sheet.inferredPolarities == ["IKU-1"])
    // Stated by --polarity: not inferred.
    let stated = try IKUSheet(
      CellGrid(delimitedBytes: Array(text.utf8), file: "t.txt", delimiter: "\t"),
      sourceName: "t.txt",
      polarities: ["IKU-1": .lower])
    #expect(stated.dataset.indicator("IKU-1")?.isPolarityInferred == false)
  }

  @Test func theSameSheetAsAWorkbook() throws {
    let fromText = try importSeed().dataset
    let workbook = try IKUSheet(
      CellGrid(contentsOfFile: fixturePath("datasets/seed-sheet.xlsx")),
      sourceName: "000_c3b032ff4e606fc2.txt")
    #expect(workbook.dataset == fromText)
  }

  /// A target saved as a formula without its value (openpyxl) is refused
  /// at its cell, not imported as a missing target.
  @Test func aFormulaWithoutItsValueIsRefused() throws {
    let path = try fixturePath("formula-xlsx/iku.xlsx")
    do {
      _ = try IKUSheet.read(file: path)
      Issue.record("imported")
    } catch let error as InputError {
      #expect(
        error.message(in: .indonesian).hasPrefix(
          "\(path), IKU 2025!E2: sel berisi rumus Excel =D2*1.1 tanpa nilai tersimpan"),
        "\(error.message(in: .indonesian))")
    }
    // With the value Excel would store, the same table imports.
    let grid = try CellGrid(contentsOfFile: path)
    var cells = grid.rows[1].cells
    cells[4] = .number(43.64)
    let computed = CellGrid(
      file: grid.file, origin: grid.origin,
      rows: [grid.rows[0], CellGrid.Row(line: grid.rows[1].line, cells: cells)])
    let sheet = try IKUSheet(computed, sourceName: "iku.xlsx")
    #expect(sheet.dataset.history(of: "IKU-1").first { $0.year == 2025 }?.target == 43.64)
  }

  @Test func withoutANumberColumnEachObjectiveIsAGroup() throws {
    let text = """
      SASARAN\tINDIKATOR\tREALISASI 2023\tTARGET 2024
      Sasaran A\tPersentase satu\t10,5%\t12%
      Sasaran B\tJumlah dua\t1.200 unit\t1.300 unit
      \tJumlah tiga\t7 unit\t8 unit
      """
    let sheet = try IKUSheet(
      CellGrid(delimitedBytes: Array(text.utf8), file: "s.txt", delimiter: "\t"),
      sourceName: "s.txt")
    #expect(sheet.dataset.indicators.map(\.code) == ["IKU-1", "IKU-2a", "IKU-2b"])
    #expect(sheet.dataset.indicators.map(\.unit) == ["%", "unit", "unit"])
    #expect(sheet.dataset.history(of: "IKU-2a").map(\.year) == [2023, 2024])
    #expect(sheet.dataset.history(of: "IKU-2a")[0].actual == 1200)
  }

  /// Rows numbered alike are refused where the second one stands.
  ///
  /// Two rows numbered "1." imported with exit 0 into a folder that
  /// `ikuplan data` then refused.
  @Test func rowsNumberedAlikeAreRefused() {
    let text = """
      NO.\tSASARAN STRATEGIS\tINDIKATOR KINERJA UTAMA\tCAPAIAN TA 2024\tTARGET TA. 2025
      1.\tA\tPersentase X\t39,67%\t65,71%
      1.\tB\tPersentase Y\t50%\t60%
      """
    #expect(
      throws: InputError(
        .duplicateCode("IKU-1"), at: SourceLocation(file: "d.txt", line: 3, column: 1))
    ) {
      try IKUSheet(
        CellGrid(delimitedBytes: Array(text.utf8), file: "d.txt", delimiter: "\t"),
        sourceName: "d.txt")
    }
  }

  @Test func aSheetWithoutATableIsRefused() {
    #expect(
      throws: InputError(
        .noIKUTable(missingIndicator: true, missingYearColumn: true, convention: .indonesian),
        at: SourceLocation(file: "x.txt", line: 0))
    ) {
      try IKUSheet(
        CellGrid(delimitedBytes: Array("hanya teks\n".utf8), file: "x.txt", delimiter: "\t"),
        sourceName: "x.txt")
    }
  }

  @Test func helpers() {
    #expect(IKUSheet.stripNumbering("2. Besaran") == "Besaran")
    #expect(IKUSheet.stripNumbering("12) Jumlah") == "Jumlah")
    #expect(IKUSheet.stripNumbering("2024 data") == "2024 data")
    #expect(TableLayout.year("TARGET INDIKATOR KINERJA TA. 2025") == 2025)
    #expect(TableLayout.year("NO.") == nil)
    #expect(IKUSheet.ratioLabels("A dibagi B dikali 100") == ("A", "B"))
    #expect(IKUSheet.ratioLabels("Jumlah usaha") == ("", ""))
  }
}

/// Range targets in a planner's table (`72,28 – 73,77`, `69,1-69,5`).
@Suite struct IKUSheetRangeTests {
  private func sheet(_ text: String) throws -> IKUSheet {
    try IKUSheet(
      CellGrid(delimitedBytes: Array(text.utf8), file: "r.txt", delimiter: "\t"),
      sourceName: "r.txt")
  }

  @Test func rangeTargetsAreRead() throws {
    let text =
      "NO\tINDIKATOR KINERJA UTAMA\tREALISASI 2024\tTARGET 2025\n"
      + "1\tIndeks Pembangunan Manusia\t72,10\t72,28 – 73,77\n"
      + "2\tPersentase pelayanan prima\t69,40%\t69,1-69,5\n"
      + "3\tIndeks Kepuasan Masyarakat\t80,5\t81,25\n"
    let dataset = try sheet(text).dataset
    let ipm = try #require(dataset.history(of: "IKU-1").first { $0.year == 2025 })
    #expect(ipm.target == 72.28 && ipm.targetUpper == 73.77)
    #expect(ipm.targetRange == TargetRange(lower: 72.28, upper: 73.77))
    let service = try #require(dataset.history(of: "IKU-2").first { $0.year == 2025 })
    #expect(service.target == 69.1 && service.targetUpper == 69.5)
    #expect(dataset.indicator("IKU-2")?.unit == "%")
    let single = try #require(dataset.history(of: "IKU-3").first { $0.year == 2025 })
    #expect(single.target == 81.25 && single.targetUpper == nil)
    // Two equal ends are a single target.
    let equal = try sheet("NO\tINDIKATOR\tTARGET 2025\n1\tA\t5 - 5\n").dataset
    #expect(equal.annual.first?.target == 5 && equal.annual.first?.targetUpper == nil)
  }

  /// A realisation is one number: a range there names line and column.
  @Test func aRangeInARealisationIsAnError() {
    let text =
      "NO\tINDIKATOR KINERJA UTAMA\tREALISASI 2024\tTARGET 2025\n"
      + "1\tIndeks Pembangunan Manusia\t72,10 – 72,50\t73\n"
    #expect(
      throws: InputError(
        .rangeNotAllowed("72,10 – 72,50"),
        at: SourceLocation(file: "r.txt", line: 2, column: 3))
    ) { try sheet(text) }
  }

  @Test func aReversedRangeIsAnError() {
    #expect(
      throws: InputError(
        .invalidRange(lower: 73.77, upper: 72.28),
        at: SourceLocation(file: "r.txt", line: 2, column: 3))
    ) { try sheet("NO\tINDIKATOR\tTARGET 2025\n1\tA\t73,77 – 72,28\n") }
  }
}

@Suite struct TableLayoutTests {
  private func grid(_ text: String) throws -> CellGrid {
    try CellGrid(delimitedBytes: Array(text.utf8), file: "t.txt", delimiter: "\t")
  }

  /// A header without years is named, with the heading it lacks.
  @Test func theClosestHeaderIsNamed() {
    let text = "Catatan\nNO\tINDIKATOR KINERJA\tTARGET\tREALISASI\n1\tA\t5\t6\n"
    #expect(
      throws: InputError(
        .noIKUTable(missingIndicator: false, missingYearColumn: true, convention: .indonesian),
        at: SourceLocation(file: "t.txt", line: 2))
    ) { try TableLayout(try grid(text)) }
    let noName = "Catatan\nNO\tKEGIATAN\tTARGET 2024\n1\tA\t5\n"
    #expect(
      throws: InputError(
        .noIKUTable(missingIndicator: true, missingYearColumn: false, convention: .indonesian),
        at: SourceLocation(file: "t.txt", line: 2))
    ) { try TableLayout(try grid(noName)) }
  }

  /// The example in the "no table" message is in the file's convention:
  /// its numbers settle it, else its delimiter, else Indonesian.
  @Test func theExampleIsInTheFilesNumberConvention() throws {
    let english = "NO\tURAIAN\tNILAI\n1\tA\t12.75\n"
    #expect(TableLayout.convention(of: try grid(english)) == .english)
    let indonesian = "NO\tURAIAN\tNILAI\n1\tA\t12,75\n"
    #expect(TableLayout.convention(of: try grid(indonesian)) == .indonesian)
    let commas = try CellGrid(
      delimitedBytes: Array("NO,URAIAN\n1,A\n".utf8), file: "c.csv", delimiter: ",")
    #expect(TableLayout.convention(of: commas) == .english)
    #expect(TableLayout.convention(of: try grid("hanya teks\n")) == .indonesian)
    do {
      _ = try TableLayout(try grid(english))
      Issue.record("a table without years was accepted")
    } catch let error as InputError {
      let message = error.message(in: .english)
      #expect(message.contains("'39.67' '65.71'"), "\(message)")
      #expect(error.message(in: .indonesian).contains("'39.67' '65.71'"))
    }
  }

  @Test func twoColumnsForOneYearAndRoleAreRefused() {
    let text = "INDIKATOR\tREALISASI 2022\tKONDISI 2022\nA\t1\t2\n"
    #expect(
      throws: InputError(
        .sameYearColumns(first: "REALISASI 2022", second: "KONDISI 2022", year: 2022),
        at: SourceLocation(file: "t.txt", line: 1, column: 3))
    ) { try TableLayout(try grid(text)) }
  }

  @Test func aRoleAboveBareYears() throws {
    let text = "INDIKATOR\tSATUAN\tTARGET\t\t\n\t\t2024\t2025\t2026\nA\t%\t1\t2\t3\n"
    let layout = try TableLayout(try grid(text))
    #expect(layout.line == 2 && layout.unit == 1)
    #expect(layout.values.map(\.year) == [2024, 2025, 2026])
    #expect(layout.values.allSatisfy { $0.role == .target })
  }

  @Test func unitKinds() {
    #expect(UnitKind(unit: "%") == .percentage && UnitKind(unit: "Orang") == .count)
    #expect(UnitKind(unit: "rasio") == .ratio && UnitKind(unit: "Tahun") == .years)
    #expect(UnitKind(unit: "Rp juta") == .rupiah && UnitKind(unit: "indeks") == .index)
    #expect(UnitKind(unit: "per 1.000 kelahiran hidup") == .rate)
    #expect(UnitKind(unit: "angka") == .other)
    #expect(LowerIsBetter.matches("Tingkat Pengangguran Terbuka (TPT)"))
    #expect(LowerIsBetter.matches("TPT"))
    #expect(!LowerIsBetter.matches("Persentase Ibu bersalin yang ditolong"))
    #expect(LowerIsBetter.matches("Angka Kesakitan Malaria (API)"))
    #expect(LowerIsBetter.matches("Angka Putus Sekolah SD"))
    // Reducing or handling the bad thing is higher-is-better.
    #expect(!LowerIsBetter.matches("Persentase penurunan angka kematian ibu"))
    #expect(!LowerIsBetter.matches("Persentase kasus kekerasan yang ditangani"))
    #expect(UnitKind(unit: "Persen (%)") == .percentage && UnitKind(unit: "(%)") == .percentage)
  }

  /// Roles of the headings planners write.
  @Test func headingRoles() {
    #expect(TableLayout.role("KONDISI KINERJA PADA AKHIR PERIODE RENSTRA (2026)") == .target)
    #expect(TableLayout.role("KONDISI AKHIR 2026") == .target)
    #expect(TableLayout.role("TARGET 2026 (KONDISI AKHIR)") == .target)
    #expect(TableLayout.role("KONDISI KINERJA AWAL (2021)") == .actual)
    #expect(TableLayout.role("REALISASI AKHIR PERIODE 2024") == .actual)
    #expect(TableLayout.withoutGroupLabel("CAPAIAN KINERJA 2022 TARGET") == "2022 TARGET")
    #expect(TableLayout.withoutGroupLabel("CAPAIAN KINERJA 2022") == "CAPAIAN KINERJA 2022")
    #expect(TableLayout.isQuarter("REALISASI 2024 TW I") && TableLayout.isQuarter("TRIWULAN IV"))
    #expect(!TableLayout.isQuarter("TARGET 2024") && !TableLayout.isQuarter("TWO"))
  }
}

/// The layouts of issue 17's second step: relative years, rupiah beside
/// the targets, roles row by row (KETERANGAN), codes from a KODE column.
@Suite struct IKUSheetLayoutTests {
  private func sheet(_ text: String, baseYear: Int? = nil) throws -> IKUSheet {
    try IKUSheet(
      CellGrid(delimitedBytes: Array(text.utf8), file: "t.txt", delimiter: "\t"),
      sourceName: "t.txt", baseYear: baseYear)
  }

  /// A Renstra table (Permendagri 86/2017): the baseline, three relative
  /// years of target and Rp (juta), and the end of the period.
  static func renstra(endTarget: String = "66", thirdTarget: String = "66") -> String {
    """
    NO\tINDIKATOR KINERJA\tSATUAN\tKondisi Kinerja pada Awal Periode Renstra\tTarget Kinerja dan Kerangka Pendanaan\t\t\t\t\t\tKondisi Kinerja pada Akhir Periode Renstra\t
    \t\t\t\tTahun-1\t\tTahun-2\t\tTahun-3\t\t\t
    \t\t\t\tTarget\tRp (juta)\tTarget\tRp (juta)\tTarget\tRp (juta)\tTarget\tRp (juta)
    1\tPersentase A\t%\t60,5\t62\t1.250,5\t64\t1.300\t\(thirdTarget)\t1.400\t\(endTarget)\t3.950,5

    """
  }

  @Test func relativeYearsFromTheFirstYear() throws {
    let read = try sheet(Self.renstra(), baseYear: 2022)
    let history = read.dataset.history(of: "IKU-1")
    #expect(history.map(\.year) == [2021, 2022, 2023, 2024])
    #expect(history.map(\.actual) == [60.5, nil, nil, nil])
    #expect(history.map(\.target) == [nil, 62, 64, 66])
    #expect(history.map(\.budget) == [nil, 1_250_500_000, 1_300_000_000, 1_400_000_000])
    #expect(history.allSatisfy { $0.budgetSpent == nil })
    #expect(read.layout.usesBaseYear)
    // The end of the period's Rp is the whole period's total.
    #expect(read.layout.unused.map(\.reason) == [.periodTotal])
    #expect(read.layout.unused.first?.column == 11)
  }

  @Test func theEndOfThePeriodFillsItsYearOrDiffers() throws {
    let filled = try sheet(Self.renstra(endTarget: "67", thirdTarget: ""), baseYear: 2022)
    #expect(filled.dataset.history(of: "IKU-1").last?.target == 67)
    #expect(
      throws: InputError(
        .sameYearColumns(
          first: "TARGET KINERJA DAN KERANGKA PENDANAAN TAHUN-3 TARGET",
          second: "KONDISI KINERJA PADA AKHIR PERIODE RENSTRA TARGET", year: 2024),
        at: SourceLocation(file: "t.txt", line: 4, column: 11))
    ) { try sheet(Self.renstra(endTarget: "67"), baseYear: 2022) }
  }

  @Test func relativeYearsWithoutABaseAreRefused() {
    #expect(
      throws: InputError(
        .relativeYearsWithoutBase(heading: "Tahun-1"),
        at: SourceLocation(file: "t.txt", line: 2, column: 5))
    ) { try sheet(Self.renstra()) }
  }

  @Test func aBaseYearForCalendarYearsIsNotUsed() throws {
    let text = "INDIKATOR\tREALISASI 2023\tTARGET 2024\nPersentase A\t40\t45\n"
    let read = try sheet(text, baseYear: 2021)
    #expect(!read.layout.usesBaseYear)
    #expect(read.dataset.history(of: "IKU-1").map(\.year) == [2023, 2024])
    #expect(read.summary(folder: "f", in: .english).contains("--tahun-awal 2021 is not used"))
  }

  @Test func rupiahBesideTheValuesOfAYear() throws {
    let text = """
      NO\tINDIKATOR KINERJA\tSATUAN\tTARGET 2023\tREALISASI 2023\tANGGARAN 2023 (Rp)\tREALISASI ANGGARAN 2023 (Rp)\tPAGU
      1\tPersentase A\t%\t80\t78,5\t1.500.000.000\tRp 1.425.750.000\t9
      2\tJumlah B\tunit\t12\t11\t-\t
      """
    let read = try sheet(text)
    let a = try #require(read.dataset.history(of: "IKU-1").first)
    #expect(a.year == 2023 && a.target == 80 && a.actual == 78.5)
    #expect(a.budget == 1_500_000_000 && a.budgetSpent == 1_425_750_000)
    let b = try #require(read.dataset.history(of: "IKU-2").first)
    #expect(b.budget == nil && b.budgetSpent == nil && b.actual == 11)
    // A money column without a year is named, not stored.
    #expect(read.layout.unused.map(\.reason) == [.rupiah])
    #expect(read.valueLocations[.init(code: "IKU-1", year: 2023, field: .budgetSpent)]?.column == 7)
  }

  @Test func aNegativeBudgetIsRefused() {
    let text = "INDIKATOR\tTARGET 2023\tPAGU 2023 (Rp juta)\nPersentase A\t80\t-5\n"
    #expect(
      throws: InputError(
        .outOfBounds(-5_000_000, lower: 0, upper: nil),
        at: SourceLocation(file: "t.txt", line: 2, column: 3))
    ) { try sheet(text) }
  }

  @Test func aDifferingBudgetIsAConflict() throws {
    let header = "NO\tINDIKATOR\tTARGET 2024\tPAGU 2024 (Rp juta)\n"
    let folder = try temporaryFolder().path
    try sheet(header + "1\tPersentase A\t50\t200\n").dataset.write(toFolder: folder)
    let existing = try Dataset(folder: folder)
    #expect(existing.annual.first?.budget == 200_000_000)
    do {
      _ = try sheet(header + "1\tPersentase A\t50\t210\n").merged(into: existing, folder: folder)
      Issue.record("a differing budget merged")
    } catch let error as InputError {
      guard
        case .conflictingValue(_, 2024, .budget, 200_000_000, let at, 210_000_000, 0) =
          error.problem
      else {
        Issue.record("\(error)")
        return
      }
      #expect(at.line == 2 && at.columnName == "anggaran")
      #expect(error.location.column == 4)
    }
  }

  static let keterangan = """
    NO\tINDIKATOR\tSATUAN\tKETERANGAN\t2021\t2022\t2023
    1\tPersentase A\t%\tTarget\t70\t72\t74
    \t\t\tRealisasi\t69,5\t72,4\t
    2\tJumlah B\torang\tTarget\t100\t110\t120
    \tJumlah B\torang\tCapaian\t95\t112\t
    3\tIndeks C\tindeks\tTarget\t3\t3,1\t3,2
    \t\t\tRealisasi\t2,9\t3\t
    \t\t\tCapaian (%)\t96,67\t96,77\t

    """

  @Test func rolesRowByRow() throws {
    let read = try sheet(Self.keterangan)
    #expect(read.dataset.indicators.map(\.code) == ["IKU-1", "IKU-2", "IKU-3"])
    let a = read.dataset.history(of: "IKU-1")
    #expect(a.map(\.year) == [2021, 2022, 2023])
    #expect(a.map(\.target) == [70, 72, 74] && a.map(\.actual) == [69.5, 72.4, nil])
    let b = read.dataset.history(of: "IKU-2")
    #expect(b.map(\.target) == [100, 110, 120] && b.map(\.actual) == [95, 112, nil])
    let c = read.dataset.history(of: "IKU-3")
    #expect(c.map(\.target) == [3, 3.1, 3.2] && c.map(\.actual) == [2.9, 3, nil])
    #expect(read.layout.unused.isEmpty)
  }

  @Test func anUnknownRowRoleIsNamed() {
    let text = Self.keterangan.replacingOccurrences(of: "\tCapaian\t", with: "\tCatatan\t")
    #expect(
      throws: InputError(
        .invalidWord("Catatan", expected: ["Target", "Realisasi", "Capaian", "Kondisi"]),
        at: SourceLocation(file: "t.txt", line: 5, column: 4))
    ) { try sheet(text) }
    let twice = "INDIKATOR\tKET\t2021\nPersentase A\tTarget\t1\n\tTarget\t2\n"
    #expect(
      throws: InputError(
        .repeatedRowRole("Target", firstLine: 2),
        at: SourceLocation(file: "t.txt", line: 3, column: 2))
    ) { try sheet(twice) }
  }

  @Test func textBelowARoleTableIsNotARow() throws {
    let text = Self.keterangan + "\t\t\tTanjungpinang, Maret 2025\t\t\t\n\t\t\tKepala Dinas\n"
    let read = try sheet(text)
    #expect(read.dataset.indicators.count == 3)
    #expect(read.dataset.history(of: "IKU-3").map(\.actual) == [2.9, 3, nil])
  }

  @Test func bareYearsWithoutKeteranganStayUndecided() throws {
    let text = "INDIKATOR\tTARGET 2024\t2025\tCATATAN\nPersentase A\t50\t55\tcatatan\n"
    let read = try sheet(text)
    #expect(read.dataset.history(of: "IKU-1").map(\.year) == [2024])
    #expect(read.layout.unused.map(\.reason) == [.undecided, .undecided])
  }

  /// A target column whose year is nowhere is named as such, not as
  /// context (`TARGET INDIKATOR KINERJA` holds the word INDIKATOR).
  @Test func aTargetWithoutAYearIsNamed() throws {
    let text =
      "NO\tINDIKATOR KINERJA\tSATUAN\tTARGET INDIKATOR KINERJA\tREALISASI 2024\n"
      + "1\tPersentase koperasi aktif\t%\t50\t51,58\n"
    let read = try sheet(text)
    #expect(read.dataset.history(of: "IKU-1").map(\.year) == [2024])
    #expect(read.layout.unused.map(\.reason) == [.withoutYear])
    #expect(read.layout.unused.first?.column == 3)
  }

  @Test func codesAsWritten() throws {
    let text = """
      KODE\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2023\tTARGET 2024
      1\tMeningkatnya mutu pendidikan\t\t\t
      1.a\tSekolah terakreditasi\t\t\t
      1.a.1\tPersentase sekolah terakreditasi A\t%\t40\t45
      1.a.2\tPersentase sekolah terakreditasi B\t%\t35\t38
      """
    let read = try sheet(text)
    #expect(read.dataset.indicators.map(\.code) == ["1.a.1", "1.a.2"])
    #expect(read.dataset.history(of: "1.a.2").map(\.target) == [nil, 38])
    let numbered = """
      NO\tINDIKATOR KINERJA\tREALISASI 2023\tTARGET 2024
      1.01.02.\tPersentase X\t40%\t45%
      2.\tPersentase Y\t50%\t55%
      """
    #expect(try sheet(numbered).dataset.indicators.map(\.code) == ["1.01.02", "IKU-2"])
  }

  @Test func writtenCodes() {
    #expect(IKUSheet.writtenCode("1.a.1") == "1.a.1")
    #expect(IKUSheet.writtenCode("1.01.02.") == "1.01.02")
    #expect(IKUSheet.writtenCode("1.") == nil)
    #expect(IKUSheet.writtenCode("12") == nil)
    #expect(IKUSheet.writtenCode("a.b") == nil)
    #expect(IKUSheet.writtenCode("1..2") == nil)
    #expect(IKUSheet.writtenCode("1.01 – Dinas") == nil)
  }
}
