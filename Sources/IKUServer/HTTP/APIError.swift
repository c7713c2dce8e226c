import Foundation
import Hummingbird
import IKUPlan

/// A refusal of the API: an HTTP status and a JSON body
/// `{"error": {"code", "message"}}`, the message in the request's
/// language.
public struct APIError: Error, HTTPResponseError, Sendable {
  public var status: HTTPResponse.Status
  /// A stable code for programs (`unauthenticated`, `forbidden`,
  /// `csrf`, `stale`, …).
  public var code: String
  var words: @Sendable (Language) -> String
  var headers: HTTPFields = [:]

  /// No session, or an expired one.
  static let unauthenticated = APIError(
    status: .unauthorized, code: "unauthenticated",
    words: { $0.text(id: "Silakan masuk lebih dulu.", en: "Please sign in first.") })
  /// Signed in, but not allowed to reach this.
  static let forbidden = APIError(
    status: .forbidden, code: "forbidden",
    words: {
      $0.text(id: "Akun Anda tidak berhak membuka ini.", en: "Your account may not open this.")
    })
  /// A state-changing request without the session's CSRF token.
  static let csrf = APIError(
    status: .forbidden, code: "csrf",
    words: {
      $0.text(
        id: "Permintaan ini tidak membawa token CSRF sesi Anda; muat ulang halaman.",
        en: "This request lacks your session's CSRF token; reload the page.")
    })
  /// An admin removing their own account (the workspace would be left
  /// without anyone who manages accounts).
  static let ownAccount = APIError(
    status: .conflict, code: "own-account",
    words: {
      $0.text(
        id: "Akun sendiri tidak dapat dihapus di sini; hapus dari akun admin lain.",
        en: "Your own account cannot be removed here; remove it from another admin account.")
    })
  /// A wrong username or password.
  static let wrongPassword = APIError(
    status: .unauthorized, code: "wrong-password",
    words: {
      $0.text(id: "Nama pengguna atau kata sandi salah.", en: "Wrong username or password.")
    })

  /// Too many failed sign-ins.
  static func throttled(retryAfter seconds: Int) -> APIError {
    APIError(
      status: .tooManyRequests, code: "throttled",
      words: { l in
        let minutes = (seconds + 59) / 60
        return l.text(
          id: "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam \(minutes) menit.",
          en: "Too many failed sign-ins; try again in \(minutes) minute\(minutes == 1 ? "" : "s").")
      }, headers: [.retryAfter: String(seconds)])
  }

  /// A request body that is not what the route takes.
  static func badRequest(_ words: @escaping @Sendable (Language) -> String) -> APIError {
    APIError(status: .badRequest, code: "bad-request", words: words)
  }

  /// A workspace error with its status.
  init(_ error: WorkspaceError) {
    words = { error.message(in: $0) }
    switch error {
    case .unknownAgency, .unknownIndicator, .unknownAccount, .unknownImport:
      (status, code) = (.notFound, "not-found")
    case .staleVersion(let current):
      (status, code) = (.conflict, "stale")
      headers = [.eTag: ETag.value(current)]
    case .agencyExists, .accountExists:
      (status, code) = (.conflict, "exists")
    case .invalidName, .invalidYear, .invalidTarget, .passwordTooShort, .passwordTooLong,
      .agencyCount,
      .outOfBounds, .beyondMagnitude, .missingSource, .invalidQuarter:
      (status, code) = (.unprocessableContent, "invalid")
    case .database, .backupOverDatabase:
      (status, code) = (.internalServerError, "database")
    }
  }

  init(
    status: HTTPResponse.Status, code: String,
    words: @escaping @Sendable (Language) -> String, headers: HTTPFields = [:]
  ) {
    self.status = status
    self.code = code
    self.words = words
    self.headers = headers
  }

  /// The JSON error for `/api/…`; for a page, a page with the message, or
  /// the sign-in page when there is no session.
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    let path = request.uri.path
    if path != "/api" && !path.hasPrefix("/api/") {
      if code == APIError.unauthenticated.code {
        return Response(status: .seeOther, headers: [.location: "/masuk"])
      }
      let l = request.language
      let session = (context as? WorkspaceContext)?.session
      var response = Page(
        title: l.text(id: "Tidak dapat dibuka", en: "Cannot be opened"), language: l,
        session: session, body: [Element("p", [("class", "message")], text: words(l))]
      ).response(status: status)
      response.headers.append(contentsOf: headers)
      return response
    }
    let body = JSONValue.object([
      (
        "error",
        .object([
          ("code", .string(code)), ("message", .string(words(request.language))),
        ])
      )
    ])
    var response = JSONResponse.make(body, status: status)
    response.headers.append(contentsOf: headers)
    return response
  }
}

/// Responses holding ikuplan's JSON (``JSONValue``: keys in order,
/// round-trip doubles).
enum JSONResponse {
  static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: value.rendered())))
  }
}

/// A row version as an HTTP entity tag (`"3"`), and back from `If-Match`.
enum ETag {
  static func value(_ version: Int) -> String { "\"\(version)\"" }

  /// The version an `If-Match` header names (`"3"`, `W/"3"` or `3`);
  /// `nil` when there is no header.
  ///
  /// - Throws: a 400 ``APIError`` for a header that names no version.
  static func version(ifMatch request: Request) throws -> Int? {
    guard let header = request.headers[.ifMatch] else { return nil }
    var text = header.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("W/") { text.removeFirst(2) }
    text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    guard let version = Int(text), version >= 0 else {
      throw APIError.badRequest {
        $0.text(
          id: "If-Match harus berisi versi baris, mis. \"3\".",
          en: "If-Match must hold the row's version, e.g. \"3\".")
      }
    }
    return version
  }
}

extension Request {
  /// The cookie that keeps a person's choice of language (`/bahasa/en`).
  static let languageCookie = "ikuplan_bahasa"

  /// The language of the words in responses: `?lang=en|id`, else the
  /// language cookie, else Bahasa Indonesia.
  var language: Language {
    uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
      ?? cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .indonesian
  }
}
