import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import IKUPlan
import Testing

@testable import IKUServer

/// `/akun`: the admin's list of accounts and the form that adds one.
@Suite struct AccountsPageTests {
  @Test func theAdminSeesEveryAccountAndTheForm() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      let admin = try await client.signIn("admin")
      let response = try await client.get("/akun", as: admin)
      #expect(response.status == .ok)
      let page = html(response)
      // Every account, with a remove button but on the admin's own; then the
      // log of no agency (the accounts of the admin and Bappeda).
      let rows = tableRows(page)
      #expect(
        Array(rows.prefix(6))
          == [
            ["Nama pengguna", "Peran", "OPD", ""], ["admin", "admin", "", ""],
            ["ana", "perencana", "a", "Hapus"], ["bapp", "Bappeda", "", "Hapus"],
            ["budi", "perencana", "b", "Hapus"], ["ina", "inspektorat", "a", "Hapus"],
          ])
      let logged = rows.dropFirst(7).filter { $0.count > 7 && $0[2] == "akun ditambahkan" }
      #expect(Set(logged.map { $0[7] }) == ["admin", "bapp"])
      #expect(page.contains("data-account-form=\"\""))
      #expect(page.contains("<option value=\"a\">a — OPD A</option>"))
      #expect(page.contains("<option value=\"b\">b — OPD B</option>"))
      for role in Role.allCases {
        #expect(page.contains("<option value=\"\(role.rawValue)\">"), "\(role)")
      }
      #expect(page.contains("minlength=\"10\""))
      // Never a password hash.
      #expect(!page.contains("$2b$"))
      // The navigation links the page for the admin only.
      #expect(page.contains("<a href=\"/akun\">Akun</a>"))
    }
  }

  @Test func theListIsForAdminsOnly() async throws {
    let store = try WorkspaceFixture.twoAgencies()
    try await WorkspaceFixture.withClient(store) { client in
      for username in ["ana", "ina", "bapp", "budi"] {
        let session = try await client.signIn(username)
        let response = try await client.get("/akun", as: session)
        #expect(response.status == .forbidden, "\(username)")
        let page = html(response)
        #expect(page.contains("Akun Anda tidak berhak membuka ini."))
        #expect(!page.contains("<td>admin</td>") && !page.contains("data-account-form"))
        #expect(!html(try await client.get("/opd/a/audit", as: session)).contains("href=\"/akun\""))
      }
      let anonymous = try await client.get("/akun")
      #expect(anonymous.status == .seeOther)
      #expect(anonymous.headers[.location] == "/masuk")
    }
  }
}
