import Foundation
import GRDB
import Testing

@testable import IKUServer

@Suite struct WorkspaceStoreSessionsTests {
  /// A whole second, as the store keeps times to the second.
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)

  private func store() throws -> (WorkspaceStore, Account) {
    let store = try WorkspaceFixture.store()
    try store.addAgency(code: "a", name: "A", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    let ana = try store.addAccount(
      username: "ana", password: WorkspaceFixture.password, role: .planner, agencies: ["a"],
      actor: "uji")
    return (store, ana)
  }

  /// Signs in with the right password at `now`; records an issue unless
  /// that opens a session.
  private func signIn(_ store: WorkspaceStore, at now: Date) throws -> (String, String)? {
    let result = try store.signIn(username: "ana", password: WorkspaceFixture.password, now: now)
    guard case .signedIn(let token, let csrf, _) = result else {
      Issue.record("not signed in: \(result)")
      return nil
    }
    return (token, csrf)
  }

  @Test func theRightPasswordOpensASession() throws {
    let (store, ana) = try store()
    let result = try store.signIn(username: "ana", password: WorkspaceFixture.password, now: t0)
    guard case .signedIn(let token, let csrf, let account) = result else {
      Issue.record("\(result)")
      return
    }
    #expect(account == ana)
    #expect(token.count == 64 && csrf.count == 64 && token != csrf)
    #expect(
      try store.session(token: token, now: t0.addingTimeInterval(60))
        == Session(account: ana, csrfToken: csrf))
    #expect(try store.session(token: csrf, now: t0) == nil)
    #expect(try store.session(token: "", now: t0) == nil)
  }

  @Test func aWrongPasswordAndAnUnknownNameAreRefusedAlike() throws {
    let (store, _) = try store()
    #expect(try store.signIn(username: "ana", password: "kata-sandi-salah", now: t0) == .refused)
    #expect(
      try store.signIn(username: "tidak-ada", password: WorkspaceFixture.password, now: t0)
        == .refused)
    // The password of one account does not open another's.
    #expect(
      try store.signIn(username: "ANA", password: WorkspaceFixture.password, now: t0) == .refused)
    let sessions = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM session")
    }
    #expect(sessions == 0)
  }

  @Test func fiveFailuresThrottleTheNameEvenWithTheRightPassword() throws {
    let (store, _) = try store()
    for second in 0..<5 {
      #expect(
        try store.signIn(
          username: "ana", password: "kata-sandi-salah", now: t0.addingTimeInterval(Double(second)))
          == .refused)
    }
    // The oldest failure (t0) is 60 s old: 900 − 60 = 840 s to wait.
    let now = t0.addingTimeInterval(60)
    #expect(
      try store.signIn(username: "ana", password: WorkspaceFixture.password, now: now)
        == .throttled(retryAfter: 840))
    // A throttled attempt is not a new failure: the wait runs from t0.
    #expect(
      try store.signIn(username: "ana", password: "salah-lagi-1", now: t0.addingTimeInterval(100))
        == .throttled(retryAfter: 800))
    // Once the oldest failure is a window old, the right password works.
    #expect(try signIn(store, at: t0.addingTimeInterval(900)) != nil)
  }

  @Test func theThrottleIsPerUsernameAndCountsUnknownNames() throws {
    let (store, _) = try store()
    for _ in 0..<5 {
      _ = try store.signIn(username: "budi", password: "kata-sandi-salah", now: t0)
    }
    #expect(
      try store.signIn(username: "budi", password: "kata-sandi-salah", now: t0)
        == .throttled(retryAfter: 900))
    #expect(try signIn(store, at: t0) != nil)
  }

  @Test func aCustomThrottle() throws {
    let (store, _) = try store()
    let throttle = LoginThrottle(allowedFailures: 2, window: 60)
    for _ in 0..<2 {
      #expect(
        try store.signIn(
          username: "ana", password: "kata-sandi-salah", throttle: throttle, now: t0) == .refused)
    }
    #expect(
      try store.signIn(
        username: "ana", password: WorkspaceFixture.password, throttle: throttle,
        now: t0.addingTimeInterval(15)) == .throttled(retryAfter: 45))
  }

  @Test func signingInClearsTheNamesFailures() throws {
    let (store, _) = try store()
    for _ in 0..<4 {
      #expect(try store.signIn(username: "ana", password: "kata-sandi-salah", now: t0) == .refused)
    }
    #expect(try signIn(store, at: t0) != nil)
    // Had the four stayed, this fifth failure would throttle the next
    // attempt.
    #expect(try store.signIn(username: "ana", password: "kata-sandi-salah", now: t0) == .refused)
    #expect(try signIn(store, at: t0.addingTimeInterval(1)) != nil)
    let failures = try store.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM loginFailure WHERE username = 'ana'")
    }
    #expect(failures == 0)
  }

  @Test func aSessionLastsAWorkingDay() throws {
    let (store, ana) = try store()
    #expect(WorkspaceStore.sessionLifetime == 10 * 60 * 60)
    let (token, csrf) = try #require(try signIn(store, at: t0))
    let lifetime = WorkspaceStore.sessionLifetime
    #expect(
      try store.session(token: token, now: t0.addingTimeInterval(lifetime - 1))
        == Session(account: ana, csrfToken: csrf))
    #expect(try store.session(token: token, now: t0.addingTimeInterval(lifetime + 1)) == nil)
  }

  @Test func expiredSessionsAreRemovedAtTheNextSignIn() throws {
    let (store, _) = try store()
    let (old, _) = try #require(try signIn(store, at: t0))
    let later = t0.addingTimeInterval(WorkspaceStore.sessionLifetime + 60)
    let (new, _) = try #require(try signIn(store, at: later))
    let hashes = try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT tokenHash FROM session")
    }
    #expect(hashes == [SessionToken.digest(new)])
    #expect(!hashes.contains(SessionToken.digest(old)))
  }

  @Test func signingOutEndsOnlyThatSession() throws {
    let (store, ana) = try store()
    let (first, _) = try #require(try signIn(store, at: t0))
    let (second, secondCSRF) = try #require(try signIn(store, at: t0))
    try store.signOut(token: first)
    #expect(try store.session(token: first, now: t0) == nil)
    #expect(
      try store.session(token: second, now: t0) == Session(account: ana, csrfToken: secondCSRF))
    // Signing out an unknown token changes nothing.
    try store.signOut(token: "tidak-ada")
    #expect(try store.session(token: second, now: t0) != nil)
  }

  /// The database keeps the token's SHA-256 (`SessionTokenTests` checks
  /// the digest against FIPS 180-2), so that a copy signs nobody in.
  @Test func theDatabaseKeepsTheTokensDigestNotTheToken() throws {
    let (store, _) = try store()
    let (token, csrf) = try #require(try signIn(store, at: t0))
    let rows = try store.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT tokenHash, csrfToken FROM session")
    }
    #expect(rows.count == 1)
    let tokenHash: String = try #require(rows.first)["tokenHash"]
    #expect(tokenHash == SessionToken.digest(token))
    #expect(tokenHash != token)
    #expect(try #require(rows.first)["csrfToken"] == csrf)
    let found = try store.pool.read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM session WHERE tokenHash = ? OR csrfToken = ?
            OR instr(tokenHash, ?) > 0
          """, arguments: [token, token, token])
    }
    #expect(found == 0)
  }

  private func failures(_ store: WorkspaceStore) throws -> [String] {
    try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT username FROM loginFailure ORDER BY username")
    }
  }

  /// Every attempt is recorded as a failure before its bcrypt check, in
  /// the transaction that counts the name's failures: attempts made at
  /// once cannot all pass the limit while their checks run.
  @Test func attemptsAtOnceCannotTogetherPassTheLimit() async throws {
    let (store, _) = try store()
    let throttle = LoginThrottle(allowedFailures: 3, window: 900)
    let now = t0
    let results = try await withThrowingTaskGroup(of: SignIn.self) { group in
      for _ in 0..<12 {
        group.addTask {
          try store.signIn(
            username: "ana", password: "kata-sandi-salah", throttle: throttle, now: now)
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 12)
    #expect(results.filter { $0 == .refused }.count == 3)
    #expect(results.filter { $0 == .throttled(retryAfter: 900) }.count == 9)
    #expect(try failures(store) == ["ana", "ana", "ana"])
  }

  @Test func aSuccessRemovesItsOwnAttemptAndTheNamesFailures() throws {
    let (store, _) = try store()
    // One failure allowed: the attempt recorded before the check would
    // throttle the next one, were it not removed on success.
    let throttle = LoginThrottle(allowedFailures: 1, window: 900)
    for second in 0..<3 {
      let result = try store.signIn(
        username: "ana", password: WorkspaceFixture.password, throttle: throttle,
        now: t0.addingTimeInterval(Double(second)))
      guard case .signedIn = result else {
        Issue.record("\(result)")
        return
      }
    }
    #expect(try failures(store).isEmpty)
  }

  @Test func aSuccessRemovesOtherNamesFailuresOnlyOnceTheyAreOld() throws {
    let (store, _) = try store()
    _ = try store.signIn(username: "budi", password: "salah-sekali", now: t0)
    _ = try store.signIn(
      username: "cici", password: "salah-sekali", now: t0.addingTimeInterval(600))
    #expect(try failures(store) == ["budi", "cici"])
    // 16 minutes on: budi's failure is older than the window, cici's not.
    #expect(try signIn(store, at: t0.addingTimeInterval(960)) != nil)
    #expect(try failures(store) == ["cici"])
  }

  /// bcrypt reads 72 bytes: a password that only adds to a 72-byte one is
  /// another password, and must not open the account.
  @Test func aPasswordLongerThanBcryptReadsDoesNotOpenTheAccount() throws {
    let store = try WorkspaceFixture.store()
    let password = String(repeating: "k", count: Password.maximumBytes)
    try store.addAccount(
      username: "ana", password: password, role: .admin, agencies: [], actor: "uji")
    guard case .signedIn = try store.signIn(username: "ana", password: password, now: t0) else {
      Issue.record("the 72-byte password does not sign in")
      return
    }
    let longer = try store.signIn(username: "ana", password: password + "tambahan", now: t0)
    #expect(longer == .refused)
  }
}
