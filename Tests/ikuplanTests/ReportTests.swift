import Foundation
import TestSupport
import Testing

/// `ikuplan report` end to end, and `--format markdown` where tables print.
@Suite struct ReportTests {
  @Test func writesTheBundledReport() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("laporan.html").path
    let result = try runIKUPlan(["report", "--output", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "Laporan ditulis ke \(path)\n")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(
      html.contains(
        "Laporan IKU 2025 — Dinas Tenaga Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang"))
    #expect(html.contains("nilai ilustrasi, bukan data resmi"))
    #expect(
      html.contains("<section class=\"decisions\"><h2>Yang perlu diputuskan: target 2025</h2>"))
    #expect(html.components(separatedBy: "indicator-chart").count - 1 == 6)
    #expect(html.contains("midyear-chart"))
    #expect(html.contains("scenario-chart"))
    // The bundled Renstra file: its table and a fan chart per scenario.
    #expect(html.contains("<h2>Skenario Renstra 2025–2029 — IKU-1 Prosentase Peningkatan"))
    #expect(html.contains("<section class=\"renstra\">"))
    #expect(html.components(separatedBy: "renstra-chart").count - 1 == 3)
    #expect(html.components(separatedBy: "budget-chart").count - 1 == 3)
    // Budgets in Rp juta or miliar, on the axis and in the table.
    #expect(html.contains(">Anggaran (Rp miliar)<"))
    #expect(html.contains(">Rp 1,40 miliar<"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["laporan.html"])
  }

  /// What a reader sees — the page without its stylesheet and tags — has
  /// no number in E-notation and no raw flag code, with the scenarios and
  /// their budgets (billions of rupiah) included; in English too.
  @Test(arguments: ["id", "en"]) func numbersAndWordsForPeople(_ language: String) throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("laporan.html").path
    let result = try runIKUPlan(["report", "--output", path, "--lang", language])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    let page = try #require(html.range(of: "</style>")).upperBound
    let text = String(html[page...]).replacing(try Regex("<[^>]*>"), with: "\n")
    #expect(text.firstMatch(of: try Regex("[0-9][eE][+-]?[0-9]")) == nil)
    for code in [
      "target-below-last-actual", "target-outside-bounds", "target-unrealistic", "target-too-easy",
      "insufficient-history", "illustrative-data", "no-variation", "no-target",
    ] {
      #expect(!text.contains(code), "\(code)")
    }
    #expect(text.contains(language == "id" ? "Yang perlu diputuskan" : "Decisions to make"))
  }

  /// `--output FILE.xlsx` writes the report workbook (its sheets are
  /// checked in HTMLReportTests).
  @Test func writesTheReportWorkbook() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("laporan.xlsx").path
    let result = try runIKUPlan(["report", "--output", path])
    #expect(result.status == 0, "\(result.standardError)")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.starts(with: Array("PK".utf8)), "a zip")
  }

  @Test func aHostileDatasetRendersAsText() throws {
    let folder = try temporaryFolder()
    _ = try writeFile(
      "indikator.csv",
      "kode;indikator;satuan\nA;\"<script>alert(1)</script> & \"\"x\"\"\";%\n", in: folder)
    _ = try writeFile(
      "realisasi.csv",
      "kode;tahun;realisasi;target;sumber\nA;2022;40;;s\nA;2023;42;;s\nA;2024;45;;s\nA;2025;;50;s\n",
      in: folder)
    let path = folder.appendingPathComponent("r.html").path
    let result = try runIKUPlan(["report", "--history", folder.path, "--output", path])
    #expect(result.status == 0, "\(result.standardError)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"x\""))
  }

  @Test func nothingIsWrittenForABadDataset() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("r.html").path
    let result = try runIKUPlan(["report", "--history", folder.path, "--output", path])
    #expect(result.status == 1)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test(
    "Markdown for the table commands",
    arguments: [
      ["data", "--format", "markdown"],
      [
        "regress", "history/nist-strd/Norris.csv", "--response", "y", "--predictors", "x",
        "--format", "markdown",
      ],
      ["check", "--format", "markdown"],
      ["midyear", "--format", "markdown"],
    ])
  func markdown(_ arguments: [String]) throws {
    let result = try runIKUPlan(arguments)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("| --- |") || result.standardOutput.contains("| --- | "))
  }
}
