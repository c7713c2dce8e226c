/// A formula over named drivers, as scenario files write them:
/// `min(capacity * completion, registrants) / registrants * 100`.
///
/// The language is deliberately small and safe: numbers, names, `+ − * /`
/// (`×` and `÷` too), parentheses, unary minus, and the functions `min`,
/// `max` (two or more arguments) and `clamp(x, low, high)`. There is no
/// comparison, no assignment, nothing that loops. Numbers may be written in
/// either convention: one separator is the decimal separator (`0,92` and
/// `0.92` are the same), several of one kind are thousands separators
/// (`3.500.000`). Arguments are separated by `;` (Excel's separator in the
/// Indonesian locale) or by `,`; a comma between two digits belongs to the
/// number. Errors name the column.
///
/// Written by hand: no package on this toolchain evaluates arithmetic
/// expressions, and the formula must be evaluated over a million draws at
/// once (``evaluate(_:count:)`` works column-wise on arrays).
public indirect enum Expression: Sendable, Hashable {
  /// A number.
  case number(Double)
  /// A driver or output, by name; `column` is 1-based in the formula.
  case name(String, column: Int)
  /// `−x`.
  case negate(Expression)
  /// A binary operation.
  case binary(Operator, Expression, Expression, column: Int)
  /// `min`, `max` or `clamp`.
  case call(Function, [Expression], column: Int)

  /// The four operations.
  public enum Operator: Character, Sendable, Hashable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
  }

  /// The functions.
  public enum Function: String, Sendable, Hashable, CaseIterable {
    case min
    case max
    case clamp
  }

  /// A syntax or evaluation error at a 1-based column of the formula.
  public struct ParseError: Error, Sendable, Equatable {
    /// The 1-based column.
    public let column: Int
    /// What is wrong.
    public let problem: Problem

    /// What can be wrong with a formula.
    public enum Problem: Sendable, Equatable {
      case unexpectedEnd
      case unexpected(String)
      case unknownFunction(String)
      case argumentCount(Function, found: Int)
      case badNumber(String)
      /// Longer than ``Expression/maximumLength`` characters.
      case tooLong(limit: Int)
      /// Parentheses, calls or signs nested deeper than
      /// ``Expression/maximumDepth``.
      case tooDeep(limit: Int)
    }
  }

  /// The longest formula accepted.
  ///
  /// Parsing, evaluating and freeing the tree
  /// recurse over it, so a bound keeps a pasted or generated formula from
  /// overflowing the stack; real formulas are a line or two.
  public static let maximumLength = 2000
  /// The deepest nesting of parentheses, calls and signs accepted.
  public static let maximumDepth = 64

  /// Parses a formula.
  ///
  /// - Throws: ``ParseError`` at the column of the first problem.
  public init(parsing text: String) throws {
    let characters = Array(text)
    guard characters.count <= Self.maximumLength else {
      throw ParseError(
        column: Self.maximumLength + 1, problem: .tooLong(limit: Self.maximumLength))
    }
    var parser = Parser(characters)
    self = try parser.expression()
    parser.skipSpaces()
    if parser.index < parser.characters.count {
      throw ParseError(
        column: parser.index + 1, problem: .unexpected(String(parser.characters[parser.index])))
    }
  }

  /// The names the formula uses, each with the column of its first use.
  public var names: [(name: String, column: Int)] {
    var seen: [(String, Int)] = []
    func visit(_ e: Expression) {
      switch e {
      case .number: break
      case .name(let name, let column):
        if !seen.contains(where: { $0.0 == name }) { seen.append((name, column)) }
      case .negate(let x): visit(x)
      case .binary(_, let a, let b, _):
        visit(a)
        visit(b)
      case .call(_, let arguments, _): arguments.forEach(visit)
      }
    }
    visit(self)
    return seen.map { (name: $0.0, column: $0.1) }
  }

  /// The names that appear directly as a divisor (`x / name`), with the
  /// column of the `/`.
  public var divisorNames: [(name: String, column: Int)] {
    var found: [(String, Int)] = []
    func visit(_ e: Expression) {
      switch e {
      case .number, .name: break
      case .negate(let x): visit(x)
      case .binary(let op, let a, let b, let column):
        if op == .divide, case .name(let name, _) = b { found.append((name, column)) }
        visit(a)
        visit(b)
      case .call(_, let arguments, _): arguments.forEach(visit)
      }
    }
    visit(self)
    return found.map { (name: $0.0, column: $0.1) }
  }

  /// Evaluates the formula for `count` draws at once: each name maps to a
  /// column of `count` values (a fixed driver may give one value).
  ///
  /// Division by zero gives an infinite or undefined value; the caller
  /// checks results with ``firstNonFinite(_:)`` and reports the column of
  /// the division with ``divisionColumns``.
  public func evaluate(_ values: [String: [Double]], count: Int) -> [Double] {
    switch self {
    case .number(let x):
      return Array(repeating: x, count: count)
    case .name(let name, _):
      let column = values[name] ?? []
      return column.count == 1 ? Array(repeating: column[0], count: count) : column
    case .negate(let x):
      return x.evaluate(values, count: count).map { -$0 }
    case .binary(let op, let a, let b, _):
      let x = a.evaluate(values, count: count)
      let y = b.evaluate(values, count: count)
      switch op {
      case .add: return zip(x, y).map { $0 + $1 }
      case .subtract: return zip(x, y).map { $0 - $1 }
      case .multiply: return zip(x, y).map { $0 * $1 }
      case .divide: return zip(x, y).map { $0 / $1 }
      }
    case .call(let function, let arguments, _):
      let columns = arguments.map { $0.evaluate(values, count: count) }
      var result = columns[0]
      switch function {
      case .min:
        for column in columns.dropFirst() {
          for i in 0..<count { result[i] = Swift.min(result[i], column[i]) }
        }
      case .max:
        for column in columns.dropFirst() {
          for i in 0..<count { result[i] = Swift.max(result[i], column[i]) }
        }
      case .clamp:
        for i in 0..<count {
          result[i] = Swift.min(Swift.max(result[i], columns[1][i]), columns[2][i])
        }
      }
      return result
    }
  }

  /// The columns of every division, for error messages.
  public var divisionColumns: [Int] {
    var found: [Int] = []
    func visit(_ e: Expression) {
      switch e {
      case .number, .name: break
      case .negate(let x): visit(x)
      case .binary(let op, let a, let b, let column):
        if op == .divide { found.append(column) }
        visit(a)
        visit(b)
      case .call(_, let arguments, _): arguments.forEach(visit)
      }
    }
    visit(self)
    return found
  }

  /// The index of the first value that is infinite or not a number.
  public static func firstNonFinite(_ values: [Double]) -> Int? {
    values.firstIndex { !$0.isFinite }
  }
}

