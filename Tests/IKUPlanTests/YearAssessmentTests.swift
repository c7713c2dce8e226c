import TestSupport
import Testing

@testable import IKUPlan

@Suite struct YearAssessmentTests {
  /// Three indicators with 2018–2020 realisations; 2020 has a target for
  /// two of them (one higher, one lower is better), 2021 has targets only.
  static func dataset() -> Dataset {
    let rls = Indicator(code: "RLS", name: "Rata-rata Lama Sekolah", unit: "tahun", lowerBound: 0)
    let tpt = Indicator(
      code: "TPT", name: "Tingkat Pengangguran Terbuka", unit: "%", polarity: .lower,
      lowerBound: 0, upperBound: 100)
    let count = Indicator(code: "UMKM", name: "Jumlah usaha", unit: "usaha", lowerBound: 0)
    func row(_ code: String, _ year: Int, _ actual: Double?, _ target: Double? = nil)
      -> AnnualObservation
    {
      AnnualObservation(
        code: code, year: year, actual: actual, target: target, source: "tabel uji")
    }
    return Dataset(
      title: "uji", indicators: [rls, tpt, count],
      annual: [
        row("RLS", 2018, 6.9), row("RLS", 2019, 7.04), row("RLS", 2020, 7.33, 7.44),
        row("RLS", 2021, nil, 7.63),
        row("TPT", 2018, 6.5), row("TPT", 2019, 6.4), row("TPT", 2020, 6.3, 6.0),
        row("TPT", 2021, nil, 6.1),
        row("UMKM", 2018, 100), row("UMKM", 2019, 110), row("UMKM", 2020, 120),
      ])
  }

  @Test func assessesEachIndicatorWithTargetAndRealisation() throws {
    let assessment = try #require(YearAssessment(Self.dataset(), year: 2020))
    #expect(assessment.year == 2020)
    // UMKM has no 2020 target: not assessed.
    #expect(assessment.rows.map(\.indicator.code) == ["RLS", "TPT"])
    // Higher is better: 7,33 / 7,44 = 98,52% (the case two-row-header.txt).
    let rls = try #require(assessment.rows[0].achievement)
    #expect(agrees(rls.value, 7.33 / 7.44 * 100, relative: 1e-14))
    #expect(abs(rls.value - 98.52) < 0.005)
    #expect(rls.category.code == "sangat-baik")
    // Lower is better: (2·6,0 − 6,3) / 6,0 = 95%.
    let tpt = try #require(assessment.rows[1].achievement)
    #expect(agrees(tpt.value, 95, relative: 1e-14))
  }

  @Test func aYearWithoutTargetsAndRealisationsIsNotAssessed() {
    let dataset = Self.dataset()
    #expect(YearAssessment(dataset, year: 2019) == nil)  // realisations only
    #expect(YearAssessment(dataset, year: 2021) == nil)  // targets only
    #expect(!YearAssessment.isFinished(2021, in: dataset))
    #expect(YearAssessment.isFinished(2020, in: dataset))
  }

  @Test func theDefaultReviewAssessesTheFinishedYearBeforeIt() throws {
    let review = DatasetReview(Self.dataset())
    #expect(review.year == 2021)
    #expect(review.assessment?.year == 2020)
    // The forecast of 2021 is unchanged by the assessment: it uses the
    // realisations up to 2020.
    #expect(review.indicators[0].history.map(\.year) == [2018, 2019, 2020])
    #expect(review.indicators[0].target == 7.63)
  }

  @Test func aFinishedYearAskedForIsAssessedAndTheNextReviewed() {
    let review = DatasetReview(
      Self.dataset(), settings: ReviewSettings(year: 2020, assessesFinishedYear: true))
    #expect(review.year == 2021)
    #expect(review.assessment?.year == 2020)
    // Without the setting (forecast, check, suggest) the year asked for is
    // the year reviewed; 2019 is not finished, so nothing is assessed.
    let check = DatasetReview(Self.dataset(), settings: ReviewSettings(year: 2020))
    #expect(check.year == 2020)
    #expect(check.assessment == nil)
    // A year that is not finished is reviewed as asked.
    let unfinished = DatasetReview(
      Self.dataset(), settings: ReviewSettings(year: 2019, assessesFinishedYear: true))
    #expect(unfinished.year == 2019)
  }

  @Test func theTextShowsTheAssessmentBeforeTheReview() throws {
    let text = TextRenderer().render(
      DatasetReview(Self.dataset()).document(.overview, in: .indonesian))
    let assessed = try #require(text.range(of: "Capaian kinerja 2020 (target dan realisasi)"))
    let reviewed = try #require(text.range(of: "Tinjauan target 2021\n"))
    #expect(assessed.upperBound < reviewed.lowerBound)
    #expect(text.contains("98,52%"))
    #expect(text.contains("95,00%"))
    #expect(text.contains("Sangat Baik"))
    // Only the overview carries it.
    #expect(
      !TextRenderer().render(DatasetReview(Self.dataset()).document(.check, in: .indonesian))
        .contains("Capaian kinerja"))
  }

  @Test func jsonAndSpreadsheetsCarryTheAssessment() throws {
    let review = DatasetReview(Self.dataset())
    let json = review.json(in: .english, suggestions: false).rendered()
    #expect(json.contains("\"assessment\": {"))
    #expect(json.contains("\"category\": \"sangat-baik\""))
    // The document's first table is the assessment; the CSV for Indonesian
    // Excel carries it with the capaian as a percentage.
    let document = review.document(.overview, in: .indonesian)
    let first = try #require(document.tables.first)
    #expect(first.name == "Capaian 2020")
    #expect(first.rows.map { $0[0] } == [.text("RLS"), .text("TPT")])
    let csv = CSVRenderer().render(document)
    #expect(csv.contains("RLS;Rata-rata Lama Sekolah;7,44;7,33;98,52%;Sangat Baik;"))
    #expect(csv.contains("TPT;Tingkat Pengangguran Terbuka;6,00%;6,30%;95,00%;Sangat Baik;"))
  }

  /// A range target is assessed by the range rule: above the upper end
  /// against the upper end, within the range 100%.
  @Test func aRangeTargetIsAssessedByTheRangeRule() throws {
    let indicator = Indicator(
      code: "A", name: "a", unit: "%", lowerBound: 0, upperBound: 100)
    func assess(_ actual: Double) throws -> Double {
      let dataset = Dataset(
        title: "t", indicators: [indicator],
        annual: [
          AnnualObservation(
            code: "A", year: 2024, actual: actual, target: 80, source: "s", targetUpper: 90)
        ])
      let row = try #require(YearAssessment(dataset, year: 2024)?.rows.first)
      #expect(row.target == TargetRange(lower: 80, upper: 90))
      return try #require(row.achievement).value
    }
    #expect(agrees(try assess(92), 92.0 / 90 * 100, relative: 1e-14))
    #expect(agrees(try assess(70), 87.5, relative: 1e-14))
    #expect(try assess(85) == 100)
    let dataset = Dataset(
      title: "t", indicators: [indicator],
      annual: [
        AnnualObservation(
          code: "A", year: 2024, actual: 85, target: 80, source: "s", targetUpper: 90)
      ])
    let text = TextRenderer().render(DatasetReview(dataset).document(.overview, in: .indonesian))
    #expect(text.contains("80,00–90,00%"), "\(text)")
  }
}
