import RealModule

/// The regularised incomplete beta function `I_x(a, b)`, by the continued
/// fraction of Abramowitz & Stegun 26.5.8 evaluated with the modified Lentz
/// method (Press et al., *Numerical Recipes*, 3rd ed., §6.4), using the
/// symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` so that the fraction is always
/// evaluated where it converges quickly.
///
/// The caller passes `x` and `1 − x` separately, with their logarithms and
/// `log B(a, b)`, because the caller (Student's t) can compute each of them
/// without cancellation, and they decide the accuracy in the tails.
/// Swift Numerics offers `logGamma` but no incomplete beta, hence this
/// function.
struct IncompleteBetaArgument {
  var x: Double
  var oneMinusX: Double
  var logX: Double
  var logOneMinusX: Double
}

func regularizedIncompleteBeta(
  _ arg: IncompleteBetaArgument, a: Double, b: Double, logBeta: Double
) -> Double {
  if arg.logX == -.infinity { return 0 }
  if arg.logOneMinusX == -.infinity { return 1 }
  let front = Double.exp(
    a * arg.logX + b * arg.logOneMinusX - logBeta)
  if arg.x < (a + 1) / (a + b + 2) {
    return front * betaContinuedFraction(x: arg.x, a: a, b: b) / a
  }
  return 1 - front * betaContinuedFraction(x: arg.oneMinusX, a: b, b: a) / b
}

/// The continued fraction of A&S 26.5.8 by the modified Lentz method.
private func betaContinuedFraction(x: Double, a: Double, b: Double) -> Double {
  let tiny = 1e-300
  let qab = a + b
  let qap = a + 1
  let qam = a - 1
  var c = 1.0
  var d = 1 - qab * x / qap
  if abs(d) < tiny { d = tiny }
  d = 1 / d
  var h = d
  // Convergence takes O(√max(a, b)) terms near the switch point; the cap
  // is far above what degrees of freedom up to 10⁹ need.
  for m in 1...200_000 {
    let m = Double(m)
    let m2 = 2 * m
    var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    if abs(d) < tiny { d = tiny }
    c = 1 + aa / c
    if abs(c) < tiny { c = tiny }
    d = 1 / d
    h *= d * c
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    if abs(d) < tiny { d = tiny }
    c = 1 + aa / c
    if abs(c) < tiny { c = tiny }
    d = 1 / d
    let delta = d * c
    h *= delta
    if abs(delta - 1) <= Double.ulpOfOne { break }
  }
  return h
}

/// `I_x(a, ½)` for large `a` and `x` near 1, by an asymptotic expansion.
///
/// The expansion is that of DiDonato & Morris (1992, "Algorithm 708:
/// Significant digit computation of the incomplete beta function ratios",
/// ACM TOMS 18:360–373, §9), specialised to `b = ½`, where the incomplete
/// gamma ratio it needs is `Q(½, z) = erfc(√z)`.
///
/// The continued fraction loses about `a·ε` of relative accuracy when `x`
/// is within `1/a` of 1, because `x` itself then carries too little of the
/// information (the t distribution with ν = 10⁷ at t = −2 lost 4·10⁻¹⁰);
/// this expansion works from `log x`, which the caller computes from `t²/ν`
/// without loss, and converges in a few terms there.
///
/// - Precondition: `a ≥ 15` and `x ≥ ½` (`log x ≥ −log 2`).
func incompleteBetaHalfForLargeA(a: Double, logX: Double) -> Double {
  precondition(a >= 15 && logX >= -Double.log(2) && logX <= 0, "out of domain")
  if logX == 0 { return 1 }
  let b = 0.5
  let big = a + (b - 1) / 2  // T in DiDonato & Morris
  let z = -big * logX
  // Beyond z ≈ 700, I < e^{-z} underflows a double.
  guard z < 700 else { return 0 }
  // M = e^{−z} z^b / (Γ(b) · Γ(a)/Γ(a+b) · T^b)
  let logPrefactor =
    b * .log(z) - z - 0.5 * .log(Double.pi) + logGammaRatioHalf(a)
    - b * .log(big)
  // J₀ = Q(b, z) / (e^{−z} z^b / Γ(b)) = erfc(√z) e^z √(π/z).
  let root = z.squareRoot()
  var j = Double.erfc(root) * .exp(z) * (Double.pi / z).squareRoot()
  let v = 0.25 / (big * big)
  let t2 = logX * logX / 4
  var sum = j
  var t = 1.0
  var cn = 1.0
  var n2 = 0.0
  var c: [Double] = []
  var d: [Double] = []
  for n in 1...30 {
    let bp2n = b + n2
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v
    n2 += 2
    t *= t2
    cn /= n2 * (n2 + 1)
    c.append(cn)
    var s = 0.0
    var coefficient = b - Double(n)
    for i in 1..<n {
      s += coefficient * c[i - 1] * d[n - 1 - i]
      coefficient += b
    }
    d.append((b - 1) * cn + s / Double(n))
    let term = d[n - 1] * j
    sum += term
    if abs(term) <= Double.ulpOfOne * sum { break }
  }
  return .exp(logPrefactor) * sum
}

/// `log Γ(a + ½) − log Γ(a)` without cancellation for large `a`
/// (Stirling's series for the ratio; Abramowitz & Stegun 6.1.41):
/// `½ log a + (a log1p(1/(2a)) − ½) + S(a+½) − S(a)`.
func logGammaRatioHalf(_ a: Double) -> Double {
  if a < 10 { return .logGamma(a + 0.5) - .logGamma(a) }
  return 0.5 * .log(a) + (a * .log(onePlus: 0.5 / a) - 0.5)
    + stirlingCorrection(a + 0.5) - stirlingCorrection(a)
}

/// `log B(a, ½)`, accurate to a few units of 10⁻¹⁶ in absolute terms for
/// every `a > 0`.
///
/// `B(a, ½) = Γ(a) Γ(½) / Γ(a + ½)`, with the ratio of gammas from
/// ``logGammaRatioHalf(_:)`` so that large `a` does not cancel.
func logBetaHalf(_ a: Double) -> Double {
  0.5 * .log(Double.pi) - logGammaRatioHalf(a)
}

/// `S(z) = log Γ(z) − ((z − ½) log z − z + ½ log 2π)` for `z ≥ 10`, by
/// the asymptotic series with Bernoulli-number coefficients (A&S 6.1.41);
/// the first omitted term is below 10⁻¹⁸ there.
private func stirlingCorrection(_ z: Double) -> Double {
  let z2 = z * z
  let coefficients = [
    1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
    -691.0 / 360_360, 1.0 / 156,
  ]
  var sum = 0.0
  var power = z
  for coefficient in coefficients {
    sum += coefficient / power
    power *= z2
  }
  return sum
}
