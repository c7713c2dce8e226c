import Crypto

/// The secrets of a signed-in session: the token in the HttpOnly cookie
/// and the CSRF token the pages send back in `X-CSRF-Token`.
///
/// Both are 256 random bits from the system's generator
/// (`SystemRandomNumberGenerator`: getrandom(2) on Linux), written as hex.
/// The database keeps only the SHA-256 of the session token, so that a
/// copy of the database (a backup) signs nobody in.
enum SessionToken {
  /// 64 hex digits of fresh randomness.
  static func random() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in
      let word = generator.next() as UInt64
      let hex = String(word, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
  }

  /// The SHA-256 of a token, as stored.
  static func digest(_ token: String) -> String {
    SHA256.hash(data: Array(token.utf8)).map { byte in
      let hex = String(byte, radix: 16)
      return hex.count == 1 ? "0" + hex : hex
    }.joined()
  }
}
