import Testing

@testable import IKUPlan

@Suite struct ExpressionTests {
  private func value(_ text: String, _ env: [String: Double] = [:]) throws -> Double {
    try Expression(parsing: text).evaluate(env.mapValues { [$0] }, count: 1)[0]
  }

  @Test func arithmeticAndPrecedence() throws {
    #expect(try value("1 + 2 * 3") == 7)
    #expect(try value("(1 + 2) * 3") == 9)
    #expect(try value("10 - 4 - 3") == 3)
    #expect(try value("8 / 4 / 2") == 1)
    #expect(try value("-2 * -3") == 6)
    #expect(try value("2 × 3 ÷ 4 − 1") == 0.5)
  }

  @Test func numbersInBothConventions() throws {
    #expect(try value("0,92") == 0.92)
    #expect(try value("0.92") == 0.92)
    #expect(try value("3.500.000") == 3_500_000)
    #expect(try value("1.234,5") == 1234.5)
    #expect(try value("1,234.5") == 1234.5)
  }

  @Test func functions() throws {
    #expect(try value("min(3; 1; 2)") == 1)
    #expect(try value("max(a, b)", ["a": 1, "b": 4]) == 4)
    #expect(try value("clamp(150; 0; 100)") == 100)
    #expect(try value("MIN(2, 5)") == 2)
    let formula = "min(capacity * completion, registrants) / registrants * 100"
    let env = ["capacity": 400.0, "completion": 0.92, "registrants": 1000]
    #expect(try value(formula, env) == min(400 * 0.92, 1000) / 1000 * 100)
  }

  @Test func namesAndDivisors() throws {
    let e = try Expression(parsing: "a / b + c / (d + 1) + e / f")
    #expect(e.names.map(\.name) == ["a", "b", "c", "d", "e", "f"])
    #expect(e.names.map(\.column) == [1, 5, 9, 14, 23, 27])
    #expect(e.divisorNames.map(\.name) == ["b", "f"])
    #expect(e.divisorNames.map(\.column) == [3, 25])
  }

  @Test(arguments: [
    ("1 +", 4, Expression.ParseError.Problem.unexpectedEnd),
    ("2 * (3", 7, .unexpectedEnd),
    ("a $ b", 3, .unexpected("$")),
    ("sqrt(4)", 1, .unknownFunction("sqrt")),
    ("min(1,5)", 1, .argumentCount(.min, found: 1)),
    ("clamp(1; 2)", 1, .argumentCount(.clamp, found: 2)),
    ("1 2", 3, .unexpected("2")),
  ])
  func errorsNameTheColumn(_ text: String, _ column: Int, _ problem: Expression.ParseError.Problem)
  {
    #expect(throws: Expression.ParseError(column: column, problem: problem)) {
      try Expression(parsing: text)
    }
  }

  /// A pasted or generated formula cannot overflow the stack: 200 000
  /// parentheses crashed `ikuplan scenario` before the bounds.
  @Test func sizeAndNestingAreBounded() throws {
    let deep = String(repeating: "(", count: 65) + "a" + String(repeating: ")", count: 65)
    #expect(throws: Expression.ParseError(column: 65, problem: .tooDeep(limit: 64))) {
      try Expression(parsing: deep)
    }
    let signs = String(repeating: "-", count: 70) + "a"
    #expect(throws: Expression.ParseError(column: 65, problem: .tooDeep(limit: 64))) {
      try Expression(parsing: signs)
    }
    let fine = String(repeating: "(", count: 60) + "a" + String(repeating: ")", count: 60)
    #expect(try Expression(parsing: fine) == .name("a", column: 61))
    let long = Array(repeating: "a", count: 1001).joined(separator: "+")
    #expect(throws: Expression.ParseError(column: 2001, problem: .tooLong(limit: 2000))) {
      try Expression(parsing: long)
    }
    let chain = Array(repeating: "a", count: 1000).joined(separator: "+")
    let sum = try Expression(parsing: chain)
    #expect(sum.evaluate(["a": [1.5]], count: 1) == [1500])
  }

  @Test func vectorisedOverDraws() throws {
    let e = try Expression(parsing: "a * 2 + b")
    #expect(e.evaluate(["a": [1, 2, 3], "b": [10]], count: 3) == [12, 14, 16])
  }

  @Test func divisionByZeroIsVisible() throws {
    let e = try Expression(parsing: "a / b")
    let values = e.evaluate(["a": [1, 1], "b": [2, 0]], count: 2)
    #expect(Expression.firstNonFinite(values) == 1)
    #expect(e.divisionColumns == [3])
  }
}
