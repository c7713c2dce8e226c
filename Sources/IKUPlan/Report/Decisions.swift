/// The report's first page, "Yang perlu diputuskan" (Decisions to make):
/// per indicator the signed target, the recommended one, the chance of
/// each and the finding in one plain sentence; the date, the data sources,
/// the illustrative-data warning and how to read the charts, in words.
///
/// The same document opens the HTML report and the report workbook
/// (`report --output FILE.xlsx`).
///
/// Decisions where the issue is silent: the signed target is the sheet's
/// target for the year reviewed (a range whole); a chance is the
/// forecast's (``IndicatorReview/probabilityOfAttaining``,
/// ``Suggestions/Suggestion/probability``) in whole percent by the one
/// rule for chances; an indicator without a target or a forecast keeps its
/// row, with `–` where there is no number and the finding saying why.
public struct Decisions: Sendable {
  /// The review the decisions are about.
  public let review: DatasetReview
  /// The day the report is made.
  public let date: ReportDate
  /// Whether any value the report shows is illustrative (the review's,
  /// the mid-year review's or a scenario's).
  public let usesIllustrativeData: Bool
  /// Whether the report has mid-year charts to explain.
  public let hasMidYear: Bool

  /// Creates the decisions of a review; `illustrative` defaults to the
  /// review's own illustrative years.
  public init(
    review: DatasetReview, date: ReportDate, illustrative: Bool? = nil, hasMidYear: Bool = false
  ) {
    self.review = review
    self.date = date
    usesIllustrativeData = illustrative ?? !review.illustrativeYears.isEmpty
    self.hasMidYear = hasMidYear
  }

  /// The document in `l`.
  public func document(in l: Language) -> Document {
    let year = review.year
    var notes: [Document.Note] = [
      .init(.source, l.text(id: "Tanggal: ", en: "Date: ") + date.text(in: l)),
      .init(
        .source,
        review.source.isEmpty
          ? l.text(
            id: "Sumber data tidak disebutkan dalam dataset.", en: "The dataset names no source.")
          : l.text(id: "Sumber data: ", en: "Data sources: ") + review.source),
    ]
    if usesIllustrativeData {
      let years = DatasetReview.span(review.illustrativeYears)
      notes.append(
        .init(
          .warning,
          l.text(
            id: "Perhatian: laporan ini memakai nilai ilustrasi, bukan data resmi"
              + (years.isEmpty ? "" : " (tahun \(years))")
              + ". Ganti dengan data dinas sebelum dipakai untuk keputusan.",
            en: "Note: this report uses illustrative values, not official data"
              + (years.isEmpty ? "" : " (years \(years))")
              + ". Replace them with the agency's data before deciding on them.")))
    }
    var table = Document.Table(
      name: l.text(id: "Yang perlu diputuskan", en: "Decisions to make"),
      columns: [
        l.text(id: "Kode", en: "Code"), l.text(id: "Indikator", en: "Indicator"),
        l.text(id: "Target \(year) ditetapkan", en: "Signed target \(year)"),
        l.text(id: "Peluang target", en: "Chance of target"),
        l.text(id: "Target disarankan", en: "Recommended target"),
        l.text(id: "Peluang saran", en: "Chance of recommended"),
        l.text(id: "Temuan", en: "Finding"),
      ])
    for r in review.indicators {
      let style = ValueStyle.value(of: r.indicator)
      table.append([
        .text(r.indicator.code), .text(r.indicator.name), .target(r.targetRange, style),
        .number(r.probabilityOfAttaining, .probability),
        .number(r.suggestions?.recommended.value, style),
        .number(r.suggestions?.recommended.probability, .probability), .text(r.finding(in: l)),
      ])
    }
    return Document(
      title: l.text(
        id: "Yang perlu diputuskan: target \(year)", en: "Decisions to make: targets for \(year)"),
      language: l, notes: notes,
      blocks: [
        .table(table),
        .heading(l.text(id: "Cara membaca grafik", en: "How to read the charts")),
        .list(legend(in: l)),
      ])
  }

  /// The charts' legend in words: what each line, band and marker means.
  func legend(in l: Language) -> [String] {
    let year = review.year
    var items = [
      l.text(
        id: "Garis biru tua dengan titik: realisasi tiap tahun, seperti dilaporkan.",
        en: "Dark blue line with dots: the actual value of each year, as reported."),
      l.text(
        id: "Garis biru putus-putus: proyeksi (median), nilai tengah perkiraan: peluang hasil"
          + " di atas dan di bawahnya sama besar.",
        en: "Dashed blue line: the forecast (median), the middle estimate: the result is as"
          + " likely above it as below it."),
      l.text(
        id: "Pita biru berbentuk kipas: ketidakpastian proyeksi. Bagian yang lebih gelap memuat"
          + " nilai \(year) dengan peluang 80%, seluruh pita dengan peluang 95%. Makin lebar"
          + " pita, makin tidak pasti.",
        en: "Blue fan-shaped band: the uncertainty of the forecast. The darker part holds the"
          + " \(year) value with 80% probability, the whole band with 95%. The wider the band,"
          + " the less certain."),
      l.text(
        id: "Garis abu-abu tipis putus-putus: tren garis lurus riwayat, hanya pembanding.",
        en: "Thin dashed grey line: the straight-line trend of the history, for comparison only."),
      l.text(
        id: "Belah ketupat merah: target yang ditetapkan; lingkaran hijau: target yang disarankan.",
        en: "Red diamond: the signed target; green circle: the recommended target."),
      l.text(
        id: "Peluang: kemungkinan target tercapai menurut proyeksi (di bawah 10%: tidak"
          + " realistis; di atas 90%: terlalu mudah).",
        en: "Chance: the probability of meeting the target by the forecast (below 10%:"
          + " unrealistic; above 90%: too easy)."),
    ]
    if hasMidYear {
      items.append(
        l.text(
          id: "Grafik triwulan: titik-titik adalah realisasi kumulatif s.d. triwulan; batang biru"
            + " di TW 4 adalah proyeksi akhir tahun (rentang 80%) dengan titik median; garis merah"
            + " putus-putus adalah target.",
          en: "Quarterly charts: the dots are the year-to-date actual values; the blue bar at Q4"
            + " is the year-end projection (80% range) with its median as a dot; the dashed red"
            + " line is the target."))
    }
    return items
  }
}
