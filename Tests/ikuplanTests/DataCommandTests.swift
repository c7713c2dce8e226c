import Foundation
import TestSupport
import Testing

/// End-to-end tests of `ikuplan data`, and through it of the dataset
/// loader's refusals: every malformed input names its place and exits 1.
@Suite struct DataCommandTests {
  static let indicators = """
    kode;indikator;satuan;polaritas;min;maks;konsolidasi
    IKU-1;Persentase tenaga kerja kompeten;%;naik;;;terakhir
    IKU-5;Jumlah usaha mikro dibina;orang;naik;0;;jumlah

    """
  static let annual = """
    kode;tahun;realisasi;target;pembilang;penyebut;sumber
    IKU-1;2024;39,67;;;;lembar IKU
    IKU-1;2025;;65,71;;;lembar IKU
    IKU-5;2024;5.517;;;;lembar IKU

    """
  static let quarterly = """
    kode;tahun;triwulan;realisasi;sumber
    IKU-1;2025;1;12,5;ilustrasi

    """

  /// A dataset folder with the base files, some replaced or removed.
  static func folder(_ changes: [String: [UInt8]?]) throws -> String {
    let folder = try temporaryFolder()
    var files: [String: [UInt8]?] = [
      "indikator.csv": Array(indicators.utf8), "realisasi.csv": Array(annual.utf8),
      "triwulan.csv": Array(quarterly.utf8),
    ]
    for (name, contents) in changes { files[name] = contents }
    for (name, contents) in files {
      if let contents { _ = try writeFile(name, contents, in: folder) }
    }
    return folder.path
  }

  @Test func theBaseDatasetLoads() throws {
    let result = try runIKUPlan(["data", try Self.folder([:])])
    #expect(result.status == 0, "\(result.standardError)")
    let row = result.standardOutput.split(separator: "\n").first { $0.hasPrefix("IKU-5 ") }
    #expect(row?.split(separator: " ").prefix(3) == ["IKU-5", "2024", "5.517"])
    #expect(result.standardOutput.contains("1 nilai triwulan"))
  }

