import Foundation
import Hummingbird
import IKUPlan

/// `/api/agencies/{agency}/imports`: a planner's IKU sheet into their agency.
///
/// Two steps: the upload is read and checked and its effect shown (what
/// it adds, or the conflicts that stop it), then confirmed.
/// Nothing of the agency changes before the confirmation, and the
/// confirmation is one transaction.
struct ImportAPI {
  let store: WorkspaceStore

  func register(on router: Router<WorkspaceContext>) {
    router.post("/api/agencies/:agency/imports", use: upload)
    router.post("/api/agencies/:agency/imports/:id", use: confirm)
  }

  /// The sheet's bytes as the body, `?name=FILE.xlsx` (its extension says
  /// how to read it) and `?replace=true` to let its values replace
  /// differing ones → 200 `{"import", "summary", "report", "added",
  /// "changed", "newIndicators"}`; 422 with the conflict or the cell that
  /// cannot be read.
  @Sendable func upload(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    let account = try context.editor(of: agency)
    let name = request.uri.queryParameters["name"].map(String.init) ?? "lembar.xlsx"
    let replacing = request.uri.queryParameters["replace"] == "true"
    let body = try await request.body.collect(upTo: context.maxUploadSize)
    let content = Data(buffer: body)
    let l = request.language
    let json = try await offload {
      let preview = try store.previewImport(
        content, fileName: name, replacing: replacing, agency: agency, account: account)
      return JSONValue.object([
        ("import", .string(preview.id)),
        ("summary", .string(preview.sheet.summary(folder: nil, in: l))),
        ("report", .string(preview.merge.report(in: l))),
        ("added", .int(preview.merge.added.count)),
        ("changed", .int(preview.merge.changed.count)),
        ("newIndicators", .array(preview.merge.newIndicators.map(JSONValue.string))),
      ])
    }
    return JSONResponse.make(json)
  }

  /// Saves a checked upload → 200 `{"added", "changed"}`; 404 for an
  /// unknown or expired upload; 422 for a conflict that appeared since.
  @Sendable func confirm(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    let account = try context.editor(of: agency)
    let id = try context.pathParameter("id")
    let merge = try await offload {
      try store.applyImport(id, agency: agency, account: account)
    }
    return JSONResponse.make(
      .object([("added", .int(merge.added.count)), ("changed", .int(merge.changed.count))]))
  }
}
