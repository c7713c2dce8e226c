import HummingbirdBcrypt
import Synchronization

/// Password hashing with bcrypt (Provos & Mazières 1999), through
/// hummingbird-auth's `HummingbirdBcrypt`.
public enum Password {
  /// The shortest password accepted.
  public static let minimumLength = 10
  /// The longest password accepted, in UTF-8 bytes: bcrypt reads no more,
  /// so two passwords that differ only beyond it would both sign in.
  public static let maximumBytes = 72

  /// The bcrypt cost: 2¹² rounds, which is what slows a guessing attacker
  /// who has the database. (Tests use a lower cost, through
  /// ``WorkspaceStore``'s `passwordCost`.)
  public static let cost: UInt8 = 12

  /// The hash stored for a password (`$2b$12$…`, salt included).
  ///
  /// - Precondition: the password is at least ``minimumLength`` characters;
  ///   callers check and say so to the person first.
  public static func hash(_ password: String, cost: UInt8) -> String {
    precondition(
      password.count >= minimumLength && password.utf8.count <= maximumBytes,
      "check the password's length first")
    return Bcrypt.hash(password, cost: cost)
  }

  /// Whether a password matches a stored hash.
  public static func verify(_ password: String, hash: String) -> Bool {
    Bcrypt.verify(password, hash: hash)
  }

  /// A bcrypt hash of a random password at `cost`, for a name with no
  /// account.
  ///
  /// Checking against it makes the answer take as long as for a name that
  /// has one. Made once per cost, when first needed (a command that signs
  /// nobody in never pays for it).
  static func decoy(cost: UInt8) -> String {
    decoys.withLock { decoys in
      if let hash = decoys[cost] { return hash }
      let hash = Bcrypt.hash(SessionToken.random(), cost: cost)
      decoys[cost] = hash
      return hash
    }
  }

  private static let decoys = Mutex<[UInt8: String]>([:])
}
