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

  /// Every field of every kind of row, each with a value of its own, so
  /// that two columns read into each other's place would show.
  @Test func everyFieldReadsBack() throws {
    let store = try WorkspaceFixture.store()
    let dataset = Dataset(
      title: "Semua kolom", source: "uji: semua kolom",
      indicators: [
        Indicator(
          code: "A", objective: "Sasaran A", name: "Nama A", formula: "p / q × 100", unit: "%",
          polarity: .lower, lowerBound: 0, upperBound: 100, numeratorLabel: "p",
          denominatorLabel: "q", rollup: .average, isPolarityInferred: true),
        Indicator(
          code: "B", name: "Nama B", unit: "rupiah", polarity: .range, lowerBound: -5,
          upperBound: nil, rollup: .sum),
        Indicator(code: "C", name: "Nama C", unit: "orang"),
      ],
      annual: [
        AnnualObservation(
          code: "A", year: 2023, actual: 12.5, target: 10.25, numerator: 25, denominator: 200,
          budget: 1_500_000, budgetSpent: 1_250_000.5, source: "sumber A 2023",
          targetUpper: 11.75),
        AnnualObservation(code: "B", year: 2024, actual: -3.125, source: "ilustrasi: B"),
        AnnualObservation(code: "A", year: 2022, target: 0.001_25, source: "sumber A 2022"),
      ],
      quarterly: [
        QuarterlyObservation(
          code: "A", year: 2024, quarter: 3, actual: 7.5, numerator: 3, denominator: 40,
          source: "sumber A T3"),
        QuarterlyObservation(code: "B", year: 2024, quarter: 1, actual: 2, source: "ilustrasi"),
      ])
    try store.addAgency(code: "semua", name: "Semua", dataset: dataset, actor: "uji")
    let read = try store.dataset(of: "semua")
    #expect(read == dataset)
    // Field by field, for a clearer message should the whole differ.
    #expect(read.indicators == dataset.indicators)
    #expect(read.annual == dataset.annual)
    #expect(read.quarterly == dataset.quarterly)
    #expect(read.title == "Semua kolom" && read.source == "uji: semua kolom")
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
    // Facts, not words: the page says them in its language.
    #expect(entry.field == "indicators")
    #expect(entry.newValue == String(dataset.indicators.count))
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

/// `ikuplan agency add` killed (SIGKILL) in the middle of storing a large
/// agency: the database is intact and holds all of the agency or none of
/// it, and the agency can be added again.
@Suite struct AgencyAdditionKilledTests {
  private static let indicators = 3000
  private static let years = 2013...2024

  /// A dataset folder of `indicators` percentages with a realisation for
  /// each of `years`, in the Indonesian form of the bundled folder.
  private static func largeFolder() throws -> URL {
    let folder = try temporaryFolder()
    var indicators = "kode;indikator;satuan\n"
    var annual = "kode;tahun;realisasi;target;sumber\n"
    for i in 1...Self.indicators {
      indicators += "IKU-\(i);Indikator uji nomor \(i);%\n"
      for year in Self.years {
        let hundredths = (i * 7 + year * 3) % 10_000
        let (whole, cents) = (hundredths / 100, hundredths % 100)
        annual += "IKU-\(i);\(year);\(whole),\(cents < 10 ? "0" : "")\(cents);;ilustrasi: uji\n"
      }
    }
    _ = try writeFile("indikator.csv", indicators, in: folder)
    _ = try writeFile("realisasi.csv", annual, in: folder)
    return folder
  }

  private static func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  @Test func aKilledAdditionLeavesAllOrNothing() throws {
    let folder = try Self.largeFolder()
    let directory = try temporaryFolder()
    // Some 10 MB of files: not left in the temporary folder.
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: directory)
    }
    let db = directory.appendingPathComponent("ruang-kerja.db").path
    let arguments = ["agency", "add", "big", "--name", "Big", "--from", folder.path, "--db", db]
    let process = Process()
    process.executableURL = try ikuplanExecutable()
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
    }
    // Opening the database writes the tables (about 125 KiB of WAL);
    // reading the folder writes nothing; the insertions then spill pages
    // to the WAL inside the one transaction, several MiB of them before
    // the commit. Past 512 KiB the transaction is well under way.
    let wal = db + "-wal"
    while process.isRunning && Self.size(wal) < 512 * 1024 {
      usleep(2_000)
    }
    let walAtKill = Self.size(wal)
    let wasRunning = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    print("killed with \(walAtKill) bytes of WAL, the process running: \(wasRunning)")
    #expect(process.terminationReason == .uncaughtSignal || !wasRunning)

    let store = try WorkspaceStore(path: db, passwordCost: 4)
    let integrity = try store.pool.read { db in
      try String.fetchAll(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == ["ok"])
    let counts = try store.pool.read { db in
      try ["indicator", "annualValue", "auditEntry"].map {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0) WHERE agency = 'big'") ?? -1
      }
    }
    // When this was written, the kill came with some 0.5 MiB of WAL out
    // of some 3.5 MiB at the commit, the process still running: the agency
    // was absent.
    let agencies = try store.agencies()
    if agencies.isEmpty {
      #expect(counts == [0, 0, 0])
      let again = try runIKUPlan(arguments)
      #expect(again.status == 0, "\(again.standardError)")
      let rows = Self.indicators * Self.years.count
      #expect(
        again.standardOutput
          == "OPD big ditambahkan: \(Self.indicators) indikator, \(rows) baris tahunan, 0 baris triwulan.\n"
      )
      #expect(
        try store.agencies() == [AgencySummary(code: "big", name: "Big", indicatorCount: 3000)])
    } else {
      // Killed after the commit: all of it.
      #expect(
        agencies == [AgencySummary(code: "big", name: "Big", indicatorCount: Self.indicators)])
      #expect(counts == [Self.indicators, Self.indicators * Self.years.count, 1])
      let again = try runIKUPlan(arguments)
      #expect(again.status == 1)
    }
    let dataset = try store.dataset(of: "big")
    #expect(dataset.indicators.count == Self.indicators)
    #expect(dataset.annual.count == Self.indicators * Self.years.count)
  }
}
