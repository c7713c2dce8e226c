import Foundation
import TestSupport
import Testing

/// What a planner reads in Indonesian mode (issue 18): no raw flag code,
/// no E-notation and no English error prefix in any command's table output
/// or in the report.
@Suite struct IndonesianOutputTests {
  /// The review flags' codes, which belong to JSON only.
  static let flagCodes = [
    "target-below-last-actual", "target-outside-bounds", "target-unrealistic", "target-too-easy",
    "insufficient-history", "no-variation", "illustrative-data", "no-target",
  ]

  /// A number in E-notation: `5,00E+08`, `1.2e-05`.
  static func hasENotation(_ text: String) -> Bool {
    text.range(of: #"[0-9][eE][+-][0-9]"#, options: .regularExpression) != nil
  }

  static func check(_ text: String, _ what: String) {
    for code in flagCodes {
      #expect(!text.contains(code), "\(what) shows the code \(code)")
    }
    #expect(!hasENotation(text), "\(what) has E-notation")
    #expect(!text.contains("Error:"), "\(what) has an English error prefix")
  }

  @Test(arguments: [
    ["review"], ["forecast"], ["check"], ["suggest", "--through", "2029"], ["midyear"], ["data"],
    ["review", "--format", "markdown"], ["check", "--format", "markdown"],
    ["scenario", "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml"],
    ["scenario", "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml"],
    [
      "scenario", "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml",
      "--format", "html",
    ],
  ])
  func everyCommandsTable(_ arguments: [String]) throws {
    let result = try runIKUPlan(arguments)
    #expect(result.status == 0, "\(arguments): \(result.standardError)")
    Self.check(result.standardOutput, arguments.joined(separator: " "))
  }

  @Test func theReport() throws {
    let path = try temporaryFolder().appendingPathComponent("laporan.html").path
    #expect(try runIKUPlan(["report", "--output", path]).status == 0)
    let html = try String(contentsOfFile: path, encoding: .utf8)
    Self.check(html, "the report")
  }

  /// Usage errors: `Galat:` and `Pemakaian:`, not `Error:` and `Usage:`.
  @Test func usageErrors() throws {
    let missing = try runIKUPlan(["import"])
    #expect(missing.status == 2)
    #expect(missing.standardError.hasPrefix("Galat: argumen yang diperlukan tidak ada"))
    #expect(missing.standardError.contains("Pemakaian: ikuplan import"))
    Self.check(missing.standardError, "a usage error")
    let ours = try runIKUPlan(["review", "--format", "xlsx"])
    #expect(ours.standardError.hasPrefix("Galat: --format xlsx menulis buku kerja"))
    let english = try runIKUPlan(["review", "--format", "xlsx", "--lang", "en"])
    #expect(english.standardError.hasPrefix("Error: --format xlsx writes a workbook"))
  }
}
