import Foundation

/// The degree-7 raw polynomial problem of
/// `Fixtures/ill-conditioned/make_reference.py` (column-scaled condition
/// number 6·10¹²) with its solution computed by mpmath at 80 digits.
public struct IllConditionedProblem: Sendable {
  public let x: [Double]
  public let y: [Double]
  public let degree = 7
  public let coefficients: [Double]
  public let standardErrors: [Double]
  public let residualSumOfSquares: Double

  public init() throws {
    func rows(_ name: String) throws -> [[String]] {
      guard
        let url = Bundle.module.url(
          forResource: name, withExtension: "csv",
          subdirectory: "Fixtures/ill-conditioned")
      else { throw CocoaError(.fileNoSuchFile) }
      return try String(contentsOf: url, encoding: .utf8)
        .split(whereSeparator: \.isNewline).dropFirst()
        .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
    let data = try rows("data")
    x = data.compactMap { Double($0[0]) }
    y = data.compactMap { Double($0[1]) }
    let reference = try rows("reference")
    let terms = reference.filter { $0[0] != "rss" }
    coefficients = terms.compactMap { Double($0[1]) }
    standardErrors = terms.compactMap { Double($0[2]) }
    residualSumOfSquares =
      reference.first { $0[0] == "rss" }.flatMap { Double($0[1]) } ?? .nan
  }
}
