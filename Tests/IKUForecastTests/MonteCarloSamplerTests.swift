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
}
