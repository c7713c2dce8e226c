import Foundation
import GRDB

/// What a sign-in attempt gave.
public enum SignIn: Sendable, Equatable {
  /// Signed in: the cookie's token, the CSRF token and the account.
  case signedIn(token: String, csrfToken: String, account: Account)
  /// The username or the password is wrong (the answer does not say
  /// which).
  case refused
  /// Too many recent failures for this username (``LoginThrottle``): try
  /// again after this many seconds.
  case throttled(retryAfter: Int)
}

/// A signed-in session as a request sees it.
public struct Session: Sendable, Equatable {
  public var account: Account
  public var csrfToken: String
}

extension WorkspaceStore {
  /// How long a session lasts after signing in: a working day.
  public static let sessionLifetime: TimeInterval = 10 * 60 * 60

  /// Checks a username and password and opens a session.
  ///
  /// Every attempt is first recorded as a failure, in the transaction that
  /// counts the name's recent failures, and removed only when the password
  /// matches: attempts made at once cannot together pass the limit while
  /// their bcrypt checks run. A name with too many recent failures is
  /// refused before the password is checked. The bcrypt check runs for
  /// unknown names too, so that the time taken does not tell which names
  /// exist.
  public func signIn(
    username: String, password: String, throttle: LoginThrottle = LoginThrottle(),
    now: Date = Date()
  ) throws -> SignIn {
    let since = Self.timestamp(now.addingTimeInterval(-throttle.window))
    let wait: TimeInterval? = try pool.write { db in
      let failures = try String.fetchAll(
        db, sql: "SELECT at FROM loginFailure WHERE username = ? AND at > ? ORDER BY at",
        arguments: [username, since]
      ).compactMap(Self.date)
      if let wait = throttle.wait(after: failures, now: now) { return wait }
      try db.execute(
        sql: "INSERT INTO loginFailure (username, at) VALUES (?, ?)",
        arguments: [username, Self.timestamp(now)])
      return nil
    }
    if let wait { return .throttled(retryAfter: Int(wait)) }
    let found = try account(named: username)
    // bcrypt reads 72 bytes: a longer attempt would open the account with
    // anything after a right beginning.
    let matches =
      password.utf8.count <= Password.maximumBytes
      && Password.verify(password, hash: found?.passwordHash ?? Password.decoy(cost: passwordCost))
    guard let found, matches else { return .refused }
    let token = SessionToken.random()
    let csrf = SessionToken.random()
    try pool.write { db in
      try db.execute(
        sql: "DELETE FROM loginFailure WHERE username = ? OR at < ?",
        arguments: [username, since])
      try db.execute(
        sql: "DELETE FROM session WHERE expiresAt < ?", arguments: [Self.timestamp(now)])
      try db.execute(
        sql: "INSERT INTO session (tokenHash, account, csrfToken, expiresAt) VALUES (?, ?, ?, ?)",
        arguments: [
          SessionToken.digest(token), found.account.id, csrf,
          Self.timestamp(now.addingTimeInterval(Self.sessionLifetime)),
        ])
    }
    return .signedIn(token: token, csrfToken: csrf, account: found.account)
  }

  /// The session a cookie's token opens, if it is known and not expired.
  public func session(token: String, now: Date = Date()) throws -> Session? {
    try pool.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT a.*, s.csrfToken FROM session s JOIN account a ON a.id = s.account
            WHERE s.tokenHash = ? AND s.expiresAt > ?
            """,
          arguments: [SessionToken.digest(token), Self.timestamp(now)])
      else { return nil }
      return Session(account: try Self.account(row, in: db), csrfToken: row["csrfToken"])
    }
  }

  /// Ends a session.
  public func signOut(token: String) throws {
    try pool.write { db in
      try db.execute(
        sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [SessionToken.digest(token)])
    }
  }

}
