import HTTPTypes

extension HTTPField.Name {
  /// `X-CSRF-Token`, which carries a session's CSRF token.
  static let csrfToken = known("X-CSRF-Token")
  /// `Referrer-Policy`.
  static let referrerPolicy = known("Referrer-Policy")
  /// `X-Frame-Options`.
  static let xFrameOptions = known("X-Frame-Options")

  /// A header name written in this file.
  private static func known(_ name: String) -> HTTPField.Name {
    guard let field = HTTPField.Name(name) else {
      preconditionFailure("\(name) is a valid header name")
    }
    return field
  }
}
