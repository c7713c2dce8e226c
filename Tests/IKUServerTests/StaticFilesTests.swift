import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// The pages' stylesheet and script, served from memory to anyone.
@Suite struct StaticFilesTests {
  @Test func theScriptAndTheStylesheets() async throws {
    let store = try WorkspaceFixture.store()
    try await WorkspaceFixture.withClient(store) { client in
      let script = try await client.get("/static/ikuplan.js")
      #expect(script.status == .ok)
      #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
      #expect(String(buffer: script.body) == StaticFiles.script)
      #expect(String(buffer: script.body).hasPrefix("\"use strict\";"))
      for language in Language.allCases {
        let css = try await client.get("/static/ikuplan-\(language.rawValue).css")
        #expect(css.status == .ok, "\(language)")
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(
          String(buffer: css.body)
            == HTMLRenderer.stylesheet(in: language) + StaticFiles.pageCSS)
        #expect(css.headers[.xContentTypeOptions] == "nosniff")
      }
      #expect(try await client.get("/favicon.ico").status == .noContent)
      #expect(try await client.get("/static/ikuplan-fr.css").status == .notFound)
    }
  }

  /// The script sets text only, never markup, and talks to the workspace
  /// alone.
  @Test func theScriptWritesNoMarkup() throws {
    let script = StaticFiles.script
    for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] {
      #expect(!script.contains(sink), "\(sink)")
    }
    #expect(!script.contains("http://") && !script.contains("https://"))
    // Every request that names a method (a state change; reads are plain
    // `fetch(url)`) carries the session's CSRF token: `send` and each
    // `method: "…"` written out.
    let send = try #require(script.range(of: "async function send("))
    #expect(script[send.upperBound...].prefix(200).contains("\"X-CSRF-Token\": csrf"))
    let calls = script.components(separatedBy: "method: \"").dropFirst()
    #expect(calls.count >= 2)
    for call in calls {
      let statement = call.components(separatedBy: "});").first ?? call
      #expect(statement.contains("\"X-CSRF-Token\": csrf"), "\(statement)")
    }
  }
}
