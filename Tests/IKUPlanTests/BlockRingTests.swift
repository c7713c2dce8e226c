import Foundation
import Testing

@testable import IKUPlan

@Suite struct BlockRingTests {
  /// A box a worker writes its block's number into.
  final class Box: @unchecked Sendable { var block = -1 }

  /// Runs `workers` threads over `blocks` blocks.
  ///
  /// The consumer reads up to `stopAfter` blocks, then cancels. Returns the
  /// blocks it read, in order, and how many were claimed.
  func run(blocks: Int, slots: Int, workers: Int, stopAfter: Int? = nil) -> (
    read: [Int], claimed: Int
  ) {
    let ring = BlockRing(blocks: blocks, slots: slots) { Box() }
    let claimed = Slots<Int>(count: workers)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var count = 0
        while let (block, box) = ring.claim() {
          count += 1
          if block % 3 == 0 { usleep(200) }  // blocks finish out of order
          box.block = block
          ring.finish(block)
        }
        claimed.store(worker, count)
      }
    }
    var read: [Int] = []
    for block in 0..<min(blocks, stopAfter ?? blocks) {
      read.append(ring.finished(block).block)
      ring.release(block)
    }
    ring.cancel()
    group.wait()
    return (read, (0..<workers).reduce(0) { $0 + (claimed.take($1) ?? 0) })
  }

  @Test(arguments: [1, 2, 4])
  func blocksAreReadInOrder(workers: Int) {
    let result = run(blocks: 100, slots: 2 * workers, workers: workers)
    #expect(result.read == Array(0..<100))
    #expect(result.claimed == 100)
  }

  /// A consumer that stops leaves no worker waiting, and the workers stop
  /// claiming: at most a ring's worth beyond what was read.
  @Test func cancellingStopsTheWorkers() {
    let result = run(blocks: 1_000, slots: 4, workers: 2, stopAfter: 10)
    #expect(result.read == Array(0..<10))
    #expect(result.claimed <= 10 + 4 + 2)
  }

  @Test func noBlocksIsNoWork() {
    #expect(run(blocks: 0, slots: 2, workers: 1).read == [])
  }
}
