/// A reason why a least-squares fit cannot be computed from the data.
///
/// These are data problems, reported by throwing; shape mismatches between
/// arguments are programmer errors and trap instead.
public enum LeastSquaresError: Error, Sendable, Equatable {
  /// There are fewer observations than regressors.
  case tooFewObservations(observations: Int, parameters: Int)
  /// A regressor entry is infinite or not a number (`row` counts from 0).
  case nonFiniteValue(column: String, row: Int)
  /// A response value is infinite or not a number (`row` counts from 0).
  case nonFiniteResponse(row: Int)
  /// The columns are linearly dependent: `column` is (to working
  /// precision) the combination `Σ coefficients[k] · dependsOn[k]` of the
  /// columns before it. An empty `dependsOn` means the column is zero.
  case rankDeficient(
    column: String, dependsOn: [String], coefficients: [Double])
  /// The design is so ill-conditioned that iterative refinement could not
  /// reach working accuracy (reciprocal condition estimate given).
  case illConditioned(reciprocalCondition: Double)
}

extension LeastSquaresError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .tooFewObservations(let n, let p):
      return "\(n) observations cannot determine \(p) coefficients"
    case .nonFiniteValue(let column, let row):
      return "column '\(column)', observation \(row + 1): not a finite number"
    case .nonFiniteResponse(let row):
      return "response, observation \(row + 1): not a finite number"
    case .rankDeficient(let column, let names, let coefficients):
      if names.isEmpty { return "column '\(column)' is all zeros" }
      let combination = zip(coefficients, names)
        .map { "\($0) × \($1)" }
        .joined(separator: " + ")
      return
        "column '\(column)' is collinear with \(names.joined(separator: ", "))"
        + ": \(column) = \(combination)"
    case .illConditioned(let rcond):
      return "the design is too ill-conditioned to solve (rcond ≈ \(rcond))"
    }
  }
}
