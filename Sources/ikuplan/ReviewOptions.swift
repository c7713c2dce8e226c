import ArgumentParser
import IKUPlan

/// Options of the commands that review a dataset (`ikuplan`, `forecast`,
/// `check`, `suggest`).
struct ReviewOptions: ParsableArguments {
  @Option(
    help: UsageText.help(
      id: "Folder dataset (bawaan: dataset IKU Tanjungpinang yang disertakan).",
      en: "A dataset folder (default: the bundled Tanjungpinang IKU dataset)."))
  var history: String?

  @Option(
    help: UsageText.help(
      id: "Tahun yang ditinjau (bawaan: tahun setelah realisasi terakhir).",
      en: "The year reviewed (default: the year after the last realisation)."))
  var year: Int?

  @Option(
    help: UsageText.help(
      id: "Tingkat interval prediksi dalam persen, dipisah koma (80,95 = 80% dan 95%).",
      en: "Prediction interval levels in percent, comma-separated."),
    transform: { text in
      let levels = try text.split(separator: ",").map { part in
        guard let value = Double(part.trimmingCharacters(in: .whitespaces)), value > 0,
          value < 100
        else {
          throw UsageText.error(
            id:
              "--level menerima persen antara 0 dan 100, dipisah koma: mis. 80,95 untuk 80% dan 95%.",
            en: "--level takes percentages between 0 and 100, e.g. 80,95.")
        }
        return value / 100
      }
      guard !levels.isEmpty, Set(levels).count == levels.count else {
        throw UsageText.error(
          id:
            "--level menerima persen yang berbeda-beda antara 0 dan 100, dipisah koma: mis. 80,95 untuk 80% dan 95%.",
          en: "--level takes different percentages between 0 and 100, e.g. 80,95.")
      }
      return levels
    })
  var level: [Double] = [0.8, 0.95]

  @Option(
    help:
      UsageText.help(
        id:
          "Format keluaran: table, json, csv (untuk Excel berbahasa Indonesia; --angka en untuk ',' dan '.'), markdown, xlsx atau html.",
        en:
          "Output format: table, json, csv (for Indonesian Excel; --angka en for ',' and '.'), markdown, xlsx or html."
      )
  )
  var format: OutputFormat = .table

  @Option(
    help:
      UsageText.help(
        id:
          "Tulis ke berkas ini, bukan ke terminal (wajib untuk --format xlsx; dengan forecast --panel: CSV proyeksi, '-' untuk terminal).",
        en:
          "Write to this file instead of the terminal (required for --format xlsx; with forecast --panel: the forecast CSV, '-' for the terminal)."
      )
  )
  var output: String?

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try validateYear(year, option: "--year")
    try format.require(OutputFormat.documents, output: output)
  }

  /// Loads the dataset and reviews it; with `assessing` (`review`) a
  /// finished `--year` is assessed and the year after it reviewed.
  func review(
    realistic: Double = 0.7, challenging: Double = 0.4, through: Int? = nil,
    assessing: Bool = false
  ) throws -> DatasetReview {
    let dataset = try Dataset(
      folder: history ?? BundledHistory.defaultDataset(), convention: global.numbers)
    return DatasetReview(
      dataset,
      settings: ReviewSettings(
        year: year, levels: level, realisticProbability: realistic,
        challengingProbability: challenging, pathThrough: through,
        assessesFinishedYear: assessing))
  }

  /// Prints a review in the chosen format, or writes it to `--output`.
  func print(_ review: DatasetReview, _ view: ReviewView, suggestions: Bool) throws {
    let language = global.language
    let emitter = Emitter(
      format: format, output: output, language: language, numbers: global.numbers,
      inputs: { HTMLReport.inputFiles(in: history ?? BundledHistory.defaultDataset()) })
    try emitter.emit(
      { review.document(view, in: language) },
      json: { review.json(in: language, suggestions: suggestions) })
  }
}

/// Refuses a year outside ``Dataset/years``, the range the data files
/// accept.
func validateYear(_ year: Int?, option: String) throws {
  let years = Dataset.years
  if let year, !years.contains(year) {
    throw UsageText.error(
      id: "\(option) menerima tahun \(years.lowerBound) sampai \(years.upperBound).",
      en: "\(option) takes a year from \(years.lowerBound) to \(years.upperBound).")
  }
}