  /// The dataset for Indonesian Excel: the values as the files hold them.
  @Test func theDatasetAsCSV() throws {
    let result = try runIKUPlan(["data", try Self.folder([:]), "--format", "csv"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("\u{FEFF}Kode;Tahun;Realisasi;Target;Satuan;"))
    #expect(result.standardOutput.contains("\nIKU-5;2024;5517;;"))
  }

  @Test func theBundledDatasetIsTheDefault() throws {
    let result = try runIKUPlan(["data", "--lang", "en"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.hasPrefix(
        "Dinas Tenaga Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang"))
    #expect(result.standardOutput.contains("IKU-2   2025       –  39.00%"))
  }

  @Test func json() throws {
    let result = try runIKUPlan(["data", "history/tanjungpinang-tpt", "--format", "json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let root = try #require(object as? [String: Any])
    let indicators = try #require(root["indicators"] as? [[String: Any]])
    #expect(indicators.first?["polarity"] as? String == "lower")
    let annual = try #require(root["annual"] as? [[String: Any]])
    #expect(annual.map { $0["actual"] as? Double } == [5.64, 9.3, 6.31, 5.27, 4.76, 4.69])
  }
}

// MARK: - Malformed inputs

extension DataCommandTests {
  struct Malformed: Sendable, CustomStringConvertible {
    let name: String
    let changes: [String: [UInt8]?]
    /// File, line, column of the expected location (nil parts: not named).
    let file: String
    let line: Int?
    let column: Int?
    let english: String
    let indonesian: String
    var description: String { name }

    init(
      _ name: String, _ file: String, _ text: String?, line: Int?, column: Int? = nil,
      en english: String, id indonesian: String
    ) {
      self.name = name
      self.changes = [file: text.map { Array($0.utf8) }]
      self.file = file
      self.line = line
      self.column = column
      self.english = english
      self.indonesian = indonesian
    }

    init(
      _ name: String, _ file: String, bytes: [UInt8], line: Int?, column: Int? = nil,
      en english: String, id indonesian: String
    ) {
      self.name = name
      self.changes = [file: bytes]
      self.file = file
      self.line = line
      self.column = column
      self.english = english
      self.indonesian = indonesian
    }
  }

  static let header = "kode;tahun;realisasi;target;pembilang;penyebut;sumber\n"
  static let indicatorHeader = "kode;indikator;satuan;polaritas;min;maks;konsolidasi\n"

  static let malformed: [Malformed] = [
    Malformed(
      "two number formats", "realisasi.csv",
      header + "IKU-1;2024;39,67;;;;s\nIKU-1;2025;;55.04;;;s\n",
      line: 3, column: 4, en: "uses the Indonesian format", id: "memakai format Indonesia"),
    Malformed(
      "wrong delimiter in a line", "realisasi.csv", header + "IKU-1,2024,39.67,,,,s\n",
      line: 2, column: 2, en: "1 fields, but the header has 7",
      id: "ada 1 kolom, padahal judul memiliki 7"),
    Malformed(
      "ambiguous 1.234", "realisasi.csv",
      "kode,tahun,realisasi,sumber\nIKU-5,2024,1.234,s\nIKU-5,2025,12,s\n",
      line: 2, column: 3, en: "reads as 1,234 (Indonesian format) or 1.234",
      id: "dapat dibaca 1.234 (format Indonesia) atau 1,234"),
    Malformed(
      "text in a number column", "realisasi.csv", header + "IKU-1;2024;banyak;;;;s\n",
      line: 2, column: 3, en: "'banyak' is not a number", id: "'banyak' bukan angka"),
    Malformed(
      "duplicate year", "realisasi.csv", header + "IKU-1;2024;39,67;;;;s\nIKU-1;2024;40,1;;;;s\n",
      line: 3, column: 2, en: "IKU-1 already has a row for the year 2024",
      id: "IKU-1 sudah memiliki baris untuk tahun 2024"),
    Malformed(
      "unknown indicator code", "realisasi.csv", header + "IKU-9;2024;39,67;;;;s\n",
      line: 2, column: 1, en: "no indicator 'IKU-9'", id: "indikator 'IKU-9' tidak ada"),
    Malformed(
      "percentage above 100", "realisasi.csv", header + "IKU-1;2024;130;;;;s\n",
      line: 2, column: 3, en: "the value 130 is outside the bounds 0–100",
      id: "nilai 130 di luar batas 0–100"),
    Malformed(
      "truncated inside a quote", "realisasi.csv", header + "IKU-1;2024;39,67;;;;\"lembar IK",
      line: 2, en: "quoted field is not closed", id: "tanda kutip tidak ditutup"),
    Malformed(
      "not UTF-8", "realisasi.csv",
      bytes: Array((header + "IKU-1;2024;39,67;;;;").utf8) + [0xE9, 0x0A],
      line: 2, en: "not UTF-8", id: "bukan UTF-8"),
    Malformed(
      "empty file", "realisasi.csv", "", line: 1, en: "the file is empty", id: "berkas kosong"),
    Malformed(
      "missing year column", "realisasi.csv", "kode;realisasi;sumber\nIKU-1;39,67;s\n",
      line: 1, en: "no column 'tahun'", id: "kolom 'tahun' tidak ada"),
    Malformed(
      "unknown polarity", "indikator.csv", indicatorHeader + "IKU-1;A;%;atas;;;terakhir\n",
      line: 2, column: 4, en: "'atas' is not known; expected one of: naik, turun, stabil",
      id: "'atas' tidak dikenal"),
    Malformed(
      "unknown roll-up", "indikator.csv", indicatorHeader + "IKU-1;A;%;naik;;;semua\n",
      line: 2, column: 7, en: "'semua' is not known", id: "'semua' tidak dikenal"),
    Malformed(
      "duplicate indicator code", "indikator.csv",
      indicatorHeader + "IKU-1;A;%;naik;;;terakhir\nIKU-1;B;%;naik;;;terakhir\n",
      line: 3, column: 1, en: "the indicator code 'IKU-1' appears twice",
      id: "kode indikator 'IKU-1' muncul dua kali"),
    Malformed(
      "bounds the wrong way round", "indikator.csv",
      indicatorHeader + "IKU-1;A;%;naik;100;0;terakhir\nIKU-5;B;orang;naik;0;;jumlah\n",
      line: 2, column: 6, en: "the lower bound 100 is not below the upper bound 0",
      id: "batas bawah 100 tidak lebih kecil"),
    Malformed(
      "empty indicator code", "indikator.csv", indicatorHeader + ";A;%;naik;;;terakhir\n",
      line: 2, column: 1, en: "missing value", id: "nilai kosong"),
    Malformed(
      "wrong unit", "realisasi.csv", header + "IKU-5;2024;5.517 Unit;;;;s\n",
      line: 2, column: 3, en: "the unit 'Unit' does not match the indicator's unit 'orang'",
      id: "satuan 'Unit' tidak sesuai dengan satuan indikator 'orang'"),
    Malformed(
      "not a year", "realisasi.csv", header + "IKU-1;20x4;39,67;;;;s\n",
      line: 2, column: 2, en: "'20x4' is not a year", id: "'20x4' bukan tahun"),
    Malformed(
      "year out of range", "realisasi.csv", header + "IKU-1;1024;39,67;;;;s\n",
      line: 2, column: 2, en: "'1024' is not a year", id: "'1024' bukan tahun"),
    Malformed(
      "value without a source", "realisasi.csv", header + "IKU-1;2024;39,67;;;;\n",
      line: 2, column: 7, en: "no source", id: "sumber kosong"),
    Malformed(
      "negative count", "realisasi.csv", header + "IKU-1;2024;39,67;;-3;100;s\n",
      line: 2, column: 5, en: "the value -3 is outside the bounds 0–∞",
      id: "nilai -3 di luar batas 0–∞"),
    Malformed(
      "quarter 5", "triwulan.csv", "kode;tahun;triwulan;realisasi;sumber\nIKU-1;2025;5;12,5;s\n",
      line: 2, column: 3, en: "'5' is not a quarter", id: "'5' bukan triwulan"),
    Malformed(
      "duplicate quarter", "triwulan.csv",
      "kode;tahun;triwulan;realisasi;sumber\nIKU-1;2025;1;12,5;s\nIKU-1;2025;1;13;s\n",
      line: 3, column: 3, en: "already has a row for quarter 1 of 2025",
      id: "sudah memiliki baris untuk triwulan 1 tahun 2025"),
    Malformed(
      "duplicate column name", "realisasi.csv", "kode;tahun;tahun;sumber\nIKU-1;2024;2024;s\n",
      line: 1, column: 3, en: "the column name 'tahun' appears twice",
      id: "nama kolom 'tahun' muncul dua kali"),
    Malformed(
      "polaritas_diduga not yes or no", "indikator.csv",
      "kode;indikator;satuan;polaritas;polaritas_diduga\nIKU-1;a;%;turun;mungkin\n"
        + "IKU-5;b;orang;naik;\n",
      line: 2, column: 5, en: "'mungkin' is not known; expected one of: ya, tidak",
      id: "'mungkin' tidak dikenal; diharapkan salah satu dari: ya, tidak"),
    Malformed(
      "missing indicator file", "indikator.csv", nil, line: nil,
      en: "the file cannot be read (not found)", id: "berkas tidak dapat dibaca (tidak ditemukan)"),
  ]

  @Test("malformed input: located message, exit code 1", arguments: malformed)
  func malformedInput(_ bad: Malformed) throws {
    let folder = try Self.folder(bad.changes)
    for language in ["en", "id"] {
      let result = try runIKUPlan(["data", folder, "--lang", language])
      #expect(result.status == 1, "\(bad.name): \(result.standardError)")
      #expect(result.standardOutput.isEmpty)
      let english = language == "en"
      var place = (folder as NSString).appendingPathComponent(bad.file)
      if let line = bad.line { place += english ? ", line \(line)" : ", baris \(line)" }
      if let column = bad.column { place += english ? ", column \(column)" : ", kolom \(column)" }
      #expect(result.standardError.hasPrefix(place), "\(bad.name): \(result.standardError)")
      let phrase = english ? bad.english : bad.indonesian
      #expect(result.standardError.contains(phrase), "\(bad.name): \(result.standardError)")
    }
  }

  @Test func aWorkbookThatIsNotOne() throws {
    let folder = try Self.folder([
      "realisasi.csv": nil, "realisasi.xlsx": Array("kode;tahun\n".utf8),
    ])
    let result = try runIKUPlan(["data", folder, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("realisasi.xlsx: not a readable Excel .xlsx workbook"))
  }
}
