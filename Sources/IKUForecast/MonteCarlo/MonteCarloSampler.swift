import RealModule

/// Draws the drivers of a scenario: `n` joint draws of `k` drivers with
/// given marginals and, optionally, a correlation between them.
///
/// Standard normals come from ``SeededGenerator`` by the polar method (a fixed
/// order of consumption, so one seed gives one result bit for bit). Every
/// driver consumes its own column of normals, fixed ones too, so that two
/// samplers with the same seed and the same number of drivers use the same
/// random numbers for each driver however the others are set: scenarios and
/// goal seeking compare on common random numbers. A
/// correlation matrix `R` is factored `R = L Lᵀ` by LAPACK (`dpotrf`) and
/// applied to all draws at once, `Z ← Z Lᵀ`, with one BLAS level-3 call
/// (`dtrmm`) on the `n × k` column-major matrix — not a loop of small
/// products. The Student t of a forecast driver multiplies its normal by
/// `√(ν/V)` with `V ~ χ²_ν` drawn by Marsaglia & Tsang's gamma method (2000).
public struct MonteCarloSampler: Sendable {
  /// The marginals, one per driver.
  public let marginals: [Marginal]
  /// The correlation between the drivers (`k × k`, row-major, in the order
  /// of `marginals`; fixed drivers' rows are ignored), or `nil` for
  /// independence.
  public let correlation: [Double]?
  /// The number of draws.
  public let draws: Int
  /// The seed.
  public let seed: UInt64

  /// Why draws cannot be made.
  public enum SamplingError: Error, Sendable, Equatable {
    /// The correlation matrix is not symmetric with a unit diagonal.
    case malformedCorrelation
    /// The correlation matrix is not positive definite (its leading minor
    /// of this order is not positive).
    case notPositiveDefinite(order: Int)
  }

  /// Creates a sampler.
  public init(marginals: [Marginal], correlation: [Double]? = nil, draws: Int, seed: UInt64) {
    precondition(draws >= 1, "at least one draw")
    let k = marginals.count
    precondition(correlation.map { $0.count == k * k } ?? true, "the correlation is k × k")
    self.marginals = marginals
    self.correlation = correlation
    self.draws = draws
    self.seed = seed
  }

  /// The draws: one column of `draws` values per driver.
  ///
  /// - Throws: ``SamplingError`` for a correlation that is not a valid
  ///   correlation matrix.
  public func sample() throws -> [[Double]] {
    var generator = SeededGenerator(seed: seed)
    let k = marginals.count
    var z = [Double](repeating: 0, count: draws * k)
    Self.fillStandardNormal(&z, using: &generator)
    if var correlation, k > 1 {
      // A fixed driver correlates with nothing.
      for i in 0..<k where !marginals[i].isRandom {
        for j in 0..<k where j != i {
          correlation[i * k + j] = 0
          correlation[j * k + i] = 0
        }
      }
      try Self.validate(correlation, k)
      // R is symmetric, so its row-major and column-major forms agree.
      guard let factor = choleskyLower(correlation, order: k) else {
        throw SamplingError.notPositiveDefinite(order: Self.firstFailingMinor(correlation, k))
      }
      multiplyByTransposedLowerFactor(&z, rows: draws, factor: factor, order: k)
    }
    var columns: [[Double]] = []
    columns.reserveCapacity(k)
    for (index, marginal) in marginals.enumerated() {
      let start = index * draws
      var scales = [Double](repeating: 1, count: draws)
      if case .forecast(let step, _) = marginal, step.degreesOfFreedom.isFinite {
        let nu = step.degreesOfFreedom
        for i in 0..<draws {
          scales[i] = (nu / Self.gamma(shape: nu / 2, using: &generator) / 2).squareRoot()
        }
      }
      columns.append(
        (0..<draws).map { marginal.value(fromNormal: z[start + $0], tScale: scales[$0]) })
    }
    return columns
  }

  /// Standard normals by Marsaglia's polar form of Box–Muller (1964): two
  /// normals per accepted pair of uniforms, no trigonometry.
  static func fillStandardNormal(_ z: inout [Double], using generator: inout SeededGenerator) {
    var i = 0
    while i < z.count {
      let u = 2 * generator.nextOpenUnit() - 1
      let v = 2 * generator.nextOpenUnit() - 1
      let s = u * u + v * v
      guard s < 1 && s > 0 else { continue }
      let factor = (-2 * Double.log(s) / s).squareRoot()
      z[i] = u * factor
      if i + 1 < z.count { z[i + 1] = v * factor }
      i += 2
    }
  }

  /// A Gamma(shape, 1) draw by Marsaglia & Tsang (2000), with the boost
  /// `G(a) = G(a + 1)·U^{1/a}` for shapes below 1.
  static func gamma(shape: Double, using generator: inout SeededGenerator) -> Double {
    if shape < 1 {
      let boosted = gamma(shape: shape + 1, using: &generator)
      return boosted * .pow(generator.nextOpenUnit(), 1 / shape)
    }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      var z = [0.0, 0.0]
      fillStandardNormal(&z, using: &generator)
      let v = Double.pow(1 + c * z[0], 3)
      guard v > 0 else { continue }
      let u = generator.nextOpenUnit()
      if Double.log(u) < 0.5 * z[0] * z[0] + d - d * v + d * .log(v) { return d * v }
    }
  }

  private static func validate(_ r: [Double], _ k: Int) throws {
    for i in 0..<k {
      guard abs(r[i * k + i] - 1) < 1e-12 else { throw SamplingError.malformedCorrelation }
      for j in 0..<k {
        guard abs(r[i * k + j] - r[j * k + i]) < 1e-12, abs(r[i * k + j]) <= 1 else {
          throw SamplingError.malformedCorrelation
        }
      }
    }
  }

  /// The order of the first leading minor that is not positive.
  private static func firstFailingMinor(_ r: [Double], _ k: Int) -> Int {
    for order in 1...k {
      let minor = (0..<order).flatMap { i in (0..<order).map { j in r[i * k + j] } }
      if choleskyLower(minor, order: order) == nil { return order }
    }
    return k
  }
}
