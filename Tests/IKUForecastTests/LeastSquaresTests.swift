import Foundation
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct LeastSquaresTests {
  /// The NIST model of a dataset as a design matrix.
  static func design(for data: NISTDataset) throws -> DesignMatrix {
    var columns: [DesignMatrix.Column] = []
    if data.hasIntercept {
      columns.append(.intercept(count: data.response.count))
    }
    if data.predictors.count == 1 {
      for k in 1...data.degree {
        columns.append(.power("x", of: data.predictors[0], exponent: k))
      }
    } else {
      for (k, x) in data.predictors.enumerated() {
        columns.append(.variable("x\(k + 1)", x))
      }
    }
    return try DesignMatrix(columns: columns)
  }

  @Test(
    "NIST StRD certified values reach LRE ≥ 10",
    arguments: try NISTDataset.all())
  func nistCertifiedValues(_ data: NISTDataset) throws {
    let fit = try LeastSquares().fit(
      Self.design(for: data), response: data.response)
    var table = "\(data.name): quantity, LRE\n"
    func check(_ label: String, _ estimate: Double, _ certified: Double) {
      let lre = logRelativeError(estimate, certified: certified)
      table += "  \(label) \(String(format: "%.1f", lre))\n"
      #expect(lre >= 10, "\(data.name) \(label): \(estimate) vs \(certified)")
    }
    for j in data.certifiedCoefficients.indices {
      let name = data.parameterNames[j]
      check("\(name) estimate", fit.coefficients[j], data.certifiedCoefficients[j])
      check(
        "\(name) std. dev.", fit.standardErrors[j],
        data.certifiedStandardErrors[j])
    }
    check(
      "residual SD", fit.residualStandardDeviation,
      data.certifiedResidualStandardDeviation)
    check("R-squared", fit.rSquared, data.certifiedRSquared)
    print(table, terminator: "")
  }

  @Test func exactLineIsRecovered() throws {
    let x: [Double] = [1, 2, 3, 4, 5]
    let y = x.map { 2 + 3 * $0 }
    let fit = try LeastSquares().fit(
      DesignMatrix(columns: [.intercept(count: 5), .variable("x", x)]),
      response: y)
    #expect(agrees(fit.coefficients[0], 2, relative: 1e-15))
    #expect(agrees(fit.coefficients[1], 3, relative: 1e-15))
    #expect(fit.residualSumOfSquares < 1e-28)
    #expect(fit.degreesOfFreedom == 3)
  }

  @Test func collinearColumnsAreNamed() throws {
    let x: [Double] = [1, 2, 3, 4, 5, 6]
    let z = x.map { 1 + 2 * $0 }
    let design = try DesignMatrix(columns: [
      .intercept(count: 6), .variable("x", x), .variable("z", z),
    ])
    let error = #expect(throws: LeastSquaresError.self) {
      try LeastSquares().fit(design, response: x.map { $0 * $0 })
    }
    guard
      case .rankDeficient(let column, let names, let coefficients) = error
    else {
      Issue.record("expected rank deficiency, got \(String(describing: error))")
      return
    }
    #expect(column == "z")
    #expect(names == ["intercept", "x"])
    #expect(coefficients.count == 2)
    #expect(agrees(coefficients[0], 1, relative: 1e-12))
    #expect(agrees(coefficients[1], 2, relative: 1e-12))
  }

  @Test func zeroColumnIsRankDeficient() throws {
    let design = try DesignMatrix(columns: [
      .intercept(count: 3), .variable("zero", [0, 0, 0]),
    ])
    #expect(
      throws: LeastSquaresError.rankDeficient(
        column: "zero", dependsOn: [], coefficients: [])
    ) { try LeastSquares().fit(design, response: [1, 2, 3]) }
  }

  @Test func constantPredictorCollidesWithIntercept() throws {
    let design = try DesignMatrix(columns: [
      .intercept(count: 4), .variable("c", [7, 7, 7, 7]),
    ])
    #expect(throws: LeastSquaresError.self) {
      try LeastSquares().fit(design, response: [1, 2, 3, 5])
    }
  }

  @Test func tooFewObservations() throws {
    let design = try DesignMatrix(columns: [
      .intercept(count: 2), .power("x", of: [1, 2], exponent: 1),
      .power("x", of: [1, 2], exponent: 2),
    ])
    #expect(
      throws: LeastSquaresError.tooFewObservations(
        observations: 2, parameters: 3)
    ) { try LeastSquares().fit(design, response: [1, 2]) }
  }

  @Test func nonFiniteResponseThrows() throws {
    let design = try DesignMatrix(columns: [.intercept(count: 3)])
    #expect(throws: LeastSquaresError.nonFiniteResponse(row: 1)) {
      try LeastSquares().fit(design, response: [1, .nan, 3])
    }
  }

  @Test func exactlyDeterminedFitHasNoResidualStatistics() throws {
    let fit = try LeastSquares().fit(
      DesignMatrix(columns: [.intercept(count: 2), .variable("x", [0, 1])]),
      response: [1, 3])
    #expect(agrees(fit.coefficients[1], 2, relative: 1e-15))
    #expect(fit.degreesOfFreedom == 0)
    #expect(fit.residualStandardDeviation.isNaN)
    #expect(fit.standardErrors.allSatisfy { $0.isNaN })
  }
}
