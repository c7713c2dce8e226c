import Foundation
import TestSupport
import Testing

/// End-to-end tests of `ikuplan import`.
@Suite struct ImportTests {
  @Test func theSeedSheetBecomesADatasetFolder() throws {
    let output = try temporaryFolder().appendingPathComponent("disnakerkum").path
    let result = try runIKUPlan([
      "import", try fixturePath("seed/000_c3b032ff4e606fc2.txt"), "--output", output,
      "--polarity", "IKU-2=lower",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("6 indikator dari \"Dinas Tenaga Kerja"))
    #expect(result.standardOutput.contains("IKU-2   Prosentase Pencari Kerja yang Ditempatkan"))
    #expect(result.standardOutput.contains("55,04%       39,00%  turun"))
    let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
    #expect(files == ["dataset.csv", "indikator.csv", "realisasi.csv"])
    // The folder loads back through `ikuplan data`.
    let data = try runIKUPlan(["data", output, "--format", "json"])
    #expect(data.status == 0)
    #expect(data.standardOutput.contains("\"code\": \"IKU-3b\""))
  }

  @Test func theBundledDatasetIsTheSeedImported() throws {
    let output = try temporaryFolder().path
    let result = try runIKUPlan([
      "import", "history/tanjungpinang-disnakerkum/IKU-2025-Disnakerkum-Tanjungpinang.txt",
      "--output", output,
    ])
    #expect(result.status == 0)
    for file in ["dataset.csv", "indikator.csv", "realisasi.csv"] {
      let fresh = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
      let bundled = try String(
        contentsOf: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum/\(file)"),
        encoding: .utf8)
      // The bundled realisasi.csv adds illustrative earlier years after the
      // imported rows; every one of them says so in its source.
      #expect(bundled.hasPrefix(fresh), "\(file) differs from a fresh import")
      let added = bundled.dropFirst(fresh.count).split(whereSeparator: \.isNewline)
      #expect(
        added.allSatisfy {
          $0.hasSuffix(";ilustrasi: nilai contoh untuk menunjukkan proyeksi tren, bukan data resmi")
        })
      #expect(file == "realisasi.csv" ? added.count == 20 : added.isEmpty)
    }
  }

