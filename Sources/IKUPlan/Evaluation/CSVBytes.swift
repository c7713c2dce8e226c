/// Bytes of a CSV being built, numbers written without building strings.
///
/// A reused buffer of raw memory that grows as needed: a worker formats a
/// block of rows into it, the block is written out, and the buffer is
/// emptied for the next one. Doubles are spelled by ``ShortestDecimal``
/// (the bytes of `value.description`) straight into it. One thread at a
/// time.
final class CSVBytes {
  /// The number of bytes so far.
  private(set) var count = 0
  private var capacity: Int
  private var base: UnsafeMutablePointer<UInt8>

  /// Room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes so far, copied.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Calls `body` with the bytes so far, in place.
  func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Empties the bytes, keeping their room.
  func removeAll() { count = 0 }

  /// Makes room for `extra` more bytes.
  @inline(__always) private func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private func grow(to needed: Int) {
    let larger = max(needed, 2 * capacity)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.update(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }

  /// Appends `value` as `value.description` spells it; `value` is finite.
  func append(_ value: Double) {
    reserve(ShortestDecimal.room)
    count += ShortestDecimal.write(value, to: base + count)
  }

  /// Appends a whole number as `String(value)` spells it.
  func append(_ value: Int) {
    guard (0..<100_000_000).contains(value) else {
      var text = String(value)  // a small string: no allocation
      text.withUTF8 { append($0) }
      return
    }
    // Periods (years) and most counts: eight digits at most.
    reserve(ShortestDecimal.room)
    let start = UnsafeMutableRawPointer(base + count)
    let digits = ShortestDecimal.digitCount(UInt64(value))
    count +=
      ShortestDecimal.storeDigits(
        UInt64(value), count: digits, pointAfter: digits, at: start) - start
  }

  /// Appends one byte (a delimiter or a line end).
  func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends bytes as they are.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    reserve(bytes.count)
    (base + count).update(from: start, count: bytes.count)
    count += bytes.count
  }
}
