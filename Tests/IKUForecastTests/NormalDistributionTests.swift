import TestSupport
import Testing

@testable import IKUForecast

@Suite struct NormalDistributionTests {
  static let references = (try? ReferenceValue.table("normal")) ?? []

  @Test func referenceTableIsPresent() {
    #expect(Self.references.count > 40)
  }

  @Test(
    "CDF and quantile within 1e-10 relative of mpmath",
    arguments: references)
  func matchesReference(_ reference: ReferenceValue) {
    let normal = NormalDistribution.standard
    let computed =
      reference.function == "cdf"
      ? normal.cdf(reference.argument) : normal.quantile(reference.argument)
    #expect(
      agrees(computed, reference.value, relative: 1e-10),
      "\(reference): got \(computed)")
  }

  @Test func locationAndScale() {
    let n = NormalDistribution(mean: 50, standardDeviation: 4)
    #expect(agrees(n.quantile(0.975), 50 + 4 * 1.959963984540054, relative: 1e-14))
    #expect(agrees(n.cdf(50), 0.5, relative: 1e-15))
    #expect(agrees(n.density(50), 1 / (4 * (2 * Double.pi).squareRoot()), relative: 1e-15))
  }

  @Test func endpoints() {
    #expect(NormalDistribution.standard.quantile(0) == -.infinity)
    #expect(NormalDistribution.standard.quantile(1) == .infinity)
  }

  @Test("quantile inverts the CDF", arguments: (0...30).map { -8 + 0.3 * Double($0) })
  func roundTrip(_ z: Double) {
    let normal = NormalDistribution.standard
    #expect(agrees(normal.quantile(normal.cdf(z)), z, relative: 1e-9, absolute: 1e-12))
  }
  @Test func worstRelativeErrorIsReported() {
    var worst = (error: 0.0, case: "")
    for reference in Self.references {
      let d = NormalDistribution.standard
      let computed =
        reference.function == "cdf"
        ? d.cdf(reference.argument) : d.quantile(reference.argument)
      let error = abs(computed - reference.value) / abs(reference.value)
      if error > worst.error { worst = (error, reference.description) }
    }
    print("NormalDistribution: worst relative error \(worst.error) at \(worst.case)")
    #expect(worst.error <= 1e-10)
  }
}
