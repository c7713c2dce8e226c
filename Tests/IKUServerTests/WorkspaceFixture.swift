import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import TestSupport
import Testing

@testable import IKUServer

/// What the IKUServer tests share: a fresh database per test, the bundled
/// agency folder, accounts, and a signed-in client of the router.
enum WorkspaceFixture {
  /// The bundled agency folder (`history/tanjungpinang-disnakerkum`).
  static let folder = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum")
    .path

  /// The folder's dataset, as `Dataset(folder:)` reads it.
  static func dataset() throws -> Dataset { try Dataset(folder: folder) }

  /// The files of the folder's `skenario/`, by the names the store keeps
  /// (`skenario/…`), as bytes.
  static func scenarioFiles() throws -> [String: Data] {
    let directory = (folder as NSString).appendingPathComponent("skenario")
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory)
    where !name.hasPrefix(".") {
      files["skenario/" + name] = try Data(
        contentsOf: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(name)))
    }
    return files
  }

  /// The file name of the folder's signed IKU sheet, which holds the 2024
  /// realisations and 2025 targets of `realisasi.csv`.
  static let sheetName = "IKU-2025-Disnakerkum-Tanjungpinang.txt"

  /// The signed IKU sheet's bytes; `edit` changes its text first (a value
  /// that conflicts with the folder's, say).
  static func sheet(_ edit: (String) -> String = { $0 }) throws -> Data {
    let text = try String(
      contentsOfFile: (folder as NSString).appendingPathComponent(sheetName), encoding: .utf8)
    return Data(edit(text).utf8)
  }

  /// The agency before its signed sheet: the folder without the rows of
  /// 2024 and 2025 in `realisasi.csv`, the 12 values (6 realisations of
  /// 2024, 6 targets of 2025) that the sheet adds.
  static func datasetBeforeSheet() throws -> Dataset {
    let copy = try temporaryFolder().appendingPathComponent("sebelum-lembar")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: folder), to: copy)
    let annual = copy.appendingPathComponent("realisasi.csv")
    // The file's lines end in CRLF, one `Character` in Swift.
    let lines = try String(contentsOf: annual, encoding: .utf8)
      .split(separator: "\r\n", omittingEmptySubsequences: false)
      .filter { !$0.contains(";2024;") && !$0.contains(";2025;") }
    try lines.joined(separator: "\r\n").write(to: annual, atomically: true, encoding: .utf8)
    return try Dataset(folder: copy.path)
  }

  /// The password of every account the fixtures add (10 characters or
  /// more).
  static let password = "kata-sandi-uji"

  /// A fresh database in its own temporary folder, with bcrypt's cheapest
  /// cost.
  static func store() throws -> WorkspaceStore {
    try WorkspaceStore(
      path: try temporaryFolder().appendingPathComponent("ruang-kerja.db").path, passwordCost: 4)
  }

  /// The "Done when" workspace: agencies `a` and `b` (both the bundled
  /// folder), an admin `admin`, planners `ana` (of `a`) and `budi` (of
  /// `b`), an inspector `ina` (of `a`) and a Bappeda account `bapp`.
  static func twoAgencies() throws -> WorkspaceStore {
    let store = try store()
    let dataset = try dataset()
    try store.addAgency(code: "a", name: "OPD A", dataset: dataset, actor: "uji")
    try store.addAgency(code: "b", name: "OPD B", dataset: dataset, actor: "uji")
    try store.addAccount(
      username: "admin", password: password, role: .admin, agencies: [], actor: "uji")
    try store.addAccount(
      username: "ana", password: password, role: .planner, agencies: ["a"], actor: "uji")
    try store.addAccount(
      username: "budi", password: password, role: .planner, agencies: ["b"], actor: "uji")
    try store.addAccount(
      username: "ina", password: password, role: .inspector, agencies: ["a"], actor: "uji")
    try store.addAccount(
      username: "bapp", password: password, role: .bappeda, agencies: [], actor: "uji")
    return store
  }

  /// Runs `body` with a client of the workspace's router.
  static func withClient<Value: Sendable>(
    _ store: WorkspaceStore, throttle: LoginThrottle = LoginThrottle(),
    _ body: @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    let app = Application(router: Workspace(store: store, throttle: throttle).router())
    return try await app.test(.router, body)
  }
}

