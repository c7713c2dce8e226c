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

  /// A format the command does not produce is refused naming the ones it
  /// does, and a value the parser refuses gets an Indonesian list heading.
  @Test func formatErrors() throws {
    let refused = try runIKUPlan([
      "forecast", "--panel", "p.csv", "--format", "xlsx", "--output", "p.xlsx",
    ])
    #expect(refused.status == 2)
    #expect(
      refused.standardError.hasPrefix(
        "Galat: --panel menulis CSV proyeksi (ke --output atau terminal); --format xlsx tidak"
          + " berlaku."))
    let early = try runIKUPlan(["suggest", "--through", "2024"])
    #expect(early.status == 2)
    #expect(
      early.standardError.hasPrefix("Galat: --through 2024 sebelum tahun yang ditinjau (2025)"))
    let root = try runIKUPlan(["--lang", "en", "--help"])
    #expect(root.standardOutput.hasPrefix("OVERVIEW: Forecasts and target checks"))
    let quarter = try runIKUPlan(["midyear", "--quarter", "4"])
    #expect(quarter.status == 1)
    #expect(quarter.standardError.contains("untuk triwulan 4 tahun 2025"))
    let unknown = try runIKUPlan(["review", "--format", "x"])
    #expect(unknown.standardError.hasPrefix("Galat: nilai 'x' tidak sah untuk '--format"))
    #expect(!unknown.standardError.contains("the following"))
  }

  /// Help screens: Indonesian headings and option help by default, English
  /// with `--lang en`, and neither language's words in the other.
  @Test(arguments: [
    [], ["review"], ["forecast"], ["check"], ["suggest"], ["midyear"], ["data"], ["import"],
    ["evaluate"], ["regress"], ["scenario"], ["report"], ["serve"], ["agency"],
    ["agency", "add"], ["agency", "list"], ["user"], ["user", "add"], ["user", "list"],
    ["user", "password"], ["user", "remove"], ["backup"],
  ])
  func helpScreens(_ command: [String]) throws {
    let indonesian = try runIKUPlan(command + ["--help"])
    #expect(indonesian.status == 0)
    let text = indonesian.standardOutput
    #expect(text.contains("PEMAKAIAN: ikuplan"), "\(command)")
    #expect(text.contains("OPSI:"), "\(command)")
    for english in [
      "USAGE:", "OPTIONS:", "OVERVIEW:", "(default", "Show help", "The dataset folder",
      "A dataset folder", "Output format",
    ] {
      #expect(!text.contains(english), "\(command): \(english)")
    }
    let english = try runIKUPlan(command + ["--help", "--lang", "en"])
    #expect(english.standardOutput.contains("USAGE: ikuplan"), "\(command)")
    for indonesian in ["PEMAKAIAN", "OPSI:", "bawaan", "Folder dataset", "Format keluaran"] {
      #expect(!english.standardOutput.contains(indonesian), "\(command): \(indonesian)")
    }
  }
}
