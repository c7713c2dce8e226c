internal import Foundation

/// Results filled by worker threads (`DispatchQueue.concurrentPerform`),
/// one slot each, taken in order once the work is done.
final class Slots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The value of slot `index`, which the slot then no longer holds.
  func take(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    let value = slots[index]
    slots[index] = nil
    return value
  }
}
