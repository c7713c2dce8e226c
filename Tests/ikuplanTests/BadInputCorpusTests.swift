import Foundation
import TestSupport
import Testing

/// Hostile and broken inputs for every command: each ends with exit 1, a
/// message naming the file (and line and column where there is one),
/// nothing on standard output and no output file; none traps or hangs.
@Suite struct BadInputCorpusTests {
  /// A dataset folder with the given `realisasi.csv` (and `triwulan.csv`).
  static func dataset(realisasi: [UInt8], triwulan: String? = nil) throws -> URL {
    let folder = try temporaryFolder()
    _ = try writeFile(
      "indikator.csv", "kode;indikator;satuan\nA;Persentase a;%\nB;Jumlah b;orang\n", in: folder)
    _ = try writeFile("realisasi.csv", realisasi, in: folder)
    if let triwulan { _ = try writeFile("triwulan.csv", triwulan, in: folder) }
    return folder
  }

  static func rows(_ text: String) -> [UInt8] {
    Array(("kode;tahun;realisasi;target;sumber\n" + text).utf8)
  }

  /// A case: the command (with `{}` for the file or folder made), the
  /// file's bytes, and what the English message must contain.
  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let arguments: [String]
    let make: @Sendable () throws -> String
    let expected: String
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "empty data file", arguments: ["data", "{}"],
      make: { try dataset(realisasi: []).path }, expected: "realisasi.csv"),
    Case(
      name: "truncated in a quote", arguments: ["check", "--history", "{}"],
      make: { try dataset(realisasi: rows("A;2024;\"40")).path }, expected: "is not closed"),
    Case(
      name: "binary bytes", arguments: ["forecast", "--history", "{}"],
      make: { try dataset(realisasi: [0x00, 0xFF, 0x13, 0x37, 0xC3, 0x28, 0x0A] + rows("")).path },
      expected: "not UTF-8"),
    Case(
      name: "UTF-16 from Excel", arguments: ["suggest", "--history", "{}"],
      make: {
        let text = "kode\ttahun\trealisasi\nA\t2024\t40\n"
        return try dataset(
          realisasi: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        ).path
      }, expected: "UTF-16"),
    Case(
      name: "Windows-1252", arguments: ["data", "{}"],
      make: { try dataset(realisasi: rows("A;2024;40;;Caf") + [0xE9, 0x0A]).path },
      expected: "not UTF-8"),
    Case(
      name: "duplicated row", arguments: ["data", "{}"],
      make: { try dataset(realisasi: rows("A;2024;40;;s\nA;2024;41;;s\n")).path },
      expected: "line 3"),
    Case(
      name: "bounds violated", arguments: ["check", "--history", "{}"],
      make: { try dataset(realisasi: rows("A;2024;130;;s\n")).path }, expected: "outside the bounds"
    ),
    Case(
      name: "negative count", arguments: ["data", "{}"],
      make: { try dataset(realisasi: rows("B;2024;-5;;s\n")).path }, expected: "outside the bounds"),
    Case(
      name: "NaN spelled out", arguments: ["data", "{}"],
      make: { try dataset(realisasi: rows("A;2024;NaN;;s\n")).path },
      expected: "'NaN' is not a number"),
    Case(
      name: "Infinity spelled out", arguments: ["forecast", "--history", "{}"],
      make: { try dataset(realisasi: rows("A;2024;Infinity;;s\n")).path },
      expected: "'Infinity' is not a number"),
    Case(
      name: "a year far in the future", arguments: ["data", "{}"],
      make: { try dataset(realisasi: rows("A;9999;40;;s\n")).path }, expected: "9999"),
    Case(
      name: "quarter zero", arguments: ["midyear", "--history", "{}"],
      make: {
        try dataset(
          realisasi: rows("A;2024;40;;s\n"),
          triwulan: "kode;tahun;triwulan;realisasi;sumber\nA;2025;0;10;s\n"
        ).path
      }, expected: "line 2"),
    Case(
      name: "a file of 1.1 GB", arguments: ["data", "{}"],
      make: {
        let folder = try dataset(realisasi: rows("A;2024;40;;s\n"))
        let handle = try FileHandle(
          forWritingTo: folder.appendingPathComponent("realisasi.csv"))
        try handle.truncate(atOffset: 1_100_000_000)
        try handle.close()
        return folder.path
      }, expected: "too large"),
    Case(
      name: "a 2 MB line", arguments: ["regress", "{}", "--response", "y"],
      make: {
        try writeFile(
          "big.csv", "y,x\n" + String(repeating: "1", count: 2_000_000), in: temporaryFolder())
      }, expected: "longer than"),
    Case(
      name: "regression on binary", arguments: ["regress", "{}", "--response", "y"],
      make: {
        try writeFile(
          "b.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], in: temporaryFolder())
      },
      expected: "not UTF-8"),
    Case(
      name: "scenario with 10⁹ draws", arguments: ["scenario", "{}"],
      make: {
        try writeFile(
          "s.yaml", "year: 2025\nformula: \"a\"\ndrivers: {a: 1}\ndraws: 1000000000\n",
          in: temporaryFolder())
      }, expected: "line 4"),
    Case(
      name: "a Renstra period with too many draws", arguments: ["scenario", "{}"],
      make: {
        try writeFile(
          "s.yaml", "years: [2025, 2029]\nformula: \"a\"\ndrivers: {a: 1, b: 2}\ndraws: 5000000\n",
          in: temporaryFolder())
      }, expected: "line 4, column 8: expected at most 2,000,000 draws"),
    Case(
      name: "scenario formula with an unknown name", arguments: ["scenario", "{}"],
      make: {
        try writeFile(
          "s.yaml", "year: 2025\nformula: \"a * b\"\ndrivers: {a: 1}\n", in: temporaryFolder())
      }, expected: "'b'"),
    Case(
      name: "scenario output that refers to an output (a cycle)", arguments: ["scenario", "{}"],
      make: {
        try writeFile(
          "s.yaml",
          "year: 2025\nformula: \"a\"\ndrivers: {a: 1}\noutputs: {x: \"y + 1\", y: \"x + 1\"}\n",
          in: temporaryFolder())
      }, expected: "line 4"),
    Case(
      name: "scenario file in UTF-16", arguments: ["scenario", "{}"],
      make: {
        try writeFile(
          "s.yaml",
          [0xFF, 0xFE] + "year: 2025\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
          in: temporaryFolder())
      }, expected: "s.yaml"),
    Case(
      name: "an empty sheet",
      arguments: ["import", "{}", "--output", "/tmp/ikuplan-never-written"],
      make: { try writeFile("sheet.txt", "", in: temporaryFolder()) }, expected: "sheet.txt"),
    Case(
      name: "a workbook that is a text file",
      arguments: ["import", "{}", "--output", "/tmp/ikuplan-never-written"],
      make: { try writeFile("sheet.xlsx", "not a zip", in: temporaryFolder()) },
      expected: "not a ZIP"),
    Case(
      name: "an ambiguous column",
      arguments: ["import", "{}", "--output", "/tmp/ikuplan-never-written"],
      make: {
        try writeFile(
          "sheet.txt", "INDIKATOR\tREALISASI 2022\tKONDISI 2022\nPersentase A\t1\t2\n",
          in: temporaryFolder())
      },
      expected:
        "line 1, column 3: two columns claim the same year and role (2022): 'REALISASI 2022'"
        + " and 'KONDISI 2022'"),
    Case(
      name: "relative years without a base",
      arguments: ["import", "{}", "--output", "/tmp/ikuplan-never-written"],
      make: {
        try writeFile(
          "renstra.txt",
          "INDIKATOR\tSATUAN\tTahun-1\t\tTahun-2\n\t\tTarget\tRp\tTarget\n"
            + "Persentase A\t%\t50\t1000\t55\n",
          in: temporaryFolder())
      },
      expected:
        "line 1, column 3: the heading 'Tahun-1' is a year relative to the plan's period;"
        + " give the period's first year with --tahun-awal YEAR"),
    Case(
      name: "evaluate on binary", arguments: ["evaluate", "--train", "{}", "--test", "{}"],
      make: { try writeFile("t.csv", [0xFF, 0x00, 0xC0, 0x0A], in: temporaryFolder()) },
      expected: "t.csv"),
    Case(
      name: "panel periods out of order",
      arguments: ["forecast", "--panel", "{}", "--output", "/tmp/ikuplan-never-written.csv"],
      make: {
        try writeFile(
          "p.csv", "series,period,value\nA,2021,1\nA,2020,2\nA,2022,3\n", in: temporaryFolder())
      }, expected: "line 3"),
    Case(
      name: "a gap inside a panel series",
      arguments: ["forecast", "--panel", "{}", "--output", "/tmp/ikuplan-never-written.csv"],
      make: {
        try writeFile(
          "p.csv", "series,period,value\nA,2020,1\nA,2021,\nA,2022,3\n", in: temporaryFolder())
      }, expected: "line 3, column 3: series 'A' has a gap"),
    Case(
      name: "a skipped period in an evaluated panel",
      arguments: ["evaluate", "--train", "{}", "--test", "{}"],
      make: {
        try writeFile(
          "p.csv", "series,period,value\nA,2020,1\nA,2021,2\nA,2023,3\n", in: temporaryFolder())
      }, expected: "line 4, column 2: series 'A' has a gap"),
    Case(
      name: "a series id twice in a wide panel",
      arguments: ["forecast", "--panel", "{}", "--output", "/tmp/ikuplan-never-written.csv"],
      make: { try writeFile("p.csv", "A,1,2,3\nB,4,5,6\nA,7,8,9\n", in: temporaryFolder()) },
      expected: "line 3, column 1: the series 'A' is already on line 1"),
    Case(
      name: "a long series split by another in an evaluated panel",
      arguments: ["evaluate", "--train", "{}", "--test", "{}"],
      make: {
        try writeFile(
          "p.csv", "series,period,value\nA,1,1\nB,1,2\nA,2,3\n", in: temporaryFolder())
      }, expected: "line 4, column 1: the rows of series 'A' (from line 2)"),
    Case(
      name: "evaluated panel periods out of order",
      arguments: ["evaluate", "--train", "{}", "--test", "{}"],
      make: {
        try writeFile(
          "p.csv", "series,period,value\nA,2021,1\nA,2020,2\n", in: temporaryFolder())
      }, expected: "line 3, column 2"),
    Case(
      name: "a zero under --transform log",
      arguments: [
        "forecast", "--panel", "{}", "--transform", "log", "--output",
        "/tmp/ikuplan-never-written.csv",
      ],
      make: { try writeFile("p.csv", "A,1,2,3\nB,4,0,6\n", in: temporaryFolder()) },
      expected: "line 2, column 3: series 'B', period 2: the value 0 cannot be modelled"),
    Case(
      name: "a zero under --transform log in evaluate",
      arguments: ["evaluate", "--train", "{}", "--test", "{}", "--transform", "log"],
      make: { try writeFile("p.csv", "A,1,0,3\n", in: temporaryFolder()) },
      expected: "line 1, column 3: series 'A', period 2"),
    Case(
      name: "a panel that is one line of 1 GB",
      arguments: ["forecast", "--panel", "{}", "--output", "/tmp/ikuplan-never-written.csv"],
      make: {
        let path = try writeFile("p.csv", "A,1,2,3", in: temporaryFolder())
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 1_000_000_000)
        try handle.close()
        return path
      }, expected: "longer than"),
    Case(
      name: "a panel of 3 GB",
      arguments: ["forecast", "--panel", "{}", "--output", "/tmp/ikuplan-never-written.csv"],
      make: {
        let path = try writeFile("p.csv", "A,1,2,3\n", in: temporaryFolder())
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 3_000_000_000)
        try handle.close()
        return path
      }, expected: "too large"),
    Case(
      name: "a polarity for a code the sheet does not have",
      arguments: [
        "import", "{}", "--output", "/tmp/ikuplan-never-written", "--polarity", "IKU-9=lower",
      ],
      make: {
        try writeFile(
          "s.txt", "NO\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2023\n1\tPersentase a\t%\t40\n",
          in: temporaryFolder())
      }, expected: "line 1, column 2: --polarity IKU-9=…: the sheet has no indicator 'IKU-9'"),
    Case(
      name: "a report from a broken dataset",
      arguments: ["report", "--history", "{}", "--output", "/tmp/ikuplan-never-written.html"],
      make: { try dataset(realisasi: rows("A;2024;abc;;s\n")).path }, expected: "'abc'"),
  ]

  @Test(arguments: cases)
  func endsWithAClearError(_ item: Case) throws {
    let path = try item.make()
    let arguments = item.arguments.map { $0 == "{}" ? path : $0 } + ["--lang", "en"]
    let result = try runIKUPlan(arguments)
    #expect(result.status == 1, "\(item.name): \(result.standardError)")
    #expect(result.standardOutput.isEmpty, "\(item.name): \(result.standardOutput)")
    #expect(
      result.standardError.contains(item.expected),
      "\(item.name): expected '\(item.expected)' in: \(result.standardError)")
    #expect(!result.standardError.contains("Fatal error"))
    #expect(result.standardError.contains(path), "\(item.name): the message names no file")
    for never in [
      "/tmp/ikuplan-never-written", "/tmp/ikuplan-never-written.csv",
      "/tmp/ikuplan-never-written.html",
    ] {
      #expect(!FileManager.default.fileExists(atPath: never), "\(item.name) wrote \(never)")
    }
  }

  /// A re-import whose value differs from the folder's: the output is an
  /// existing folder, which the table of cases cannot name, so it has its
  /// own test with the same expectations.
  @Test func aConflictingReimport() throws {
    let work = try temporaryFolder()
    let header = "NO\tINDIKATOR KINERJA UTAMA\tSATUAN\tREALISASI 2023\tTARGET 2024\n"
    let first = try writeFile("a.txt", header + "1\tPersentase a\t%\t40,5\t41\n", in: work)
    let second = try writeFile("b.txt", header + "1\tPersentase a\t%\t40,6\t41\n", in: work)
    let folder = work.appendingPathComponent("data").path
    #expect(try runIKUPlan(["import", first, "--output", folder]).status == 0)
    let realisasi = (folder as NSString).appendingPathComponent("realisasi.csv")
    let before = FileManager.default.contents(atPath: realisasi)
    let result = try runIKUPlan(["import", second, "--output", folder, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("\(second), line 2, column 4"), "\(result.standardError)")
    #expect(result.standardError.contains("40.5") && result.standardError.contains("40.6"))
    #expect(!result.standardError.contains("Fatal error"))
    #expect(FileManager.default.contents(atPath: realisasi) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 3)
  }
}
