import ArgumentParser
import IKUPlan

/// `ikuplan regress FILE`: least squares on the columns of a CSV file.
struct Regress: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Cocokkan regresi linear pada kolom-kolom berkas CSV.",
      en: "Fit a linear regression to columns of a CSV file."),
    discussion: UsageText.text(
      id: """
        Baris pertama BERKAS (CSV, atau lembar pertama buku kerja .xlsx)
        menamai kolom. Angka boleh berformat Indonesia (39,67) atau titik
        desimal; konvensi berkas dikenali sendiri (--angka memutuskan bila
        angkanya tidak menunjukkan).
        Urutan koefisien: intersep, --predictors sesuai urutan, lalu pangkat
        1…K dari --polynomial. Dicocokkan dengan QR Householder (LAPACK) dengan
        penghalusan iteratif dalam presisi diperluas.
        """,
      en: """
        The first line of FILE (CSV, or the first sheet of an .xlsx workbook)
        names the columns. Numbers may be Indonesian (39,67) or dot-decimal;
        the file's convention is detected (--angka decides where
        the numbers do not).
        Coefficients come in this order: intercept, --predictors as given,
        then the powers 1…K of --polynomial. Fitted by Householder QR
        (LAPACK) with iterative refinement in extended precision.
        """))

  @Argument(
    help: UsageText.help(
      id: "Berkas CSV atau .xlsx (baris judul, lalu satu pengamatan per baris).",
      en: "A CSV or .xlsx file (header line, then one observation per line)."))
  var file: String

  @Option(
    help: UsageText.help(
      id: "Lembar kerja berkas .xlsx (bawaan: yang pertama).",
      en: "The worksheet of an .xlsx file (default: the first)."))
  var sheet: String?

  @Option(help: UsageText.help(id: "Kolom respons.", en: "The response column."))
  var response: String

  @Option(
    help: UsageText.help(
      id: "Kolom prediktor, dipisah koma.", en: "Predictor columns, comma-separated."),
    transform: { $0.split(separator: ",").map(String.init) })
  var predictors: [String] = []

  @Option(
    help: UsageText.help(
      id: "Kolom yang masuk sebagai pangkat x¹…xᴷ (dengan --degree).",
      en: "A column entering as the powers x¹…xᴷ (with --degree)."))
  var polynomial: String?

  @Option(
    help: UsageText.help(
      id: "Pangkat tertinggi K untuk --polynomial.", en: "The highest power K of --polynomial."))
  var degree: Int?

  @Flag(
    help: UsageText.help(
      id: "Cocokkan tanpa intersep (R² lalu tidak terpusat).",
      en: "Fit without an intercept (R² is then uncentred)."))
  var noIntercept = false

  @OptionGroup var out: OutputOptions

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if predictors.contains(response) || polynomial == response {
      throw UsageText.error(
        id: "--response \(response) tidak bisa sekaligus menjadi prediktor.",
        en: "--response \(response) cannot also be a predictor.")
    }
    // Beyond degree 50 a monomial basis is numerically meaningless (NIST's
    // hardest, Filip, is degree 10), and building it costs O(K²).
    if polynomial != nil && !(1...50).contains(degree ?? 0) {
      throw UsageText.error(
        id: "--polynomial memerlukan --degree K dengan 1 ≤ K ≤ 50.",
        en: "--polynomial needs --degree K with 1 ≤ K ≤ 50.")
    }
    if polynomial == nil && degree != nil {
      throw UsageText.error(
        id: "--degree memerlukan --polynomial KOLOM.", en: "--degree needs --polynomial COLUMN.")
    }
    if predictors.isEmpty && polynomial == nil && noIntercept {
      throw UsageText.error(
        id:
          "Tidak ada yang dicocokkan: beri --predictors, --polynomial, atau pertahankan intersep.",
        en: "Nothing to fit: give --predictors, --polynomial or keep the intercept.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let table = try Table(CellGrid(contentsOfFile: file, sheet: sheet))
      let request = RegressionRequest(
        response: response, predictors: predictors,
        polynomial: polynomial.map {
          RegressionRequest.Polynomial(column: $0, degree: degree ?? 1)
        },
        includesIntercept: !noIntercept)
      let report = try request.fit(table, convention: global.numbers)
      let l = global.language
      try out.emitter(global, inputs: { [file] }).emit(
        { report.document(in: l) }, json: { report.json })
    }
  }
}