  @Test func aWorkbookSheetImportsTheSame() throws {
    let output = try temporaryFolder().path
    let result = try runIKUPlan([
      "import", try fixturePath("datasets/seed-sheet.xlsx"), "--output", output, "--lang", "en",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("IKU-5   Jumlah Usaha Mikro yang dibina"))
    #expect(result.standardOutput.contains("5,517        5,575"))
  }

  @Test func nothingIsWrittenWhenTheSheetCannotBeRead() throws {
    let folder = try temporaryFolder()
    let sheet = try writeFile(
      "sheet.txt",
      "NO.\tINDIKATOR\tCAPAIAN TA 2024\tTARGET TA 2025\n1.\tPersentase A\t130%\t50%\n",
      in: folder)
    let output = folder.appendingPathComponent("out").path
    let result = try runIKUPlan(["import", sheet, "--output", output, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("sheet.txt, line 2, column 3"))
    #expect(result.standardError.contains("the value 130 is outside the bounds 0–100"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func aTextWithoutATable() throws {
    let folder = try temporaryFolder()
    let sheet = try writeFile("notes.txt", "Rapat koordinasi\nTidak ada tabel.\n", in: folder)
    let result = try runIKUPlan(["import", sheet, "--output", folder.path + "/out"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("tidak ditemukan tabel IKU"))
  }

  @Test func aBadPolarityIsAUsageError() throws {
    let result = try runIKUPlan([
      "import", "x.txt", "--output", "o", "--polarity", "IKU-2=atas",
    ])
    #expect(result.status == 2)
  }
}

/// The layouts of issue 17's second step, imported with `ikuplan import`
/// and read back through `ikuplan data --format json`.
@Suite struct ImportLayoutTests {
  /// The annual rows read back, by code and year.
  private func importTable(
    _ text: String, _ arguments: [String] = []
  ) throws -> (summary: String, annual: [String: [Int: [String: Any]]], folder: String) {
    let work = try temporaryFolder()
    let sheet = try writeFile("tabel.txt", text, in: work)
    let folder = work.appendingPathComponent("out").path
    let imported = try runIKUPlan(
      ["import", sheet, "--output", folder, "--lang", "en"] + arguments)
    #expect(imported.status == 0, "\(imported.standardError)")
    let data = try runIKUPlan(["data", folder, "--format", "json"])
    #expect(data.status == 0, "\(data.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(data.standardOutput.utf8)) as? [String: Any])
    var annual: [String: [Int: [String: Any]]] = [:]
    for row in json["annual"] as? [[String: Any]] ?? [] {
      annual[row["code"] as? String ?? "", default: [:]][row["year"] as? Int ?? 0] = row
    }
    return (imported.standardOutput, annual, folder)
  }

  private func numbers(_ row: [String: Any]?, _ keys: [String]) -> [Double?] {
    keys.map { row?[$0] as? Double }
  }

  @Test func aRenstraTableWithTahunAwal() throws {
    let text = """
      NO\tINDIKATOR KINERJA\tSATUAN\tKondisi Kinerja pada Awal Periode Renstra\tTahun-1\t\tTahun-2\t\tKondisi Kinerja pada Akhir Periode Renstra\t
      \t\t\t\tTarget\tRp\tTarget\tRp\tTarget\tRp
      1\tPersentase A\t%\t48,2\t50\t2.000.000\t52,5\t2.500.000\t52,5\t4.500.000
      """
    let read = try importTable(text, ["--tahun-awal", "2025"])
    let years = try #require(read.annual["IKU-1"])
    #expect(years.keys.sorted() == [2024, 2025, 2026])
    let keys = ["actual", "target", "budget", "budgetSpent"]
    #expect(numbers(years[2024], keys) == [48.2, nil, nil, nil])
    #expect(numbers(years[2025], keys) == [nil, 50, 2_000_000, nil])
    #expect(numbers(years[2026], keys) == [nil, 52.5, 2_500_000, nil])
    #expect(read.summary.contains("Tahun-1 = 2025"))
    #expect(read.summary.contains("Warning: column 10 'AKHIR PERIODE RP'"))
    let realisasi = try String(contentsOfFile: read.folder + "/realisasi.csv", encoding: .utf8)
    #expect(
      realisasi.hasPrefix("kode;tahun;realisasi;target;pembilang;penyebut;anggaran;sumber\r\n"))
  }

  @Test func rupiahBesideTheTargetsInTheDataTable() throws {
    let text = """
      NO\tINDIKATOR KINERJA\tSATUAN\tTARGET 2024\tREALISASI 2024\tPAGU 2024 (Rp juta)\tREALISASI ANGGARAN 2024 (Rp juta)
      1\tJumlah UMKM dibina\tunit\t120\t118\t350,5\t342,25
      """
    let read = try importTable(text)
    let row = read.annual["IKU-1"]?[2024]
    #expect(
      numbers(row, ["actual", "target", "budget", "budgetSpent"])
        == [118, 120, 350_500_000, 342_250_000])
    let table = try runIKUPlan(["data", read.folder])
    #expect(table.status == 0)
    #expect(table.standardOutput.contains("Anggaran (Rp)"))
    #expect(
      table.standardOutput.contains("350.500.000") && table.standardOutput.contains("342.250.000"))
  }

  @Test func keteranganRows() throws {
    let text = """
      NO\tINDIKATOR KINERJA\tSATUAN\tKETERANGAN\t2022\t2023
      1\tIndeks Kepuasan Masyarakat\tindeks\tTarget\t80\t82
      \t\t\tRealisasi\t81,3\t
      2\tJumlah Koperasi Sehat\tunit\tTarget\t40\t45
      \t\t\tRealisasi\t38\t46
      """
    let read = try importTable(text)
    #expect(numbers(read.annual["IKU-1"]?[2022], ["actual", "target"]) == [81.3, 80])
    #expect(numbers(read.annual["IKU-1"]?[2023], ["actual", "target"]) == [nil, 82])
    #expect(numbers(read.annual["IKU-2"]?[2022], ["actual", "target"]) == [38, 40])
    #expect(numbers(read.annual["IKU-2"]?[2023], ["actual", "target"]) == [46, 45])
    #expect(read.annual.count == 2)
  }

  @Test func codesFromAKodeColumn() throws {
    let text = """
      KODE\tINDIKATOR KINERJA\tSATUAN\tREALISASI 2023\tTARGET 2024
      2\tMeningkatnya kualitas layanan\t\t\t
      2.b.1\tPersentase layanan tepat waktu\t%\t88\t90
      2.b.2\tJumlah pengaduan\tkasus\t14\t10
      """
    let read = try importTable(text)
    #expect(read.annual.keys.sorted() == ["2.b.1", "2.b.2"])
    #expect(numbers(read.annual["2.b.1"]?[2023], ["actual", "target"]) == [88, nil])
    #expect(numbers(read.annual["2.b.2"]?[2024], ["actual", "target"]) == [nil, 10])
  }
}
