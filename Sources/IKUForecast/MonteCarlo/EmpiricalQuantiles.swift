/// Quantiles of a sample, by linear interpolation between order statistics
/// (Hyndman & Fan 1996 type 7, the default of R and numpy).
///
/// The order statistics are found by selection (quickselect with a
/// median-of-three pivot), expected O(n) per quantile, instead of sorting
/// the whole sample: a million draws are summarised in a few milliseconds.
public enum EmpiricalQuantiles {
  /// The `p` quantiles of `values` (each `p` in [0, 1]).
  public static func of(_ values: [Double], at probabilities: [Double]) -> [Double] {
    precondition(!values.isEmpty, "quantiles of an empty sample")
    precondition(probabilities.allSatisfy { 0 <= $0 && $0 <= 1 }, "probabilities lie in [0, 1]")
    var work = values
    let n = values.count
    return probabilities.map { p in
      let h = Double(n - 1) * p
      let low = Int(h.rounded(.down))
      let lowValue = select(&work, low)
      guard low + 1 < n, h > Double(low) else { return lowValue }
      // The next order statistic is the smallest value above position low.
      var next = Double.infinity
      for i in (low + 1)..<n where work[i] < next { next = work[i] }
      return lowValue + (h - Double(low)) * (next - lowValue)
    }
  }

  /// Rearranges `a` so that `a[k]` is the k-th smallest, everything before
  /// it no larger and everything after it no smaller; returns `a[k]`.
  static func select(_ a: inout [Double], _ k: Int) -> Double {
    var left = 0
    var right = a.count - 1
    while right > left {
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
      if k <= j {
        right = j
      } else if k >= i {
        left = i
      } else {
        return a[k]
      }
    }
    return a[k]
  }
}
