import Foundation
import TestSupport
import Testing

/// `ikuplan check` end to end, on the bundled dataset.
@Suite struct CheckTests {
  private func indicators(_ output: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
    let root = try #require(object as? [String: Any])
    return try #require(root["indicators"] as? [[String: Any]])
  }

  /// The acceptance case: the seed's lowered targets are flagged, the
  /// raised ones are not.
  @Test func seedTargetsBelowLastYearAreFlagged() throws {
    let result = try runIKUPlan([
      "check", "--history", "history/tanjungpinang-disnakerkum", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    var flagged: [String] = []
    for indicator in try indicators(result.standardOutput) {
      let flags = try #require(indicator["flags"] as? [[String: Any]])
      let codes = flags.compactMap { $0["code"] as? String }
      if codes.contains("target-below-last-actual") {
        flagged.append(try #require(indicator["code"] as? String))
      }
      #expect(codes.contains("illustrative-data"))
    }
    #expect(flagged == ["IKU-2", "IKU-3a", "IKU-3b", "IKU-4"])
  }

  @Test func theTableSaysTheSameInIndonesian() throws {
    let result = try runIKUPlan(["check", "--history", "history/tanjungpinang-disnakerkum"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    // The finding in words, never its code.
    #expect(!result.standardOutput.contains("target-below-last-actual"))
    let below = lines.filter { $0.contains("di bawah realisasi 2024") }
    #expect(
      below.map { String($0.prefix(6)).trimmingCharacters(in: .whitespaces) } == [
        "IKU-2", "IKU-3a", "IKU-3b", "IKU-4",
      ])
    #expect(
      below[0].contains(
        "target 2025 39,00% di bawah realisasi 2024 55,04%: tidak menantang (LKE SAKIP: target harus menantang dan realistis)"
      ))
    #expect(result.standardOutput.hasPrefix("Pemeriksaan target 2025 — Dinas Tenaga Kerja"))
    #expect(result.standardOutput.contains("tahun 2019–2023: ilustrasi, bukan data resmi"))
  }

  @Test func strictExitsWith3OnWarnings() throws {
    let strict = try runIKUPlan(["check", "--strict", "--format", "json"])
    #expect(strict.status == 3)
    #expect(!strict.standardOutput.isEmpty)
    // The unemployment series has no target: information only.
    let clean = try runIKUPlan(["check", "--strict", "--history", "history/tanjungpinang-tpt"])
    #expect(clean.status == 0, "\(clean.standardOutput)")
  }

  @Test func badDatasetIsExitCode1() throws {
    let result = try runIKUPlan(["check", "--history", "no/such/folder"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("indikator.csv"))
  }
}
