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
