import RealModule

/// The distribution of one driver of a scenario.
///
/// Random marginals are drawn through a Gaussian copula: each starts from a
/// standard normal (correlated with the others when a correlation is
/// given) and is mapped to its own distribution — directly for the normal
/// and lognormal, through `Φ` and the inverse distribution function for the
/// uniform and triangular.
public enum Marginal: Sendable, Hashable {
  /// A fixed value.
  case fixed(Double)
  /// Normal with a mean and standard deviation.
  case normal(mean: Double, standardDeviation: Double)
  /// Uniform between two values.
  case uniform(minimum: Double, maximum: Double)
  /// Triangular with a minimum, a mode and a maximum.
  case triangular(minimum: Double, mode: Double, maximum: Double)
  /// Lognormal with the given mean and standard deviation *of the value*
  /// (not of its logarithm): `σ² = log(1 + sd²/mean²)`, `μ = log(mean) − σ²/2`.
  case lognormal(mean: Double, standardDeviation: Double)
  /// A forecast's predictive distribution: Student t on the model scale,
  /// mapped back by the transform (a forecast driver).
  case forecast(ForecastStep, Transform)

  /// Whether the driver varies between draws.
  public var isRandom: Bool {
    if case .fixed = self { return false }
    return true
  }

  /// The mean of the distribution, where it has a closed form (`nil` for a
  /// forecast, whose mean depends on the transform).
  public var mean: Double? {
    switch self {
    case .fixed(let value): return value
    case .normal(let mean, _), .lognormal(let mean, _): return mean
    case .uniform(let a, let b): return (a + b) / 2
    case .triangular(let a, let c, let b): return (a + b + c) / 3
    case .forecast: return nil
    }
  }

  /// The median of the distribution, exact: no draws are needed.
  ///
  /// It is the value the mapping gives the standard normal's median
  /// (`z = 0`, `Φ(0) = ½`). For a forecast, the
  /// transform of the model-scale center (a monotone transform keeps the
  /// median).
  public var median: Double {
    var z = [0.0]
    z.withUnsafeMutableBufferPointer { mapStandardNormals($0) }
    return z[0]
  }

  /// The smallest and largest values it can take (`±∞` where unbounded).
  public var support: ClosedRange<Double> {
    switch self {
    case .fixed(let value): return value...value
    case .normal: return -Double.infinity...Double.infinity
    case .uniform(let a, let b), .triangular(let a, _, let b): return a...b
    case .lognormal: return 0...Double.infinity
    case .forecast(_, let transform):
      return transform.support
    }
  }

  /// Replaces standard normal draws by this distribution's values, in one
  /// pass with the constants computed once: `z[i] ← F⁻¹(Φ(z[i]))`,
  /// directly for the normal and lognormal, through `Φ` and the inverse
  /// distribution function for the uniform and triangular.
  ///
  /// A forecast driver is mapped with its normal limit (`ν = ∞`); its
  /// Student t needs χ² draws, which ``MonteCarloSampler`` makes.
  func mapStandardNormals(_ z: UnsafeMutableBufferPointer<Double>) {
    switch self {
    case .fixed(let value):
      z.update(repeating: value)
    case .normal(let mean, let sd):
      for i in z.indices { z[i] = mean + sd * z[i] }
    case .lognormal(let mean, let sd):
      let s2 = Double.log(onePlus: sd * sd / (mean * mean))
      let location = Double.log(mean) - s2 / 2
      let scale = s2.squareRoot()
      for i in z.indices { z[i] = .exp(location + scale * z[i]) }
    case .uniform(let a, let b):
      let width = b - a
      for i in z.indices { z[i] = a + width * NormalDistribution.standardCDF(z[i]) }
    case .triangular(let a, let c, let b):
      // F⁻¹(u) = a + √((b − a)(c − a)u) below the mode's probability,
      // b − √((b − a)(b − c)(1 − u)) above it.
      let split = (c - a) / (b - a)
      let lower = (b - a) * (c - a)
      let upper = (b - a) * (b - c)
      for i in z.indices {
        let u = NormalDistribution.standardCDF(z[i])
        z[i] = u < split ? a + (lower * u).squareRoot() : b - (upper * (1 - u)).squareRoot()
      }
    case .forecast(let step, let transform):
      let center = step.center
      let se = step.predictionStandardError
      for i in z.indices { z[i] = transform.inverse(center + se * z[i]) }
    }
  }
}
