import TestSupport
import Testing

@testable import IKUForecast

@Suite struct DesignMatrixTests {
  @Test func columnsAndNames() throws {
    let x: [Double] = [1, 2, 3]
    let design = try DesignMatrix(columns: [
      .intercept(count: 3), .variable("x", x), .power("x", of: x, exponent: 3),
    ])
    #expect(design.rowCount == 3)
    #expect(design.columnCount == 3)
    #expect(design.columnNames == ["intercept", "x", "x^3"])
    #expect(design.hasIntercept)
    #expect(design.columns[2].values == [1, 8, 27])
  }

  @Test func powersKeepTheirRoundingError() {
    // 0.1³ is not a double; head + tail must hold it to ~2⁻¹⁰⁴ relative.
    let column = DesignMatrix.Column.power("x", of: [0.1], exponent: 3)
    let head = column.head[0]
    let tail = column.tail[0]
    #expect(head == 0.1 * 0.1 * 0.1 || abs(head - 0.1 * 0.1 * 0.1) <= head.ulp)
    #expect(tail != 0)
    // (head + tail) / 0.1 / 0.1 recovers 0.1 much better than head alone.
    let exact = DoubleDouble(head: head, tail: tail) / 0.1 / 0.1
    #expect(abs((exact - DoubleDouble(0.1)).value) < 1e-30)
  }

  @Test func powerOneKeepsTheName() {
    #expect(DesignMatrix.Column.power("t", of: [1], exponent: 1).name == "t")
  }

  @Test func nonFiniteEntriesThrow() {
    #expect(throws: LeastSquaresError.nonFiniteValue(column: "x^2", row: 1)) {
      try DesignMatrix(columns: [.power("x", of: [1, 1e200], exponent: 2)])
    }
  }

  @Test func withoutInterceptColumn() throws {
    let design = try DesignMatrix(columns: [.variable("x", [1, 2])])
    #expect(!design.hasIntercept)
  }
}
