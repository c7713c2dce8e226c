import Foundation
import TestSupport
import Testing

/// The planners' tables of `Fixtures/cases/import` (issue #17), imported
/// with `ikuplan import` and read back through `ikuplan data --format
/// json`; the expected values are those of the cases' README.
@Suite struct ImportCasesTests {
  private func importCase(_ file: String) throws -> ImportedTable {
    try ImportedTable(importing: try fixturePath("cases/import/" + file))
  }

  @Test func everyRealisationYearOfAHistoryTable() throws {
    let read = try importCase("multi-year-history.txt")
    #expect(read.indicators.count == 1)
    let code = try #require(read.indicator()?["code"] as? String)
    let years = read.years(code)
    #expect(years[2010]?.actual == 75.68 && years[2011]?.actual == 76.37)
    #expect(years[2012]?.actual == 76.76 && years[2013]?.actual == 77.61)
    #expect(years[2014]?.target == nil && years[2014]?.actual == nil)
    #expect(years.values.allSatisfy { $0.target == nil })
    // The review is of 2014, forecast from the four realisations.
    let review = try runIKUPlan(["review", "--history", read.folder, "--format", "json"])
    #expect(review.status == 0, "\(review.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(review.standardOutput.utf8)) as? [String: Any])
    #expect(json["year"] as? Int == 2014)
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    #expect((indicators.first?["history"] as? [Any])?.count == 4)
  }

