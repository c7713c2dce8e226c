import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix

/// Opens the session a request's cookie names, and refuses a
/// state-changing request (POST, PUT, PATCH, DELETE) of a signed-in
/// session that does not carry the session's CSRF token in
/// `X-CSRF-Token` (OWASP's synchronizer token pattern; the cookie is
/// also `SameSite=Strict`), and any state-changing request whose `Origin`
/// is another site.
///
/// Signing in (`POST /api/session`) is the one state-changing request
/// without a session and so without a token.
struct SessionMiddleware: RouterMiddleware {
  typealias Context = WorkspaceContext
  let store: WorkspaceStore

  /// The session cookie's name.
  static let cookie = "ikuplan_sesi"
  /// The header that carries the CSRF token.
  static let csrfHeader = HTTPField.Name.csrfToken

  func handle(
    _ request: Request, context: WorkspaceContext,
    next: (Request, WorkspaceContext) async throws -> Response
  ) async throws -> Response {
    // A state-changing request sent by another site's page (its browser
    // says so in `Origin`) is refused before anything else, signing in
    // included (OWASP: verifying origin with standard headers).
    if Self.changesState(request.method), let origin = request.headers[.origin],
      !Self.isSameOrigin(origin, host: request.head.authority)
    {
      throw APIError.csrf
    }
    var context = context
    if let token = request.cookies[Self.cookie]?.value, !token.isEmpty {
      context.sessionToken = token
      context.session = try await offload { try store.session(token: token) }
    }
    if let session = context.session, Self.changesState(request.method),
      !Self.isSignIn(request)
    {
      guard let sent = request.headers[Self.csrfHeader],
        Self.constantTimeEqual(sent, session.csrfToken)
      else { throw APIError.csrf }
    }
    return try await next(request, context)
  }

  /// `POST /api/session` or `/masuk`: signing in, which a page without a session
  /// sends, and which changes nothing a forged request could abuse.
  static func isSignIn(_ request: Request) -> Bool {
    request.method == .post && ["/api/session", "/masuk"].contains(request.uri.path)
  }

  /// Whether an `Origin` header (`http://127.0.0.1:8080`) names the host
  /// the request was sent to (`Host: 127.0.0.1:8080`).
  static func isSameOrigin(_ origin: String, host: String?) -> Bool {
    guard let host, let schemeEnd = origin.range(of: "://") else { return false }
    return origin[schemeEnd.upperBound...].lowercased() == host.lowercased()
  }

  static func changesState(_ method: HTTPRequest.Method) -> Bool {
    ![.get, .head, .options].contains(method)
  }

  /// Compares two tokens in time that depends on their length only.
  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}

/// Runs blocking work (SQLite through GRDB, bcrypt, a review's fits) on
/// NIO's thread pool, so that it never holds one of the few threads of
/// Swift's cooperative pool that every request shares.
func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
  try await NIOThreadPool.singleton.runIfActive(work)
}
