import Hummingbird
import IKUPlan

/// `/akun`: an admin's list of accounts and the form that adds one
/// (through ``AccountAPI``).
struct AccountsPage {
  let store: WorkspaceStore

  func register(on router: Router<WorkspaceContext>) {
    router.get("/akun", use: page)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    guard try context.account().managesAccounts else { throw APIError.forbidden }
    let l = request.language
    let (accounts, agencies, log) = try await offload {
      (try store.accounts(), try store.agencies(), try store.auditLog(of: nil, limit: 200))
    }
    var body = [Element("h1", text: l.text(id: "Akun", en: "Accounts"))]
    body.append(
      Element.table(
        header: [
          l.text(id: "Nama pengguna", en: "Username"), l.text(id: "Peran", en: "Role"),
          l.text(id: "OPD", en: "Agencies"), "",
        ],
        rows: accounts.map { account in
          Element.row([
            Element.cell(account.username), Element.cell(account.role.name(in: l)),
            Element.cell(account.agencies.joined(separator: ", ")),
            Element(
              "td", [],
              account.username == context.session?.account.username
                ? [.text("")]
                : [
                  .element(
                    Element(
                      "button",
                      [("type", "button"), ("data-remove-account", account.username)],
                      text: l.text(id: "Hapus", en: "Remove")))
                ]),
          ])
        }))
    body.append(Element("h2", text: l.text(id: "Tambah akun", en: "Add an account")))
    var role = Element("select", [("name", "role")])
    for each in Role.allCases {
      role.add(Element("option", [("value", each.rawValue)], text: each.name(in: l)))
    }
    var agency = Element("select", [("name", "agencies"), ("multiple", "multiple")])
    for each in agencies {
      agency.add(Element("option", [("value", each.code)], text: "\(each.code) — \(each.name)"))
    }
    func field(_ label: String, _ input: Element) -> Element.Node {
      .element(Element("label", [], [.text(label + " "), .element(input)]))
    }
    body.append(
      Element(
        "form", [("class", "value-entry"), ("data-account-form", "")],
        [
          field(
            l.text(id: "Nama pengguna", en: "Username"),
            Element("input", [("name", "username"), ("required", "required")])),
          field(
            l.text(id: "Kata sandi (min. 10)", en: "Password (min. 10)"),
            Element(
              "input",
              [
                ("name", "password"), ("type", "password"), ("autocomplete", "new-password"),
                ("required", "required"), ("minlength", String(Password.minimumLength)),
              ])),
          field(l.text(id: "Peran", en: "Role"), role),
          field(l.text(id: "OPD (perencana: satu)", en: "Agencies (planner: one)"), agency),
          .element(
            Element("button", [("type", "submit")], text: l.text(id: "Tambah", en: "Add"))),
          .element(Element("span", [("class", "status")], [.text("")])),
        ]))
    body.append(
      Element(
        "h2",
        text: l.text(
          id: "Jejak audit tanpa OPD (200 terakhir)", en: "Audit log of no agency (last 200)")))
    body.append(AuditPage.table(log, in: l))
    return Page(
      title: l.text(id: "Akun", en: "Accounts"), language: l, session: context.session,
      body: body
    ).response()
  }
}
