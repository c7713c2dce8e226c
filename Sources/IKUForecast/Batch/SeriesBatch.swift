/// Many short series in one flat buffer, for batch forecasting: the values
/// of series `i` are `values[starts[i]..<starts[i + 1]]`, oldest first.
///
/// One buffer instead of an array per series keeps a million series in
/// about 8 bytes per value plus 8 per series, and lets the batch engine
/// copy each group of equally long series into one matrix.
public struct SeriesBatch: Sendable {
  /// All values, series after series.
  public private(set) var values: [Double] = []
  /// Where each series starts; the last entry is `values.count`.
  public private(set) var starts: [Int] = [0]

  /// An empty batch.
  public init() {}

  /// A batch of `values` split at `starts`.
  ///
  /// - Precondition: `starts` begins with 0, never decreases and ends
  ///   with `values.count`.
  public init(values: [Double], starts: [Int]) {
    precondition(
      starts.first == 0 && starts.last == values.count
        && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 },
      "starts must run from 0 to the number of values without decreasing")
    self.values = values
    self.starts = starts
  }

  /// Reserves room for `series` series of about `values` values in all.
  public mutating func reserve(series: Int, values count: Int) {
    starts.reserveCapacity(series + 1)
    values.reserveCapacity(count)
  }

  /// Appends a series.
  public mutating func append<C: Collection>(_ series: C) where C.Element == Double {
    values.append(contentsOf: series)
    starts.append(values.count)
  }

  /// Appends one value to the series being built; ``closeSeries()`` ends it.
  public mutating func appendValue(_ value: Double) {
    values.append(value)
  }

  /// Ends the series built by ``appendValue(_:)``.
  public mutating func closeSeries() {
    starts.append(values.count)
  }

  /// The number of series.
  public var count: Int { starts.count - 1 }

  /// The length of series `i`.
  public func length(_ i: Int) -> Int { starts[i + 1] - starts[i] }

  /// Series `i`.
  public subscript(i: Int) -> ArraySlice<Double> { values[starts[i]..<starts[i + 1]] }

  /// The batch with every value of series `i` mapped to the model scale of
  /// `transforms[i]` (``Transform/forward(_:)``).
  public func mapped(by transforms: [Transform]) -> SeriesBatch {
    precondition(transforms.count == count, "one transform per series")
    var result = self
    for i in 0..<count {
      let transform = transforms[i]
      if transform == .identity { continue }
      for index in starts[i]..<starts[i + 1] {
        result.values[index] = transform.forward(values[index])
      }
    }
    return result
  }
}
