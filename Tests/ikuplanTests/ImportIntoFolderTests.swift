import Foundation
import TestSupport
import Testing

/// `ikuplan import` into a folder that already holds a dataset (issue #17,
/// item 7): years are added, no row is lost, and a value that differs
/// from the folder's is a conflict unless `--ganti` is given.
@Suite struct ImportIntoFolderTests {
  static let header = "NO\tINDIKATOR KINERJA UTAMA\tSATUAN\tREALISASI 2023\tTARGET 2024\n"
  /// This year's sheet: realisation 2023, target 2024.
  static let thisYear =
    header + "1\tTingkat Pengangguran Terbuka\t%\t6,28\t6,00\n"
    + "2\tJumlah Usaha Mikro yang dibina\tunit\t5.517\t5.575\n"
  /// Next year's sheet: realisation 2024, target 2025.
  static let nextYear =
    "NO\tINDIKATOR KINERJA UTAMA\tSATUAN\tREALISASI 2024\tTARGET 2025\n"
    + "1\tTingkat Pengangguran Terbuka\t%\t6,10\t5,90\n"
    + "2\tJumlah Usaha Mikro yang dibina\tunit\t5.600\t5.700\n"
  /// This year's sheet again, with a different 2023 realisation of TPT.
  static let corrected =
    header + "1\tTingkat Pengangguran Terbuka\t%\t6,30\t6,00\n"
    + "2\tJumlah Usaha Mikro yang dibina\tunit\t5.517\t5.575\n"

  /// `[code: [year: (actual, target)]]` read back through `ikuplan data`.
  static func readBack(_ folder: String) throws -> [String: [Int: (Double?, Double?)]] {
    let table = try ImportedTable(folder: folder)
    var values: [String: [Int: (Double?, Double?)]] = [:]
    for code in Set(table.annual.compactMap { $0["code"] as? String }) {
      values[code] = table.years(code).mapValues { ($0.actual, $0.target) }
    }
    return values
  }

