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
  }

  @Test func theSameSheetAsAWorkbook() throws {
    let fromText = try importSeed().dataset
    let workbook = try IKUSheet(
      CellGrid(contentsOfFile: fixturePath("datasets/seed-sheet.xlsx")),
      sourceName: "000_c3b032ff4e606fc2.txt")
    #expect(workbook.dataset == fromText)
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
        .noIKUTable(missingIndicator: true, missingYearColumn: true),
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
        .noIKUTable(missingIndicator: false, missingYearColumn: true),
        at: SourceLocation(file: "t.txt", line: 2))
    ) { try TableLayout(try grid(text)) }
    let noName = "Catatan\nNO\tURAIAN\tTARGET 2024\n1\tA\t5\n"
    #expect(
      throws: InputError(
        .noIKUTable(missingIndicator: true, missingYearColumn: false),
        at: SourceLocation(file: "t.txt", line: 2))
    ) { try TableLayout(try grid(noName)) }
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
  }
}
