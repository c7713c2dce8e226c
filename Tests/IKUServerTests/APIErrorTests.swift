import HTTPTypes
import Hummingbird
import Testing

@testable import IKUServer

@Suite struct APIErrorTests {
  @Test func eachWorkspaceErrorHasItsStatusAndCode() {
    let cases: [(WorkspaceError, HTTPResponse.Status, String)] = [
      (.unknownAgency("x"), .notFound, "not-found"),
      (.unknownIndicator(agency: "x", code: "IKU-9"), .notFound, "not-found"),
      (.unknownAccount("x"), .notFound, "not-found"),
      (.staleVersion(current: 3), .conflict, "stale"),
      (.agencyExists("x"), .conflict, "exists"),
      (.accountExists("x"), .conflict, "exists"),
      (.invalidName("x y"), .unprocessableContent, "invalid"),
      (.invalidYear(1800), .unprocessableContent, "invalid"),
      (.invalidTarget(lower: 2, upper: 1), .unprocessableContent, "invalid"),
      (.beyondMagnitude(1e200), .unprocessableContent, "invalid"),
      (.passwordTooShort, .unprocessableContent, "invalid"),
      (.agencyCount(.planner, given: 0), .unprocessableContent, "invalid"),
      (.database(path: "x.db", reason: "disk penuh"), .internalServerError, "database"),
    ]
    for (error, status, code) in cases {
      let api = APIError(error)
      #expect(api.status == status, "\(error)")
      #expect(api.code == code, "\(error)")
      #expect(api.words(.english) == error.message(in: .english))
      #expect(api.words(.indonesian) == error.message(in: .indonesian))
    }
  }

  @Test func aStaleVersionCarriesTheCurrentETag() {
    #expect(APIError(.staleVersion(current: 7)).headers[.eTag] == "\"7\"")
    #expect(APIError(.unknownAgency("x")).headers[.eTag] == nil)
    #expect(ETag.value(0) == "\"0\"")
    #expect(ETag.value(12) == "\"12\"")
  }

  @Test func throttlingSaysTheMinutesAndSetsRetryAfter() {
    let error = APIError.throttled(retryAfter: 61)
    #expect(error.status == .tooManyRequests)
    #expect(error.headers[.retryAfter] == "61")
    // 61 seconds are two minutes begun.
    #expect(error.words(.english) == "Too many failed sign-ins; try again in 2 minutes.")
    #expect(
      error.words(.indonesian)
        == "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam 2 menit.")
    #expect(APIError.throttled(retryAfter: 60).words(.english).contains("again in 1 minute"))
  }
}
