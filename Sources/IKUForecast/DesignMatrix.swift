/// The design matrix of a linear model: named columns of regressors, one row
/// per observation.
///
/// Entries are held in extended precision, as an unevaluated sum of two
/// doubles. Data columns are exact doubles; a polynomial column `xᵏ` keeps
/// the rounding error of the power, so that high-degree raw polynomials
/// (NIST StRD `Filip`, degree 10) are fitted to the data as given rather
/// than to a perturbed copy. Storage is column-major, as LAPACK expects.
///
///     let design = try DesignMatrix(columns: [
///       .intercept(count: x.count),
///       .variable("x", x),
///       .power("x", of: x, exponent: 2),
///     ])
///
/// - Complexity: O(rows × columns) to build.
public struct DesignMatrix: Sendable {
  /// The columns, in the order given.
  public let columns: [Column]

  /// The number of observations (rows).
  public let rowCount: Int

  /// Creates a design matrix from columns of equal length.
  ///
  /// - Throws: ``LeastSquaresError/nonFiniteValue(column:row:)`` when an
  ///   entry is infinite or not a number (e.g. a power that overflows).
  public init(columns: [Column]) throws {
    precondition(!columns.isEmpty, "a design matrix needs a column")
    let rowCount = columns[0].head.count
    for column in columns {
      precondition(
        column.head.count == rowCount, "columns must have equal lengths")
      if let row = column.head.indices.first(where: {
        !column.head[$0].isFinite || !column.tail[$0].isFinite
      }) {
        throw LeastSquaresError.nonFiniteValue(column: column.name, row: row)
      }
    }
    self.columns = columns
    self.rowCount = rowCount
  }

  /// The number of regressors (columns).
  public var columnCount: Int { columns.count }

  /// The column names, in order.
  public var columnNames: [String] { columns.map(\.name) }

  /// Whether one of the columns is the intercept (a column of ones), which
  /// decides between the centred and the uncentred R².
  public var hasIntercept: Bool { columns.contains(where: \.isIntercept) }
}

extension DesignMatrix {
  /// One named regressor of a design matrix.
  public struct Column: Sendable {
    /// The regressor's name as shown in results: `intercept`, `x`, `x^2`.
    public let name: String
    /// Whether this is the constant column of an intercept.
    public let isIntercept: Bool
    /// The entries rounded to doubles.
    let head: [Double]
    /// The rounding errors of `head` (zero for data read as doubles).
    let tail: [Double]

    /// The entries, rounded to doubles.
    public var values: [Double] { head }

    /// The constant column of an intercept, named `intercept`.
    public static func intercept(count: Int) -> Column {
      Column(
        name: "intercept", isIntercept: true,
        head: Array(repeating: 1, count: count),
        tail: Array(repeating: 0, count: count))
    }

    /// A data column, used as it is.
    public static func variable(_ name: String, _ values: [Double]) -> Column {
      Column(
        name: name, isIntercept: false, head: values,
        tail: Array(repeating: 0, count: values.count))
    }

    /// The power `valuesᵏ` of a data column, computed in extended precision
    /// and named `name^k` (`name` itself for `k = 1`).
    public static func power(
      _ name: String, of values: [Double], exponent: Int
    ) -> Column {
      precondition(exponent >= 1, "the exponent must be at least 1")
      var head: [Double] = []
      var tail: [Double] = []
      head.reserveCapacity(values.count)
      tail.reserveCapacity(values.count)
      for x in values {
        var p = DoubleDouble(x)
        for _ in 1..<exponent { p = p * DoubleDouble(x) }
        head.append(p.head)
        tail.append(p.tail)
      }
      return Column(
        name: exponent == 1 ? name : "\(name)^\(exponent)",
        isIntercept: false, head: head, tail: tail)
    }
  }
}
