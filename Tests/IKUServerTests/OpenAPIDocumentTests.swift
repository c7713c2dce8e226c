import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Yams

@testable import IKUServer

/// `/api/openapi.yaml` against the router: every operation it lists is
/// routed, and every route this test knows is listed.
@Suite struct OpenAPIDocumentTests {
  /// The routes of `SessionAPI`, `AgencyAPI` and `Workspace`, as written
  /// there (method and path, parameters as OpenAPI writes them).
  private static let routes: Set<String> = [
    "POST /api/session", "GET /api/session", "DELETE /api/session",
    "GET /api/agencies",
    "GET /api/agencies/{agency}/review",
    "GET /api/agencies/{agency}/targets/{indicator}/{year}",
    "PUT /api/agencies/{agency}/targets/{indicator}/{year}",
    "GET /api/agencies/{agency}/audit",
    "GET /api/agencies/{agency}/values/{indicator}/{year}",
    "PUT /api/agencies/{agency}/values/{indicator}/{year}",
    "GET /api/agencies/{agency}/values/{indicator}/{year}/{quarter}",
    "PUT /api/agencies/{agency}/values/{indicator}/{year}/{quarter}",
    "POST /api/agencies/{agency}/imports",
    "POST /api/agencies/{agency}/imports/{id}",
    "GET /api/agencies/{agency}/download/{file}",
    "GET /api/accounts", "POST /api/accounts", "DELETE /api/accounts/{username}",
    "PUT /api/accounts/{username}/password",
    "GET /api/openapi.yaml",
  ]

  private static let methods = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
  ]

  /// Real values for the path parameters.
  private static func concrete(_ path: String) -> String {
    path.replacingOccurrences(of: "{agency}", with: "a")
      .replacingOccurrences(of: "{indicator}", with: "IKU-2")
      .replacingOccurrences(of: "{year}", with: "2025")
      .replacingOccurrences(of: "{quarter}", with: "2")
      .replacingOccurrences(of: "{id}", with: "no-such-upload")
      .replacingOccurrences(of: "{file}", with: "laporan.html")
      .replacingOccurrences(of: "{username}", with: "no-such-user")
  }

  private func document() async throws -> [String: Any] {
    let store = try WorkspaceFixture.store()
    let text = try await WorkspaceFixture.withClient(store) { client in
      let response = try await client.get("/api/openapi.yaml")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
      return String(buffer: response.body)
    }
    return try #require(try Yams.load(yaml: text) as? [String: Any])
  }

  /// The operations of the document as `METHOD /path`.
  private func operations(_ document: [String: Any]) throws -> Set<String> {
    let paths = try #require(document["paths"] as? [String: Any])
    var operations: Set<String> = []
    for (path, item) in paths {
      let item = try #require(item as? [String: Any], "\(path)")
      for method in Self.methods where item[method] != nil {
        operations.insert(method.uppercased() + " " + path)
      }
    }
    return operations
  }

  @Test func theDocumentIsOpenAPI31() async throws {
    let document = try await document()
    #expect(document["openapi"] as? String == "3.1.0")
    let info = try #require(document["info"] as? [String: Any])
    #expect(info["title"] is String && info["version"] is String)
  }

  @Test func everyReferenceResolves() async throws {
    let document = try await document()
    var references: [String] = []
    func collect(_ node: Any) {
      if let object = node as? [String: Any] {
        if let reference = object["$ref"] as? String { references.append(reference) }
        object.values.forEach(collect)
      } else if let array = node as? [Any] {
        array.forEach(collect)
      }
    }
    collect(document)
    #expect(!references.isEmpty)
    for reference in Set(references) {
      #expect(reference.hasPrefix("#/"), "\(reference)")
      var node: Any? = document
      for key in reference.dropFirst(2).split(separator: "/") {
        node = (node as? [String: Any])?[String(key)]
      }
      #expect(node != nil, "\(reference) points nowhere")
    }
  }

  @Test func theDocumentListsExactlyTheKnownRoutes() async throws {
    let listed = try operations(try await document())
    #expect(
      listed.subtracting(Self.routes).isEmpty, "not routed: \(listed.subtracting(Self.routes))")
    #expect(
      Self.routes.subtracting(listed).isEmpty, "not listed: \(Self.routes.subtracting(listed))")
  }

  /// Each listed operation answers something other than the router's
  /// "no such address" for a signed-in admin; every other method on the
  /// same paths does get that answer, so a route added to a listed path
  /// without the document fails here too.
  @Test func everyListedOperationIsRoutedAndNoOtherMethod() async throws {
    let listed = try operations(try await document())
    let store = try WorkspaceFixture.twoAgencies()
    let paths = Set(listed.compactMap { $0.split(separator: " ").last.map(String.init) })
    try await WorkspaceFixture.withClient(store) { client in
      for path in paths {
        for method in ["GET", "PUT", "POST", "DELETE", "PATCH"] {
          // A fresh session each time: DELETE /api/session ends it.
          let admin = try await client.signIn("admin")
          var headers = admin.editing
          headers[.contentType] = "application/json"
          let response = try await client.execute(
            uri: Self.concrete(path) + "?lang=en", method: try #require(HTTPRequest.Method(method)),
            headers: headers, body: ByteBuffer(string: "{}"))
          let noRoute =
            response.status == .notFound
            && (try? apiError(response).message) == "No such address."
          let operation = "\(method) \(path)"
          if listed.contains(operation) {
            #expect(!noRoute, "\(operation) is listed but not routed")
          } else {
            #expect(noRoute, "\(operation) answers \(response.status) but is not listed")
          }
        }
      }
    }
  }

  /// The codes of `APIError` (`unauthenticated`, …), of
  /// `APIError.init(_: WorkspaceError)` and of `ErrorMiddleware`
  /// (`internal`, for an error no route expects).
  private static let errorCodes = [
    "unauthenticated", "wrong-password", "throttled", "forbidden", "csrf", "not-found", "stale",
    "exists", "own-account", "invalid", "invalid-data", "bad-request", "database", "internal",
  ]

  @Test func theErrorSchemaNamesEveryCode() async throws {
    let document = try await document()
    let components = try #require(document["components"] as? [String: Any])
    let schemas = try #require(components["schemas"] as? [String: Any])
    let error = try #require(schemas["Error"] as? [String: Any])
    let properties = try #require(error["properties"] as? [String: Any])
    let inner = try #require(
      (properties["error"] as? [String: Any])?["properties"] as? [String: Any])
    let description = try #require((inner["code"] as? [String: Any])?["description"] as? String)
    let named = Set(
      description.split(whereSeparator: { !($0.isLetter || $0 == "-") }).map(String.init))
    for code in Self.errorCodes {
      #expect(named.contains(code), "\(code)")
    }
  }
}
