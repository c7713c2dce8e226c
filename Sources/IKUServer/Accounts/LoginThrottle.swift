import Foundation

/// How repeated failed sign-ins are slowed down (OWASP's "account
/// lockout" with a time limit rather than a permanent lock).
///
/// After ``allowedFailures`` wrong passwords for one username within
/// ``window``, that username's sign-ins are refused (HTTP 429 with
/// `Retry-After`) until the oldest of those failures is ``window`` old.
/// Failures for names with no account count the same, so the answer does
/// not tell which names exist.
public struct LoginThrottle: Sendable, Hashable {
  public var allowedFailures: Int
  public var window: TimeInterval

  public init(allowedFailures: Int = 5, window: TimeInterval = 15 * 60) {
    precondition(allowedFailures > 0 && window > 0)
    self.allowedFailures = allowedFailures
    self.window = window
  }

  /// The wait before a username's next sign-in attempt.
  ///
  /// - Parameters:
  ///   - failures: the times of the username's failed sign-ins, oldest
  ///     first (older ones than ``window`` are ignored).
  ///   - now: the time of the attempt.
  /// - Returns: the seconds to wait, or `nil` when an attempt is allowed
  ///   now.
  public func wait(after failures: [Date], now: Date) -> TimeInterval? {
    let recent = failures.filter { now.timeIntervalSince($0) < window }
    guard recent.count >= allowedFailures else { return nil }
    // Attempts resume when fewer than `allowedFailures` are recent: once
    // this one, and every one before it, is `window` old.
    let expiring = recent[recent.count - allowedFailures]
    return max(1, (window - now.timeIntervalSince(expiring)).rounded(.up))
  }
}
