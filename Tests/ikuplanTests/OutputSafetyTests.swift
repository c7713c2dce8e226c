import Foundation
import TestSupport
import Testing

/// Outputs never replace an input, never go through a folder, and carry no
/// live markup or spreadsheet formula from the input files.
@Suite struct OutputSafetyTests {
  /// A dataset whose texts are hostile: a formula for a code, markup and
  /// quotes in a name.
  static func hostileDataset() throws -> URL {
    let folder = try temporaryFolder()
    _ = try writeFile(
      "indikator.csv",
      "kode;indikator;satuan\n"
        + "\"=HYPERLINK(\"\"http://x\"\")\";\"<script>alert(1)</script> & 'q' \"\"w\"\"\";%\n",
      in: folder)
    _ = try writeFile(
      "realisasi.csv",
      "kode;tahun;realisasi;target;sumber\n"
        + "\"=HYPERLINK(\"\"http://x\"\")\";2022;40;;s\n"
        + "\"=HYPERLINK(\"\"http://x\"\")\";2023;42;;s\n"
        + "\"=HYPERLINK(\"\"http://x\"\")\";2024;45;;s\n"
        + "\"=HYPERLINK(\"\"http://x\"\")\";2025;;48;s\n",
      in: folder)
    return folder
  }

  @Test func panelOutputOverTheInputIsRefused() throws {
    let folder = try temporaryFolder()
    let text = "A,1,2,3,4\nB,5,6,7,9\n"
    let panel = try writeFile("p.csv", text, in: folder)
    let result = try runIKUPlan([
      "forecast", "--panel", panel, "--model", "drift", "--output", panel, "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("would overwrite the input file"))
    #expect(
      String(decoding: try Data(contentsOf: URL(fileURLWithPath: panel)), as: UTF8.self) == text)
    // Through a symbolic link too.
    let link = folder.appendingPathComponent("link.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: panel)
    let linked = try runIKUPlan([
      "forecast", "--panel", panel, "--model", "drift", "--output", link,
    ])
    #expect(linked.status == 1)
  }

  @Test func aFolderIsNotAFile() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile("p.csv", "A,1,2,3,4\n", in: folder)
    let result = try runIKUPlan([
      "forecast", "--panel", panel, "--output", folder.path, "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("names a folder"))
    let named = folder.appendingPathComponent("laporan.html")
    try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
    let report = try runIKUPlan(["report", "--output", named.path, "--lang", "en"])
    #expect(report.status == 1)
    #expect(report.standardError.contains("names a folder"))
    // And an existing file is not a folder for `import`.
    let sheet = packageRoot.appendingPathComponent(
      "history/tanjungpinang-disnakerkum/IKU-2025-Disnakerkum-Tanjungpinang.txt"
    ).path
    let imported = try runIKUPlan(["import", sheet, "--output", panel, "--lang", "en"])
    #expect(imported.status == 1)
    #expect(imported.standardError.contains("must be a folder"))
  }

  /// A mistyped folder is named, not created.
  @Test func aMissingFolderIsNotCreated() throws {
    let folder = try temporaryFolder().appendingPathComponent("tidak-ada")
    let result = try runIKUPlan([
      "review", "--output", folder.appendingPathComponent("t.txt").path, "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("does not exist; create it first"))
    #expect(!FileManager.default.fileExists(atPath: folder.path))
    let workbook = try runIKUPlan([
      "review", "--format", "xlsx", "--output", folder.appendingPathComponent("t.xlsx").path,
    ])
    #expect(workbook.status == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  @Test func reportEscapesInputText() throws {
    let folder = try Self.hostileDataset()
    let output = folder.appendingPathComponent("r.html").path
    let result = try runIKUPlan(["report", "--history", folder.path, "--output", output])
    #expect(result.status == 0, "\(result.standardError)")
    let html = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
    // The report may not overwrite its own dataset either: a data file is
    // not a report's name, and the file is left as it was.
    let data = folder.appendingPathComponent("realisasi.csv")
    let before = try Data(contentsOf: data)
    let over = try runIKUPlan(["report", "--history", folder.path, "--output", data.path])
    #expect(over.status == 2)
    #expect(over.standardError.contains(".html"))
    #expect(try Data(contentsOf: data) == before)
  }

  @Test func csvOutputsNeutraliseFormulas() throws {
    let folder = try Self.hostileDataset()
    let review = try runIKUPlan(["forecast", "--history", folder.path, "--format", "csv"])
    #expect(review.status == 0, "\(review.standardError)")
    let row = try #require(review.standardOutput.split(separator: "\n").dropFirst().first)
    #expect(
      row.hasPrefix("'=HYPERLINK(\"http://x\");") || row.hasPrefix("\"'=HYPERLINK("), "\(row)")
    let panel = try writeFile("p.csv", "@SUM(1),1,2,3,4\n-2,5,6,7,9\n", in: folder)
    let forecast = try runIKUPlan([
      "forecast", "--panel", panel, "--model", "drift", "--output", "-",
    ])
    #expect(forecast.status == 0, "\(forecast.standardError)")
    let lines = forecast.standardOutput.split(separator: "\n").dropFirst()
    #expect(lines.allSatisfy { $0.hasPrefix("'@SUM(1),") || $0.hasPrefix("'-2,") })
  }
}
