import Foundation
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct DatasetWritingTests {
  @Test("written and read back unchanged", arguments: NumberConvention.allCases)
  func roundTrip(_ convention: NumberConvention) throws {
    let original = try Dataset(folder: fixturePath("datasets/id-csv"))
    let folder = try temporaryFolder().path
    try original.write(toFolder: folder, convention: convention)
    #expect(try Dataset(folder: folder) == original)
  }

  @Test func indonesianFilesUseSemicolonsAndDecimalCommas() throws {
    let dataset = Dataset(
      title: "T", indicators: [Indicator(code: "A", name: "a; b", unit: "%")],
      annual: [AnnualObservation(code: "A", year: 2024, actual: 1234.5, source: "s")])
    let files = dataset.csvFiles(in: .indonesian)
    #expect(
      files["realisasi.csv"]
        == "kode;tahun;realisasi;target;pembilang;penyebut;sumber\r\nA;2024;1234,5;;;;s\r\n")
    #expect(files["indikator.csv"]?.contains("A;;\"a; b\";;%;naik") == true)
    #expect(files["triwulan.csv"] == nil)
    let english = dataset.csvFiles(in: .english)
    #expect(english["realisasi.csv"]?.contains("A,2024,1234.5,,,,s") == true)
  }

  @Test func budgetColumnsOnlyWhenAYearHasOne() throws {
    let dataset = Dataset(
      title: "T", indicators: [Indicator(code: "A", name: "a", unit: "%")],
      annual: [
        AnnualObservation(code: "A", year: 2024, target: 50, budget: 1_250_000_000, source: "s"),
        AnnualObservation(code: "A", year: 2025, target: 55, source: "s"),
      ])
    let files = dataset.csvFiles(in: .indonesian)
    #expect(
      files["realisasi.csv"]
        == "kode;tahun;realisasi;target;pembilang;penyebut;anggaran;sumber\r\n"
        + "A;2024;;50;;;1250000000;s\r\nA;2025;;55;;;;s\r\n")
    let folder = try temporaryFolder().path
    var spent = dataset
    spent.annual[1].budgetSpent = 990_000
    try spent.write(toFolder: folder)
    let read = try Dataset(folder: folder)
    #expect(read.annual == spent.annual)
    #expect(read.annual[0].budget == 1_250_000_000 && read.annual[1].budgetSpent == 990_000)
  }

  @Test func budgetColumnsReadUnderTheirEnglishNames() throws {
    let folder = try temporaryFolder()
    _ = try writeFile("indikator.csv", "code,name,unit\nA,a,%\n", in: folder)
    _ = try writeFile(
      "realisasi.csv",
      "code,year,target,budget,budget_spent,source\nA,2024,50,1500000,1499000.5,s\n",
      in: folder)
    let read = try Dataset(folder: folder.path)
    #expect(read.annual[0].budget == 1_500_000 && read.annual[0].budgetSpent == 1_499_000.5)
    _ = try writeFile(
      "realisasi.csv", "code,year,target,budget,source\nA,2024,50,-1,s\n", in: folder)
    #expect(throws: InputError.self) { try Dataset(folder: folder.path) }
  }

  /// `target_atas` is written only when some target is a range, and a
  /// range reads back as written.
  @Test func theUpperEndOfARangeHasItsOwnColumn() throws {
    let indicator = Indicator(code: "A", name: "a", unit: "indeks")
    let single = Dataset(
      title: "T", indicators: [indicator],
      annual: [AnnualObservation(code: "A", year: 2025, target: 72.28, source: "s")])
    #expect(
      single.csvFiles()["realisasi.csv"]?.hasPrefix("kode;tahun;realisasi;target;pembilang;")
        == true)
    let range = Dataset(
      title: "T", indicators: [indicator],
      annual: [
        AnnualObservation(code: "A", year: 2024, actual: 72.1, source: "s"),
        AnnualObservation(
          code: "A", year: 2025, target: 72.28, source: "s", targetUpper: 73.77),
      ])
    #expect(
      range.csvFiles()["realisasi.csv"]
        == "kode;tahun;realisasi;target;target_atas;pembilang;penyebut;sumber\r\n"
        + "A;2024;72,1;;;;;s\r\nA;2025;;72,28;73,77;;;s\r\n")
    let folder = try temporaryFolder().path
    try range.write(toFolder: folder)
    #expect(try Dataset(folder: folder) == range)
  }

  @Test func numbersAreWrittenWithoutExponents() {
    #expect(plainDecimal(1e-05) == "0.00001")
    #expect(plainDecimal(1.5e20) == "150000000000000000000")
    #expect(plainDecimal(-2.5e-7) == "-0.00000025")
    #expect(plainDecimal(39.67) == "39.67")
    #expect(CSVWriter(convention: .indonesian).format(5517) == "5517")
  }

  @Test func otherFilesInTheFolderAreKept() throws {
    let folder = try temporaryFolder()
    let note = try writeFile("catatan.txt", "keep me", in: folder)
    try Dataset(title: "T", indicators: []).write(toFolder: folder.path)
    #expect(FileManager.default.fileExists(atPath: note))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }
}
