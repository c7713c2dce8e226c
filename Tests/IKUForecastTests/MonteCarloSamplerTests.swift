import RealModule
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct MonteCarloSamplerTests {
  static let n = 200_000

  private func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

  private func variance(_ x: [Double]) -> Double {
    let m = mean(x)
    return x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count - 1)
  }

  /// Variance of the triangular distribution: (a² + b² + c² − ab − ac − bc)/18.
  static let triangularVariance: Double = {
    let (a, c, b) = (900.0, 1000.0, 1200.0)
    return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
  }()

  static let cases: [(Marginal, Double)] = [
    (.normal(mean: 0.92, standardDeviation: 0.03), 0.0009),
    (.uniform(minimum: 2, maximum: 8), 3),
    (.triangular(minimum: 900, mode: 1000, maximum: 1200), triangularVariance),
    (.lognormal(mean: 3_500_000, standardDeviation: 200_000), 4e10),
  ]

  /// Each marginal's sample mean lies within 4 standard errors of its
  /// analytic mean, and its variance within 3% of the analytic variance.
  @Test(arguments: cases)
  func marginalMoments(_ marginal: Marginal, _ analyticVariance: Double) throws {
    let draws = try MonteCarloSampler(marginals: [marginal], draws: Self.n, seed: 3).sample()[0]
    let m = try #require(marginal.mean)
    #expect(abs(mean(draws) - m) < 4 * (analyticVariance / Double(Self.n)).squareRoot())
    #expect(agrees(variance(draws), analyticVariance, relative: 0.03))
    #expect(draws.allSatisfy { marginal.support.contains($0) })
  }

  @Test func correlationIsApplied() throws {
    let r = [1, 0.6, 0.6, 1.0]
    let columns = try MonteCarloSampler(
      marginals: [.normal(mean: 0, standardDeviation: 1), .normal(mean: 0, standardDeviation: 2)],
      correlation: r, draws: Self.n, seed: 5
    ).sample()
    let sx = variance(columns[0]).squareRoot()
    let sy = variance(columns[1]).squareRoot()
    let covariance =
      zip(columns[0], columns[1]).map { $0 * $1 }.reduce(0, +) / Double(Self.n)
    #expect(abs(covariance / (sx * sy) - 0.6) < 0.01)
  }

  @Test func sameSeedIsBitForBit() throws {
    let sampler = MonteCarloSampler(
      marginals: [.uniform(minimum: 0, maximum: 1), .lognormal(mean: 2, standardDeviation: 1)],
      correlation: [1, 0.2, 0.2, 1], draws: 1000, seed: 99)
    #expect(try sampler.sample() == (try sampler.sample()))
  }

  @Test func fixedDriversKeepOtherDriversDraws() throws {
    // Common random numbers: fixing one driver leaves the others unchanged.
    let random = try MonteCarloSampler(
      marginals: [.normal(mean: 0, standardDeviation: 1), .normal(mean: 5, standardDeviation: 1)],
      draws: 500, seed: 11
    ).sample()
    let fixed = try MonteCarloSampler(
      marginals: [.fixed(3), .normal(mean: 5, standardDeviation: 1)], draws: 500, seed: 11
    ).sample()
    #expect(fixed[1] == random[1])
    #expect(fixed[0].allSatisfy { $0 == 3 })
  }

  @Test func invalidCorrelations() {
    #expect(throws: MonteCarloSampler.SamplingError.malformedCorrelation) {
      try MonteCarloSampler(
        marginals: [
          .normal(mean: 0, standardDeviation: 1), .normal(mean: 0, standardDeviation: 1),
        ],
        correlation: [1, 0.5, 0.4, 1], draws: 10, seed: 1
      ).sample()
    }
    let three: [Marginal] = Array(repeating: .normal(mean: 0, standardDeviation: 1), count: 3)
    #expect(throws: MonteCarloSampler.SamplingError.notPositiveDefinite(order: 3)) {
      try MonteCarloSampler(
        marginals: three, correlation: [1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1], draws: 10,
        seed: 1
      ).sample()
    }
  }

  @Test func forecastDriversAreStudentT() throws {
    // ν = 6: variance se²·ν/(ν − 2).
    let step = ForecastStep(
      horizon: 1, center: 10, meanStandardError: 0, predictionStandardError: 2,
      degreesOfFreedom: 6)
    let draws = try MonteCarloSampler(
      marginals: [.forecast(step, .identity)], draws: Self.n, seed: 8
    ).sample()[0]
    #expect(abs(mean(draws) - 10) < 0.03)
    #expect(agrees(variance(draws), 4 * 6 / 4, relative: 0.04))
  }

  @Test func gammaMoments() {
    var generator = SeededGenerator(seed: 2)
    for shape in [0.5, 1.5, 4.0] {
      let x = (0..<50_000).map { _ in MonteCarloSampler.gamma(shape: shape, using: &generator) }
      #expect(abs(mean(x) - shape) < 4 * (shape / 50_000).squareRoot())
    }
  }

  // MARK: - The stream of normals

  /// The first six normals for seed 42.
  ///
  /// From a separate Python transcription of the algorithms (SplitMix64
  /// seeding, xoshiro256**, the open unit interval, the polar method with
  /// the platform's `log`), printed with `repr`. Python's floats are IEEE
  /// doubles and `math.log` is the C library's, so the values agree bit for
  /// bit.
  static let seed42Normals = [
    -0.7262191382447859, -0.21119691823195985, 0.22162270150359337, 0.5227716877560143,
    0.4641773101624736, 0.7409788916865557,
  ]

  @Test func standardNormalsMatchTheReferenceTranscription() throws {
    let one = try MonteCarloSampler(
      marginals: [.normal(mean: 0, standardDeviation: 1)], draws: 6, seed: 42
    ).sample()
    #expect(one == [Self.seed42Normals])
    // Columns continue one stream: an odd column length splits a pair.
    let two = try MonteCarloSampler(
      marginals: Array(repeating: .normal(mean: 0, standardDeviation: 1), count: 2), draws: 3,
      seed: 42
    ).sample()
    #expect(two == [Array(Self.seed42Normals[0..<3]), Array(Self.seed42Normals[3..<6])])
  }

  /// The blocked, branch-free fill gives the values of `normalPair` called
  /// in turn, over buffers of any length, and leaves the generator where
  /// the pairs leave it.
  @Test(arguments: [[1], [2], [3, 1], [511, 514, 2], [1025], [4097, 3, 1000]])
  func blockedFillIsThePairSequence(_ lengths: [Int]) {
    var blocked = SeededGenerator(seed: 17)
    var spare: Double?
    var filled: [Double] = []
    for length in lengths {
      filled += [Double](unsafeUninitializedCapacity: length) { buffer, count in
        MonteCarloSampler.fillStandardNormal(buffer, spare: &spare, using: &blocked)
        count = length
      }
    }
    var paired = SeededGenerator(seed: 17)
    var expected: [Double] = []
    while expected.count < filled.count {
      let (u, v) = MonteCarloSampler.normalPair(using: &paired)
      expected += [u, v]
    }
    #expect(filled == Array(expected[0..<filled.count]))
    #expect(spare == (expected.count > filled.count ? expected.last : nil))
    #expect(blocked.next() == paired.next())
  }

  @Test func unitDiskTestOnTheBits() {
    let one = 1.0
    let cases = [
      0, Double.leastNonzeroMagnitude, 1e-300, 0.5, one.nextDown, one, one.nextUp, 2,
    ]
    for s in cases {
      #expect(MonteCarloSampler.isInsideUnitDisk(s) == (s > 0 && s < 1 ? 1 : 0), "s = \(s)")
    }
  }

  // MARK: - Blocks and marginals

  /// The correlation applied block by block (2048 rows per `dtrmm`) and the
  /// marginals mapped in the blocks give what one `dtrmm` over all rows
  /// followed by the per-value formulas gives, bit for bit.
  @Test func blocksAgreeWithOneProductOverAllDraws() throws {
    let marginals: [Marginal] = [
      .normal(mean: 400, standardDeviation: 20),
      .uniform(minimum: 0.85, maximum: 0.98),
      .triangular(minimum: 900, mode: 1000, maximum: 1200),
      .lognormal(mean: 3_500_000, standardDeviation: 200_000),
    ]
    var r = [Double](repeating: 0, count: 16)
    for i in 0..<4 { r[i * 4 + i] = 1 }
    for (i, j, v) in [(0, 2, 0.3), (1, 3, -0.2), (2, 3, 0.4)] {
      r[i * 4 + j] = v
      r[j * 4 + i] = v
    }
    let n = 5001
    let sampled = try MonteCarloSampler(
      marginals: marginals, correlation: r, draws: n, seed: 23
    ).sample()

    var generator = SeededGenerator(seed: 23)
    var spare: Double?
    var z = [Double](unsafeUninitializedCapacity: 4 * n) { buffer, count in
      MonteCarloSampler.fillStandardNormal(buffer, spare: &spare, using: &generator)
      count = 4 * n
    }
    let factor = try #require(choleskyLower(r, order: 4))
    multiplyByTransposedLowerFactor(&z, rows: n, factor: factor, order: 4)
    let phi = { (z: Double) in NormalDistribution.standardCDF(z) }
    let s2 = Double.log(onePlus: 200_000.0 * 200_000 / (3_500_000.0 * 3_500_000))
    for i in 0..<n {
      #expect(sampled[0][i] == 400 + 20 * z[i])
      #expect(sampled[1][i] == 0.85 + (0.98 - 0.85) * phi(z[n + i]))
      let (a, c, b) = (900.0, 1000.0, 1200.0)
      let u = phi(z[2 * n + i])
      let triangular =
        u < (c - a) / (b - a)
        ? a + ((b - a) * (c - a) * u).squareRoot() : b - ((b - a) * (b - c) * (1 - u)).squareRoot()
      #expect(sampled[2][i] == triangular)
      #expect(
        sampled[3][i] == .exp(.log(3_500_000) - s2 / 2 + s2.squareRoot() * z[3 * n + i]))
    }
  }

  /// Drivers that the correlation does not mix (uncorrelated, or fixed)
  /// skip the product and are mapped as they are drawn; every column is
  /// still that of one `dtrmm` over all draws, bit for bit.
  @Test func unmixedDriversAgreeWithOneProductOverAllDraws() throws {
    let standard = Marginal.normal(mean: 0, standardDeviation: 1)
    let marginals: [Marginal] = [standard, standard, standard, .fixed(3), standard]
    var r = [Double](repeating: 0, count: 25)
    for i in 0..<5 { r[i * 5 + i] = 1 }
    for (i, j, v) in [(0, 2, 0.5), (2, 3, 0.4), (2, 4, -0.3)] {
      r[i * 5 + j] = v
      r[j * 5 + i] = v
    }
    let n = 4099
    let sampled = try MonteCarloSampler(
      marginals: marginals, correlation: r, draws: n, seed: 31
    ).sample()

    var generator = SeededGenerator(seed: 31)
    var spare: Double?
    var z = [Double](unsafeUninitializedCapacity: 5 * n) { buffer, count in
      MonteCarloSampler.fillStandardNormal(buffer, spare: &spare, using: &generator)
      count = 5 * n
    }
    // The fixed driver's correlation is dropped.
    r[2 * 5 + 3] = 0
    r[3 * 5 + 2] = 0
    let factor = try #require(choleskyLower(r, order: 5))
    multiplyByTransposedLowerFactor(&z, rows: n, factor: factor, order: 5)
    for j in [0, 1, 2, 4] { #expect(sampled[j] == Array(z[(j * n)..<((j + 1) * n)])) }
    #expect(sampled[3] == Array(repeating: 3, count: n))
  }
}
