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
/// applied as `Z ← Z Lᵀ` with one BLAS level-3 call (`dtrmm`) per block of
/// 2048 draws — not a loop of small products — and each block is mapped to
/// the marginals while it is in cache. The Student t of a forecast driver
/// multiplies its normal by `√(ν/V)` with `V ~ χ²_ν` drawn by Marsaglia &
/// Tsang's gamma method (2000), after all the normals.
///
/// The work is a few passes over the `n × k` result and nothing else of
/// that size; a million draws of four drivers take about 0.1 s on one core
/// (`bench/scenario_draws.sh`).
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
  /// Driver `j`'s column starts as the `j`-th block of `draws` normals of
  /// the stream, written straight into the result (no `draws × k` buffer).
  /// The correlation is applied to blocks of rows by `dtrmm` where it mixes
  /// drivers, and each column is mapped to its marginal in place while it
  /// is in cache, with the driver's constants computed once.
  ///
  /// - Throws: ``SamplingError`` for a correlation that is not a valid
  ///   correlation matrix.
  /// - Complexity: O(`draws · k`) time for the draws, O(`draws · k²`) for
  ///   the correlation; no memory besides the result but a block of rows.
  public func sample() throws -> [[Double]] {
    let k = marginals.count
    var factor: [Double]?
    // The drivers that the correlation mixes: those with a correlation to
    // another driver. For any other, row and column j of L are e_j, so its
    // column of Z Lᵀ is its column of Z, exactly (every other term is a
    // product by an exact zero).
    var mixed = [Bool](repeating: false, count: k)
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
      guard let lower = choleskyLower(correlation, order: k) else {
        throw SamplingError.notPositiveDefinite(order: Self.firstFailingMinor(correlation, k))
      }
      mixed = (0..<k).map { i in (0..<k).contains { j in j != i && correlation[i * k + j] != 0 } }
      if mixed.contains(true) { factor = lower }
    }
    // A marginal that needs no more random numbers is mapped as soon as its
    // normals are final, while they are in cache: an unmixed driver's right
    // after they are drawn, a mixed driver's in the correlation's blocks. A
    // forecast's Student t draws its χ² values after all the normals,
    // driver after driver, in the order of the stream.
    let studentT = marginals.map(Self.studentT(_:))
    var generator = SeededGenerator(seed: seed)
    var spare: Double?
    var columns = marginals.indices.map { index in
      [Double](unsafeUninitializedCapacity: draws) { column, count in
        if mixed[index] || studentT[index] != nil {
          Self.fillStandardNormal(column, spare: &spare, using: &generator)
        } else {
          var start = 0
          while start < draws {
            let chunk = UnsafeMutableBufferPointer(
              rebasing: column[start..<min(start + Self.blockHeight, draws)])
            Self.fillStandardNormal(chunk, spare: &spare, using: &generator)
            marginals[index].mapStandardNormals(chunk)
            start += chunk.count
          }
        }
        count = draws
      }
    }
    if let factor {
      Self.correlate(&columns, mixed: mixed, factor: factor) { index, block in
        if studentT[index] == nil { marginals[index].mapStandardNormals(block) }
      }
    }
    for index in marginals.indices {
      guard let (step, transform) = studentT[index] else { continue }
      columns[index].withUnsafeMutableBufferPointer { column in
        Self.studentT(column, step: step, transform: transform, using: &generator)
      }
    }
    return columns
  }

  /// The rows of a block: a multiple of every OpenBLAS kernel's row
  /// unrolling (at most 16) and of its row blocking.
  static let blockHeight = 2048

  /// The step and transform of a forecast driver with a Student t
  /// (finite degrees of freedom), else `nil`.
  private static func studentT(_ marginal: Marginal) -> (ForecastStep, Transform)? {
    guard case .forecast(let step, let transform) = marginal, step.degreesOfFreedom.isFinite
    else { return nil }
    return (step, transform)
  }

  /// `Z ← Z Lᵀ` for the `draws × k` matrix whose columns are `columns`,
  /// where only the `mixed` columns change.
  ///
  /// Blocks of rows of the mixed columns are gathered into a column-major
  /// `blockHeight × k` block (zeros in the other columns, which only ever
  /// meet exact zeros of `L`), multiplied by one `dtrmm` each, finished by
  /// `finish(j, part)` on each mixed column's part and scattered back. Each
  /// row's product is the same as in one call over all rows: the rows of
  /// `Z Lᵀ` are independent, the block has the shape of the whole matrix but
  /// for its height, and the height is a multiple of every kernel's row
  /// unrolling.
  private static func correlate(
    _ columns: inout [[Double]], mixed: [Bool], factor: [Double],
    finish: (Int, UnsafeMutableBufferPointer<Double>) -> Void
  ) {
    let k = columns.count
    let rows = columns[0].count
    var block: [Double] = []
    var first = 0
    while first < rows {
      let count = min(blockHeight, rows - first)
      if count * k != block.count { block = [Double](repeating: 0, count: count * k) }
      for j in 0..<k where mixed[j] {
        columns[j].withUnsafeBufferPointer { column in
          block.withUnsafeMutableBufferPointer { block in
            for i in 0..<count { block[i + j * count] = column[first + i] }
          }
        }
      }
      multiplyByTransposedLowerFactor(&block, rows: count, factor: factor, order: k)
      for j in 0..<k where mixed[j] {
        columns[j].withUnsafeMutableBufferPointer { column in
          block.withUnsafeMutableBufferPointer { block in
            let part = UnsafeMutableBufferPointer(rebasing: block[(j * count)..<((j + 1) * count)])
            finish(j, part)
            for i in 0..<count { column[first + i] = part[i] }
          }
        }
      }
      first += count
    }
  }

  /// A forecast driver's Student t in place: `center + se · z · √(ν/V)`
  /// with `V ~ χ²_ν = 2·Gamma(ν/2)`, one gamma draw per value in order,
  /// mapped back by the transform.
  private static func studentT(
    _ z: UnsafeMutableBufferPointer<Double>, step: ForecastStep, transform: Transform,
    using generator: inout SeededGenerator
  ) {
    let nu = step.degreesOfFreedom
    for i in z.indices {
      let tScale = (nu / gamma(shape: nu / 2, using: &generator) / 2).squareRoot()
      z[i] = transform.inverse(step.center + step.predictionStandardError * z[i] * tScale)
    }
  }

  /// Standard normals by Marsaglia's polar form of Box–Muller (1964): two
  /// normals per accepted pair of uniforms, no trigonometry.
  ///
  /// Successive buffers continue one stream: `spare` carries the second
  /// normal of a pair that did not fit into the previous buffer, and takes
  /// the one left over from this one (a caller that stops drops it).
  ///
  /// The values are those of ``normalPair(using:)`` called in turn,
  /// bit for bit and with the same uniforms consumed, but made in blocks:
  /// first the accepted pairs `(u, v)` of a block, with the test
  /// `0 < s < 1` done without a branch (a rejection, one attempt in five,
  /// would otherwise mispredict), then the factors `√(−2 log s / s)` of the
  /// block, whose logarithms the processor can overlap.
  static func fillStandardNormal(
    _ buffer: UnsafeMutableBufferPointer<Double>, spare: inout Double?,
    using generator: inout SeededGenerator
  ) {
    guard !buffer.isEmpty else { return }
    var z = buffer
    if let second = spare {
      z[0] = second
      spare = nil
      z = UnsafeMutableBufferPointer(rebasing: z[1...])
    }
    let pairs = z.count / 2
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 512) { squares in
      var done = 0
      while done < pairs {
        let block = min(squares.count, pairs - done)
        let base = 2 * done
        var accepted = 0
        while accepted < block {
          // A rejected attempt is overwritten by the next one.
          let u = 2 * generator.nextOpenUnit() - 1
          let v = 2 * generator.nextOpenUnit() - 1
          let s = u * u + v * v
          z[base + 2 * accepted] = u
          z[base + 2 * accepted + 1] = v
          squares[accepted] = s
          accepted += isInsideUnitDisk(s)
        }
        for pair in 0..<block {
          let s = squares[pair]
          let factor = (-2 * Double.log(s) / s).squareRoot()
          z[base + 2 * pair] *= factor
          z[base + 2 * pair + 1] *= factor
        }
        done += block
      }
    }
    if z.count % 2 == 1 { (z[z.count - 1], spare) = normalPair(using: &generator) }
  }

  /// 1 if `0 < s < 1`, else 0, for `s ≥ 0` (a sum of squares), computed on
  /// the bits without a branch: the bit patterns of non-negative doubles
  /// are ordered as their values, so the test is `0 < bits(s) < bits(1)`,
  /// and both differences are non-negative exactly when the sign bit of
  /// their bitwise or is clear.
  static func isInsideUnitDisk(_ s: Double) -> Int {
    let bits = Int64(bitPattern: s.bitPattern)
    let one = Int64(bitPattern: (1.0).bitPattern)
    return 1 &- Int(UInt64(bitPattern: (bits &- 1) | (one &- 1 &- bits)) >> 63)
  }

  /// One pair of independent standard normals by the polar method: uniforms
  /// `u, v` on (−1, 1) until `0 < s = u² + v² < 1`, then `u·f, v·f` with
  /// `f = √(−2 log s / s)`.
  static func normalPair(using generator: inout SeededGenerator) -> (Double, Double) {
    while true {
      let u = 2 * generator.nextOpenUnit() - 1
      let v = 2 * generator.nextOpenUnit() - 1
      let s = u * u + v * v
      guard s < 1 && s > 0 else { continue }
      let factor = (-2 * Double.log(s) / s).squareRoot()
      return (u * factor, v * factor)
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
      let z = normalPair(using: &generator).0
      let v = Double.pow(1 + c * z, 3)
      guard v > 0 else { continue }
      let u = generator.nextOpenUnit()
      if Double.log(u) < 0.5 * z * z + d - d * v + d * .log(v) { return d * v }
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
