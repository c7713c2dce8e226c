import Foundation
import TestSupport
import Testing

/// Variants of the planners' tables of issue 17 that a tester found failing.
///
/// The tables of `Fixtures/cases/import-variants` are imported with
/// `ikuplan import` and read back through `ikuplan data --format json`.
/// Each expected value is read off the table by hand.
@Suite struct ImportVariantsTests {
  private func read(_ file: String, _ options: [String] = []) throws -> ImportedTable {
    try ImportedTable(importing: try fixturePath("cases/import-variants/" + file), options)
  }

  // MARK: - End-of-period conditions are targets

  @Test func theConditionAtTheEndOfARenstraPeriodIsItsTarget() throws {
    let renstra = try read("e1_kondisi_akhir_periode_renstra.txt").years("IKU-1")
    #expect(renstra[2021]?.actual == 45.2)
    #expect(renstra[2025]?.target == 57)
    #expect(renstra[2026]?.target == 60 && renstra[2026]?.actual == nil)
    let akhir = try read("e2_kondisi_akhir.txt").years("IKU-1")
    #expect(akhir[2022]?.actual == 72.55 && akhir[2023]?.target == 73)
    #expect(akhir[2026]?.target == 74.5 && akhir[2026]?.actual == nil)
    let twoRows = try read("e5_akhir_two_row.txt").years("IKU-1")
    #expect(twoRows[2020]?.actual == 112.5 && twoRows[2021]?.target == 108)
    #expect(twoRows[2024]?.target == 96 && twoRows[2024]?.actual == nil)
    let bracketed = try read("e8_target_2026_akhir_paren.txt").years("IKU-1")
    #expect(bracketed[2026]?.target == 68)
  }

  // MARK: - Header rows

  /// Quarter columns under `Realisasi 2024` are not the year's value: they
  /// are named, and Tw I's 20 is not taken for the year.
  @Test func quarterColumnsAreNotTheYearsRealisation() throws {
    let read = try read("m6_realisasi_tw.txt")
    let years = read.years("IKU-1")
    #expect(years[2024]?.target == 90)
    #expect(years[2024]?.actual == nil)
    #expect(read.summary.contains("'2024 TW IV': a quarter's or half-year's value"))
    #expect(read.summary.contains("'CAPAIAN (%)': achievement"))
  }

  @Test func aGroupLabelAboveYearsAboveRoles() throws {
    let years = try read("m4_three_row.txt").years("IKU-1")
    #expect(years[2022]?.target == 80 && years[2022]?.actual == 81.25)
    #expect(years[2023]?.target == 82 && years[2023]?.actual == 83.1)
  }

  @Test func aRowOfPlainColumnNumbersIsNotData() throws {
    let read = try read("m12_column_number_row_plain.txt")
    #expect(read.indicators.count == 1)
    let years = read.years("IKU-1")
    #expect(years[2019]?.actual == 7.04)
    #expect(years[2020]?.target == 7.44 && years[2020]?.actual == 7.33)
  }

  /// A program's outcome and an activity's output side by side: the values
  /// belong to the rightmost indicator the row fills.
  @Test func theRightmostIndicatorColumnARowFills() throws {
    let read = try read("i5_indikator_kinerja_program_and_kegiatan.txt")
    #expect(read.indicators.count == 1)
    let indicator = try #require(read.indicator("IKU-1"))
    #expect(indicator["name"] as? String == "Jumlah Puskesmas yang direhabilitasi")
    #expect(indicator["unit"] as? String == "unit")
    #expect(read.years("IKU-1")[2023]?.actual == 4 && read.years("IKU-1")[2024]?.target == 6)
  }

  @Test func anAbbreviatedUnitColumn() throws {
    let read = try read("u10_sat_abbrev.txt")
    #expect(read.indicator("IKU-1")?["unit"] as? String == "tahun")
    let gini = try #require(read.indicator("IKU-2"))
    #expect(gini["unit"] as? String == "rasio" && gini["upperBound"] as? Double == 1)
  }

