extension Expression {
  /// The formula as text that parses back to the same expression (the
  /// columns aside): operators between spaces, `; ` between a function's
  /// arguments, parentheses only where the parse needs them, numbers as
  /// plain digits with `decimalSeparator`.
  ///
  /// ```swift
  /// try Expression(parsing: "min(a*b;c)/c*100").text()
  /// // "min(a * b; c) / c * 100"
  /// ```
  ///
  /// A scenario workbook holds its formulas as this text
  /// (``ScenarioFile/writeWorkbook(to:language:protecting:)``).
  public func text(decimalSeparator: Character = ".") -> String {
    switch self {
    case .number(let value):
      return ScenarioSheet.plainNumber(value, decimalSeparator: decimalSeparator)
    case .name(let name, _):
      return name
    case .negate(let operand):
      return "-" + operand.text(decimalSeparator, parenthesisedBelow: Self.unaryPrecedence)
    case .binary(let op, let left, let right, _):
      let precedence = op.precedence
      // The parse is left-associative: a right operand of the same
      // precedence needs parentheses (`a - (b - c)`).
      return left.text(decimalSeparator, parenthesisedBelow: precedence) + " \(op.rawValue) "
        + right.text(decimalSeparator, parenthesisedBelow: precedence + 1)
    case .call(let function, let arguments, _):
      let written = arguments.map { $0.text(decimalSeparator: decimalSeparator) }
      return function.rawValue + "(" + written.joined(separator: "; ") + ")"
    }
  }

  /// The text, in parentheses when the expression binds less tightly than
  /// `precedence`.
  private func text(_ separator: Character, parenthesisedBelow precedence: Int) -> String {
    let written = text(decimalSeparator: separator)
    return self.precedence < precedence ? "(" + written + ")" : written
  }

  /// How tightly the expression binds: sums 1, products 2, signs 3,
  /// everything else 4.
  private var precedence: Int {
    switch self {
    case .binary(let op, _, _, _): return op.precedence
    case .negate: return Self.unaryPrecedence
    case .number(let value): return value < 0 ? Self.unaryPrecedence : 4
    case .name, .call: return 4
    }
  }

  private static let unaryPrecedence = 3
}

extension Expression.Operator {
  /// Sums 1, products 2.
  fileprivate var precedence: Int {
    switch self {
    case .add, .subtract: return 1
    case .multiply, .divide: return 2
    }
  }
}
