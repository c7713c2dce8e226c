import IKUForecast

/// A linear regression to fit from the columns of a table, as
/// `ikuplan regress` takes it: a response, predictor columns, optionally the
/// powers `x¹…xᴷ` of one column, with or without an intercept.
///
/// Coefficients come in a fixed order: the intercept (when present), the
/// predictors in the order given, then the polynomial powers 1 to K.
/// Fitting is ``IKUForecast/LeastSquares`` (QR with refinement in extended
/// precision); this type only selects columns and locates errors.
public struct RegressionRequest: Sendable, Hashable {
  /// The response column.
  public var response: String
  /// Predictor columns, each entering linearly.
  public var predictors: [String]
  /// A column entering as the powers `x¹…xᴷ`.
  public var polynomial: Polynomial?
  /// Whether the model has an intercept.
  public var includesIntercept: Bool

  /// A column entering as a raw polynomial of a given degree.
  public struct Polynomial: Sendable, Hashable {
    /// The column name.
    public var column: String
    /// The highest power K ≥ 1.
    public var degree: Int

    /// Creates a polynomial term.
    public init(column: String, degree: Int) {
      precondition(degree >= 1, "the degree must be at least 1")
      self.column = column
      self.degree = degree
    }
  }

  /// Creates a request.
  public init(
    response: String, predictors: [String] = [], polynomial: Polynomial? = nil,
    includesIntercept: Bool = true
  ) {
    self.response = response
    self.predictors = predictors
    self.polynomial = polynomial
    self.includesIntercept = includesIntercept
  }

  /// Reads the columns from a table and fits the model.
  ///
  /// Numbers follow the file's convention (``NumberReader``), or
  /// `convention` when given; a unit after a number (`39,67%`) is allowed.
  ///
  /// - Throws: ``InputError`` naming the file, line and column of a cell
  ///   that is not a number or is missing, of an unknown column (at the
  ///   header), or, for a fit that cannot be computed (collinear columns,
  ///   too few lines), the file with the problem.
  public func fit(
    _ table: Table, convention: NumberConvention? = nil
  ) throws -> RegressionReport {
    guard !table.records.isEmpty else {
      throw InputError(.noRecords, at: table.grid.location(line: table.headerLine))
    }
    let names = [response] + predictors + (polynomial.map { [$0.column] } ?? [])
    let indices = try names.map { try table.requiredColumn($0) }
    let numbers = try NumberReader(table, columns: indices, preferred: convention)
    func column(_ name: String) throws -> [Double] {
      let index = try table.requiredColumn(name)
      return try table.records.map { record in
        guard let (value, _) = try numbers.number(record, index) else {
          throw InputError(.missingValue, at: table.location(of: record, column: index))
        }
        return value
      }
    }
    let y = try column(response)
    var columns: [DesignMatrix.Column] = []
    if includesIntercept { columns.append(.intercept(count: y.count)) }
    for name in predictors {
      columns.append(.variable(name, try column(name)))
    }
    if let polynomial {
      let x = try column(polynomial.column)
      for k in 1...polynomial.degree {
        columns.append(.power(polynomial.column, of: x, exponent: k))
      }
    }
    guard !columns.isEmpty else {
      throw InputError(
        .regression(.tooFewObservations(observations: y.count, parameters: 0)),
        at: table.grid.location(line: table.headerLine))
    }
    do {
      let design = try DesignMatrix(columns: columns)
      let fit = try LeastSquares().fit(design, response: y)
      return RegressionReport(request: self, file: table.file, fit: fit)
    } catch let error as LeastSquaresError {
      throw InputError(.regression(error), at: location(of: error, in: table))
    }
  }

  /// Where a fitting error points: the cell of a non-finite value, else the
  /// header line of the file.
  private func location(
    of error: LeastSquaresError, in table: Table
  ) -> SourceLocation {
    switch error {
    case .nonFiniteValue(let column, let row):
      let base =
        column.split(separator: "^").first.map(String.init) ?? column
      let record = table.records[row]
      guard let index = table.columnIndex(anyOf: [base]) else {
        return table.location(of: record)
      }
      return table.location(of: record, column: index)
    case .nonFiniteResponse(let row):
      return table.location(of: table.records[row])
    default:
      return table.grid.location(line: table.headerLine)
    }
  }
}