  // MARK: - Rows

  @Test func aNameBrokenOverTwoLinesIsJoined() throws {
    let read = try read("g8_wrapped_name_row.txt")
    #expect(read.indicators.count == 2)
    #expect(
      read.indicator("IKU-1")?["name"] as? String
        == "Persentase penurunan temuan keuangan yang bersifat materiil")
  }

  @Test func aTotalRowIsNotAnIndicator() throws {
    let read = try read("g10_jumlah_total_row.txt", ["--angka", "id"])
    #expect(read.indicators.map { $0["code"] as? String } == ["IKU-1", "IKU-2"])
    #expect(read.years("IKU-2")[2023]?.actual == 512_880)
    #expect(read.summary.contains("line 4 'Jumlah': a total or average of the rows above"))
  }

  @Test func groupRowsWithDashesAreNotIndicators() throws {
    let program = try read("g4_group_with_dashes.txt")
    #expect(program.indicators.count == 1)
    #expect(program.indicator("IKU-1")?["name"] as? String == "Cakupan Pelayanan Kesehatan Rujukan")
    #expect(program.years("IKU-1")[2023]?.actual == 88.4)
    let field = try read("g9_group_row_with_code_and_unit_dash_only.txt")
    #expect(field.indicators.count == 1)
    #expect(field.years("IKU-1")[2023]?.actual == 8.5 && field.years("IKU-1")[2024]?.target == 8)
  }

  @Test func anEmptyObjectiveCellContinuesTheOneAbove() throws {
    let read = try read("i7_only_indikator_sasaran.txt")
    for code in ["IKU-1", "IKU-2"] {
      #expect(read.indicator(code)?["objective"] as? String == "Meningkatnya kualitas pendidikan")
    }
  }

  /// A row of grades (B, BB, A) is named and left out; the table's other
  /// rows are read.
  @Test func aRowOfGradesIsNamedNotFatal() throws {
    let read = try read("r4_capaian_only_after_target.txt")
    #expect(read.indicators.count == 1)
    let code = try #require(read.indicators.first?["code"] as? String)
    #expect(read.years(code)[2023]?.actual == 88.4 && read.years(code)[2023]?.target == 85)
    #expect(read.summary.contains("'Nilai SAKIP': its values are not numbers (B, BB, A)"))
  }

  // MARK: - Units and values

  @Test func unitsWrittenInTheName() throws {
    let read = try read("u2_unit_in_name.txt")
    let units = read.indicators.map { $0["unit"] as? String ?? "" }
    #expect(units == ["%", "tahun", "orang", "rasio", "per 100.000 kh"])
    #expect(read.indicator("IKU-3")?["lowerBound"] as? Double == 0)
    #expect(read.indicator("IKU-4")?["upperBound"] as? Double == 1)
    #expect(read.years("IKU-3")[2022]?.actual == 1_234_567)
  }

  @Test func rupiahBeforeTheAmount() throws {
    let read = try read("u6_rupiah_prefix.txt")
    #expect(read.years("IKU-1")[2023]?.actual == 1_234_567_000)
    #expect(read.years("IKU-1")[2024]?.target == 1_500_000_000)
    #expect(read.years("IKU-2")[2023]?.actual == 10_250_500)
  }

  /// Large amounts are shown grouped in the summary, never in E-notation.
  @Test func theSummaryShowsAmountsWhole() throws {
    let read = try read("u1_satuan_kinds.txt")
    #expect(read.summary.contains("45,678,123"))
    #expect(!read.summary.contains("E+"))
    #expect(read.indicator("IKU-1")?["upperBound"] as? Double == 100)  // Persen
  }

  /// Growth rates may be negative (also written `(1,25)`), and a
  /// realisation measured against its plan may pass 100%.
  @Test func growthRatesAndRealisationAgainstPlan() throws {
    let growth = try read("i6_minus_value_negative.txt")
    #expect(growth.years("IKU-1")[2020]?.actual == -2.07)
    #expect(growth.years("IKU-2")[2020]?.actual == -1.25)
    #expect(growth.indicator("IKU-1")?["lowerBound"] is NSNull)
    let plan = try read("u7_percent_over_100_negative.txt")
    #expect(plan.years("IKU-1")[2022]?.actual == 105.12)
    #expect(plan.indicator("IKU-1")?["lowerBound"] as? Double == 0)
    #expect(plan.indicator("IKU-1")?["upperBound"] is NSNull)
    #expect(plan.years("IKU-2")[2023]?.actual == -3.2)
  }

  @Test func missingValueMarkers() throws {
    let read = try read("h6_missing_dashes.txt")
    let stunting = read.years("IKU-1")
    #expect(stunting[2019]?.actual == nil && stunting[2020]?.actual == 27.3)
    #expect(stunting[2022]?.actual == nil && stunting[2023]?.target == 19)
    let satisfaction = read.years("IKU-2")
    #expect(satisfaction[2020]?.actual == nil && satisfaction[2021]?.actual == 82.4)
  }

  @Test func moreLowerIsBetterNames() throws {
    let read = try read("u5_rate_percent_lower.txt")
    #expect(read.indicators.allSatisfy { $0["polarity"] as? String == "lower" })
    #expect(read.indicators.allSatisfy { $0["polarityInferred"] as? Bool == true })
  }

  // MARK: - Workbooks

  /// Numeric `NO` cells are 1, 2, … (not 1.0 → `IKU-10`).
  @Test func numericNumberCells() throws {
    let read = try read("x1_percent_formats.xlsx")
    #expect(read.indicators.map { $0["code"] as? String } == ["IKU-1", "IKU-2", "IKU-3", "IKU-4"])
    #expect(read.years("IKU-2")[2023]?.actual == 72.5 && read.years("IKU-4")[2023]?.actual == 100)
  }

  @Test func aCoverSheetIsPassedOver() throws {
    let read = try read("x6_cover_sheet_signature.xlsx")
    #expect(read.summary.contains("(sheet IKU)"))
    #expect(read.years("IKU-1")[2023]?.actual == 39.67)
    #expect(read.years("IKU-2")[2024]?.target == 6000)
  }

  /// Excel's binary noise is not data: 0.7245000000000001 in a `0.00%`
  /// cell is 72,45%, 5516.9999999999 in a `#,##0` cell is 5517, and
  /// 9.549999999999999 in a `0.00` cell is 9,55; a real fraction a format
  /// hides (6120.4) is kept.
  @Test func floatingPointNoise() throws {
    let read = try read("x12_float_noise_persen.xlsx")
    #expect(read.years("IKU-1")[2023]?.actual == 72.45)
    #expect(read.years("IKU-2")[2022]?.actual == 5517)
    #expect(read.years("IKU-2")[2023]?.actual == 6120.4)
    #expect(read.years("IKU-3")[2022]?.actual == 9.55)
  }

  // MARK: - More headings

  /// `Target Akhir RPJMD 2026` repeating `Target 2026` is one value; two
  /// different targets of one year (`Target Renstra` and `Target PK`) are
  /// refused, naming both.
  @Test func anEndOfPeriodTargetRepeatingItsYear() throws {
    let read = try read("e6_target_akhir_same_year_as_target.txt")
    #expect(read.years("IKU-1")[2026]?.target == 93)
    let folder = try temporaryFolder().appendingPathComponent("out").path
    let refused = try runIKUPlan([
      "import", try fixturePath("cases/import-variants/r6_target_renstra_and_pk.txt"), "--output",
      folder, "--lang", "en",
    ])
    #expect(refused.status == 1)
    #expect(refused.standardError.contains("'TARGET RENSTRA 2023' and 'TARGET PK 2023'"))
    #expect(!FileManager.default.fileExists(atPath: folder))
  }

  @Test func tAndRUnderYears() throws {
    let years = try read("m14_T_R_abbrev.txt").years("IKU-1")
    #expect(years[2022]?.target == 80 && years[2022]?.actual == 81.25)
    #expect(years[2023]?.target == 82 && years[2023]?.actual == 83.1)
  }

  /// `Target`, `Realisasi` without years under `… Kinerja Tahun 2019`.
  @Test func theYearInTheTitle() throws {
    let read = try read("m8_year_in_title.txt")
    #expect(read.years("IKU-2")[2019]?.target == 65 && read.years("IKU-2")[2019]?.actual == 63.41)
    #expect(read.years("IKU-1")[2019]?.target == 55 && read.years("IKU-1")[2019]?.actual == nil)
  }

  /// Percent cells of a workbook: a growth rate below 0, a capaian above
  /// 100%.
  @Test func percentCellsBeyondZeroToHundred() throws {
    let read = try read("x7_persen_satuan_pct_cells.xlsx")
    #expect(read.years("IKU-1")[2022]?.actual == -2.07)
    #expect(read.years("IKU-2")[2022]?.actual == 105.12)
  }

  // MARK: - Second round

  /// Next year's sheet with its rows in another order: each value goes to
  /// the indicator of its name (`… (TPT)` is `…`), and the summary says
  /// which sheet code is which folder code.
  @Test func aReorderedSheetFindsItsIndicatorsByName() throws {
    let work = try temporaryFolder()
    let folder = work.appendingPathComponent("data").path
    for file in ["g01_iku2023.txt", "g07_iku2024_reordered.txt"] {
      let result = try runIKUPlan([
        "import", try fixturePath("cases/import-variants/" + file), "--output", folder, "--lang",
        "en",
      ])
      #expect(result.status == 0, "\(file): \(result.standardError)")
      if file.hasPrefix("g07") {
        #expect(
          result.standardOutput.contains("Sheet code → folder code: IKU-1 → IKU-2, IKU-2 → IKU-1"))
      }
    }
    let read = try ImportedTable(folder: folder)
    #expect(read.indicator("IKU-1")?["name"] as? String == "Indeks Kepuasan Masyarakat")
    #expect(read.years("IKU-1")[2024]?.actual == 82.4 && read.years("IKU-1")[2023]?.actual == 81.3)
    #expect(read.years("IKU-2")[2024]?.actual == 6.6 && read.years("IKU-2")[2023]?.actual == 6.9)
  }

  /// A sheet indicator whose code the folder gives another name is refused:
  /// its values would go to the wrong indicator.
  @Test func aRenamedIndicatorUnderTheSameCodeIsRefused() throws {
    let work = try temporaryFolder()
    let folder = work.appendingPathComponent("data").path
    let first = try writeFile(
      "a.txt", "NO\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2023\n1\tIndeks A\tindeks\t70\n", in: work)
    let second = try writeFile(
      "b.txt", "NO\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2024\n1\tIndeks B\tindeks\t71\n", in: work)
    #expect(try runIKUPlan(["import", first, "--output", folder]).status == 0)
    let result = try runIKUPlan(["import", second, "--output", folder, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("b.txt, line 2, column 4"), "\(result.standardError)")
    #expect(
      result.standardError.contains(
        "'Indeks B' gets the code IKU-1, but IKU-1 in the folder is 'Indeks A'"))
  }

  @Test func budgetsBesideAbsorptionPercentages() throws {
    let pagu = try read("b13_pagu_and_serapan_pct.txt")
    #expect(pagu.annual.first { $0["year"] as? Int == 2024 }?["budget"] as? Double == 5_000_000_000)
    #expect(pagu.annual.first { $0["year"] as? Int == 2024 }?["budgetSpent"] is NSNull)
    let group = try read("b11_anggaran_group_serapan.txt")
    let row = try #require(group.annual.first { $0["year"] as? Int == 2024 })
    #expect(row["budget"] as? Double == 5_000_000_000)
    #expect(row["budgetSpent"] as? Double == 4_750_000_000)
    #expect(row["actual"] as? Double == 72.86)
    // The year in the title dates the money columns too.
    let titled = try read("b01_lkjip_year_title.txt")
    let ikm = try #require(titled.annual.first { $0["code"] as? String == "IKU-1" })
    #expect(ikm["year"] as? Int == 2024 && ikm["budget"] as? Double == 1_500_000_000)
    #expect(ikm["budgetSpent"] as? Double == 1_425_300_000 && ikm["actual"] as? Double == 83.45)
  }

  /// `(IKM)` and `(UMKM)` are abbreviations, not units: an index is not
  /// rounded like a count.
  @Test func anAbbreviationIsNoUnit() throws {
    let read = try read("u02_abbrev_unit.txt")
    #expect(read.indicator("IKU-1")?["unit"] as? String == "indeks")
    #expect(read.indicator("IKU-5")?["unit"] as? String == "angka")
    let review = try runIKUPlan(["review", "--history", read.folder, "--lang", "en"])
    #expect(review.standardOutput.contains("81.30"), "\(review.standardOutput)")
  }

  /// An amount in `juta rupiah` keeps its decimals; `temuan` and
  /// `kunjungan` are counts.
  @Test func scaledRupiahAndMoreCounts() throws {
    let read = try read("u01_units.txt")
    #expect(read.indicator("IKU-7")?["lowerBound"] as? Double == 0)
    let review = try runIKUPlan(["review", "--history", read.folder, "--lang", "en"])
    #expect(review.standardOutput.contains("50.33"), "\(review.standardOutput)")
    #expect(review.standardOutput.contains("140,100"))
  }

  @Test func renstraTablesWithoutRoleWordsOrWithCalendarYears() throws {
    // `Tahun-1 (2025)` … `Tahun-3 (2027)` then `Kondisi Akhir`: the end is
    // 2027's target, with or without --tahun-awal.
    for options in [[], ["--tahun-awal", "2025"]] {
      let read = try read("a17_tahun_year_akhir_noyear.txt", options)
      let years = read.years("IKU-1")
      #expect(years[2024]?.actual == 62.5 && years[2027]?.target == 68, "\(options)")
      #expect(years[2029] == nil, "\(options)")
    }
    // `Tahun-1` … `Tahun-3` alone are targets.
    let bare = try read("a15_tahun_bare_one_row.txt", ["--tahun-awal", "2025"]).years("IKU-1")
    #expect(bare[2025]?.target == 64 && bare[2026]?.target == 66 && bare[2027]?.target == 68)
    let mixed = try read("a06_renstra_mixed_calendar.txt", ["--tahun-awal", "2025"]).years("IKU-1")
    #expect(mixed[2024]?.actual == 65.4 && mixed[2027]?.target == 71)
    // `K` (kinerja) and `Rp` under each year.
    let paired = try read("a09_renstra_K_Rp.txt", ["--tahun-awal", "2025"])
    #expect(paired.years("IKU-1")[2025]?.target == 75 && paired.years("IKU-1")[2026]?.target == 78)
    let budget = paired.annual.first { $0["year"] as? Int == 2026 }?["budget"] as? Double
    #expect(budget == 320_000_000)
  }

  /// Zero targets of lower-is-better counts: 0 against 0 is met (100%), 1
  /// against 0 is missed (0%).
  @Test func zeroTargetsAreMetOrMissed() throws {
    let read = try read("f02_target_zero_lower.txt")
    let review = try runIKUPlan([
      "review", "--history", read.folder, "--year", "2024", "--format", "json",
    ])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(review.standardOutput.utf8)) as? [String: Any])
    let assessment = try #require(json["assessment"] as? [String: Any])
    #expect(assessment["year"] as? Int == 2024)
    let rows = try #require(assessment["indicators"] as? [[String: Any]])
    func value(_ code: String) -> Double? {
      (rows.first { $0["code"] as? String == code }?["achievement"] as? [String: Any])?["value"]
        as? Double
    }
    #expect(value("IKU-1") == 0 && value("IKU-2") == 100 && value("IKU-3") == 100)
  }

  // MARK: - Third round

  /// Codes: without a number column each row is an indicator (`IKU-1`,
  /// `IKU-2`, not `IKU-1a`, `IKU-1b`); an unnumbered first row before a row
  /// `1` takes a free number; rows under a coded group row (KODEFIKASI of
  /// an agency) are indicators of their own.
  @Test func codesWithoutOrBeforeNumbers() throws {
    let plain = try read("e7_no_number_col.txt")
    #expect(plain.indicators.map { $0["code"] as? String } == ["IKU-1", "IKU-2", "IKU-3"])
    let first = try read("e11_unnumbered_first_row.txt")
    #expect(Set(first.indicators.compactMap { $0["code"] as? String }) == ["IKU-1", "IKU-2"])
    #expect(first.indicator("IKU-1")?["name"] as? String == "Jumlah koperasi aktif")
    let agency = try read("e4_group_opd_years_unit.txt")
    #expect(agency.indicators.map { $0["code"] as? String } == ["IKU-1", "IKU-2"])
  }

  /// Group rows: lettered (`A`, `B`) with a heading spilling into SATUAN,
  /// or with a stray unit word in a value cell.
  @Test func groupRowsWithStrayText() throws {
    let lettered = try read("e8_group_text_in_satuan.txt")
    #expect(
      lettered.indicators.map { $0["name"] as? String } == [
        "Indeks Profesionalitas ASN", "Nilai SAKIP",
      ])
    let word = try read("e9_group_unit_word_in_value.txt")
    #expect(word.indicators.count == 1)
    #expect(word.years("IKU-1")[2023]?.actual == 120)
  }

  /// An index below 1 keeps the decimals it is written with: 0,412 is
  /// neither shown nor suggested as 0,41 or 0,42.
  @Test func smallIndicesKeepTheirDecimals() throws {
    let read = try read("c1_units_mix.txt")
    let review = try runIKUPlan(["review", "--history", read.folder])
    #expect(review.standardOutput.contains("0,412"), "\(review.standardOutput)")
    #expect(!review.standardOutput.contains("(0,42)"))
  }

  /// The sheet's own capaian column says lower is better: (2·5 − 4)/5 =
  /// 120%, as the sheet writes, not 4/5 = 80%.
  @Test func theSheetsCapaianGivesThePolarity() throws {
    let read = try read("b7_sheet_capaian_contradicts.txt")
    #expect(read.indicators.allSatisfy { $0["polarity"] as? String == "lower" })
    let review = try runIKUPlan(["review", "--history", read.folder, "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(review.standardOutput.utf8)) as? [String: Any])
    let rows = try #require(
      (json["assessment"] as? [String: Any])?["indicators"] as? [[String: Any]])
    for row in rows {
      let value = try #require((row["achievement"] as? [String: Any])?["value"] as? Double)
      #expect(abs(value - 120) < 1e-9)
    }
  }

  /// RPJMD macro tables: `Uraian` heads the indicators; `Realisasi` above
  /// bare years, or a title naming capaian over `Th 2016` … `Th 2020`.
  @Test func macroTables() throws {
    let uraian = try read("a3_hist_tahun_row.txt")
    #expect(
      uraian.years("IKU-1")[2017]?.actual == 88.13 && uraian.years("IKU-2")[2021]?.actual == 7.7)
    let titled = try read("a1_hist_capaian_th.txt")
    #expect(
      titled.years("IKU-1")[2016]?.actual == 70.12 && titled.years("IKU-1")[2020]?.actual == 70.71)
  }
}