/// A session signed in through `POST /api/session`.
struct SignedInClient {
  /// The `Set-Cookie` header of the sign-in response.
  var setCookie: String
  /// The session token from that cookie.
  var token: String
  /// The CSRF token of the response's body.
  var csrfToken: String

  /// The headers of a request of this session (the cookie only).
  var headers: HTTPFields { [.cookie: "\(SessionMiddleware.cookie)=\(token)"] }

  /// The headers of a state-changing request: the cookie and the CSRF
  /// token.
  var editing: HTTPFields {
    var fields = headers
    fields[.csrfToken] = csrfToken
    return fields
  }
}

/// The body of a sign-in request.
func credentials(_ username: String, _ password: String = WorkspaceFixture.password)
  -> ByteBuffer
{
  let object = ["username": username, "password": password]
  // JSONSerialization escapes whatever the strings hold.
  let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
  return ByteBuffer(bytes: data)
}

extension TestClientProtocol {
  /// Signs in through the API and returns the session.
  func signIn(_ username: String, password: String = WorkspaceFixture.password) async throws
    -> SignedInClient
  {
    let response = try await execute(
      uri: "/api/session", method: .post, headers: [.contentType: "application/json"],
      body: credentials(username, password))
    try #require(response.status == .ok, "sign-in of \(username): \(String(buffer: response.body))")
    let setCookie = try #require(response.headers[.setCookie])
    let prefix = SessionMiddleware.cookie + "="
    let pair = try #require(setCookie.split(separator: ";").first)
    try #require(pair.hasPrefix(prefix))
    let body = try jsonObject(response.body)
    return SignedInClient(
      setCookie: setCookie, token: String(pair.dropFirst(prefix.count)),
      csrfToken: try #require(body["csrfToken"] as? String))
  }

  /// A GET request, of a session or of nobody.
  func get(_ uri: String, as session: SignedInClient? = nil) async throws -> TestResponse {
    try await execute(uri: uri, method: .get, headers: session?.headers ?? [:])
  }

  /// A POST of a session with its CSRF token (an upload's bytes, say).
  func post(
    _ uri: String, _ body: ByteBuffer = ByteBuffer(), as session: SignedInClient,
    headers extra: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = session.editing
    headers.append(contentsOf: extra)
    return try await execute(uri: uri, method: .post, headers: headers, body: body)
  }

  /// Sends a JSON body (a target change, say) with a session's headers.
  func put(
    _ uri: String, _ json: String, as session: SignedInClient, headers extra: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = session.editing
    headers[.contentType] = "application/json"
    headers.append(contentsOf: extra)
    return try await execute(
      uri: uri, method: .put, headers: headers, body: ByteBuffer(string: json))
  }
}

/// A response body parsed by Foundation's JSONSerialization.
func jsonValue(_ body: ByteBuffer) throws -> Any {
  try JSONSerialization.jsonObject(
    with: Data(String(buffer: body).utf8), options: [.fragmentsAllowed])
}

/// A response body that is a JSON object.
func jsonObject(_ body: ByteBuffer) throws -> [String: Any] {
  try #require(try jsonValue(body) as? [String: Any], "\(String(buffer: body))")
}

/// The `error.code` and `error.message` of an API refusal.
func apiError(_ response: TestResponse) throws -> (code: String, message: String) {
  let error = try #require(try jsonObject(response.body)["error"] as? [String: Any])
  return (
    try #require(error["code"] as? String), try #require(error["message"] as? String)
  )
}

/// A page's HTML.
func html(_ response: TestResponse) -> String { String(buffer: response.body) }

/// The rows of a page's tables, each the text of its cells (`th` and
/// `td`), tags removed and the five escapes read back.
func tableRows(_ html: String) -> [[String]] {
  func matches(_ pattern: String, in text: String) -> [String] {
    guard
      let expression = try? NSRegularExpression(
        pattern: pattern, options: [.dotMatchesLineSeparators])
    else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
  return matches("<tr[^>]*>(.*?)</tr>", in: html).map { row in
    matches("<t[dh][^>]*>(.*?)</t[dh]>", in: row).map { cell in
      cell.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
  }
}

/// How many times `part` occurs in `text`.
func occurrences(of part: String, in text: String) -> Int {
  text.components(separatedBy: part).count - 1
}

/// Text as a page writes it between tags (`&`, `<` and `>` escaped).
func htmlText(_ text: String) -> String {
  text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    .replacingOccurrences(of: ">", with: "&gt;")
}
