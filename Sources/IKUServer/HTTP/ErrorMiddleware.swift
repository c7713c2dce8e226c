import Hummingbird
import IKUPlan
import Logging

/// Turns every error a route throws into an ``APIError``'s response: a
/// workspace error into its status, a body Hummingbird could not decode
/// into 400, anything else into 500 with the details in the server's log
/// only.
///
/// It runs after ``SessionMiddleware``, so that an error page shows the
/// signed-in frame.
struct ErrorMiddleware: RouterMiddleware {
  typealias Context = WorkspaceContext

  func handle(
    _ request: Request, context: WorkspaceContext,
    next: (Request, WorkspaceContext) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch {
      return try refusal(error, context: context).response(from: request, context: context)
    }
  }

  private func refusal(_ error: any Error, context: WorkspaceContext) -> APIError {
    switch error {
    case let error as APIError:
      return error
    case let error as WorkspaceError:
      if case .database = error { context.logger.error("\(error)") }
      return APIError(error)
    case let error as InputError:
      return APIError(
        status: .unprocessableContent, code: "invalid-data", words: { error.message(in: $0) })
    case let error as HTTPError where error.status.code < 500:
      return APIError(
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
    default:
      context.logger.error("\(error)")
      return APIError(
        status: .internalServerError, code: "internal",
        words: {
          $0.text(
            id: "Terjadi galat di server; rinciannya ada di log server.",
            en: "The server failed; the details are in its log.")
        })
    }
  }
}
