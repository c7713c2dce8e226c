/// Whether two doubles agree within an explicit relative tolerance, in the
/// manner of swift-numerics' `isApproximatelyEqual(to:relativeTolerance:)`:
/// `|a − b| ≤ relative · max(|a|, |b|)` or `|a − b| ≤ absolute`.
public func agrees(
  _ a: Double, _ b: Double, relative: Double, absolute: Double = 0
) -> Bool {
  if a == b { return true }
  let difference = abs(a - b)
  return difference <= absolute
    || difference <= relative * max(abs(a), abs(b))
}
