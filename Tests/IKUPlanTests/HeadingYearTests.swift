import Testing

@testable import IKUPlan

@Suite struct HeadingYearTests {
  @Test func relativeSpellings() {
    #expect(HeadingYear("TAHUN-1") == .relative(1))
    #expect(HeadingYear("TAHUN 2") == .relative(2))
    #expect(HeadingYear("TAHUN KE-3") == .relative(3))
    #expect(HeadingYear("TARGET KINERJA TH. 4") == .relative(4))
    #expect(HeadingYear("THN 5 RP") == .relative(5))
    #expect(HeadingYear("TAHUN 2024") == .calendar(2024))
    #expect(HeadingYear("TAHUN ANGGARAN") == nil)
    #expect(HeadingYear("SATUAN") == nil)
  }

  @Test func theEndsOfThePeriod() {
    #expect(HeadingYear("KONDISI KINERJA PADA AWAL PERIODE RENSTRA") == .periodStart)
    #expect(HeadingYear("KONDISI KINERJA PADA AKHIR PERIODE RENSTRA") == .periodEnd)
    #expect(HeadingYear("TARGET AKHIR RPJMD 2021") == .calendar(2021))
    #expect(TableLayout.role("KONDISI KINERJA PADA AKHIR PERIODE RENSTRA") == .target)
    #expect(TableLayout.role("KONDISI KINERJA PADA AWAL PERIODE RENSTRA") == .actual)
  }

  @Test func resolvedFromTheFirstYear() {
    #expect(HeadingYear.relative(1).resolved(base: 2021, lastRelative: 5) == 2021)
    #expect(HeadingYear.relative(5).resolved(base: 2021, lastRelative: 5) == 2025)
    #expect(HeadingYear.relative(0).resolved(base: 2021, lastRelative: 5) == 2020)
    #expect(HeadingYear.periodStart.resolved(base: 2021, lastRelative: 5) == 2020)
    #expect(HeadingYear.periodEnd.resolved(base: 2021, lastRelative: 3) == 2023)
    #expect(HeadingYear.relative(2).resolved(base: nil, lastRelative: 5) == nil)
    #expect(HeadingYear.calendar(2019).resolved(base: nil, lastRelative: 5) == 2019)
  }

  @Test func moneyHeadingsAndTheirScale() {
    #expect(RupiahHeading("RP") == RupiahHeading(field: .budget, scale: 1))
    #expect(RupiahHeading("TAHUN-1 RP (JUTA)") == RupiahHeading(field: .budget, scale: 1e6))
    #expect(RupiahHeading("PAGU INDIKATIF (RP MILIAR)")?.scale == 1e9)
    #expect(RupiahHeading("RP M")?.scale == 1e9)
    #expect(RupiahHeading("ANGGARAN (RP 000)")?.scale == 1e3)
    #expect(RupiahHeading("ANGGARAN (RIBU RUPIAH)")?.scale == 1e3)
    #expect(
      RupiahHeading("REALISASI ANGGARAN 2023") == RupiahHeading(field: .budgetSpent, scale: 1))
    #expect(RupiahHeading("TARGET KINERJA DAN KERANGKA PENDANAAN") == nil)
    #expect(RupiahHeading("TARGET 2024") == nil)
  }
}
