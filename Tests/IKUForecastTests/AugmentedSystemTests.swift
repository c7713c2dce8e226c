import TestSupport
import Testing

@testable import IKUForecast

@Suite struct AugmentedSystemTests {
  static func design(_ problem: IllConditionedProblem) throws -> DesignMatrix {
    try DesignMatrix(
      columns: [.intercept(count: problem.x.count)]
        + (1...problem.degree).map { .power("x", of: problem.x, exponent: $0) })
  }

  /// The smallest log relative error over the coefficients.
  static func worstLRE(_ estimate: [Double], _ reference: [Double]) -> Double {
    zip(estimate, reference).map { logRelativeError($0, certified: $1) }
      .min() ?? 0
  }

  @Test func refinementRecoversDigitsThatPlainQRLoses() throws {
    let problem = try IllConditionedProblem()
    let system = AugmentedSystem(try Self.design(problem))
    let b = problem.y.map(DoubleDouble.init)
    let c = [Double](repeating: 0, count: problem.degree + 1)
    func coefficients(_ solution: AugmentedSystem.Solution) -> [Double] {
      zip(solution.scaledX, system.scale).map { $0 * $1 }
    }
    let plain = system.solve(b: b, c: c, maximumSteps: 0)
    let refined = system.solve(b: b, c: c, maximumSteps: 30)
    let plainLRE = Self.worstLRE(coefficients(plain), problem.coefficients)
    let refinedLRE = Self.worstLRE(coefficients(refined), problem.coefficients)
    print(
      "ill-conditioned degree 7: plain QR LRE \(plainLRE), refined \(refinedLRE) after \(refined.steps) steps"
    )
    #expect(refined.converged)
    #expect(refinedLRE >= 12)
    #expect(plainLRE < 8, "the problem must be hard enough to need refinement")
  }

  @Test func leastSquaresMatchesTheReference() throws {
    let problem = try IllConditionedProblem()
    let fit = try LeastSquares().fit(Self.design(problem), response: problem.y)
    #expect(Self.worstLRE(fit.coefficients, problem.coefficients) >= 12)
    #expect(Self.worstLRE(fit.standardErrors, problem.standardErrors) >= 10)
    #expect(
      logRelativeError(
        fit.residualSumOfSquares, certified: problem.residualSumOfSquares) >= 10)
  }

  @Test func scalingIsByExactPowersOfTwo() throws {
    let system = AugmentedSystem(
      try DesignMatrix(columns: [.variable("a", [3, 4]), .variable("b", [1e6, 0])]))
    for factor in system.scale {
      #expect(factor.significandBitPattern == 0)
    }
    #expect(system.columnNorm(0) >= 1 && system.columnNorm(0) < 2)
    #expect(system.columnNorm(1) >= 1 && system.columnNorm(1) < 2)
  }
}
