import TestSupport
import Testing

@testable import IKUPlan

@Suite struct DatasetFolderTests {
  static let formats = ["id-csv", "en-csv", "xlsx"]

  private func load(_ format: String) throws -> Dataset {
    try Dataset(folder: fixturePath("datasets/\(format)"))
  }

  @Test("one dataset in three forms loads to identical values", arguments: formats)
  func sameValuesInEveryForm(_ format: String) throws {
    let reference = try load("id-csv")
    let dataset = try load(format)
    #expect(dataset == reference)
  }

  @Test func theValuesAreThoseWritten() throws {
    let dataset = try load("id-csv")
    #expect(dataset.title == "Dinas Tenaga Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang")
    #expect(dataset.indicators.map(\.code) == ["IKU-1", "IKU-2", "IKU-5"])
    let iku1 = try #require(dataset.indicator("IKU-1"))
    #expect(iku1.unit == "%")
    #expect(iku1.lowerBound == 0 && iku1.upperBound == 100)
    #expect(iku1.denominatorLabel == "jumlah Pendaftar pelatihan; berbasis kompetensi")
    #expect(try #require(dataset.indicator("IKU-5")).rollup == .sum)
    #expect(try #require(dataset.indicator("IKU-5")).upperBound == nil)
    let history = dataset.history(of: "IKU-5")
    #expect(history.map(\.year) == [2024, 2025])
    #expect(history[0].actual == 5517)
    #expect(history[1].target == 5575)
    #expect(dataset.history(of: "IKU-1")[0].actual == 39.67)
    #expect(dataset.history(of: "IKU-2")[1].target == 39)
    #expect(dataset.quarterly.count == 4)
    #expect(dataset.quarterly[1].actual == 25.75)
    #expect(dataset.quarterly[1].numerator == 103)
    #expect(dataset.quarterly.allSatisfy { $0.isIllustrative })
    #expect(!dataset.annual.contains { $0.isIllustrative })
    #expect(dataset.hasIllustrativeValues)
  }

  @Test func bundledAgencyDataset() throws {
    let dataset = try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
    #expect(dataset.indicators.count == 6)
    #expect(dataset.indicators.allSatisfy { $0.polarity == .higher })
    let official = dataset.annual.filter { !$0.isIllustrative }
    #expect(official.count == 12)
    #expect(official.allSatisfy { $0.source.contains("IKU-2025-Disnakerkum-Tanjungpinang.txt") })
    #expect(official.allSatisfy { $0.year >= 2024 })
    #expect(
      dataset.annual.filter(\.isIllustrative).allSatisfy { (2019...2023).contains($0.year) })
  }

  @Test func bundledUnemploymentSeriesIsLowerIsBetter() throws {
    let dataset = try Dataset(
      folder: packageRoot.appendingPathComponent("history/tanjungpinang-tpt").path)
    let tpt = try #require(dataset.indicator("TPT"))
    #expect(tpt.polarity == .lower)
    let history = dataset.history(of: "TPT")
    #expect(history.map(\.year) == Array(2019...2024))
    #expect(history.compactMap(\.actual) == [5.64, 9.30, 6.31, 5.27, 4.76, 4.69])
    #expect(history[4].source.hasPrefix("turunan (derived)"))
    #expect(history.allSatisfy { !$0.source.isEmpty })
  }

  /// A preferred convention decides only what a file's cells leave open:
  /// the English file's `39.67` settles English whatever is preferred.
  @Test func thePreferredConventionDoesNotOverrideTheFile() throws {
    let dataset = try Dataset(folder: fixturePath("datasets/en-csv"), convention: .indonesian)
    #expect(dataset.history(of: "IKU-1").first { $0.year == 2024 }?.actual == 39.67)
  }

  /// A folder with a range target: `target` the lower end, `target_atas`
  /// (alias `target_upper`) the upper one.
  private func rangeFolder(_ rows: String, header: String = "target_atas") throws -> String {
    let folder = try temporaryFolder()
    _ = try writeFile("indikator.csv", "kode;indikator;satuan\r\nA;a;%\r\n", in: folder)
    _ = try writeFile(
      "realisasi.csv", "kode;tahun;realisasi;target;\(header);sumber\r\n" + rows, in: folder)
    return folder.path
  }

  @Test func rangeTargetsAreReadFromTwoColumns() throws {
    for header in ["target_atas", "target_upper", "TARGET_ATAS"] {
      let dataset = try Dataset(
        folder: rangeFolder(
          "A;2024;79;;;s\r\nA;2025;;80;90%;s\r\nA;2026;;85;85;s\r\n", header: header))
      let rows = dataset.history(of: "A")
      #expect(rows[1].targetRange == TargetRange(lower: 80, upper: 90))
      // Equal ends are a single target.
      #expect(rows[2].target == 85 && rows[2].targetUpper == nil)
      #expect(rows[0].targetRange == nil)
    }
  }

  @Test func aRangeWithoutItsLowerEndOrReversedIsAnError() throws {
    let cell = SourceLocation(
      file: "realisasi.csv", line: 2, column: 5, columnName: "target_atas")
    for (rows, problem) in [
      ("A;2025;;;90;s\r\n", InputError.Problem.rangeWithoutLowerEnd),
      ("A;2025;;90;80;s\r\n", .invalidRange(lower: 90, upper: 80)),
    ] {
      let folder = try rangeFolder(rows)
      do {
        _ = try Dataset(folder: folder)
        Issue.record("expected an error for \(rows)")
      } catch let error as InputError {
        #expect(error.problem == problem)
        #expect(error.location.file.hasSuffix(cell.file))
        #expect(error.location.line == cell.line && error.location.column == cell.column)
        #expect(error.location.columnName == cell.columnName)
      }
    }
  }

  /// A range in the one `target` cell is refused with where its ends go.
  @Test func aRangeInOneTargetCellSaysWhereItsEndsGo() throws {
    let folder = try temporaryFolder()
    _ = try writeFile("indikator.csv", "kode;indikator;satuan\r\nA;a;%\r\n", in: folder)
    _ = try writeFile(
      "realisasi.csv", "kode;tahun;target;sumber\r\nA;2025;80 – 90%;s\r\n", in: folder)
    do {
      _ = try Dataset(folder: folder.path)
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.problem == .rangeInOneCell("80 – 90%"))
      #expect(error.location.line == 2 && error.location.column == 3)
      #expect(error.message(in: .english).contains("target_atas"))
    }
  }

  @Test func missingIndicatorFileIsNamed() throws {
    let folder = try temporaryFolder()
    do {
      _ = try Dataset(folder: folder.path)
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.problem == .unreadable(reason: .notFound))
      #expect(error.location.file.hasSuffix("indikator.csv"))
    }
  }
}
