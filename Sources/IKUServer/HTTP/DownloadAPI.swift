import Foundation
import Hummingbird
import IKUPlan
import ZIPFoundation

/// `/api/agencies/{agency}/download/{file}`: an agency as the files a
/// planner takes away — `dataset.zip` (the dataset folder every command
/// reads), `laporan.html` (the report of `ikuplan report`) and
/// `laporan.xlsx` (its workbook).
///
/// Each is made from the dataset folder the agency exports to a temporary
/// folder, so that a download and the CLI on that folder give the same
/// numbers.
struct DownloadAPI {
  let store: WorkspaceStore

  /// The files offered.
  enum File: String, CaseIterable {
    case dataset = "dataset.zip"
    case report = "laporan.html"
    case workbook = "laporan.xlsx"

    var contentType: String {
      switch self {
      case .dataset: return "application/zip"
      case .report: return "text/html; charset=utf-8"
      case .workbook: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      }
    }
  }

  func register(on router: Router<WorkspaceContext>) {
    router.get("/api/agencies/:agency/download/:file", use: download)
  }

  static func path(_ agency: String, _ file: File) -> String {
    "/api/agencies/\(Paths.escapedSegment(agency))/download/\(file.rawValue)"
  }

  @Sendable func download(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    guard let file = File(rawValue: try context.pathParameter("file")) else {
      throw HTTPError(.notFound)
    }
    let language = request.language
    let store = store
    let (bytes, name) = try await offload {
      try Self.make(file, of: agency, store: store, language: language)
    }
    return Response(
      status: .ok,
      headers: [
        .contentType: file.contentType, .cacheControl: "no-store",
        .contentDisposition: "attachment; filename=\"\(name)\"",
      ],
      body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// The file's bytes and its name (`disnakerkum-laporan-iku-2025.html`).
  static func make(_ file: File, of agency: String, store: WorkspaceStore, language: Language)
    throws -> (Data, String)
  {
    let temporary = FileManager.default.temporaryDirectory
      .appendingPathComponent("ikuplan-download-\(SessionToken.random().prefix(16))")
    defer { try? FileManager.default.removeItem(at: temporary) }
    let folder = temporary.appendingPathComponent(agency)
    try store.exportFolder(of: agency, to: folder.path)
    switch file {
    case .dataset:
      let zip = temporary.appendingPathComponent("dataset.zip")
      try FileManager.default.zipItem(at: folder, to: zip)
      return (try Data(contentsOf: zip), "\(agency)-dataset.zip")
    case .report:
      let report = try HTMLReport(folder: folder.path, language: language)
      return (Data(report.html.utf8), "\(agency)-laporan-iku-\(report.year).html")
    case .workbook:
      let report = try HTMLReport(folder: folder.path, language: language)
      let path = temporary.appendingPathComponent("laporan.xlsx").path
      try XLSXRenderer().write(report.workbookDocument, to: path)
      return (
        try Data(contentsOf: URL(fileURLWithPath: path)),
        "\(agency)-laporan-iku-\(report.year).xlsx"
      )
    }
  }
}
