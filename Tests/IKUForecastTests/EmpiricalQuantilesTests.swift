import RealModule
import Testing

@testable import IKUForecast

@Suite struct EmpiricalQuantilesTests {
  /// Type 7 from the sorted sample, written out.
  private func byIndex(_ sorted: [Double], _ p: Double) -> Double {
    let h = Double(sorted.count - 1) * p
    let low = Int(h.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }

  @Test func agreesWithSorting() {
    var generator = SeededGenerator(seed: 4)
    for n in [1, 2, 3, 10, 101, 5000] {
      let values = (0..<n).map { _ in Double(generator.next() % 1000) / 7 }
      let sorted = values.sorted()
      let ps = [0, 0.1, 0.25, 0.5, 0.9, 1]
      let q = EmpiricalQuantiles.of(values, at: ps)
      for (p, value) in zip(ps, q) { #expect(value == byIndex(sorted, p), "n=\(n) p=\(p)") }
    }
  }

  @Test func smallExample() {
    // numpy.percentile([1, 2, 3, 4], [50, 10]) = [2.5, 1.3].
    let q = EmpiricalQuantiles.of([4, 1, 3, 2], at: [0.5, 0.1])
    #expect(q[0] == 2.5)
    #expect(abs(q[1] - 1.3) < 1e-15)
  }

  /// Type 7 from the sorted sample, with the arithmetic of the library (no
  /// interpolation where `h` is whole, so infinities stay infinities).
  private func typeSeven(_ sorted: [Double], _ p: Double) -> Double {
    let h = Double(sorted.count - 1) * p
    let low = Int(h.rounded(.down))
    guard low + 1 < sorted.count, h > Double(low) else { return sorted[low] }
    return sorted[low] + (h - Double(low)) * (sorted[low + 1] - sorted[low])
  }

  static let probabilities = [0, 1e-6, 0.1, 0.25, 0.5, 0.9, 0.999, 1]

  /// Large samples (the bracketing path) of several shapes: the quantiles
  /// are those of the sorted sample, bit for bit.
  @Test(arguments: [8192, 8193, 100_003])
  func largeSamplesAgreeWithSorting(_ n: Int) {
    var generator = SeededGenerator(seed: UInt64(n))
    let uniform = (0..<n).map { _ in generator.nextOpenUnit() }
    let samples: [(String, [Double])] = [
      ("uniform", uniform),
      ("heavy tail", uniform.map { 1 / ($0 * $0) }),
      ("ties", uniform.map { ($0 * 7).rounded(.down) }),
      ("constant", Array(repeating: 2.5, count: n)),
      ("ascending", (0..<n).map(Double.init)),
      ("descending", (0..<n).map { Double(n - $0) }),
      ("infinities", uniform.enumerated().map { $0 % 1000 == 0 ? -.infinity : $1 }),
    ]
    for (name, values) in samples {
      let sorted = values.sorted()
      let q = EmpiricalQuantiles.of(values, at: Self.probabilities)
      for (p, value) in zip(Self.probabilities, q) {
        // Bit for bit: NaN too, where two infinities are interpolated.
        #expect(value.bitPattern == typeSeven(sorted, p).bitPattern, "\(name) n=\(n) p=\(p)")
      }
    }
  }

  /// A sample whose subsample misleads the brackets (every stride-th value
  /// far below the rest) is caught by the counts and selected on a copy.
  @Test func misleadingSubsampleFallsBackToSelection() {
    let n = 100_000
    let stride = Int(Double.pow(Double(n), 1.0 / 3))
    let values = (0..<n).map { $0 % stride == 0 ? -Double($0) : Double($0) }
    #expect(EmpiricalQuantiles.bracketed(values, ranks: [n / 2]) == nil)
    let sorted = values.sorted()
    let q = EmpiricalQuantiles.of(values, at: Self.probabilities)
    for (p, value) in zip(Self.probabilities, q) { #expect(value == typeSeven(sorted, p)) }
  }

  @Test func bracketsHoldTheRanksOfAnOrdinarySample() throws {
    var generator = SeededGenerator(seed: 9)
    let values = (0..<50_000).map { _ in generator.nextOpenUnit() }
    let ranks = [4_999, 5_000, 24_999, 25_000, 44_999]
    let found = try #require(EmpiricalQuantiles.bracketed(values, ranks: ranks))
    let sorted = values.sorted()
    for rank in ranks { #expect(found[rank] == sorted[rank]) }
  }

  /// NaN has no place in an order; a sample holding some still gets an
  /// answer without trapping (the selection stays within bounds).
  @Test(arguments: [5, 100, 20_000])
  func nanDoesNotTrap(_ n: Int) {
    var generator = SeededGenerator(seed: UInt64(n))
    for nans in [1, 2, n / 3, n] {
      var values = (0..<n).map { _ in generator.nextOpenUnit() }
      for _ in 0..<nans { values[Int(generator.next() % UInt64(n))] = .nan }
      #expect(EmpiricalQuantiles.of(values, at: Self.probabilities).count == 8)
    }
    var ordered = (0..<20_000).map(Double.init)
    ordered[123] = .nan
    #expect(EmpiricalQuantiles.bracketed(ordered, ranks: [10_000]) == nil)
  }
}