/// A recursive-descent parser over the formula's characters.
private struct Parser {
  let characters: [Character]
  var index = 0
  var depth = 0

  init(_ characters: [Character]) {
    self.characters = characters
  }

  typealias ParseError = Expression.ParseError

  mutating func skipSpaces() {
    while index < characters.count, characters[index].isWhitespace { index += 1 }
  }

  mutating func peek() -> Character? {
    skipSpaces()
    return index < characters.count ? characters[index] : nil
  }

  mutating func expression() throws -> Expression {
    var left = try term()
    while let c = peek(), let op = Self.additive(c) {
      let column = index + 1
      index += 1
      left = .binary(op, left, try term(), column: column)
    }
    return left
  }

  mutating func term() throws -> Expression {
    var left = try unary()
    while let c = peek(), let op = Self.multiplicative(c) {
      let column = index + 1
      index += 1
      left = .binary(op, left, try unary(), column: column)
    }
    return left
  }

  /// Counts one level of nesting for the duration of `body`.
  mutating func nested<T>(_ body: (inout Parser) throws -> T) throws -> T {
    guard depth < Expression.maximumDepth else {
      throw ParseError(column: index + 1, problem: .tooDeep(limit: Expression.maximumDepth))
    }
    depth += 1
    defer { depth -= 1 }
    return try body(&self)
  }

