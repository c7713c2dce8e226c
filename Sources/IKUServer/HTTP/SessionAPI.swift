import Foundation
import Hummingbird
import IKUPlan

/// `/api/session`: signing in and out.
struct SessionAPI {
  let store: WorkspaceStore
  let throttle: LoginThrottle

  struct Credentials: Decodable {
    var username: String
    var password: String
  }

  func register(on router: Router<WorkspaceContext>) {
    router.post("/api/session", use: signIn)
    router.get("/api/session", use: current)
    router.delete("/api/session", use: signOut)
  }

  /// `{"username", "password"}` → 200 `{"csrfToken", "account"}` and the
  /// session cookie; 401 on a wrong name or password; 429 after too many.
  @Sendable func signIn(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let credentials = try await request.decode(as: Credentials.self, context: context)
    let result = try await offload {
      try store.signIn(
        username: credentials.username, password: credentials.password, throttle: throttle)
    }
    switch result {
    case .refused: throw APIError.wrongPassword
    case .throttled(let seconds): throw APIError.throttled(retryAfter: seconds)
    case .signedIn(let token, let csrf, let account):
      var response = JSONResponse.make(
        .object([("csrfToken", .string(csrf)), ("account", account.json)]))
      response.setCookie(Self.cookie(token))
      return response
    }
  }

  /// The session cookie: HttpOnly, SameSite=Strict, for the session's
  /// lifetime.
  static func cookie(_ token: String) -> Cookie {
    Cookie(
      name: SessionMiddleware.cookie, value: token, maxAge: Int(WorkspaceStore.sessionLifetime),
      path: "/", httpOnly: true, sameSite: .strict)
  }

  /// The signed-in account and its CSRF token; 401 without a session.
  @Sendable func current(_ request: Request, context: WorkspaceContext) async throws -> Response {
    guard let session = context.session else { throw APIError.unauthenticated }
    return JSONResponse.make(
      .object([("csrfToken", .string(session.csrfToken)), ("account", session.account.json)]))
  }

  /// Ends the session and clears the cookie.
  @Sendable func signOut(_ request: Request, context: WorkspaceContext) async throws -> Response {
    if let token = context.sessionToken {
      try await offload { try store.signOut(token: token) }
    }
    var response = Response(status: .noContent)
    response.setCookie(
      Cookie(
        name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true,
        sameSite: .strict))
    return response
  }
}

extension Account {
  /// `{"username", "role", "agencies"}`.
  var json: JSONValue {
    .object([
      ("username", .string(username)), ("role", .string(role.rawValue)),
      ("agencies", .array(agencies.map(JSONValue.string))),
    ])
  }
}
