import Foundation
import TestSupport
import Testing

@testable import IKUForecast

@Suite struct TrendPriorPanelTests {
  /// 200 series along one falling line, each with its own noise (sd 1, a
  /// yearly change of −0,25: every series' own t is weak, about −0,6): at
  /// the earlier origin the shared direction forecasts the held-out years
  /// better, and the panel's prior is the one learned with it.
  @Test func aSharedTrendIsBorrowed() throws {
    var generator = SeededGenerator(seed: 31)
    let panel = (0..<200).map { _ in
      (0..<12).map { 10 - 0.25 * Double($0) + normal(&generator) }
    }
    let evidence = panel.map(TrendEvidence.init(values:))
    #expect(TrendPrior.sharesDirection(panel, horizon: 2))
    let prior = TrendPrior(panel: panel, horizon: 2)
    #expect(prior == TrendPrior(estimatingFrom: evidence, sharingDirection: true))
    #expect(prior.location < -0.3)
  }

  /// A swing common to a panel that reverts is not carried forward.
  ///
  /// 200 flat noisy series with a swing common to all: up 0,5 a year in
  /// years 7–10, back at the level in the last two. Learned on all twelve
  /// values the panel has a direction, but at the earlier origin (ten
  /// values) carrying the swing forward misses the two held out, and the
  /// panel keeps the prior centred at 0.
  @Test func aSwingThatRevertsIsNotBorrowed() throws {
    var generator = SeededGenerator(seed: 32)
    let swing: [Double] = [0, 0, 0, 0, 0, 0, 0.5, 1, 1.5, 2, 0, 0]
    let panel = (0..<200).map { _ in swing.map { 5 + $0 + 0.5 * normal(&generator) } }
    let evidence = panel.map(TrendEvidence.init(values:))
    #expect(!TrendPrior.sharesDirection(panel, horizon: 2))
    let prior = TrendPrior(panel: panel, horizon: 2)
    #expect(prior == TrendPrior(estimatingFrom: evidence, sharingDirection: false))
    #expect(prior.location == 0)
    // With too few series at the earlier origin there is nothing to choose on.
    #expect(!TrendPrior.sharesDirection(Array(panel.prefix(19)), horizon: 2))
  }

  /// Fewer than twenty series with a t: no prior of their own.
  @Test func aSmallPanelKeepsTheReference() {
    let series = (0..<19).map { i in [1, 2, 4, 5 + Double(i)] }
    #expect(
      TrendPrior(estimatingFrom: series.map(TrendEvidence.init(values:)), sharingDirection: false)
        == nil)
    #expect(TrendPrior(panel: series, horizon: 1) == .reference)
    // Constant series and series shorter than three values say nothing.
    let padded = series + Array(repeating: [2, 2, 2, 2], count: 5) + [[1, 2]]
    #expect(TrendPrior(panel: padded, horizon: 1) == .reference)
  }

  /// Short series are left out before the sample is taken: 2,000 series of
  /// two values interleaved with 2,000 of six learn what the long ones
  /// alone learn.
  @Test func shortSeriesCannotCrowdTheSample() throws {
    var generator = SeededGenerator(seed: 11)
    var panel: [[Double]] = []
    var long: [[Double]] = []
    for _ in 0..<2000 {
      panel.append([1, 2])
      let series = (0..<6).map { Double($0) + normal(&generator) }
      panel.append(series)
      long.append(series)
    }
    #expect(
      TrendPrior.panelSample(count: panel.count) { TrendPrior.hasEvidence(panel[$0]) }.count == 2000
    )
    let expected = TrendPrior(panel: long, horizon: 1)
    #expect(TrendPrior(panel: panel, horizon: 1) == expected)
  }

  /// A panel larger than the sample learns from an evenly spaced sample.
  @Test func aLargePanelLearnsFromASample() throws {
    var generator = SeededGenerator(seed: 7)
    let series = (0..<4500).map { i -> [Double] in
      let slope = i % 3 == 0 ? 1.0 : 0
      return (0..<8).map { Double($0) * slope + 2 * normal(&generator) }
    }
    let sample = Swift.stride(from: 0, to: 4500, by: 3).map { series[$0] }
    #expect(sample.count == 1500)
    let expected = TrendPrior(panel: sample, horizon: 1)
    #expect(TrendPrior(panel: series, horizon: 1) == expected)
  }
}
