import IKUPlan
import Testing

@testable import IKUServer

@Suite struct RoleTests {
  @Test func howManyAgenciesEachRoleTakes() {
    #expect(Role.admin.agencyCount == 0...0)
    #expect(Role.bappeda.agencyCount == 0...0)
    #expect(Role.planner.agencyCount == 1...1)
    #expect(Role.inspector.agencyCount.lowerBound == 1)
    #expect(Role.inspector.agencyCount.contains(40))
    #expect(!Role.inspector.agencyCount.contains(0))
  }

  @Test func theRolesAreTheFourOfTheDatabase() {
    // The `account.role` CHECK constraint names these four.
    #expect(Role.allCases.map(\.rawValue) == ["admin", "bappeda", "planner", "inspector"])
    #expect(Role(rawValue: "root") == nil)
  }

  @Test func namesForPeople() {
    #expect(Role.planner.name(in: .indonesian) == "perencana")
    #expect(Role.planner.name(in: .english) == "planner")
    #expect(Role.inspector.name(in: .indonesian) == "inspektorat")
    #expect(Role.admin.name(in: .english) == "administrator")
    #expect(Role.bappeda.name(in: .indonesian) == "Bappeda")
    #expect(Role.bappeda.name(in: .english) == "Bappeda")
  }
}
