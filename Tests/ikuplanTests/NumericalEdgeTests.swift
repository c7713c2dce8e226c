import Foundation
import TestSupport
import Testing

/// Histories at the edges of what the numbers can do never print `nan`,
/// `inf` or `Infinity`, in any format, and never claim an interval they
/// cannot estimate.
@Suite struct NumericalEdgeTests {
  /// Constant, all 0%, all 100%, one value, two identical years, 10¹⁵⁰
  /// people, and values of 10⁻⁹, with quarters on 10⁻¹⁵⁰ denominators (the
  /// ends of `ValueMagnitude`'s range; past them a value is refused, below).
  static func edgeDataset(giant: String = "1e150") throws -> URL {
    let folder = try temporaryFolder()
    _ = try writeFile(
      "indikator.csv",
      "kode;indikator;satuan\nA;Konstan;%\nB;Nol;%\nC;Seratus;%\nD;Satu;%\nE;Kembar;orang\n"
        + "F;Raksasa;orang\nG;Kecil;indeks\n",
      in: folder)
    var rows = "kode;tahun;realisasi;target;sumber\n"
    for year in 2020...2024 {
      rows += "A;\(year);40;;s\nB;\(year);0;;s\nC;\(year);100;;s\nF;\(year);\(giant);;s\n"
      rows += "G;\(year);0,000000001;;s\n"
    }
    rows += "A;2025;;45;s\nB;2025;;5;s\nC;2025;;100;s\nD;2024;50;;s\nD;2025;;55;s\n"
    rows += "E;2023;7;;s\nE;2024;7;;s\nE;2025;;8;s\nF;2025;;1e150;s\nG;2025;;0,000000002;s\n"
    _ = try writeFile("realisasi.csv", rows, in: folder)
    _ = try writeFile(
      "triwulan.csv",
      "kode;tahun;triwulan;realisasi;pembilang;penyebut;sumber\n"
        + "A;2024;1;40;4;1e-150;s\nA;2024;2;40;4;1e-150;s\nA;2024;3;40;4;1e-150;s\n"
        + "A;2024;4;40;4;1e-150;s\nA;2025;1;40;4;0,0000000001;s\nA;2025;2;40;4;0,0000000001;s\n",
      in: folder)
    return folder
  }

  static func printsNoNonFinite(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter }
    return !words.contains { $0 == "nan" || $0 == "inf" || $0 == "infinity" }
  }

  @Test func noCommandPrintsANonFiniteNumber() throws {
    let folder = try Self.edgeDataset().path
    for command in ["review", "check", "suggest", "forecast", "midyear"] {
      for format in ["table", "json", "csv", "markdown"] {
        let result = try runIKUPlan([
          command, "--history", folder, "--format", format, "--lang", "en",
        ])
        #expect(result.status == 0, "\(command) \(format): \(result.standardError)")
        #expect(
          Self.printsNoNonFinite(result.standardOutput),
          "\(command) \(format): \(result.standardOutput)")
      }
    }
    let html = (folder as NSString).appendingPathComponent("r.html")
    #expect(try runIKUPlan(["report", "--history", folder, "--output", html]).status == 0)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: html)), as: UTF8.self)
    #expect(Self.printsNoNonFinite(text))
  }

  /// 10³⁰⁰ people: every command refuses the cell, exit 1, no output.
  @Test func aValuePastTheRangeIsRefusedAtItsCell() throws {
    let folder = try Self.edgeDataset(giant: "1e300").path
    for command in ["review", "check", "suggest", "forecast", "midyear"] {
      let result = try runIKUPlan([command, "--history", folder, "--lang", "en"])
      #expect(result.status == 1, "\(command)")
      #expect(
        result.standardError.contains(
          "realisasi.csv, line 5, column 3 (realisasi): '1e300' is too large to compute with"),
        "\(command): \(result.standardError)")
      #expect(result.standardOutput.isEmpty, "\(command)")
    }
  }

  @Test func constantHistoriesClaimNoInterval() throws {
    let result = try runIKUPlan([
      "forecast", "--history", try Self.edgeDataset().path, "--format", "json",
    ])
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let indicators = try #require(root["indicators"] as? [[String: Any]])
    for indicator in indicators {
      let code = indicator["code"] as? String ?? "?"
      let flags = (indicator["flags"] as? [[String: Any]] ?? []).compactMap {
        $0["code"] as? String
      }
      let forecast = indicator["forecast"] as? [String: Any]
      let intervals = forecast?["intervals"] as? [Any] ?? []
      #expect(intervals.isEmpty, "\(code) claims an interval")
      #expect(indicator["probabilityOfAttaining"] is NSNull, "\(code) claims a probability")
      let expected = ["D", "E"].contains(code) ? "insufficient-history" : "no-variation"
      #expect(flags.contains(expected), "\(code): \(flags)")
    }
  }
}
