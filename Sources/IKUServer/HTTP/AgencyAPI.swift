import Foundation
import Hummingbird
import IKUPlan

/// `/api/agencies…`: the agencies an account reads, an agency's review,
/// its targets and its audit log.
struct AgencyAPI {
  let store: WorkspaceStore
  let reviews: ReviewCache

  func register(on router: Router<WorkspaceContext>) {
    router.get("/api/agencies", use: list)
    router.get("/api/agencies/:agency/review", use: review)
    router.get("/api/agencies/:agency/targets/:indicator/:year", use: target)
    router.put("/api/agencies/:agency/targets/:indicator/:year", use: setTarget)
    router.get("/api/agencies/:agency/audit", use: audit)
  }

  /// The agencies the account may read: `[{"code", "name", "indicators"}]`.
  @Sendable func list(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let account = try context.account()
    let agencies = try await offload { try store.agencies() }
    return JSONResponse.make(
      .array(
        agencies.filter { account.canRead(agency: $0.code) }.map {
          .object([
            ("code", .string($0.code)), ("name", .string($0.name)),
            ("indicators", .int($0.indicatorCount)),
          ])
        }))
  }

  /// The review of `ikuplan review --format json` for the agency's
  /// dataset, `?year=` as `--year`.
  @Sendable func review(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let year = try request.uri.queryParameters["year"].map { text in
      guard let year = Int(String(text)) else {
        throw APIError.badRequest { l in
          l.text(
            id: "?year= harus berupa tahun, mis. 2025 (tertulis \"\(text)\").",
            en: "?year= must be a year, e.g. 2025 (it says \"\(text)\").")
        }
      }
      return try Self.checked(year)
    }
    let language = request.language
    let json = try await offload {
      try reviews.review(of: agency, year: year).json(in: language, suggestions: true)
    }
    return JSONResponse.make(json)
  }

  /// `{"indicator", "year", "target", "targetUpper", "version"}` with the
  /// version as `ETag`.
  @Sendable func target(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let (agency, indicator, year) = try Self.targetPath(context)
    _ = try context.reader(of: agency)
    let stored = try await offload {
      try store.target(agency: agency, indicator: indicator, year: year)
    }
    var response = JSONResponse.make(stored.json)
    response.headers[.eTag] = ETag.value(stored.version)
    return response
  }

  struct TargetChange: Decodable {
    var value: Double
    var upper: Double?
    var reason: String?
  }

  /// `{"value", "upper"?, "reason"?}` with `X-CSRF-Token` and optionally
  /// `If-Match` → 200 and the indicator's review for that year (a member
  /// of the review's `indicators`), the new version as `ETag`; 409 when
  /// the row changed since the version in `If-Match`.
  @Sendable func setTarget(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let (agency, indicator, year) = try Self.targetPath(context)
    let account = try context.editor(of: agency)
    let expected = try ETag.version(ifMatch: request)
    let change = try await request.decode(as: TargetChange.self, context: context)
    let language = request.language
    let (stored, json) = try await offload {
      let stored = try store.setTarget(
        agency: agency, indicator: indicator, year: year, value: change.value,
        upper: change.upper, reason: change.reason, actor: account.username,
        expectedVersion: expected)
      let dataset = try store.dataset(of: agency)
      guard let reviewed = dataset.indicator(indicator) else {
        throw WorkspaceError.unknownIndicator(agency: agency, code: indicator)
      }
      let review = IndicatorReview(
        reviewed, in: dataset, year: year, settings: ReviewSettings(year: year))
      return (stored, review.json(in: language, suggestions: true))
    }
    var response = JSONResponse.make(json)
    response.headers[.eTag] = ETag.value(stored.version)
    return response
  }

  /// The agency's audit log, newest first: 1000 entries, and with
  /// `?before=ID` the 1000 before entry ID (the next page).
  @Sendable func audit(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let before = try request.uri.queryParameters["before"].map { text in
      guard let id = Int64(String(text)) else {
        throw APIError.badRequest { l in
          l.text(
            id: "?before= harus nomor entri, mis. 120.",
            en: "?before= must be an entry number, e.g. 120.")
        }
      }
      return id
    }
    let entries = try await offload {
      _ = try store.name(of: agency)
      return try store.auditLog(of: agency, before: before)
    }
    return JSONResponse.make(.array(entries.map(\.json)))
  }

  /// The path's agency, indicator and year; a request without a session
  /// is refused (401) before the path is judged.
  private static func targetPath(_ context: WorkspaceContext) throws -> (String, String, Int) {
    _ = try context.account()
    let year = try context.parameters.require("year", as: Int.self)
    return (
      try context.pathParameter("agency"), try context.pathParameter("indicator"),
      try checked(year)
    )
  }

  private static func checked(_ year: Int) throws -> Int {
    guard Dataset.years.contains(year) else { throw APIError(.invalidYear(year)) }
    return year
  }
}

extension StoredTarget {
  var json: JSONValue {
    .object([
      ("indicator", .string(indicator)), ("year", .int(year)),
      ("target", target.map(JSONValue.double) ?? .null),
      ("targetUpper", targetUpper.map(JSONValue.double) ?? .null),
      ("version", .int(version)),
    ])
  }
}

extension AuditEntry {
  /// `{"id", "at", "actor", "action", "indicator", "year", "quarter",
  /// "field", "old", "new", "reason"}`; values as written (JSON numbers'
  /// text), absent ones `null`.
  var json: JSONValue {
    func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    return .object([
      ("id", id.map { .int(Int($0)) } ?? .null), ("at", .string(at)), ("actor", .string(actor)),
      ("action", .string(action.rawValue)), ("indicator", text(indicator)),
      ("year", year.map(JSONValue.int) ?? .null), ("quarter", quarter.map(JSONValue.int) ?? .null),
      ("field", text(field)), ("old", text(oldValue)), ("new", text(newValue)),
      ("reason", text(reason)),
    ])
  }
}
