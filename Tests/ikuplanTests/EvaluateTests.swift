import Foundation
import TestSupport
import Testing

/// `ikuplan evaluate` end to end on the M3 yearly series.
@Suite struct EvaluateTests {
  @Test func jsonOnTheShortWindow() throws {
    let result = try runIKUPlan([
      "evaluate", "--train", try fixturePath("m3-yearly/train.csv"), "--test",
      try fixturePath("m3-yearly/test.csv"), "--window", "5", "--horizon", "1", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let root = try #require(object as? [String: Any])
    #expect(root["series"] as? Int == 645)
    #expect(root["horizon"] as? Int == 1)
    let methods = try #require(root["methods"] as? [[String: Any]])
    #expect(
      methods.compactMap { $0["name"] as? String } == [
        "naive", "drift", "linear", "damped", "theta", "dotm", "holt", "auto",
      ])
    let auto = try #require(methods.last)
    #expect(try #require(auto["smape"] as? Double) <= 7.9)
    for key in ["mase", "coverage50", "coverage80", "coverage95", "msis"] {
      #expect(auto[key] is Double)
    }
  }

  @Test func longFormAndTable() throws {
    let folder = try temporaryFolder()
    let train = try writeFile(
      "train.csv", "series,period,value\nA,1,10\nA,2,12\nA,3,13\nA,4,15\n", in: folder)
    let test = try writeFile("test.csv", "series,period,value\nA,5,16\n", in: folder)
    let result = try runIKUPlan(["evaluate", "--train", train, "--test", test, "--lang", "en"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("Backtest: 1 series, horizon 1"))
    #expect(result.standardOutput.contains("auto"))
  }

  /// Files headed by years, as BPS tables are: a one-year test file is
  /// headed by its year and checked to follow the training's last.
  @Test func filesHeadedByYears() throws {
    let folder = try temporaryFolder()
    let train = try writeFile(
      "train.csv", "kabkota;2019;2020;2021\n2171;5,1;8,3;7,9\n2172;6;7,2;7\n", in: folder)
    let next = try writeFile("next.csv", "kabkota;2022\n2171;6,1\n2172;7,3\n", in: folder)
    let result = try runIKUPlan(["evaluate", "--train", train, "--test", next, "--lang", "en"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("Backtest: 2 series, horizon 1"))
    #expect(!result.standardOutput.contains("not scored"))
    let later = try writeFile("later.csv", "kabkota;2023\n2171;6,1\n", in: folder)
    let gap = try runIKUPlan(["evaluate", "--train", train, "--test", later, "--lang", "en"])
    #expect(gap.status == 1)
    #expect(
      gap.standardError.hasPrefix(
        "\(later), line 2, column 2: series '2171' has a gap: no value for period 2022"))
  }

  /// A repeated training id was scored twice and test ids that matched
  /// nothing gave an empty table with exit 0.
  @Test func repeatedOrUnmatchedIdsAreErrors() throws {
    let folder = try temporaryFolder()
    let twice = try writeFile("twice.csv", "a,1,2,3,4\na,2,3,4,5\n", in: folder)
    let test = try writeFile("test.csv", "a,6\nb,7\n", in: folder)
    let repeated = try runIKUPlan(["evaluate", "--train", twice, "--test", test, "--lang", "en"])
    #expect(repeated.status == 1)
    #expect(
      repeated.standardError.hasPrefix(
        "\(twice), line 2, column 1: the series 'a' is already on line 1"))
    let other = try writeFile("other.csv", "z,1,2,3,4\n", in: folder)
    let unmatched = try runIKUPlan(["evaluate", "--train", other, "--test", test, "--lang", "en"])
    #expect(unmatched.status == 1)
    #expect(unmatched.standardError.contains("appear in both --train and --test"))
  }

  /// `evaluate` reads panels by the rules of `forecast --panel`: the gap
  /// case is refused in the training file.
  @Test func aGapIsRefused() throws {
    let path = try fixturePath("cases/forecast/panel-gap.csv")
    let folder = try temporaryFolder()
    let test = try writeFile("test.csv", "series,period,value\na,2020,16\n", in: folder)
    let result = try runIKUPlan(["evaluate", "--train", path, "--test", test, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.hasPrefix(
        "\(path), line 4, column 3: series 'a' has a gap: no value for period 2017;"))
  }

  /// Percentages modelled within their bounds, scored on the original
  /// scale; a log with a zero is refused.
  @Test func boundsAndTransforms() throws {
    let folder = try temporaryFolder()
    let train = try writeFile(
      "train.csv", "U1,0.9,0.5,0.3,0.6,0.2,0.4\nU2,1.2,0.8,1.1,0.6,0.7\nU3,3.1,0,2.2,2.6\n",
      in: folder)
    let test = try writeFile("test.csv", "U1,0.3,0.5\nU2,0.9,0.6\nU3,2.4,2.0\n", in: folder)
    let bounded = try runIKUPlan([
      "evaluate", "--train", train, "--test", test, "--bounds", "0,100", "--format", "json",
    ])
    #expect(bounded.status == 0, "\(bounded.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(bounded.standardOutput.utf8))
    let root = try #require(object as? [String: Any])
    #expect(root["series"] as? Int == 3)
    let log = try runIKUPlan([
      "evaluate", "--train", train, "--test", test, "--transform", "log", "--lang", "en",
    ])
    #expect(log.status == 1)
    #expect(log.standardError.hasPrefix("\(train), line 3, column 3: series 'U3', period 2"))
  }
}
