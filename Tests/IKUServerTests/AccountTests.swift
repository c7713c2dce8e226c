import Testing

@testable import IKUServer

/// The access rules of DESIGN §5a, role by role: who reads, who edits,
/// who manages accounts.
@Suite struct AccountTests {
  private static let agencies = ["a", "b", "c"]

  private func account(_ role: Role, _ agencies: [String]) -> Account {
    Account(id: 1, username: "uji", role: role, agencies: agencies)
  }

  @Test func aPlannerReadsAndEditsOnlyTheirAgency() {
    let planner = account(.planner, ["a"])
    #expect(planner.canRead(agency: "a") && planner.canEdit(agency: "a"))
    for other in ["b", "c", "A", ""] {
      #expect(!planner.canRead(agency: other), "\(other)")
      #expect(!planner.canEdit(agency: other), "\(other)")
    }
    #expect(!planner.managesAccounts)
  }

  @Test func anInspectorReadsTheNamedAgenciesAndEditsNone() {
    let inspector = account(.inspector, ["a", "c"])
    #expect(Self.agencies.filter { inspector.canRead(agency: $0) } == ["a", "c"])
    #expect(Self.agencies.allSatisfy { !inspector.canEdit(agency: $0) })
    #expect(!inspector.managesAccounts)
  }

  @Test func bappedaReadsEveryAgencyAndEditsNone() {
    let bappeda = account(.bappeda, [])
    #expect(Self.agencies.allSatisfy { bappeda.canRead(agency: $0) })
    #expect(bappeda.canRead(agency: "not-added-yet"))
    #expect(Self.agencies.allSatisfy { !bappeda.canEdit(agency: $0) })
    #expect(!bappeda.managesAccounts)
  }

  @Test func anAdminReadsEveryAgencyManagesAccountsAndEditsNone() {
    let admin = account(.admin, [])
    #expect(Self.agencies.allSatisfy { admin.canRead(agency: $0) })
    #expect(Self.agencies.allSatisfy { !admin.canEdit(agency: $0) })
    #expect(admin.managesAccounts)
  }

  @Test(
    "agencies named on an admin or Bappeda account give no edit right",
    arguments: [
      Role.admin, .bappeda, .inspector,
    ])
  func onlyAPlannerEdits(_ role: Role) {
    let named = account(role, ["a"])
    #expect(!named.canEdit(agency: "a"))
    #expect(named.canRead(agency: "a"))
  }
}
