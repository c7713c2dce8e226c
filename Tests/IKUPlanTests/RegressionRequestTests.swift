import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct RegressionRequestTests {
  private func table(_ text: String) throws -> Table {
    try Table(CellGrid(delimitedBytes: Array(text.utf8), file: "r.csv"))
  }

  @Test func termsComeInTheDocumentedOrder() throws {
    // y = 1 + 2a + 3b + 4x + 5x², exactly.
    var lines = ["y,x,a,b"]
    for i in 0..<8 {
      let x = Double(i)
      let a = Double((i * 7) % 5)
      let b = Double((i * 3) % 4)
      lines.append("\(1 + 2 * a + 3 * b + 4 * x + 5 * x * x),\(x),\(a),\(b)")
    }
    let report = try RegressionRequest(
      response: "y", predictors: ["a", "b"],
      polynomial: .init(column: "x", degree: 2)
    ).fit(table(lines.joined(separator: "\n")))
    #expect(report.fit.termNames == ["intercept", "a", "b", "x", "x^2"])
    for (estimate, truth) in zip(report.fit.coefficients, [1.0, 2, 3, 4, 5]) {
      #expect(agrees(estimate, truth, relative: 1e-12))
    }
  }

  @Test func noInterceptUsesUncentredRSquared() throws {
    let report = try RegressionRequest(
      response: "y", predictors: ["x"], includesIntercept: false
    ).fit(table("x,y\n1,2\n2,4.5\n3,5.5\n"))
    let fit = report.fit
    // β = Σxy/Σx² = 27.5/14, R² = 1 − RSS/Σy².
    #expect(agrees(fit.coefficients[0], 27.5 / 14, relative: 1e-14))
    let rss = fit.residuals.map { $0 * $0 }.reduce(0, +)
    #expect(agrees(fit.rSquared, 1 - rss / (4 + 20.25 + 30.25), relative: 1e-12))
  }

  @Test func missingCellIsLocated() throws {
    #expect(
      throws: InputError(
        .missingValue,
        at: SourceLocation(file: "r.csv", line: 3, column: 2, columnName: "y"))
    ) {
      try RegressionRequest(response: "y", predictors: ["x"])
        .fit(table("x,y\n1,2\n2,n/a\n3,4\n"))
    }
  }

  @Test func indonesianNumbersAreRead() throws {
    let report = try RegressionRequest(response: "y", predictors: ["x"])
      .fit(table("x;y\n1;2,5\n2;4,5\n3;6,5\n4;8,5\n"))
    #expect(agrees(report.fit.coefficients[0], 0.5, relative: 1e-13))
    #expect(agrees(report.fit.coefficients[1], 2, relative: 1e-14))
  }

  @Test func collinearityIsReportedAtTheHeader() throws {
    do {
      _ = try RegressionRequest(response: "y", predictors: ["x", "z"])
        .fit(table("x,z,y\n1,2,1\n2,4,3\n3,6,2\n4,8,5\n"))
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.location == SourceLocation(file: "r.csv", line: 1))
      guard
        case .regression(.rankDeficient(let column, let names, _)) =
          error.problem
      else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(column == "z")
      #expect(names == ["x"])
    }
  }
}
