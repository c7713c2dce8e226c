import Hummingbird
import IKUPlan

/// The request context of the workspace: Hummingbird's core storage plus
/// the signed-in session, which ``SessionMiddleware`` sets.
public struct WorkspaceContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The session the request's cookie opens, if any.
  public var session: Session?
  /// The cookie's session token, for signing out.
  var sessionToken: String?

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
  }

  /// The largest request body read: a planner's workbook.
  public var maxUploadSize: Int { 20 * 1024 * 1024 }

  /// A path parameter, percent-decoded (Hummingbird decodes the query's
  /// parameters, not the path's): `IKU%202` is the indicator `IKU 2`.
  func pathParameter(_ name: String) throws -> String {
    let raw = try parameters.require(name)
    return raw.removingPercentEncoding ?? raw
  }

  /// The signed-in account.
  ///
  /// - Throws: ``APIError/unauthenticated`` without a session.
  func account() throws -> Account {
    guard let session else { throw APIError.unauthenticated }
    return session.account
  }

  /// The signed-in account, when it may read the agency.
  ///
  /// - Throws: ``APIError/unauthenticated`` or ``APIError/forbidden``.
  func reader(of agency: String) throws -> Account {
    let account = try account()
    guard account.canRead(agency: agency) else { throw APIError.forbidden }
    return account
  }

  /// The signed-in account, when it may edit the agency.
  func editor(of agency: String) throws -> Account {
    let account = try reader(of: agency)
    guard account.canEdit(agency: agency) else { throw APIError.forbidden }
    return account
  }
}
