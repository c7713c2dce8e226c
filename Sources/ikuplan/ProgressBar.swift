import Foundation
import IKUPlan

/// A progress line on standard error — series done, rate, time left — shown
/// only when standard error is a terminal and the work has taken more than
/// a second; silent otherwise (pipes, CI, tests).
final class ProgressBar: @unchecked Sendable {
  private let total: Int
  private let language: Language
  private let start = Date()
  private let lock = NSLock()
  private let enabled = isatty(STDERR_FILENO) != 0
  private var done = 0
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(total: Int, language: Language) {
    self.total = total
    self.language = language
  }

  /// Counts `count` more series done (from any thread).
  func advance(_ count: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += count
    let now = Date()
    let elapsed = now.timeIntervalSince(start)
    guard elapsed > 1, now.timeIntervalSince(lastDraw) > 0.1 else { return }
    lastDraw = now
    drawn = true
    let rate = Double(done) / elapsed
    let left = rate > 0 ? Double(total - done) / rate : 0
    let number = NumberFormat(language)
    let text = language.text(
      id:
        "  \(number.fixed(Double(done), decimals: 0)) / \(number.fixed(Double(total), decimals: 0)) deret"
        + " · \(number.fixed(rate, decimals: 0))/dtk · sisa \(Int(left.rounded())) dtk",
      en:
        "  \(number.fixed(Double(done), decimals: 0)) / \(number.fixed(Double(total), decimals: 0)) series"
        + " · \(number.fixed(rate, decimals: 0))/s · \(Int(left.rounded())) s left")
    FileHandle.standardError.write(Data(("\r" + text + "   ").utf8))
  }

  /// Ends the line, if one was drawn.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
