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

  /// A repeated training id was scored twice and test ids that matched
  /// nothing gave an empty table with exit 0.
  @Test func repeatedOrUnmatchedIdsAreErrors() throws {
    let folder = try temporaryFolder()
    let twice = try writeFile("twice.csv", "a,1,2,3,4\na,2,3,4,5\n", in: folder)
    let test = try writeFile("test.csv", "a,6\nb,7\n", in: folder)
    let repeated = try runIKUPlan(["evaluate", "--train", twice, "--test", test, "--lang", "en"])
    #expect(repeated.status == 1)
    #expect(repeated.standardError.hasPrefix("\(twice), line 2, column 1: the indicator code 'a'"))
    let other = try writeFile("other.csv", "z,1,2,3,4\n", in: folder)
    let unmatched = try runIKUPlan(["evaluate", "--train", other, "--test", test, "--lang", "en"])
    #expect(unmatched.status == 1)
    #expect(unmatched.standardError.contains("appear in both --train and --test"))
  }
}
