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

  /// Maps a standard normal draw `z` to this distribution (`extra` is an
  /// independent χ²-based scale for the Student t of a forecast).
  func value(fromNormal z: Double, tScale: Double) -> Double {
    switch self {
    case .fixed(let value):
      return value
    case .normal(let mean, let sd):
      return mean + sd * z
    case .lognormal(let mean, let sd):
      let s2 = Double.log(onePlus: sd * sd / (mean * mean))
      return .exp(.log(mean) - s2 / 2 + s2.squareRoot() * z)
    case .uniform(let a, let b):
      return a + (b - a) * NormalDistribution.standardCDF(z)
    case .triangular(let a, let c, let b):
      let u = NormalDistribution.standardCDF(z)
      let split = (c - a) / (b - a)
      return u < split
        ? a + ((b - a) * (c - a) * u).squareRoot()
        : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
    case .forecast(let step, let transform):
      return transform.inverse(step.center + step.predictionStandardError * z * tScale)
    }
  }
}
