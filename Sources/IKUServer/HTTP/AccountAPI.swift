import Foundation
import Hummingbird
import IKUPlan

/// `/api/accounts`: the accounts, listed and added by an admin.
struct AccountAPI {
  let store: WorkspaceStore

  func register(on router: Router<WorkspaceContext>) {
    router.get("/api/accounts", use: list)
    router.post("/api/accounts", use: add)
    router.delete("/api/accounts/:username", use: remove)
    router.put("/api/accounts/:username/password", use: setPassword)
  }

  /// `[{"username", "role", "agencies"}]`; admins only.
  @Sendable func list(_ request: Request, context: WorkspaceContext) async throws -> Response {
    guard try context.account().managesAccounts else { throw APIError.forbidden }
    let accounts = try await offload { try store.accounts() }
    return JSONResponse.make(.array(accounts.map(\.json)))
  }

  struct NewAccount: Decodable {
    var username: String
    var password: String
    var role: Role
    var agencies: [String]?
  }

  /// `{"username", "password", "role", "agencies"?}` with `X-CSRF-Token`
  /// → 201 and the account; admins only; 409 for an existing name, 422
  /// for a short password or the wrong number of agencies.
  @Sendable func add(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let admin = try context.account()
    guard admin.managesAccounts else { throw APIError.forbidden }
    let new = try await request.decode(as: NewAccount.self, context: context)
    let account = try await offload {
      try store.addAccount(
        username: new.username, password: new.password, role: new.role,
        agencies: new.agencies ?? [], actor: admin.username)
    }
    return JSONResponse.make(account.json, status: .created)
  }

  /// Removes an account; admins only, and not their own.
  @Sendable func remove(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let admin = try context.account()
    guard admin.managesAccounts else { throw APIError.forbidden }
    let username = try context.pathParameter("username")
    guard username != admin.username else { throw APIError.ownAccount }
    try await offload { try store.removeAccount(username, actor: admin.username) }
    return Response(status: .noContent)
  }

  struct NewPassword: Decodable {
    var password: String
  }

  /// `{"password"}`: an admin resets anyone's password, anyone changes
  /// their own; the account's sessions end (the caller signs in again).
  @Sendable func setPassword(_ request: Request, context: WorkspaceContext) async throws
    -> Response
  {
    let account = try context.account()
    let username = try context.pathParameter("username")
    guard account.managesAccounts || account.username == username else {
      throw APIError.forbidden
    }
    let new = try await request.decode(as: NewPassword.self, context: context)
    try await offload {
      try store.setPassword(of: username, to: new.password, actor: account.username)
    }
    return Response(status: .noContent)
  }
}