  /// A range target differs when either end does: with equal lower ends
  /// the conflict names the upper ends and the `target_atas` column;
  /// importing the same range again changes nothing.
  @Test func aRangeTargetConflictsOnItsUpperEnd() throws {
    let ranged = Self.thisYear.replacingOccurrences(
      of: "\t6,28\t6,00\n", with: "\t6,28\t5,50 – 6,00\n")
    let work = try temporaryFolder()
    let first = try writeFile("iku-2024.txt", ranged, in: work)
    let folder = work.appendingPathComponent("data").path
    #expect(try runIKUPlan(["import", first, "--output", folder, "--lang", "en"]).status == 0)
    let again = try runIKUPlan(["import", first, "--output", folder, "--lang", "en"])
    #expect(again.status == 0, "\(again.standardError)")
    #expect(again.standardOutput.contains("No new values"), "\(again.standardOutput)")
    let wider = try writeFile(
      "iku-wider.txt", ranged.replacingOccurrences(of: "5,50 – 6,00", with: "5,50 – 6,20"),
      in: work)
    let conflict = try runIKUPlan(["import", wider, "--output", folder, "--lang", "en"])
    #expect(conflict.status == 1)
    #expect(
      conflict.standardError.contains("the sheet has 6.2, the folder has 6"),
      "\(conflict.standardError)")
    #expect(conflict.standardError.contains("(target_atas)"), "\(conflict.standardError)")
    let replaced = try runIKUPlan(["import", wider, "--output", folder, "--lang", "en", "--ganti"])
    #expect(replaced.status == 0, "\(replaced.standardError)")
    let text = try String(
      contentsOfFile: (folder as NSString).appendingPathComponent("realisasi.csv"), encoding: .utf8)
    #expect(text.contains("IKU-1;2024;;5,5;6,2;"), "\(text)")
  }

  /// A folder made from this year's sheet, and a sheet file to import
  /// over it.
  static func folder(thenImport text: String) throws -> (folder: String, sheet: String) {
    let work = try temporaryFolder()
    let first = try writeFile("iku-2024.txt", thisYear, in: work)
    let folder = work.appendingPathComponent("data").path
    let made = try runIKUPlan(["import", first, "--output", folder, "--lang", "en"])
    #expect(made.status == 0, "\(made.standardError)")
    return (folder, try writeFile("iku-next.txt", text, in: work))
  }

  /// The bytes of every file of a folder.
  static func contents(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      files[name] = FileManager.default.contents(
        atPath: (folder as NSString).appendingPathComponent(name))
    }
    return files
  }

  @Test func nextYearsSheetKeepsTheHistory() throws {
    let (folder, sheet) = try Self.folder(thenImport: Self.nextYear)
    let result = try runIKUPlan(["import", sheet, "--output", folder, "--lang", "en"])
    #expect(result.status == 0, "\(result.standardError)")
    let values = try Self.readBack(folder)
    let tpt = try #require(values["IKU-1"])
    #expect(tpt[2023]?.0 == 6.28 && tpt[2024]?.1 == 6.00)
    #expect(tpt[2024]?.0 == 6.10 && tpt[2025]?.1 == 5.90)
    let micro = try #require(values["IKU-2"])
    #expect(micro[2023]?.0 == 5517 && micro[2024]?.1 == 5575)
    #expect(micro[2024]?.0 == 5600 && micro[2025]?.1 == 5700)
    // What was added is printed.
    #expect(result.standardOutput.contains("Added (4):"), "\(result.standardOutput)")
    #expect(result.standardOutput.contains("IKU-1 realisation 2024: 6.1"))
    #expect(result.standardOutput.contains("IKU-2 target 2025: 5,700"))
  }

  @Test func theSameSheetTwiceChangesNothing() throws {
    let (folder, sheet) = try Self.folder(thenImport: Self.thisYear)
    let before = try Self.contents(folder)
    let result = try runIKUPlan(["import", sheet, "--output", folder, "--lang", "en"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("No new values"))
    #expect(try Self.contents(folder) == before)
  }

  @Test func aConflictingValueWritesNothing() throws {
    let (folder, sheet) = try Self.folder(thenImport: Self.corrected)
    let before = try Self.contents(folder)
    let result = try runIKUPlan(["import", sheet, "--output", folder, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    let message = result.standardError
    // Both values and both locations: the sheet's cell and the folder's line.
    #expect(message.contains("IKU-1 realisation 2023"), "\(message)")
    #expect(message.contains("the sheet has 6.3") && message.contains("the folder has 6.28"))
    #expect(message.contains("iku-next.txt, line 2, column 4"), "\(message)")
    #expect(message.contains("realisasi.csv, line 2, column 3 (realisasi)"), "\(message)")
    #expect(message.contains("--ganti"))
    #expect(try Self.contents(folder) == before)
  }

  @Test func withGantiTheSheetWins() throws {
    let (folder, sheet) = try Self.folder(thenImport: Self.corrected)
    let result = try runIKUPlan(["import", sheet, "--output", folder, "--ganti", "--lang", "en"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("IKU-1 realisation 2023: 6.28 → 6.3"))
    let values = try Self.readBack(folder)
    #expect(values["IKU-1"]?[2023]?.0 == 6.30 && values["IKU-1"]?[2024]?.1 == 6.00)
    #expect(values["IKU-2"]?[2023]?.0 == 5517)
  }

  /// The folder's definitions are kept, so its bounds judge the sheet's
  /// realisations before anything is written: a planner's ceiling of 5.550
  /// usaha in `indikator.csv` refuses next year's 5.600 at its cell.
  @Test func aRealisationOutsideTheFoldersBoundsWritesNothing() throws {
    let (folder, sheet) = try Self.folder(thenImport: Self.nextYear)
    let indicators = (folder as NSString).appendingPathComponent("indikator.csv")
    var lines = try String(contentsOfFile: indicators, encoding: .utf8)
      .components(separatedBy: "\r\n")  // the folder is written with CRLF, as Excel does
    let row = try #require(lines.firstIndex { $0.hasPrefix("IKU-2;") })
    var cells = lines[row].components(separatedBy: ";")
    cells[7] = "5550"  // maks
    lines[row] = cells.joined(separator: ";")
    try lines.joined(separator: "\r\n").write(toFile: indicators, atomically: true, encoding: .utf8)
    let before = try Self.contents(folder)
    let result = try runIKUPlan(["import", sheet, "--output", folder, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.contains("iku-next.txt, line 3, column 4"), "\(result.standardError)")
    #expect(result.standardError.contains("outside the bounds"))
    #expect(try Self.contents(folder) == before)
  }
}
