import Testing

@testable import IKUServer

@Suite struct SessionTokenTests {
  private static let hexDigits = Set("0123456789abcdef")

  @Test func aTokenIs256BitsAsLowercaseHex() {
    let tokens = (0..<50).map { _ in SessionToken.random() }
    for token in tokens {
      #expect(token.count == 64)
      #expect(token.allSatisfy(Self.hexDigits.contains))
    }
    #expect(Set(tokens).count == tokens.count)
  }

  @Test func theDigestIsSHA256InHex() {
    // FIPS 180-2, appendix B.1, and the hash of the empty message.
    #expect(
      SessionToken.digest("abc")
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SessionToken.digest("")
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }
}
