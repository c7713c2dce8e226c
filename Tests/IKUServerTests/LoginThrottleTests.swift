import Foundation
import Testing

@testable import IKUServer

@Suite struct LoginThrottleTests {
  private let t0 = Date(timeIntervalSince1970: 1_750_000_000)

  /// `count` failures, `spacing` seconds apart from `start` seconds after
  /// `t0`.
  private func failures(_ count: Int, from start: TimeInterval = 0, every spacing: TimeInterval)
    -> [Date]
  {
    (0..<count).map { t0.addingTimeInterval(start + Double($0) * spacing) }
  }

  @Test func theDefaultsAreFiveFailuresInAQuarterOfAnHour() {
    let throttle = LoginThrottle()
    #expect(throttle.allowedFailures == 5)
    #expect(throttle.window == 900)
  }

  @Test func fewerFailuresThanAllowedNeverWait() {
    let throttle = LoginThrottle()
    #expect(throttle.wait(after: [], now: t0) == nil)
    let four = failures(4, every: 1)
    #expect(throttle.wait(after: four, now: t0.addingTimeInterval(5)) == nil)
  }

  @Test func theAllowedNumberOfFailuresWaitsUntilTheOldestIsAWindowOld() {
    let throttle = LoginThrottle()
    // Failures at t0, t0+10, …, t0+40; an attempt at t0+100 waits until
    // t0+900, 800 seconds.
    let five = failures(5, every: 10)
    #expect(throttle.wait(after: five, now: t0.addingTimeInterval(100)) == 800)
    // Once the oldest is 900 seconds old, the attempt is allowed.
    #expect(throttle.wait(after: five, now: t0.addingTimeInterval(900)) == nil)
    #expect(throttle.wait(after: five, now: t0.addingTimeInterval(899)) == 1)
  }

  @Test func failuresOlderThanTheWindowAreIgnored() {
    let throttle = LoginThrottle()
    let now = t0.addingTimeInterval(2000)
    // One failure exactly a window old and four recent ones: four count.
    let failures = [now.addingTimeInterval(-900)] + self.failures(4, from: 1990, every: 1)
    #expect(throttle.wait(after: failures, now: now) == nil)
    // With five recent ones, the wait runs from the oldest recent one
    // (t0+1990, 10 seconds ago), not from the ignored one.
    let five = [now.addingTimeInterval(-900)] + self.failures(5, from: 1990, every: 1)
    #expect(throttle.wait(after: five, now: now) == 890)
  }

  @Test func theWaitIsWholeSecondsRoundedUpAndAtLeastOne() {
    let throttle = LoginThrottle(allowedFailures: 2, window: 60)
    let two = failures(2, every: 0.5)
    #expect(throttle.wait(after: two, now: t0.addingTimeInterval(10.25)) == 50)
    #expect(throttle.wait(after: two, now: t0.addingTimeInterval(59.999)) == 1)
    #expect(throttle.wait(after: two, now: t0.addingTimeInterval(60)) == nil)
  }

  @Test func aCustomNumberAndWindow() {
    let throttle = LoginThrottle(allowedFailures: 3, window: 120)
    let three = failures(3, every: 20)
    #expect(throttle.wait(after: Array(three.prefix(2)), now: t0.addingTimeInterval(50)) == nil)
    #expect(throttle.wait(after: three, now: t0.addingTimeInterval(50)) == 70)
  }

  /// Waiting the seconds answered allows the next attempt.
  ///
  /// The wait is documented as the seconds until an attempt is allowed.
  /// With more recent failures than allowed (parallel sign-ins can
  /// record them: the store reads the failures and records a new one in
  /// separate transactions, with bcrypt between), waiting that long is
  /// not enough: the wait is counted from the oldest failure rather than
  /// from the one whose expiry brings the count below the limit.
  @Test func waitingTheAnswerAllowsTheNextAttempt() throws {
    let throttle = LoginThrottle()
    // Seven failures a minute apart, from t0 to t0+360; an attempt at
    // t0+400.
    let seven = failures(7, every: 60)
    let now = t0.addingTimeInterval(400)
    let wait = try #require(throttle.wait(after: seven, now: now))
    // Five of the seven must expire before fewer than five are recent:
    // the third (t0+120) is 900 seconds old at t0+1020, 620 seconds on.
    #expect(wait == 620)
    #expect(throttle.wait(after: seven, now: now.addingTimeInterval(wait)) == nil)
  }
}
