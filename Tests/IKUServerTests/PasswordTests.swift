import Testing

@testable import IKUServer

@Suite struct PasswordTests {
  @Test func theHashIsBcryptAtTheCostGivenAndVerifies() {
    let password = "kata-sandi-rahasia"
    let hash = Password.hash(password, cost: 4)
    #expect(hash != password)
    #expect(!hash.contains(password))
    // Modular crypt format: $2b$, the cost in two digits, then 53
    // characters of salt and hash.
    #expect(hash.hasPrefix("$2b$04$"))
    #expect(hash.count == 60)
    #expect(Password.verify(password, hash: hash))
    #expect(!Password.verify("kata-sandi-rahasiA", hash: hash))
    #expect(!Password.verify("", hash: hash))
  }

  @Test func eachHashHasItsOwnSalt() {
    let first = Password.hash("kata-sandi-rahasia", cost: 4)
    let second = Password.hash("kata-sandi-rahasia", cost: 4)
    #expect(first != second)
    #expect(Password.verify("kata-sandi-rahasia", hash: second))
  }

  @Test func theProductionCostAndMinimumLength() {
    #expect(Password.cost == 12)
    #expect(Password.minimumLength == 10)
    #expect(Password.maximumBytes == 72)
  }
}
