/// A person who signs in to the workspace, and what they may reach.
public struct Account: Sendable, Hashable {
  /// The store's row id.
  public var id: Int64
  /// The name they sign in with.
  public var username: String
  /// What they may do.
  public var role: Role
  /// The agencies (OPD codes) they are tied to: a planner's one, an
  /// inspector's several; empty for the other roles.
  public var agencies: [String]

  public init(id: Int64, username: String, role: Role, agencies: [String]) {
    self.id = id
    self.username = username
    self.role = role
    self.agencies = agencies
  }

  /// Whether they may read an agency's data, review and audit log.
  public func canRead(agency code: String) -> Bool {
    switch role {
    case .admin, .bappeda: return true
    case .planner, .inspector: return agencies.contains(code)
    }
  }

  /// Whether they may change an agency's values and targets.
  public func canEdit(agency code: String) -> Bool {
    role == .planner && agencies.contains(code)
  }

  /// Whether they may add accounts and agencies.
  public var managesAccounts: Bool { role == .admin }
}
