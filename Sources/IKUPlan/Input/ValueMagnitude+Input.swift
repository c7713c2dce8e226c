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
}
