import ArgumentParser
import IKUPlan

/// `ikuplan` without arguments: the review of the bundled dataset.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Tinjau target dataset: proyeksi, peluang, temuan dan saran (bawaan).",
      en: "Review a dataset's targets: forecast, chance, flags and suggestions (default)."),
    discussion: UsageText.text(
      id: """
        Bila tahun sebelum tahun yang ditinjau berisi target dan realisasi,
        capaian dan kategorinya ditampilkan lebih dulu (penilaian seperti di
        LKjIP); --year N untuk tahun N yang sudah selesai menilai N dan meninjau
        N + 1.
        """,
      en: """
        Where the year before the one reviewed holds both targets and
        realisations, its capaian and category are shown first (an LKjIP's
        assessment); --year N for such a finished year N assesses N and
        reviews N + 1.
        """))

  @OptionGroup var options: ReviewOptions

  func run() throws {
    try reportingInputErrors(in: options.global.language) {
      try options.print(try options.review(assessing: true), .overview, suggestions: true)
    }
  }
}
