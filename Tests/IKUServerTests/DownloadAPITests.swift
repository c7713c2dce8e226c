import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import TestSupport
import Testing

@testable import IKUServer

/// `/api/agencies/{agency}/download/{file}`: the agency as a dataset
/// folder, its report and the report's workbook.
@Suite struct DownloadAPITests {
  private static let title = "Dinas Tenaga Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang"

  private static func download(_ agency: String, _ file: String) -> String {
    "/api/agencies/\(agency)/download/\(file)"
  }

  /// A workspace whose agency `a` has the folder's scenario files too.
  private func store() throws -> WorkspaceStore {
    let store = try WorkspaceFixture.store()
    let dataset = try WorkspaceFixture.dataset()
    try store.addAgency(
      code: "a", name: "OPD A", dataset: dataset, scenarios: try WorkspaceFixture.scenarioFiles(),
      actor: "uji")
    try store.addAgency(code: "b", name: "OPD B", dataset: dataset, actor: "uji")
    for (name, role, agencies) in [
      ("ana", Role.planner, ["a"]), ("budi", .planner, ["b"]), ("ina", .inspector, ["a"]),
      ("bapp", .bappeda, []),
    ] {
      try store.addAccount(
        username: name, password: WorkspaceFixture.password, role: role, agencies: agencies,
        actor: "uji")
    }
    return store
  }

  /// Unzips an archive with `/usr/bin/unzip` into a new folder.
  private static func unzip(_ bytes: ByteBuffer) throws -> URL {
    let folder = try temporaryFolder()
    let archive = folder.appendingPathComponent("dataset.zip")
    try Data(buffer: bytes).write(to: archive)
    let into = folder.appendingPathComponent("isi")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-q", archive.path, "-d", into.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return into
  }

  @Test func theDatasetFolderReadsBackAsTheAgency() async throws {
    let store = try store()
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2025, value: 56.5, reason: nil, actor: "ana",
      expectedVersion: nil)
    try await WorkspaceFixture.withClient(store) { client in
      let ina = try await client.signIn("ina")
      let response = try await client.get(Self.download("a", "dataset.zip"), as: ina)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/zip")
      #expect(response.headers[.contentDisposition] == "attachment; filename=\"a-dataset.zip\"")
      #expect(response.headers[.cacheControl] == "no-store")
      #expect(Array(Data(buffer: response.body).prefix(2)) == Array("PK".utf8))
      // The archive holds the folder `a`.
      let folder = try Self.unzip(response.body).appendingPathComponent("a")
      #expect(try Dataset(folder: folder.path) == (try store.dataset(of: "a")))
      for (name, content) in try WorkspaceFixture.scenarioFiles() {
        #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == content, "\(name)")
      }
    }
  }

  @Test func theReportIsTheAgencysAsItIsNow() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get(Self.download("a", "laporan.html"), as: ana)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      #expect(
        response.headers[.contentDisposition]
          == "attachment; filename=\"a-laporan-iku-2025.html\"")
      let html = String(buffer: response.body)
      #expect(html.contains(Self.title))
      // IKU-2's signed 2025 target, 39, as the report writes it.
      #expect(html.contains("39,00%"))
      #expect(!html.contains("56,50%"))
      let put = try await client.put(
        "/api/agencies/a/targets/IKU-2/2025", #"{"value": 56.5}"#, as: ana)
      #expect(put.status == .ok)
      let after = String(
        buffer: try await client.get(Self.download("a", "laporan.html"), as: ana).body)
      #expect(after.contains("56,50%"))
      // The report of `ikuplan report` on the agency's folder.
      let folder = try temporaryFolder().appendingPathComponent("a")
      try store.exportFolder(of: "a", to: folder.path)
      #expect(after == (try HTMLReport(folder: folder.path, language: .indonesian)).html)
    }
  }

  @Test func theReportInEnglishOnRequest() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let html = String(
        buffer: try await client.get(Self.download("a", "laporan.html") + "?lang=en", as: ana).body)
      #expect(html.contains("39.00%"))
      #expect(html.contains(" lang=\"en\""))
      #expect(html.contains("IKU report 2025"))
    }
  }

  @Test func theWorkbookIsAnXLSX() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let response = try await client.get(Self.download("a", "laporan.xlsx"), as: ana)
      #expect(response.status == .ok)
      #expect(
        response.headers[.contentType]
          == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      #expect(
        response.headers[.contentDisposition]
          == "attachment; filename=\"a-laporan-iku-2025.xlsx\"")
      #expect(Array(Data(buffer: response.body).prefix(2)) == Array("PK".utf8))
      // A workbook: its parts unzip.
      let parts = try Self.unzip(response.body)
      #expect(
        FileManager.default.fileExists(
          atPath: parts.appendingPathComponent("xl/workbook.xml").path))
    }
  }

  @Test func refusals() async throws {
    let store = try store()
    try await WorkspaceFixture.withClient(store) { client in
      let ana = try await client.signIn("ana")
      let budi = try await client.signIn("budi")
      let bapp = try await client.signIn("bapp")
      for file in ["dataset.zip", "laporan.html", "laporan.xlsx"] {
        // A reader of another agency.
        let other = try await client.get(Self.download("a", file), as: budi)
        #expect(other.status == .forbidden, "\(file)")
        #expect(try apiError(other).code == "forbidden")
        #expect(try await client.get(Self.download("b", file), as: ana).status == .forbidden)
        // Nobody.
        let anonymous = try await client.get(Self.download("a", file))
        #expect(anonymous.status == .unauthorized)
        // An agency that does not exist, for someone who reads every one.
        #expect(try await client.get(Self.download("dinsos", file), as: bapp).status == .notFound)
      }
      // Bappeda reads every agency.
      #expect(try await client.get(Self.download("b", "dataset.zip"), as: bapp).status == .ok)
      for file in ["laporan.pdf", "dataset.tar", "..", "realisasi.csv"] {
        let unknown = try await client.get(Self.download("a", file), as: ana)
        #expect(unknown.status == .notFound, "\(file)")
        #expect(try apiError(unknown).code == "not-found")
      }
      // Another agency's file name is not told to be missing.
      #expect(try await client.get(Self.download("b", "laporan.pdf"), as: ana).status == .forbidden)
    }
  }
}
