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
}
