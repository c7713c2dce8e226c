import Foundation
import Hummingbird
import IKUPlan

/// `/api/agencies/{agency}/values/{indicator}/{year}[/{quarter}]`: an
/// indicator's realisation for a year or a quarter, read and entered with
/// its source.
struct ValueAPI {
  let store: WorkspaceStore

  func register(on router: Router<WorkspaceContext>) {
    for path in [
      "/api/agencies/:agency/values/:indicator/:year",
      "/api/agencies/:agency/values/:indicator/:year/:quarter",
    ] {
      router.get(RouterPath(path), use: read)
      router.put(RouterPath(path), use: enter)
    }
  }

  /// `{"indicator", "year", "quarter", "actual", "source", "version"}`
  /// with the version as `ETag`.
  @Sendable func read(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let (agency, indicator, year, quarter) = try Self.path(context)
    _ = try context.reader(of: agency)
    let stored = try await offload {
      try store.value(agency: agency, indicator: indicator, year: year, quarter: quarter)
    }
    return Self.response(stored)
  }

  struct Entry: Decodable {
    var value: Double
    var source: String
    var reason: String?
  }

  /// `{"value", "source", "reason"?}` with `X-CSRF-Token` and optionally
  /// `If-Match` → 200 and the stored value; 409 when stale; 422 for a
  /// value outside the indicator's bounds or without a source.
  @Sendable func enter(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let (agency, indicator, year, quarter) = try Self.path(context)
    let account = try context.editor(of: agency)
    let expected = try ETag.version(ifMatch: request)
    let entry = try await request.decode(as: Entry.self, context: context)
    let stored = try await offload {
      try store.setValue(
        agency: agency, indicator: indicator, year: year, quarter: quarter, value: entry.value,
        source: entry.source, reason: entry.reason, actor: account.username,
        expectedVersion: expected)
    }
    return Self.response(stored)
  }

  private static func response(_ stored: StoredValue) -> Response {
    var response = JSONResponse.make(
      .object([
        ("indicator", .string(stored.indicator)), ("year", .int(stored.year)),
        ("quarter", stored.quarter.map(JSONValue.int) ?? .null),
        ("actual", stored.actual.map(JSONValue.double) ?? .null),
        ("source", .string(stored.source)), ("version", .int(stored.version)),
      ]))
    response.headers[.eTag] = ETag.value(stored.version)
    return response
  }

  /// The path's agency, indicator, year and quarter; a request without a
  /// session is refused (401) before the path is judged.
  private static func path(_ context: WorkspaceContext) throws -> (String, String, Int, Int?) {
    _ = try context.account()
    let year = try context.parameters.require("year", as: Int.self)
    guard Dataset.years.contains(year) else { throw APIError(.invalidYear(year)) }
    let quarter = try context.parameters.get("quarter").map { text in
      guard let quarter = Int(text), (1...4).contains(quarter) else {
        throw APIError(.invalidQuarter(Int(text) ?? 0))
      }
      return quarter
    }
    return (
      try context.pathParameter("agency"), try context.pathParameter("indicator"),
      year, quarter
    )
  }
}
