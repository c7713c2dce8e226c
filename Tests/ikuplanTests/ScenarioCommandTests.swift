import Foundation
import TestSupport
import Testing

/// `ikuplan scenario` end to end, on the bundled scenario file.
@Suite struct ScenarioCommandTests {
  static let file = "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml"

  @Test func theBundledScenarioShowsTheCapacityAndBudget() throws {
    let result = try runIKUPlan(["scenario", Self.file])
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(text.hasPrefix("Skenario IKU-1 — 2025"))
    #expect(text.contains("target 65,71%; 100.000 penarikan; ilustrasi, bukan data resmi"))
    for name in ["Dasar", "+2 angkatan", "+5 angkatan", "Kelulusan naik"] {
      #expect(text.contains(name))
    }
    #expect(text.contains("Sasaran: 65,71% dengan peluang 80% memerlukan kapasitas = "))
    #expect(text.contains("; anggaran "))
  }

  @Test func jsonContractAndReproducibility() throws {
    let first = try runIKUPlan(["scenario", Self.file, "--format", "json"])
    let second = try runIKUPlan(["scenario", Self.file, "--format", "json"])
    #expect(first.status == 0)
    #expect(first.standardOutput == second.standardOutput)
    let object = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8))
    let root = try #require(object as? [String: Any])
    #expect(root["indicator"] as? String == "IKU-1")
    #expect(root["year"] as? Int == 2025)
    #expect(root["target"] as? Double == 65.71)
    #expect(root["illustrative"] as? Bool == true)
    let scenarios = try #require(root["scenarios"] as? [[String: Any]])
    #expect(scenarios.count == 4)
    let indicator = try #require(scenarios[0]["indicator"] as? [String: Any])
    for key in ["mean", "median", "p10", "p90", "probabilityOfAttaining"] {
      #expect(indicator[key] is Double, "missing \(key)")
    }
    let outputs = try #require(scenarios[0]["outputs"] as? [String: Any])
    let budget = try #require(outputs["anggaran"] as? [String: Any])
    #expect(budget["median"] as? Double == 1_400_000_000.0)
    let goal = try #require(root["goal"] as? [String: Any])
    let capacity = try #require(goal["value"] as? Double)
    #expect(try #require(goal["probability"] as? Double) >= 0.8)
    let goalOutputs = try #require(goal["outputs"] as? [String: Any])
    let goalBudget = try #require(goalOutputs["anggaran"] as? [String: Any])
    #expect(goalBudget["median"] as? Double == capacity * 3_500_000)
    let sensitivity = try #require(root["sensitivity"] as? [[String: Any]])
    #expect(
      sensitivity.compactMap { $0["driver"] as? String } == [
        "pendaftar", "kapasitas", "kelulusan", "biaya_per_kursi",
      ])
  }

  @Test func badFilesAreExitCode1WithALocation() throws {
    let folder = try temporaryFolder()
    let file = try writeFile(
      "s.yaml",
      "indicator: IKU-1\nformula: \"kapasitas * kelulusn\"\ndrivers: {kapasitas: 1, kelulusan: 2}\n",
      in: folder)
    let result = try runIKUPlan(["scenario", file, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("\(file), line 2, column 23: unknown name 'kelulusn'"))
    let missing = try runIKUPlan(["scenario", "no/such.yaml"])
    #expect(missing.status == 1)
  }

  @Test func markdown() throws {
    let result = try runIKUPlan(["scenario", Self.file, "--format", "markdown", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("## Scenarios IKU-1 — 2025"))
    #expect(result.standardOutput.contains("| Scenario | Median |"))
  }
}
