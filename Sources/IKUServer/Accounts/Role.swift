import IKUPlan

/// What an account may do in the workspace (DESIGN §5a).
///
/// - `admin` manages accounts and agencies and reads every agency;
/// - `bappeda` (the city's planning board) reads every agency;
/// - `planner` reads and edits one agency;
/// - `inspector` (Inspektorat) reads the agencies named for them.
///
/// Nobody but a planner edits an agency's values: an admin or Bappeda who
/// must also edit gets a planner account of that agency, so that the audit
/// log names the person who answers for the number.
public enum Role: String, Sendable, CaseIterable, Codable {
  case admin
  case bappeda
  case planner
  case inspector

  /// Whether accounts of this role are tied to named agencies
  /// (`--agency`): exactly one for a planner, one or more for an
  /// inspector, none otherwise.
  public var agencyCount: ClosedRange<Int> {
    switch self {
    case .admin, .bappeda: return 0...0
    case .planner: return 1...1
    case .inspector: return 1...Int.max
    }
  }

  /// The role's name for people.
  public func name(in l: Language) -> String {
    switch self {
    case .admin: return l.text(id: "admin", en: "administrator")
    case .bappeda: return "Bappeda"
    case .planner: return l.text(id: "perencana", en: "planner")
    case .inspector: return l.text(id: "inspektorat", en: "inspector")
    }
  }
}
