/// The sizes of value the models compute with: zero, or a magnitude from
/// 10⁻¹⁵⁰ to 10¹⁵⁰.
///
/// Every model squares values or their differences (residual variances,
/// sums of squares in the least-squares fit), and a square leaves double
/// precision past about 1.3 × 10¹⁵⁴ and below about 1.5 × 10⁻¹⁵⁴. Beyond
/// these sizes the spread of a forecast overflows or underflows. Measured
/// by `bench/value_magnitude.py` (twenty random walks scaled to 10^k): for
/// k from −149 to 150 every model's forecast and interval scale with the
/// data to 5 × 10⁻⁹ (Theta's optimiser tolerance; the others to 10⁻⁹), and
/// at 10^±200, before readers held values to this range, 616 interval ends
/// vanished and values moved by up to 27% in every model. Readers
/// refuse a value outside this range with its location rather than let a
/// forecast lose its interval without a word.
public enum ValueMagnitude {
  /// The largest magnitude, 10¹⁵⁰.
  public static let largest = 1e150
  /// The smallest magnitude other than zero, 10⁻¹⁵⁰.
  public static let smallest = 1e-150

  /// Whether the models compute with `value`: it is zero, or finite with
  /// a magnitude in `smallest...largest`.
  @inlinable
  public static func allows(_ value: Double) -> Bool {
    let size = value.magnitude
    return value == 0 || (size >= smallest && size <= largest)
  }
}
