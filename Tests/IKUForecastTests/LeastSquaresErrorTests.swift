import Testing

@testable import IKUForecast

@Suite struct LeastSquaresErrorTests {
  @Test func descriptionsNameTheColumns() {
    #expect(
      LeastSquaresError.rankDeficient(
        column: "z", dependsOn: ["intercept", "x"], coefficients: [1, 2]
      ).description
        == "column 'z' is collinear with intercept, x: z = 1.0 × intercept + 2.0 × x")
    #expect(
      LeastSquaresError.rankDeficient(column: "z", dependsOn: [], coefficients: [])
        .description == "column 'z' is all zeros")
    #expect(
      LeastSquaresError.nonFiniteValue(column: "x", row: 0).description
        == "column 'x', observation 1: not a finite number")
  }
}
