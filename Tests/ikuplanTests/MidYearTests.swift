import Foundation
import TestSupport
import Testing

/// `ikuplan midyear` end to end, on the bundled (illustrative) quarters.
@Suite struct MidYearTests {
  @Test func bundledQuarterTwo() throws {
    let result = try runIKUPlan(["midyear"])
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.hasPrefix("Tinjauan triwulan 2 tahun 2025 — Dinas Tenaga Kerja"))
    #expect(text.contains("Memakai nilai ilustrasi, bukan data resmi."))
    #expect(text.contains("pembilang dan penyebut diproyeksikan bersama"))
    #expect(text.contains("pola triwulan tahun-tahun sebelumnya"))
    // The pace still needed, under its heading: IKU-5 needs 1.448 a quarter
    // and has made 1.340.
    let pace = try #require(text.range(of: "Laju per triwulan yang diperlukan\n"))
    let row = text[pace.upperBound...].split(separator: "\n").first { $0.hasPrefix("IKU-5 ") }
    #expect(row?.split(separator: " ") == ["IKU-5", "1.448", "1.340"])
    #expect(text.contains("Tanpa data triwulan 2: IKU-2, IKU-3a, IKU-3b"))
  }

  @Test func json() throws {
    let result = try runIKUPlan(["midyear", "--quarter", "1", "--format", "json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let root = try #require(object as? [String: Any])
    #expect(root["year"] as? Int == 2025 && root["quarter"] as? Int == 1)
    let indicators = try #require(root["indicators"] as? [[String: Any]])
    #expect(indicators.compactMap { $0["code"] as? String } == ["IKU-1", "IKU-4", "IKU-5"])
    for indicator in indicators {
      for key in [
        "yearToDate", "projection", "target", "probabilityOfAttaining", "status", "requiredPace",
        "basis",
      ] {
        #expect(indicator[key] != nil, "missing \(key)")
      }
      #expect(indicator["illustrative"] as? Bool == true)
    }
    #expect(indicators[2]["basis"] as? String == "seasonal-shares")
    #expect(indicators[2]["yearToDate"] as? Double == 1190)
    let projection = try #require(indicators[2]["projection"] as? [String: Any])
    let intervals = try #require(projection["intervals"] as? [[String: Any]])
    #expect(intervals.compactMap { $0["level"] as? Double } == [0.8, 0.95])
  }

  @Test func datasetsWithoutQuartersAreExitCode1() throws {
    let result = try runIKUPlan(["midyear", "--history", "history/tanjungpinang-tpt"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("tidak ada nilai triwulan"))
    #expect(try runIKUPlan(["midyear", "--quarter", "5"]).status == 2)
  }

  /// The mid-year review for a spreadsheet (Indonesian Excel) and a
  /// workbook; the report as a workbook when its name ends in `.xlsx`.
  @Test func spreadsheetsAndWorkbooks() throws {
    let csv = try runIKUPlan(["midyear", "--format", "csv"])
    #expect(csv.status == 0, "\(csv.standardError)")
    let lines = csv.standardOutput.dropFirst().split(separator: "\n")
    #expect(lines[1].hasPrefix("Kode;Indikator;s.d. TW 2;Proyeksi akhir 2025;"))
    let folder = try temporaryFolder()
    for arguments in [
      ["midyear", "--format", "xlsx", "--output", folder.appendingPathComponent("m.xlsx").path],
      ["report", "--output", folder.appendingPathComponent("r.xlsx").path],
    ] {
      let result = try runIKUPlan(arguments)
      #expect(result.status == 0, "\(arguments): \(result.standardError)")
      let path = try #require(arguments.last)
      let bytes = try #require(FileManager.default.contents(atPath: path))
      #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
  }
}