  mutating func unary() throws -> Expression {
    try nested { try $0.signed() }
  }

  mutating func signed() throws -> Expression {
    if let c = peek(), Self.additive(c) != nil {
      index += 1
      let operand = try unary()
      return Self.additive(c) == .subtract ? .negate(operand) : operand
    }
    return try primary()
  }

  mutating func primary() throws -> Expression {
    guard let c = peek() else { throw ParseError(column: index + 1, problem: .unexpectedEnd) }
    let column = index + 1
    if c == "(" {
      index += 1
      let inner = try expression()
      try expect(")")
      return inner
    }
    if c.isNumber || c == "." {
      return .number(try number())
    }
    if c.isLetter || c == "_" {
      var name = ""
      while index < characters.count,
        characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
      {
        name.append(characters[index])
        index += 1
      }
      guard peek() == "(" else { return .name(name, column: column) }
      guard let function = Expression.Function(rawValue: name.lowercased()) else {
        throw ParseError(column: column, problem: .unknownFunction(name))
      }
      index += 1
      var arguments = [try expression()]
      while let separator = peek(), separator == ";" || separator == "," {
        index += 1
        arguments.append(try expression())
      }
      try expect(")")
      let valid = function == .clamp ? arguments.count == 3 : arguments.count >= 2
      guard valid else {
        throw ParseError(
          column: column, problem: .argumentCount(function, found: arguments.count))
      }
      return .call(function, arguments, column: column)
    }
    throw ParseError(column: column, problem: .unexpected(String(c)))
  }

  mutating func expect(_ character: Character) throws {
    guard let c = peek() else { throw ParseError(column: index + 1, problem: .unexpectedEnd) }
    guard c == character else {
      throw ParseError(column: index + 1, problem: .unexpected(String(c)))
    }
    index += 1
  }

  /// Digits with `.` and `,` inside; a `,` counts only between digits.
  mutating func number() throws -> Double {
    let start = index
    var text = ""
    while index < characters.count {
      let c = characters[index]
      if c.isASCII && c.isNumber {
        text.append(c)
      } else if c == "."
        || (c == "," && !text.isEmpty && index + 1 < characters.count
          && characters[index + 1].isASCII && characters[index + 1].isNumber)
      {
        text.append(c)
      } else {
        break
      }
      index += 1
    }
    let dots = text.filter { $0 == "." }.count
    let commas = text.filter { $0 == "," }.count
    var plain = text
    if dots > 0 && commas > 0 {
      // Both kinds: the last one is the decimal separator.
      let lastDot = text.lastIndex(of: ".") ?? text.startIndex
      let lastComma = text.lastIndex(of: ",") ?? text.startIndex
      let decimal: Character = lastDot > lastComma ? "." : ","
      plain = text.filter { $0 != (decimal == "." ? "," : ".") }
      plain = plain.replacingOccurrences(of: ",", with: ".")
    } else if dots > 1 {
      plain = text.replacingOccurrences(of: ".", with: "")
    } else if commas > 1 {
      plain = text.replacingOccurrences(of: ",", with: "")
    } else {
      plain = text.replacingOccurrences(of: ",", with: ".")
    }
    guard let value = Double(plain), value.isFinite else {
      throw ParseError(column: start + 1, problem: .badNumber(text))
    }
    return value
  }

  static func additive(_ c: Character) -> Expression.Operator? {
    switch c {
    case "+": return .add
    case "-", "−": return .subtract
    default: return nil
    }
  }

  static func multiplicative(_ c: Character) -> Expression.Operator? {
    switch c {
    case "*", "×": return .multiply
    case "/", "÷": return .divide
    default: return nil
    }
  }
}
