import IKUForecast

extension ValueMagnitude {
  /// `value` when the models compute with it (``ValueMagnitude/allows(_:)``).
  ///
  /// The one check every reader of numbers makes, so that a refused value
  /// gets the same message wherever it is written.
  ///
  /// - Throws: ``InputError/Problem/beyondMagnitude(_:tooLarge:)`` at
  ///   `location`, naming the number as `written`, otherwise.
  static func checked(_ value: Double, written: String, at location: SourceLocation) throws
    -> Double
  {
    guard allows(value) else {
      throw InputError(
        .beyondMagnitude(written, tooLarge: !(value.magnitude < 1)), at: location)
    }
    return value
  }

  /// Whether `written`, a number that reads as `value`, fell below the
  /// double range.
  ///
  /// It reads as 0 but has a digit other than 0 before its exponent
  /// (`5e-400`). Readers refuse it as too small rather than take a zero.
  public static func underflows(_ written: some StringProtocol, to value: Double) -> Bool {
    value == 0 && written.prefix { $0 != "e" && $0 != "E" }.contains { $0 >= "1" && $0 <= "9" }
  }
}
