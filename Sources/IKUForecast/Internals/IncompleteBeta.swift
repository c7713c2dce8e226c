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
  if arg.x <= 0 { return 0 }
  if arg.oneMinusX <= 0 { return 1 }
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

/// `log B(a, ½)`, accurate to a few units of 10⁻¹⁶ in absolute terms for
/// every `a > 0`.
///
/// For large `a` the difference `log Γ(a) − log Γ(a + ½)` would cancel in
/// `logGamma`; there it uses Stirling's series for the ratio
/// (`log Γ(a+½) − log Γ(a) = ½ log a + (a log1p(1/(2a)) − ½) + S(a+½) − S(a)`,
/// with `S` the Stirling correction; Abramowitz & Stegun 6.1.41).
func logBetaHalf(_ a: Double) -> Double {
  let logGammaHalf = 0.5 * Double.log(.pi)
  if a < 10 {
    return .logGamma(a) + logGammaHalf - .logGamma(a + 0.5)
  }
  let ratio =
    0.5 * .log(a) + (a * .log(onePlus: 0.5 / a) - 0.5)
    + stirlingCorrection(a + 0.5) - stirlingCorrection(a)
  return logGammaHalf - ratio
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
