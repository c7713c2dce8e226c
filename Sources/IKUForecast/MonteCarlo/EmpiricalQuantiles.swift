import RealModule

/// Quantiles of a sample, by linear interpolation between order statistics
/// (Hyndman & Fan 1996 type 7, the default of R and numpy).
///
/// The order statistics are found without sorting the sample, and for a
/// large sample without even rearranging a copy of it, after Floyd &
/// Rivest ("Expected time bounds for selection", Communications of the
/// ACM 18(3), 1975): the order statistics of a small systematic subsample
/// bracket each wanted rank in a narrow band of values, one pass over the
/// sample counts the values below each band and collects those inside,
/// and the wanted ranks are selected among the few collected values. A
/// band that misses its rank (rare, and always detected by the counts)
/// falls back to selection on a copy of the whole sample: the result is
/// exact either way. Selection is Hoare's FIND with a median-of-three
/// pivot, recursing only into the parts that hold a wanted rank, as numpy's
/// `partition` with several `kth` does. A million draws are summarised in
/// under 10 ms, without the copy.
///
/// A sample with NaN has no meaningful quantiles; it is handled by the
/// selection on a copy, which orders NaN arbitrarily. Equal values are
/// interchangeable: where −0 and +0 meet at a rank, either may be returned.
public enum EmpiricalQuantiles {
  /// The `p` quantiles of `values` (each `p` in [0, 1]).
  ///
  /// - Complexity: expected O(n) for a few probabilities, without a copy
  ///   of a large sample.
  public static func of(_ values: [Double], at probabilities: [Double]) -> [Double] {
    precondition(!values.isEmpty, "quantiles of an empty sample")
    precondition(probabilities.allSatisfy { 0 <= $0 && $0 <= 1 }, "probabilities lie in [0, 1]")
    let n = values.count
    // Rank h = (n − 1)p: the order statistics ⌊h⌋ and, between two, ⌊h⌋ + 1.
    let positions = probabilities.map { p in
      let h = Double(n - 1) * p
      let low = Int(h.rounded(.down))
      return (h: h, low: low, interpolates: low + 1 < n && h > Double(low))
    }
    var ranks = Set<Int>()
    for position in positions {
      ranks.insert(position.low)
      if position.interpolates { ranks.insert(position.low + 1) }
    }
    let statistics = orderStatistics(values, ranks: ranks.sorted())
    return positions.map { position in
      let lowValue = statistics[position.low, default: .nan]
      guard position.interpolates else { return lowValue }
      let next = statistics[position.low + 1, default: .nan]
      return lowValue + (position.h - Double(position.low)) * (next - lowValue)
    }
  }

  /// The order statistics of `values` at `ranks` (ascending, distinct).
  static func orderStatistics(_ values: [Double], ranks: [Int]) -> [Int: Double] {
    if values.count >= 8192, let found = bracketed(values, ranks: ranks) { return found }
    var work = values
    work.withUnsafeMutableBufferPointer { a in
      select(a, ranks[...], left: 0, right: a.count - 1)
    }
    return Dictionary(uniqueKeysWithValues: ranks.map { ($0, work[$0]) })
  }

  /// Floyd & Rivest's bracketing: `nil` where a band misses its ranks or
  /// the sample holds NaN.
  static func bracketed(_ values: [Double], ranks: [Int]) -> [Int: Double]? {
    let n = values.count
    // A subsample of about n^(2/3) values at a fixed stride of about n^(1/3), sorted.
    let stride = max(1, Int(Double.pow(Double(n), 1.0 / 3)))
    let subsample = Swift.stride(from: 0, to: n, by: stride).map { values[$0] }.sorted()
    let m = subsample.count
    // The wanted rank r sits near position r·m/n of the subsample, within
    // a few of its standard deviations (at most √m/2 positions).
    let margin = 2 * Int(Double(m).squareRoot()) + 2
    var bands: [(lower: Double, upper: Double, ranks: [Int])] = []
    for rank in ranks {
      let centre = Int(Double(rank) * Double(m) / Double(n))
      let lower = subsample[max(0, centre - margin)]
      let upper = subsample[min(m - 1, centre + margin)]
      if let last = bands.last, lower <= last.upper {
        bands[bands.count - 1].upper = max(last.upper, upper)
        bands[bands.count - 1].ranks.append(rank)
      } else {
        bands.append((lower, upper, [rank]))
      }
    }
    // A pass per band counts the values below it and collects those in
    // it, without a branch that would mispredict: every value is written
    // to the next free place, which advances only for a value in the band.
    // The place is capped, so a band fuller than expected overwrites its
    // last place and is told by its count.
    let capacity = 4 * margin * (stride + 1)
    var found: [Int: Double] = [:]
    for band in bands {
      var below = 0
      var inside = 0
      var collected = [Double](unsafeUninitializedCapacity: capacity) { buffer, count in
        values.withUnsafeBufferPointer { values in
          let last = capacity - 1
          for x in values {
            below += x < band.lower ? 1 : 0
            buffer[min(inside, last)] = x
            inside += (x >= band.lower ? 1 : 0) & (x <= band.upper ? 1 : 0)
          }
        }
        count = min(inside, capacity)
      }
      let offsets = band.ranks.map { $0 - below }
      guard inside < capacity, let first = offsets.first, let last = offsets.last,
        first >= 0, last < inside
      else { return nil }
      collected.withUnsafeMutableBufferPointer { a in
        select(a, offsets[...], left: 0, right: a.count - 1)
      }
      for (rank, offset) in zip(band.ranks, offsets) { found[rank] = collected[offset] }
    }
    // NaN is neither below nor in a band, and would shift the ranks.
    guard !values.contains(where: \.isNaN) else { return nil }
    return found
  }

  /// Rearranges `a[left...right]` so that `a[k]` is the k-th smallest of
  /// `a` for every `k` in `ranks` (ascending, within `left...right`), given
  /// that nothing before `left` is larger and nothing after `right` smaller.
  static func select(
    _ a: UnsafeMutableBufferPointer<Double>, _ ranks: ArraySlice<Int>, left: Int, right: Int
  ) {
    var ranks = ranks
    var left = left
    var right = right
    while right > left, !ranks.isEmpty {
      let middle = left + (right - left) / 2
      // Median of three as the pivot.
      if a[middle] < a[left] { a.swapAt(middle, left) }
      if a[right] < a[left] { a.swapAt(right, left) }
      if a[right] < a[middle] { a.swapAt(right, middle) }
      let pivot = a[middle]
      var i = left
      var j = right
      while i <= j {
        while a[i] < pivot { i += 1 }
        while a[j] > pivot { j -= 1 }
        if i <= j {
          a.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      // Now a[left...j] ≤ pivot ≤ a[i...right], and a[(j + 1)..<i] (if any)
      // equals the pivot: those ranks are found. Recurse into the smaller
      // side that holds ranks, loop on the other.
      let below = ranks.prefix { $0 <= j }
      let above = ranks.drop { $0 < i }
      if below.isEmpty {
        (ranks, left) = (above, i)
      } else if above.isEmpty {
        (ranks, right) = (below, j)
      } else if j - left < right - i {
        select(a, below, left: left, right: j)
        (ranks, left) = (above, i)
      } else {
        select(a, above, left: i, right: right)
        (ranks, right) = (below, j)
      }
    }
  }
}