  @Test func aRealisationAfterTheTargetIsKept() throws {
    let read = try importCase("realisation-after-target.txt")
    let years = read.years("IKU-1")
    #expect(years[2021]?.actual == 91.67)
    #expect(years[2022]?.actual == 92.08 && years[2022]?.target == nil)
    // 2023 is forecast from both realisations.
    let review = try runIKUPlan(["review", "--history", read.folder, "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(review.standardOutput.utf8)) as? [String: Any])
    #expect(json["year"] as? Int == 2023)
    let indicator = try #require((json["indicators"] as? [[String: Any]])?.first)
    let history = try #require(indicator["history"] as? [[String: Any]])
    #expect(history.compactMap { $0["year"] as? Int } == [2021, 2022])
  }

  @Test func theIndicatorKinerjaColumnIsTheIndicator() throws {
    let read = try importCase("two-indicator-columns.txt")
    #expect(read.indicators.count == 2)
    let first = try #require(
      read.indicator("Persentase Ibu bersalin yang ditolong oleh tenaga kesehatan terlatih"))
    let second = try #require(read.indicator("Cakupan kunjungan neonatal pertama (KN1)"))
    // INDIKATOR SASARAN is context, kept as the objective.
    #expect((first["objective"] as? String)?.hasPrefix("Menurunnya angka kematian ibu") == true)
    let firstYears = read.years(try #require(first["code"] as? String))
    #expect(firstYears[2011]?.actual == 90.90 && firstYears[2012]?.target == 92)
    let secondYears = read.years(try #require(second["code"] as? String))
    #expect(secondYears[2011]?.actual == nil && secondYears[2012]?.target == 86)
    // TUJUAN is named, not silently dropped.
    #expect(read.summary.contains("column 1 'TUJUAN'"))
  }

  @Test func aGroupRowIsNotAnIndicator() throws {
    let read = try importCase("group-row.txt")
    #expect(read.indicators.count == 1)
    let indicator = try #require(read.indicator())
    #expect(indicator["name"] as? String == "Rata-rata Lama Sekolah Penduduk Usia di Atas 15 Tahun")
    #expect(indicator["unit"] as? String == "tahun")
    let years = read.years(try #require(indicator["code"] as? String))
    #expect(years[2024]?.actual == 9.55 && years[2025]?.target == 9.66)
    // Years are not a count: the summary keeps the decimals.
    #expect(read.summary.contains("9.55") && read.summary.contains("9.66"))
  }

  @Test func aYearRowAboveTargetAndRealisation() throws {
    let read = try importCase("two-row-header.txt")
    let years = read.years("IKU-1")
    #expect(years[2019]?.actual == 7.04)
    #expect(years[2020]?.target == 7.44 && years[2020]?.actual == 7.33)
    // The capaian column is the achievement of 2020, 7,33 / 7,44 = 98,52%:
    // named in the summary, not stored as a value.
    let actual = try #require(years[2020]?.actual)
    let target = try #require(years[2020]?.target)
    #expect(((actual / target * 10_000).rounded() / 100) == 98.52)
    #expect(read.summary.contains("column 6 '2020 CAPAIAN (%)': achievement"))
  }

  @Test func theEndOfPeriodTargetIsThatYearsTarget() throws {
    let read = try importCase("end-of-period-target.txt")
    let years = read.years("IKU-1")
    #expect(years[2019]?.actual == 7.04 && years[2019]?.target == nil)
    #expect(years[2020]?.target == 7.44 && years[2020]?.actual == 7.33)
    #expect(years[2021]?.target == 7.63 && years[2021]?.actual == nil)
    // 2020 is finished (target and realisation): the review assesses it,
    // 7,33 / 7,44 = 98,52% (Sangat Baik), beside the review of 2021 against
    // the end-of-period target 7,63; `--year 2020` means the same.
    for year in [[], ["--year", "2020"]] {
      let review = try runIKUPlan(["review", "--history", read.folder] + year)
      #expect(review.status == 0, "\(review.standardError)")
      #expect(review.standardOutput.contains("Capaian kinerja 2020 (target dan realisasi)"))
      #expect(review.standardOutput.contains("98,52%"))
      #expect(review.standardOutput.contains("Sangat Baik"))
      #expect(review.standardOutput.contains("Target 2021"))
      #expect(review.standardOutput.contains("7,63"))
    }
    // `check --year 2020` still checks the 2020 target.
    let check = try runIKUPlan(["check", "--history", read.folder, "--year", "2020"])
    #expect(check.standardOutput.hasPrefix("Pemeriksaan target 2020"))
  }

  @Test func theUnitColumnIsRead() throws {
    let read = try importCase("unit-column.txt")
    let gini = try #require(read.indicator("Indeks Gini"))
    #expect(gini["unit"] as? String == "rasio")
    #expect(gini["lowerBound"] as? Double == 0 && gini["upperBound"] as? Double == 1)
    #expect(read.years(try #require(gini["code"] as? String))[2022]?.actual == 0.292)
    let tpt = try #require(read.indicator("Tingkat Pengangguran Terbuka"))
    #expect(tpt["unit"] as? String == "%" && tpt["upperBound"] as? Double == 100)
    #expect(tpt["polarity"] as? String == "lower")
    #expect(read.years(try #require(tpt["code"] as? String))[2022]?.actual == 6.28)
    // Both polarities were inferred from the names, and the summary says so.
    #expect(read.summary.contains("polarity inferred from the indicator's name (IKU-1, IKU-2)"))
    // `ikuplan data` says so too: the folder keeps it (`polaritas_diduga`).
    #expect(gini["polarityInferred"] as? Bool == true && tpt["polarityInferred"] as? Bool == true)
    let data = try runIKUPlan(["data", read.folder])
    #expect(data.standardOutput.contains("turun*"))
    #expect(
      data.standardOutput.contains("* polaritas disimpulkan dari nama indikator (IKU-1, IKU-2)"))
    // The Gini is shown with three decimals, never rounded to 0.
    let review = try runIKUPlan(["review", "--history", read.folder, "--lang", "en"])
    #expect(review.standardOutput.contains("0.292"), "\(review.standardOutput)")
  }

  @Test func percentFormattedCellsOfAWorkbook() throws {
    let read = try importCase("percent-formatted-cells.xlsx")
    // Stored 0,3967 with a 0.00% format: 39,67%, not 0,40%.
    let trained = try #require(
      read.indicator("Prosentase Peningkatan Tenaga Kerja Yang Kompeten"))
    #expect(trained["unit"] as? String == "%")
    let trainedYears = read.years(try #require(trained["code"] as? String))
    #expect(trainedYears[2024]?.actual == 39.67)
    // Typed as text 39,00%: 39,00%.
    let placed = try #require(read.indicator("Prosentase Pencari Kerja yang Ditempatkan"))
    #expect(read.years(try #require(placed["code"] as? String))[2025]?.target == 39.00)
    // A #,##0 count: 5517 stays 5517.
    let micro = try #require(read.indicator("Jumlah Usaha Mikro yang dibina"))
    #expect(read.years(try #require(micro["code"] as? String))[2024]?.actual == 5517)
    // The signature block (name, rank, NIP) is not data.
    let names = read.indicators.compactMap { $0["name"] as? String }
    #expect(!names.contains { $0.contains("NIP") || $0.contains("NAMA") || $0.contains("KEPALA") })
    #expect(!read.annual.contains { ($0["actual"] as? Double) == 0.3967 })
    // The review shows 39,67%.
    let review = try runIKUPlan(["review", "--history", read.folder, "--lang", "id"])
    #expect(review.status == 0, "\(review.standardError)")
    #expect(review.standardOutput.contains("39,67"), "\(review.standardOutput)")
    #expect(!review.standardOutput.contains("0,40%"), "\(review.standardOutput)")
    // The count in the unit `angka` is shown as the sheet writes it: 5.517,
    // not 5.517,00.
    let row = review.standardOutput.split(separator: "\n").first {
      $0.hasPrefix("IKU-") && $0.contains("Usaha Mikro")
    }
    #expect(row?.contains(" 5.517 ") == true, "\(row ?? "")")
    #expect(row?.contains("5.517,00") == false, "\(row ?? "")")
  }

  /// A table whose targets are ranges, as planners publish them.
  static let rangeTable =
    "NO\tINDIKATOR KINERJA UTAMA\tSATUAN\tREALISASI 2021\tREALISASI 2022\tREALISASI 2023"
    + "\tREALISASI 2024\tTARGET 2025\n"
    + "1\tIndeks Pembangunan Manusia\tindeks\t70,10\t71,05\t71,40\t72,10\t72,28 – 73,77\n"
    + "2\tPersentase pelayanan prima\t%\t68,2\t68,9\t69,0\t69,4\t69,1-69,5\n"
    + "3\tTingkat Pengangguran Terbuka\t%\t7,1\t6,8\t6,9\t6,5\t5,5 – 6,0\n"

  /// Imports a table written to a temporary file; the folder.
  private func importTable(_ text: String) throws -> (CommandResult, String) {
    let directory = try temporaryFolder()
    let file = try writeFile("iku-rentang.txt", text, in: directory)
    let folder = directory.appendingPathComponent("out").path
    return (try runIKUPlan(["import", file, "--output", folder, "--lang", "en"]), folder)
  }

  private func json(_ result: CommandResult) throws -> [String: Any] {
    #expect(result.status == 0, "\(result.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
  }

  /// Range targets are imported, read back through `data --format json`
  /// (`target` the lower end, `targetUpper` the upper), shown as ranges,
  /// and reviewed by the range rule.
  @Test func rangeTargetsEndToEnd() throws {
    let (imported, folder) = try importTable(Self.rangeTable)
    #expect(imported.status == 0, "\(imported.standardError)")
    let data = try json(try runIKUPlan(["data", folder, "--format", "json"]))
    let annual = try #require(data["annual"] as? [[String: Any]])
    func row(_ code: String, _ year: Int) -> [String: Any]? {
      annual.first { $0["code"] as? String == code && $0["year"] as? Int == year }
    }
    #expect(row("IKU-1", 2025)?["target"] as? Double == 72.28)
    #expect(row("IKU-1", 2025)?["targetUpper"] as? Double == 73.77)
    #expect(row("IKU-2", 2025)?["target"] as? Double == 69.1)
    #expect(row("IKU-2", 2025)?["targetUpper"] as? Double == 69.5)
    #expect(row("IKU-3", 2025)?["targetUpper"] as? Double == 6)
    // A row without a range has no targetUpper key.
    #expect(row("IKU-1", 2024)?.keys.contains("targetUpper") == false)
    let table = try runIKUPlan(["data", folder, "--lang", "id"])
    #expect(table.standardOutput.contains("72,28–73,77"), "\(table.standardOutput)")
    #expect(table.standardOutput.contains("69,10–69,50%"), "\(table.standardOutput)")

    // The review: achievement of the median by the range rule, the chance
    // at the binding end.
    let review = try json(try runIKUPlan(["review", "--history", folder, "--format", "json"]))
    let indicators = try #require(review["indicators"] as? [[String: Any]])
    #expect(indicators.count == 3)
    for indicator in indicators {
      let lower = try #require(indicator["target"] as? Double)
      let upper = try #require(indicator["targetUpper"] as? Double)
      let forecast = try #require(indicator["forecast"] as? [String: Any])
      let m = try #require(forecast["median"] as? Double)
      let achievement = try #require(indicator["achievement"] as? [String: Any])
      let value = try #require(achievement["value"] as? Double)
      let expected: Double
      if indicator["polarity"] as? String == "lower" {
        expected =
          m > upper
          ? (2 * upper - m) / upper * 100 : m < lower ? (2 * lower - m) / lower * 100 : 100
      } else {
        expected = m > upper ? m / upper * 100 : m < lower ? m / lower * 100 : 100
      }
      #expect(agrees(value, expected, relative: 1e-12), "\(indicator["code"] ?? "")")
    }
    // Higher is better: the chance of the range is that of its lower end.
    let (_, singleFolder) = try importTable(
      Self.rangeTable.replacingOccurrences(of: "72,28 – 73,77", with: "72,28"))
    let single = try json(
      try runIKUPlan(["review", "--history", singleFolder, "--format", "json"]))
    let singleIPM = try #require((single["indicators"] as? [[String: Any]])?.first)
    let p = try #require(indicators[0]["probabilityOfAttaining"] as? Double)
    #expect(p == singleIPM["probabilityOfAttaining"] as? Double)
    #expect(singleIPM["targetUpper"] == nil)

    let text = try runIKUPlan(["review", "--history", folder, "--lang", "id"])
    #expect(text.standardOutput.contains("72,28–73,77"), "\(text.standardOutput)")
    #expect(text.standardOutput.contains("5,50–6,00%"), "\(text.standardOutput)")
    // check: 69,1–69,5 is judged by its lower end, below 2024's 69,4;
    // 72,28 is above 72,10 and the unemployment range's upper end 6,0 is
    // below 6,5.
    let check = try runIKUPlan(["check", "--history", folder, "--lang", "id"])
    #expect(check.status == 0, "\(check.standardError)")
    #expect(
      check.standardOutput.contains("target 2025 69,10–69,50% di bawah realisasi 2024 69,40%"),
      "\(check.standardOutput)")
    #expect(!check.standardOutput.contains("IKU-1  peringatan"), "\(check.standardOutput)")
    #expect(!check.standardOutput.contains("IKU-3  peringatan"), "\(check.standardOutput)")
    #expect(check.standardOutput.contains("1 peringatan pada 1 dari 3 indikator."))
  }

  /// A realisation is one number: a range there is exit 1 naming line and
  /// column, and nothing is written.
  @Test func aRangeInARealisationIsRefused() throws {
    let text = Self.rangeTable.replacingOccurrences(of: "\t71,40\t", with: "\t71,40 – 71,50\t")
    let (result, folder) = try importTable(text)
    #expect(result.status == 1)
    #expect(
      result.standardError.contains("iku-rentang.txt, line 2, column 6"), "\(result.standardError)")
    #expect(result.standardError.contains("is a range"), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: folder))
  }

  @Test(arguments: ["xls", "xlsm"])
  func otherWorkbookFormatsAreSavedAsXLSX(_ ext: String) throws {
    let file = try temporaryFolder().appendingPathComponent("iku." + ext).path
    try Data("not read".utf8).write(to: URL(fileURLWithPath: file))
    let folder = try temporaryFolder().appendingPathComponent("out").path
    let result = try runIKUPlan(["import", file, "--output", folder, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("save it as .xlsx"), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: folder))
  }
}
