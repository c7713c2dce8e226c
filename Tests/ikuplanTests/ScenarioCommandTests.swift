import Foundation
import IKUPlan
import TestSupport
import Testing

/// `ikuplan scenario` end to end, on the bundled scenario file.
@Suite struct ScenarioCommandTests {
  static let file = "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml"

  @Test func theBundledScenarioShowsTheCapacityAndBudget() throws {
    let result = try runIKUPlan(["scenario", Self.file])
    #expect(result.status == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(
      text.hasPrefix(
        "Skenario 2025 — IKU-1 Prosentase Peningkatan Tenaga Kerja Yang Kompeten — Dinas Tenaga"
          + " Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang\n"))
    #expect(text.contains("Memakai nilai ilustrasi, bukan data resmi."))
    #expect(text.contains("Target 2025: 65,71%. 100.000 penarikan acak"))
    for name in ["Dasar", "+2 angkatan", "+5 angkatan", "Kelulusan naik"] {
      #expect(text.contains(name))
    }
    #expect(text.contains("Hitung balik: nilai kapasitas yang diperlukan"))
    #expect(text.contains("Untuk target 65,71% dengan peluang 80% diperlukan kapasitas = "))
    // The budget of the base scenario: 400 seats × Rp 3.500.000.
    #expect(text.contains("Rp 1,40 miliar"))
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
    #expect(result.standardOutput.hasPrefix("## Scenarios 2025 — IKU-1"))
    #expect(
      result.standardOutput.contains("| Scenario | Forecast 2025 | P10–P90 range | Mean | Chance |")
    )
  }

  static let renstra = "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml"

  /// The bundled Renstra example end to end: the table in Markdown, the
  /// JSON contract, arithmetic budgets, a forecast driver whose spread
  /// grows with the horizon, and the derived path.
  @Test func renstraExample() throws {
    let markdown = try runIKUPlan(["scenario", Self.renstra, "--format", "markdown"])
    #expect(markdown.status == 0, "\(markdown.standardError)")
    #expect(markdown.standardOutput.contains("### Tabel Renstra 2025–2029"))
    #expect(
      markdown.standardOutput.contains(
        "| No | Indikator | Satuan | Skenario | Kondisi Kinerja pada Awal Periode Renstra (2024) |"
          + " Target Kinerja pada Tahun ke-1 (2025) | Rp Tahun ke-1 (2025) |"))
    #expect(markdown.standardOutput.contains("Memakai nilai ilustrasi, bukan data resmi."))

    let json = try runIKUPlan(["scenario", Self.renstra, "--format", "json"])
    #expect(json.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(root["indicator"] as? String == "IKU-1")
    #expect(root["years"] as? [Int] == [2025, 2026, 2027, 2028, 2029])
    let scenarios = try #require(root["scenarios"] as? [[String: Any]])
    #expect(scenarios.count == 3)
    // Budget = capacity × cost per seat, the cost growing 5% a year: the
    // fixed scenario's 2026 budget is 400 × 3,500,000 × 1.05.
    let fixed = try #require(scenarios[0]["years"] as? [[String: Any]])
    let budget2026 = try #require(
      ((fixed[1]["outputs"] as? [String: Any])?["anggaran"] as? [String: Any])?["mean"] as? Double)
    #expect(budget2026 == 400 * (3_500_000 * 1.05))
    // The registrants are forecast: with fixed capacity the spread widens.
    let spreads = fixed.compactMap { year -> Double? in
      guard let i = year["indicator"] as? [String: Any], let p10 = i["p10"] as? Double,
        let p90 = i["p90"] as? Double
      else { return nil }
      return p90 - p10
    }
    #expect(spreads.count == 5)
    for (a, b) in zip(spreads, spreads.dropFirst()) { #expect(a < b) }
    let totals = try #require(scenarios[1]["totals"] as? [String: Any])
    #expect(totals["anggaran"] != nil)
    let path = try #require(root["targetPath"] as? [[String: Any]])
    let values = path.compactMap { $0["value"] as? Double }
    #expect(values.count == 5)
    for (a, b) in zip(values, values.dropFirst()) { #expect(a <= b) }
    // TargetPath: each year attained with 70%, unless the floor (the 2024
    // realisation 39,67%, or the year before) holds it higher, with its
    // lower chance; never below the realisation.
    let baseline = 39.67
    var previous = baseline
    for point in path {
      let value = try #require(point["value"] as? Double)
      let p = try #require(point["probability"] as? Double)
      #expect(value >= baseline)
      #expect(abs(p - 0.7) < 0.01 || (value == previous && p < 0.7), "\(point)")
      previous = value
    }

    let html = try runIKUPlan(["scenario", Self.renstra, "--format", "html"])
    #expect(html.status == 0)
    #expect(html.standardOutput.contains(">Kondisi Kinerja pada Awal Periode Renstra (2024)</th>"))
    #expect(html.standardOutput.contains("renstra-chart"))
  }

  /// Both kinds of file as CSV for Indonesian Excel: a byte-order mark,
  /// `;` between fields, decimal commas, each table under its name.
  @Test func csvForBothKinds() throws {
    let single = try runIKUPlan(["scenario", Self.file, "--format", "csv"])
    #expect(single.status == 0, "\(single.standardError)")
    let lines = single.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines[0] == "\u{FEFF}Skenario 2025")
    #expect(
      lines[1].hasPrefix(
        "Skenario;Proyeksi 2025;Rentang P10–P90 bawah;Rentang P10–P90 atas;Rata-rata;Peluang;"))
    // The base scenario's budget median: 400 × 3.500.000, whole rupiah.
    #expect(lines[2].hasPrefix("Dasar;") && lines[2].hasSuffix(";1400000000"))
    #expect(lines[2].range(of: #";[0-9]+,[0-9]{2}%;"#, options: .regularExpression) != nil)

    let period = try runIKUPlan(["scenario", Self.renstra, "--format", "csv"])
    #expect(period.status == 0, "\(period.standardError)")
    let rows = period.standardOutput.split(separator: "\n").map(String.init)
    #expect(rows[0] == "\u{FEFF}Tabel Renstra")
    #expect(
      rows[1].hasPrefix(
        "No;Indikator;Satuan;Skenario;Kondisi Kinerja pada Awal Periode Renstra (2024);"
          + "Target Kinerja pada Tahun ke-1 (2025);Rp Tahun ke-1 (2025);"))
    // The fixed scenario: 400 seats at Rp 3.500.000 rising 5% a year, so
    // 1.400.000.000 × (1 + 1,05 + 1,05² + 1,05³ + 1,05⁴) = 7.735.883.750
    // over the period; the baseline is the 2024 realisation 39,67%.
    #expect(
      rows[2].hasPrefix(
        "1;IKU-1 Prosentase Peningkatan Tenaga Kerja Yang Kompeten;%;Tetap 400 kursi;39,67%;"))
    #expect(rows[2].hasSuffix(";7735883750"))
  }

  /// `--format xlsx --output` for both kinds, read back: numbers stay
  /// numbers (a percentage a percentage), each table a sheet.
  @Test func workbooksForBothKinds() throws {
    let folder = try temporaryFolder()
    let single = folder.appendingPathComponent("skenario.xlsx").path
    let written = try runIKUPlan(["scenario", Self.file, "--format", "xlsx", "--output", single])
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardOutput.contains("Buku kerja ditulis ke \(single)"))
    let grid = try CellGrid(contentsOfFile: single, sheet: "Skenario 2025")
    #expect(grid.rows[0].cells.map(\.text).starts(with: ["Skenario", "Proyeksi 2025"]))
    let base = try #require(grid.rows.first { $0.cells.first?.text == "Dasar" }).cells
    guard case .percent(let median) = base[1] else {
      Issue.record("the projection is not a percentage: \(base[1])")
      return
    }
    #expect(median > 0 && median < 100)
    #expect(base[9] == .number(1_400_000_000))
    let sheets = try CellGrid(contentsOfFile: single).sheetNames
    #expect(
      sheets == ["Catatan", "Skenario 2025", "Proyeksi langsung", "Hitung balik", "Sensitivitas"])

    let period = folder.appendingPathComponent("renstra.xlsx").path
    let renstra = try runIKUPlan([
      "scenario", Self.renstra, "--format", "xlsx", "--output", period, "--lang", "en",
    ])
    #expect(renstra.status == 0, "\(renstra.standardError)")
    let table = try CellGrid(contentsOfFile: period, sheet: "Renstra table")
    #expect(
      table.rows[0].cells.map(\.text).starts(with: [
        "No", "Indicator", "Unit", "Scenario",
        "Performance at the start of the Renstra period (2024)", "Target year 1 (2025)",
        "Rp year 1 (2025)",
      ]))
    let fixed = table.rows[1].cells
    #expect(fixed[0] == .number(1))
    #expect(fixed[1].text == "IKU-1 Prosentase Peningkatan Tenaga Kerja Yang Kompeten")
    guard case .percent(let baseline) = fixed[4] else {
      Issue.record("the baseline is not a percentage: \(fixed[4])")
      return
    }
    #expect(abs(baseline - 39.67) < 1e-9)
    // Rp 2026 of the fixed scenario: 400 × 3.500.000 × 1,05.
    guard case .number(let spend) = fixed[8], case .number(let total) = fixed.last else {
      Issue.record("the budgets are not numbers: \(fixed)")
      return
    }
    #expect(abs(spend - 1_470_000_000) < 1e-3)
    #expect(abs(total - 7_735_883_750) < 1e-3)
  }

  /// The words: "poin persen", never `pp`; no "Median"; the goal seek is
  /// "hitung balik", not SAKIP's *sasaran*; whole names in Markdown; and
  /// English output without the documents' Indonesian words.
  @Test(arguments: [Self.file, Self.renstra])
  func wordsInBothLanguages(_ file: String) throws {
    let indonesian = try runIKUPlan(["scenario", file, "--format", "markdown"])
    #expect(indonesian.status == 0, "\(indonesian.standardError)")
    #expect(indonesian.standardOutput.contains("(poin persen)"))
    #expect(
      indonesian.standardOutput.contains("IKU-1 Prosentase Peningkatan Tenaga Kerja Yang Kompeten"))
    for word in scenarioForbiddenIndonesianWords {
      #expect(!indonesian.standardOutput.contains(word), "\(file) has \(word)")
    }
    let english = try runIKUPlan(["scenario", file, "--format", "markdown", "--lang", "en"])
    #expect(english.status == 0, "\(english.standardError)")
    #expect(english.standardOutput.contains("(percentage points)"))
    // The sources are the planner's words, in Indonesian.
    var text = english.standardOutput
    for source in [
      "contoh ilustrasi ikuplan; bukan data resmi",
      "contoh ilustrasi ikuplan; target 2025 dari lembar IKU yang ditetapkan Maret 2025",
      "lembar IKU IKU-2025-Disnakerkum-Tanjungpinang.txt (ditetapkan Maret 2025)",
    ] {
      text = text.replacingOccurrences(of: source, with: "")
    }
    for word in scenarioIndonesianWords {
      #expect(!text.contains(word), "\(file) in English has \(word)")
    }
  }

  /// A file of one year as an HTML page too: its chart and its tables.
  @Test func htmlForOneYear() throws {
    let result = try runIKUPlan(["scenario", Self.file, "--format", "html"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>"))
    #expect(result.standardOutput.contains("scenario-chart"))
    #expect(result.standardOutput.contains(">Hitung balik: nilai kapasitas yang diperlukan</h"))
  }
}
