internal import Foundation

/// Blocks of work made by several worker threads and used in order by one
/// consumer, through a ring of reused buffers.
///
/// Workers ``claim()`` blocks 0, 1, 2, … in order, each with the buffer
/// of its slot (`block % slots`) once the block a ring earlier has been
/// ``release(_:)``d, and ``finish(_:)`` it; the consumer waits for each
/// block in order (``finished(_:)``), uses its buffer and releases it.
/// ``cancel()`` (the consumer failed) makes every later claim return nil.
///
/// Free of deadlock with any number of worker threads, one included:
/// blocks are claimed in order, so every block before the one a worker
/// waits to fill has been claimed by a worker that is not waiting, and the
/// consumer can release the slot.
final class BlockRing<Buffer>: @unchecked Sendable {
  private let blocks: Int
  private let buffers: [Buffer]
  private let free: [DispatchSemaphore]
  private let ready: [DispatchSemaphore]
  private let lock = NSLock()
  private var next = 0
  private var cancelled = false

  /// A ring of `slots` buffers made by `make` for `blocks` blocks, for
  /// at most `slots` worker threads.
  init(blocks: Int, slots: Int, buffer make: () -> Buffer) {
    precondition(blocks >= 0 && slots > 0)
    self.blocks = blocks
    buffers = (0..<slots).map { _ in make() }
    // Made at 0 and signalled: libdispatch traps when a semaphore is
    // freed below the value it was made with.
    free = (0..<slots).map { _ in DispatchSemaphore(value: 0) }
    ready = (0..<slots).map { _ in DispatchSemaphore(value: 0) }
    for slot in free { slot.signal() }
  }

  /// The next block and its buffer, once the buffer is free.
  ///
  /// Nil when every block is claimed or the ring was cancelled. Worker
  /// threads.
  func claim() -> (block: Int, buffer: Buffer)? {
    lock.lock()
    guard !cancelled, next < blocks else {
      lock.unlock()
      return nil
    }
    let block = next
    next += 1
    lock.unlock()
    free[block % buffers.count].wait()
    lock.lock()
    defer { lock.unlock() }
    return cancelled ? nil : (block, buffers[block % buffers.count])
  }

  /// Marks a claimed block as made (worker threads).
  func finish(_ block: Int) { ready[block % buffers.count].signal() }

  /// The buffer of `block`, once it is made; blocks are taken in order,
  /// by the consumer only.
  func finished(_ block: Int) -> Buffer {
    ready[block % buffers.count].wait()
    return buffers[block % buffers.count]
  }

  /// Frees the buffer of a block the consumer has used.
  func release(_ block: Int) { free[block % buffers.count].signal() }

  /// Stops the claims and wakes every worker waiting for a buffer.
  func cancel() {
    lock.lock()
    cancelled = true
    lock.unlock()
    // At most one waiter a worker, and fewer workers than slots.
    for slot in free {
      for _ in buffers.indices { slot.signal() }
    }
  }
}
