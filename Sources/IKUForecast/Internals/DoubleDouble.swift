import RealModule

/// An unevaluated sum `head + tail` of two doubles, carrying about 106
/// significant bits ("double-double" arithmetic).
///
/// ikuplan uses it only where working precision is not enough: the entries
/// of polynomial design columns (`x⁷` rounded to a double would already
/// perturb the data) and the residuals of iterative refinement, which must
/// be computed in higher precision than the solve for the refinement to gain
/// digits (Wilkinson 1963; Björck 1967). The error-free transformations come
/// from swift-numerics' `Augmented`; the additions follow Dekker (1971) and
/// the "accurate" sum of the QD library (Hida, Li & Bailey 2001). No package
/// on this toolchain offers double-double arithmetic, hence this small type.
struct DoubleDouble: Sendable {
  /// The leading part, the value rounded to a double.
  var head: Double
  /// The rounding error of `head`, `|tail| ≤ ulp(head) / 2`.
  var tail: Double

  /// Zero.
  static let zero = DoubleDouble(head: 0, tail: 0)

  /// Creates the exact sum `head + tail`, renormalised.
  init(head: Double, tail: Double) {
    let s = Augmented.sum(head, tail)
    self.head = s.head
    self.tail = s.tail
  }

  /// Creates the exact value of a double.
  init(_ value: Double) {
    head = value
    tail = 0
  }

  /// The value rounded to a double.
  var value: Double { head + tail }

  /// The exact product of two doubles.
  static func product(_ a: Double, _ b: Double) -> DoubleDouble {
    let p = Augmented.product(a, b)
    return DoubleDouble(unchecked: p.head, p.tail)
  }

  private init(unchecked head: Double, _ tail: Double) {
    self.head = head
    self.tail = tail
  }

  static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    let s = Augmented.sum(a.head, b.head)
    let t = Augmented.sum(a.tail, b.tail)
    let u = Augmented.sum(large: s.head, small: s.tail + t.head)
    let v = Augmented.sum(large: u.head, small: u.tail + t.tail)
    return DoubleDouble(unchecked: v.head, v.tail)
  }

  static prefix func - (a: DoubleDouble) -> DoubleDouble {
    DoubleDouble(unchecked: -a.head, -a.tail)
  }

  static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    a + (-b)
  }

  static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
    let p = Augmented.product(a.head, b.head)
    let cross = a.head * b.tail + a.tail * b.head
    let s = Augmented.sum(large: p.head, small: p.tail + cross)
    return DoubleDouble(unchecked: s.head, s.tail)
  }

  static func / (a: DoubleDouble, b: Double) -> DoubleDouble {
    let q1 = a.head / b
    let r = a - DoubleDouble.product(q1, b)
    let q2 = r.head / b
    let s = Augmented.sum(large: q1, small: q2)
    return DoubleDouble(unchecked: s.head, s.tail)
  }

  static func += (a: inout DoubleDouble, b: DoubleDouble) { a = a + b }
  static func -= (a: inout DoubleDouble, b: DoubleDouble) { a = a - b }
}
