import Testing

@testable import IKUPlan

/// Formulas written back as text parse to the same expression.
@Suite struct ExpressionTextTests {
  @Test(arguments: [
    "min(kapasitas * kelulusan; pendaftar) / pendaftar * 100",
    "a - (b - c)", "a - b - c", "(a + b) * c", "a * (b / c)", "-(a * b)", "--a", "a * -b",
    "a - -b", "clamp(x; 0,5; 1.000.000) + max(a; b; c)", "1 / (2 * 3)", "0,125 * a",
    "0.00001 + 1000000000000", "-a * b", "((a))",
  ])
  func textParsesBack(formula: String) throws {
    let expression = try Expression(parsing: formula)
    for separator: Character in [".", ","] {
      let text = expression.text(decimalSeparator: separator)
      #expect(
        withoutColumns(try Expression(parsing: text)) == withoutColumns(expression),
        "\(formula) → \(text)")
    }
  }

  @Test func theTextIsPlain() throws {
    #expect(
      try Expression(parsing: "min(a*b;c)/c*100").text() == "min(a * b; c) / c * 100")
    #expect(try Expression(parsing: "a-(b-c)").text() == "a - (b - c)")
    #expect(try Expression(parsing: "3.500.000 * 0,92").text() == "3500000 * 0.92")
    #expect(
      try Expression(parsing: "3.500.000 * 0,92").text(decimalSeparator: ",")
        == "3500000 * 0,92")
    #expect(try Expression(parsing: "0,125").text() == "0.1250")
  }
}
