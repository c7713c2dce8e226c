import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan import SHEET --output DIR`: an IKU sheet into a dataset folder.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Baca tabel indikator perencana ke folder dataset.",
      en: "Read a planner's indicator table into a dataset folder."),
    discussion: UsageText.text(
      id: """
        LEMBAR adalah tabel berupa teks dipisah tab, CSV atau buku kerja .xlsx:
        judul kolom yang menyebut indikator (INDIKATOR KINERJA …) dan kolom
        realisasi dan target beserta tahunnya (REALISASI 2023, CAPAIAN … TA 2024,
        Kondisi 2019, TARGET 2025, Target Akhir RPJMD 2026), dalam satu baris
        atau dengan tahun pada baris judul di atasnya; kolom SATUAN memberi
        satuan. Setiap kolom tahun dibaca; tahun relatif tabel Renstra (Tahun-1
        … Tahun-5, Kondisi awal/akhir periode) memerlukan --tahun-awal, tahun
        pertama periode. Kolom uang suatu tahun (Rp, Pagu, Anggaran, Realisasi
        Anggaran) disimpan sebagai anggaran tahun itu dalam rupiah utuh. Kolom
        tahun tanpa keterangan mengambil perannya dari kolom KETERANGAN (Target,
        Realisasi) baris demi baris. Folder berisi indikator.csv, realisasi.csv
        dan dataset.csv (format Indonesia: ';' dan koma desimal); tidak ada yang
        ditulis bila lembar tidak dapat dibaca. Kolom judul yang tidak disimpan
        disebut dalam peringatan.

        Ke folder yang sudah berisi dataset, tahun-tahun lembar ditambahkan:
        setiap baris folder dipertahankan, nilai yang belum ada ditambahkan dan
        didaftar. Nilai yang berbeda dari nilai folder adalah konflik, dilaporkan
        dengan kedua nilai dan letaknya, dan tidak ada yang ditulis; dengan
        --ganti nilai lembar menggantikan nilai folder.
        """,
      en: """
        SHEET is the table as tab-separated text, CSV or an .xlsx workbook: a
        header naming the indicator (INDIKATOR KINERJA …) and realisation and
        target columns with their years (REALISASI 2023, CAPAIAN … TA 2024,
        Kondisi 2019, TARGET 2025, Target Akhir RPJMD 2026), in one row or
        with the year in a header row above; a SATUAN column gives the units.
        Every year column is read; a Renstra table's relative years (Tahun-1 …
        Tahun-5, Kondisi awal/akhir periode) need --tahun-awal, the period's
        first year. Money columns of a year (Rp, Pagu, Anggaran, Realisasi
        Anggaran) are kept as the year's budget in whole rupiah. Bare year
        columns take their role from a KETERANGAN column (Target, Realisasi)
        row by row. The folder gets indikator.csv,
        realisasi.csv and dataset.csv (Indonesian format: ';' and decimal
        comma); nothing is written when the sheet cannot be read. Header
        columns that are not stored are named in a warning.

        Into a folder that already holds a dataset, the sheet's years are
        added: every row of the folder is kept, the values it lacks are added
        and listed. A value that differs from the folder's is a conflict,
        reported with both values and where they are, and nothing is written;
        with --ganti the sheet's values replace the folder's.
        """))

  @Argument(
    help: UsageText.help(
      id: "Lembar IKU (.txt/.tsv/.csv atau .xlsx).", en: "The IKU sheet (.txt/.tsv/.csv or .xlsx).")
  )
  var sheetFile: String

  @Option(
    help: UsageText.help(
      id: "Folder dataset yang ditulis (dibuat bila belum ada).",
      en: "The dataset folder to write (created if needed)."))
  var output: String

  @Option(
    help: ArgumentHelp(
      UsageText.text(
        id: "Indikator yang makin rendah makin baik, sebagai KODE=lower (boleh berulang).",
        en: "An indicator whose lower values are better, as CODE=lower (repeatable)."),
      valueName: "CODE=POLARITY"))
  var polarity: [PolarityOverride] = []

  @Option(
    help: UsageText.help(
      id: "Lembar kerja berkas .xlsx (bawaan: yang pertama berisi tabel IKU).",
      en: "The worksheet of an .xlsx file (default: the first with an IKU table)."))
  var sheet: String?

  @Option(
    name: .customLong("tahun-awal"),
    help: ArgumentHelp(
      UsageText.text(
        id: "Tahun pertama periode rencana, untuk tahun relatif (Tahun-1 = TAHUN).",
        en: "The first year of the plan's period, for relative years (Tahun-1 = YEAR)."),
      valueName: "YEAR"))
  var baseYear: Int?

  @Flag(
    name: .customLong("ganti"),
    help: UsageText.help(
      id: "Pada folder yang sudah ada, nilai lembar menggantikan nilai yang berbeda.",
      en: "In an existing folder, let the sheet's values replace differing ones."))
  var replace = false

  @Flag(
    help: UsageText.help(
      id: "Cetak ringkasan sebagai tabel Markdown.", en: "Print the summary as a Markdown table."))
  var markdown = false

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if let baseYear, !(1901...2190).contains(baseYear) {
      throw UsageText.error(
        id: "--tahun-awal harus tahun antara 1901 dan 2190.",
        en: "--tahun-awal must be a year between 1901 and 2190.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let imported = try IKUSheet.read(
        file: sheetFile, sheet: sheet, convention: global.numbers,
        polarities: Dictionary(
          polarity.map { ($0.code, $0.polarity) }, uniquingKeysWith: { $1 }),
        baseYear: baseYear)
      let existingFolder = FileManager.default.fileExists(
        atPath: (output as NSString).appendingPathComponent("indikator.csv"))
      if existingFolder {
        let existing = try Dataset(folder: output)
        let merge = try imported.merged(into: existing, folder: output, replacing: replace)
        try merge.dataset.write(toFolder: output, protecting: [sheetFile])
        print(
          imported.summary(folder: output, in: global.language, markdown: markdown),
          terminator: "")
        print(merge.report(in: global.language), terminator: "")
      } else {
        try imported.dataset.write(toFolder: output, protecting: [sheetFile])
        print(
          imported.summary(folder: output, in: global.language, markdown: markdown),
          terminator: "")
      }
    }
  }
}

/// `CODE=lower` on the command line.
struct PolarityOverride: ExpressibleByArgument {
  let code: String
  let polarity: Polarity

  init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let polarity = Polarity(word: parts[1]) else { return nil }
    code = parts[0]
    self.polarity = polarity
  }
}

/// The last component of a path.
func fileName(_ path: String) -> String {
  path.split(separator: "/").last.map(String.init) ?? path
}
