import TestSupport
import Testing

@testable import IKUForecast

@Suite struct StudentTDistributionTests {
  static let references = (try? ReferenceValue.table("student-t")) ?? []

  @Test func referenceTableIsPresent() {
    #expect(Self.references.count > 500)
  }

  @Test(
    "CDF and quantile within 1e-10 relative of mpmath",
    arguments: references)
  func matchesReference(_ reference: ReferenceValue) {
    let t = StudentTDistribution(degreesOfFreedom: reference.degreesOfFreedom)
    let computed =
      reference.function == "cdf"
      ? t.cdf(reference.argument) : t.quantile(reference.argument)
    #expect(
      agrees(computed, reference.value, relative: 1e-10),
      "\(reference): got \(computed)")
  }

  @Test func infiniteDegreesOfFreedomIsNormal() {
    let t = StudentTDistribution(degreesOfFreedom: .infinity)
    #expect(agrees(t.quantile(0.975), 1.959963984540054, relative: 1e-14))
  }

  @Test func densityIntegratesToTheCDF() {
    // Simpson's rule on [−1, 1] for ν = 3.7 against CDF(1) − CDF(−1).
    let t = StudentTDistribution(degreesOfFreedom: 3.7)
    let n = 2000
    let h = 2.0 / Double(n)
    var sum = t.density(-1) + t.density(1)
    for i in 1..<n {
      sum += (i % 2 == 1 ? 4 : 2) * t.density(-1 + Double(i) * h)
    }
    #expect(agrees(sum * h / 3, t.cdf(1) - t.cdf(-1), relative: 1e-12))
  }
  @Test func worstRelativeErrorIsReported() {
    var worst = (error: 0.0, case: "")
    for reference in Self.references {
      let d = StudentTDistribution(degreesOfFreedom: reference.degreesOfFreedom)
      let computed =
        reference.function == "cdf"
        ? d.cdf(reference.argument) : d.quantile(reference.argument)
      let error = abs(computed - reference.value) / abs(reference.value)
      if error > worst.error { worst = (error, reference.description) }
    }
    print("StudentTDistribution: worst relative error \(worst.error) at \(worst.case)")
    #expect(worst.error <= 1e-10)
  }
}
