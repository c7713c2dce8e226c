import Hummingbird
import IKUPlan
import Logging

/// Turns every error a route throws into an ``APIError``: a workspace
/// error into its status, a body Hummingbird could not decode into 400,
/// anything else into 500 with the details in the server's log only.
struct ErrorMiddleware: RouterMiddleware {
  typealias Context = WorkspaceContext

  func handle(
    _ request: Request, context: WorkspaceContext,
    next: (Request, WorkspaceContext) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as APIError {
      throw error
    } catch let error as WorkspaceError {
      if case .database = error { context.logger.error("\(error)") }
      throw APIError(error)
    } catch let error as HTTPError where error.status.code < 500 {
      throw APIError(
        status: error.status, code: error.status == .notFound ? "not-found" : "bad-request",
        words: { l in
          switch error.status {
          case .notFound: return l.text(id: "Alamat ini tidak ada.", en: "No such address.")
          case .contentTooLarge:
            return l.text(id: "Isi permintaan terlalu besar.", en: "The request body is too large.")
          default:
            return l.text(
              id: "Isi permintaan tidak dapat dibaca sebagai JSON yang diharapkan.",
              en: "The request body cannot be read as the JSON expected.")
          }
        })
    } catch {
      context.logger.error("\(request.method) \(request.uri.path): \(error)")
      throw APIError(
        status: .internalServerError, code: "internal",
        words: {
          $0.text(
            id: "Terjadi galat di server; rinciannya ada di log server.",
            en: "The server failed; the details are in its log.")
        })
    }
  }
}
