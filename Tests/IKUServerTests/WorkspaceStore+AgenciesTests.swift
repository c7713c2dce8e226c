import Foundation
import GRDB
import IKUPlan
import TestSupport
import Testing

@testable import IKUServer

@Suite struct WorkspaceStoreAgenciesTests {
  @Test func anAgencyReadsBackAsItsFolder() throws {
    let store = try WorkspaceFixture.store()
    let dataset = try WorkspaceFixture.dataset()
    try store.addAgency(
      code: "disnakerkum", name: "Disnakerkum Tanjungpinang", dataset: dataset,
      scenarios: try WorkspaceFixture.scenarioFiles(), actor: "cli:uji")
    #expect(try store.dataset(of: "disnakerkum") == dataset)
    // And with it the review: the signed 2025 target of IKU-2 is 39,00%.
    let review = DatasetReview(try store.dataset(of: "disnakerkum"))
    #expect(review.indicators.first { $0.indicator.code == "IKU-2" }?.target == 39)
    #expect(
      try store.agencies()
        == [
          AgencySummary(
            code: "disnakerkum", name: "Disnakerkum Tanjungpinang",
            indicatorCount: dataset.indicators.count)
        ])
    #expect(try store.agencyName("disnakerkum") == "Disnakerkum Tanjungpinang")
    #expect(try store.agencyName("dinsos") == nil)
  }

  @Test func scenarioFilesRoundTripAsBytes() throws {
    let store = try WorkspaceFixture.store()
    var files = try WorkspaceFixture.scenarioFiles()
    #expect(files.count == 2)
    // Bytes that are not text, and an empty file.
    files["skenario/biner.bin"] = Data([0, 255, 13, 10, 0xEF, 0xBB, 0xBF, 0x80])
    files["skenario/kosong.yaml"] = Data()
    try store.addAgency(
      code: "d", name: "D", dataset: try WorkspaceFixture.dataset(), scenarios: files,
      actor: "uji")
    #expect(try store.scenarioFiles(of: "d") == files)
    #expect(try store.scenarioFiles(of: "tidak-ada").isEmpty)
  }

  @Test func theAdditionIsInTheAuditLog() throws {
    let store = try WorkspaceFixture.store()
    let dataset = try WorkspaceFixture.dataset()
    try store.addAgency(code: "d", name: "D", dataset: dataset, actor: "cli:uji")
    let log = try store.auditLog(of: "d")
    #expect(log.count == 1)
    let entry = try #require(log.first)
    #expect(entry.action == .agencyAdded)
    #expect(entry.actor == "cli:uji")
    #expect(entry.agency == "d")
    #expect(
      entry.newValue
        == "\(dataset.indicators.count) indikator, \(dataset.annual.count) baris tahunan, \(dataset.quarterly.count) baris triwulan"
    )
  }

  @Test func addingACodeTwiceIsRefusedAndKeepsTheFirst() throws {
    let store = try WorkspaceFixture.store()
    let dataset = try WorkspaceFixture.dataset()
    try store.addAgency(code: "d", name: "Pertama", dataset: dataset, actor: "uji")
    let other = Dataset(
      title: "Lain", indicators: [Indicator(code: "X", name: "X", unit: "%")])
    #expect(throws: WorkspaceError.agencyExists("d")) {
      try store.addAgency(code: "d", name: "Kedua", dataset: other, actor: "uji")
    }
    #expect(try store.agencyName("d") == "Pertama")
    #expect(try store.dataset(of: "d") == dataset)
    #expect(try store.auditLog(of: "d").count == 1)
  }

  @Test(arguments: ["", "dinas sosial", "../d", "d/e", "<b>", String(repeating: "d", count: 65)])
  func anInvalidCodeIsRefused(_ code: String) throws {
    let store = try WorkspaceFixture.store()
    #expect(throws: WorkspaceError.invalidName(code)) {
      try store.addAgency(
        code: code, name: "D", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    }
    #expect(try store.agencies().isEmpty)
  }

  @Test func anUnknownAgencyHasNoDataset() throws {
    let store = try WorkspaceFixture.store()
    #expect(throws: WorkspaceError.unknownAgency("dinsos")) { try store.dataset(of: "dinsos") }
  }

  /// A row naming an indicator that is not in `indicators` breaks the
  /// foreign key half-way through the insertions: nothing of the agency
  /// stays.
  @Test func aFailingAdditionLeavesNothing() throws {
    let store = try WorkspaceFixture.store()
    var dataset = try WorkspaceFixture.dataset()
    dataset.annual.append(AnnualObservation(code: "IKU-99", year: 2024, actual: 1, source: "uji"))
    #expect(throws: (any Error).self) {
      try store.addAgency(code: "d", name: "D", dataset: dataset, actor: "uji")
    }
    #expect(try store.agencies().isEmpty)
    let counts = try store.pool.read { db in
      try ["agency", "indicator", "annualValue", "quarterlyValue", "scenarioFile", "auditEntry"]
        .map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1 }
    }
    #expect(counts == [0, 0, 0, 0, 0, 0])
    // The code is free for a correct addition.
    try store.addAgency(code: "d", name: "D", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    #expect(try store.dataset(of: "d") == (try WorkspaceFixture.dataset()))
  }

  @Test func twoIndicatorsWithOneCodeLeaveNothing() throws {
    let store = try WorkspaceFixture.store()
    let dataset = Dataset(
      title: "Dua kali",
      indicators: [
        Indicator(code: "IKU-1", name: "Satu", unit: "%"),
        Indicator(code: "IKU-1", name: "Satu lagi", unit: "%"),
      ])
    #expect(throws: (any Error).self) {
      try store.addAgency(code: "d", name: "D", dataset: dataset, actor: "uji")
    }
    #expect(try store.agencies().isEmpty)
  }

  @Test func agenciesAreListedByCodeWithTheirIndicatorCounts() throws {
    let store = try WorkspaceFixture.store()
    let one = Dataset(title: "Satu", indicators: [Indicator(code: "X", name: "X", unit: "orang")])
    try store.addAgency(code: "zeta", name: "Zeta", dataset: one, actor: "uji")
    try store.addAgency(
      code: "alfa", name: "Alfa", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    #expect(
      try store.agencies()
        == [
          AgencySummary(code: "alfa", name: "Alfa", indicatorCount: 6),
          AgencySummary(code: "zeta", name: "Zeta", indicatorCount: 1),
        ])
  }
}
