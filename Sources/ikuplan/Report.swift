import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan report`: one self-contained HTML file for the head of agency.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id:
        "Tulis satu laporan HTML mandiri: yang perlu diputuskan, tinjauan, grafik per indikator, triwulan, skenario.",
      en:
        "Write one self-contained HTML report: the decisions to make, the review, a chart per indicator, mid-year, scenarios."
    ))

  @Option(
    help: UsageText.help(
      id: "Folder dataset (bawaan: dataset IKU Tanjungpinang yang disertakan).",
      en: "A dataset folder (default: the bundled Tanjungpinang IKU dataset)."))
  var history: String?

  @Option(
    help: UsageText.help(
      id: "Tahun yang ditinjau (bawaan: tahun setelah realisasi terakhir); tahun yang berisi"
        + " target dan realisasi dinilai, dan tahun sesudahnya ditinjau.",
      en: "The year reviewed (default: the year after the last realisation); a year with both"
        + " targets and realisations is assessed, and the year after it reviewed."))
  var year: Int?

  @Option(
    help: UsageText.help(
      id: "Berkas yang ditulis: HTML (.html), atau buku kerja Excel bila berakhiran .xlsx"
        + " (bawaan: laporan-iku-TAHUN.html).",
      en: "The file to write: HTML (.html), or an Excel workbook when it ends in .xlsx"
        + " (default: laporan-iku-YEAR.html)."))
  var output: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try validateYear(year, option: "--year")
    if let output,
      ![".html", ".htm", ".xlsx"].contains(where: output.lowercased().hasSuffix)
    {
      throw UsageText.error(
        id: "--output untuk laporan adalah berkas .html atau .xlsx: \(output)",
        en: "--output of the report is an .html or .xlsx file: \(output)")
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let folder = history ?? BundledHistory.defaultDataset()
      let report = try HTMLReport(
        folder: folder, year: year, convention: global.numbers, language: global.language)
      let path = output ?? "laporan-iku-\(report.year).html"
      if path.lowercased().hasSuffix(".xlsx") {
        try XLSXRenderer().write(
          report.workbookDocument, to: path, protecting: HTMLReport.inputFiles(in: folder))
      } else {
        try report.write(to: path, protecting: HTMLReport.inputFiles(in: folder))
      }
      print(
        global.language.text(id: "Laporan ditulis ke \(path)", en: "Report written to \(path)"))
    }
  }
}
