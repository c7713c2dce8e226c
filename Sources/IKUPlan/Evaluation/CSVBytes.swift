/// Bytes of a CSV being built, numbers written without building strings.
///
/// A double is written by the standard library's own shortest round-trip
/// formatter (`Double.write(to:)`, the one `description` uses), whose
/// digits arrive here through `TextOutputStream._writeASCII` from a buffer
/// on the stack: the same bytes as `value.description`, without the string
/// `description` allocates for every number (a million-series panel writes
/// twelve million). A future standard library that stops calling
/// `_writeASCII` falls back to ``write(_:)``: slower, the same bytes.
struct CSVBytes: TextOutputStream {
  /// The bytes so far.
  private(set) var bytes: [UInt8] = []

  /// Room for `capacity` bytes.
  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  /// Empties the bytes, keeping their room.
  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

  mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: buffer)
  }

  /// Appends `value` as `value.description` spells it.
  mutating func append(_ value: Double) { value.write(to: &self) }

  /// Appends a whole number as `String(value)` spells it (a small
  /// string, built without allocating).
  mutating func append(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

  /// Appends one byte (a delimiter or a line end).
  mutating func append(byte: UInt8) { bytes.append(byte) }

  /// Appends bytes as they are.
  mutating func append(_ utf8: some Collection<UInt8>) { bytes.append(contentsOf: utf8) }
}
