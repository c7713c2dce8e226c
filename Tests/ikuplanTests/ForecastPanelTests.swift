import Foundation
import TestSupport
import Testing

/// `ikuplan forecast --panel` end to end.
@Suite struct ForecastPanelTests {
  @Test func longPanelToStandardOutput() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile(
      "p.csv", "series,period,value\nA,2019,10\nA,2020,12\nA,2021,13\nA,2022,15\nB,2022,5\n",
      in: folder)
    let result = try runIKUPlan([
      "forecast", "--panel", panel, "--model", "drift,linear", "--horizon", "2",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines[0] == "series,period,model,mean,lo80,hi80,lo95,hi95")
    // B has one value: no rows. A: two models × two years.
    #expect(lines.count == 5)
    #expect(lines[1].hasPrefix("A,2023,drift,16.666666666666668,"))
    #expect(lines[3].hasPrefix("A,2023,linear,16.5,"))
    #expect(lines[4].hasPrefix("A,2024,linear,18.1,"))
  }

  @Test func widePanelToAFile() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile(
      "w.csv", "N1,940.66,1084.86,1244.98,1445.02,1683.17\nN2,5,6,5,7,8\n", in: folder)
    let out = folder.appendingPathComponent("out.csv").path
    let result = try runIKUPlan([
      "forecast", "--panel", panel, "--output", out, "--level", "90", "--threads", "1",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
    #expect(lines[0] == "series,period,model,mean,lo90,hi90")
    #expect(lines[1].hasPrefix("N1,6,auto,"))
    #expect(lines[2].hasPrefix("N2,6,auto,"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "out.csv", "w.csv",
      ])
  }

  @Test func badPanelIsExitCode1() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile("b.csv", "A,1,2,3\nB,1,zwei,3\n", in: folder)
    let result = try runIKUPlan(["forecast", "--panel", panel, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("\(panel), line 2, column 3: 'zwei' is not a number"))
    #expect(try runIKUPlan(["forecast", "--panel", panel, "--model", "arima"]).status == 2)
  }

  /// The forecast case `panel-gap.csv` is refused, naming its line.
  ///
  /// A missing 2017 between 2016 and 2018 was skipped (drift 16.667 for
  /// 2020 instead of 16.25).
  @Test func aGapIsRefused() throws {
    let path = try fixturePath("cases/forecast/panel-gap.csv")
    let folder = try temporaryFolder()
    let out = folder.appendingPathComponent("out.csv").path
    let result = try runIKUPlan([
      "forecast", "--panel", path, "--model", "drift", "--output", out, "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.hasPrefix(
        "\(path), line 4, column 3: series 'a' has a gap: no value for period 2017;"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  /// A long panel without its header is read as long.
  ///
  /// It was read as wide (forecasts of −1995). Drift by hand: 15 + (15 − 10)/3 = 16.666…; the linear trend
  /// through (−1.5, 10), (−0.5, 12), (0.5, 13), (1.5, 15) has slope
  /// 8/5 = 1.6 and mean 12.5, so 12.5 + 2.5 × 1.6 = 16.5 for 2023.
  @Test func aLongPanelWithoutItsHeader() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile("p.csv", "A,2019,10\nA,2020,12\nA,2021,13\nA,2022,15\n", in: folder)
    let result = try runIKUPlan(["forecast", "--panel", panel, "--model", "drift,linear"])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 3)
    let drift = lines[1].split(separator: ",", omittingEmptySubsequences: false)
    #expect(drift[0...2] == ["A", "2023", "drift"])
    #expect(abs(try #require(Double(drift[3])) - 50.0 / 3) < 1e-12)
    let linear = lines[2].split(separator: ",", omittingEmptySubsequences: false)
    #expect(linear[0...2] == ["A", "2023", "linear"])
    #expect(abs(try #require(Double(linear[3])) - 16.5) < 1e-12)
  }

  /// `--level 99.5` was labelled `lo100`.
  @Test func levelsAreLabelledAsGiven() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile("w.csv", "N2,5,6,5,7,8\n", in: folder)
    let result = try runIKUPlan([
      "forecast", "--panel", panel, "--model", "drift", "--level", "80,99.5",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      result.standardOutput.hasPrefix("series,period,model,mean,lo80,hi80,lo99.5,hi99.5\n"))
  }

  /// Rows of `series,period,model,centre,lo…,hi…` as numbers (`nil` for an
  /// empty bound).
  private func rows(_ output: String) -> [[Double?]] {
    output.split(separator: "\n").dropFirst().map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).dropFirst(3).map {
        Double($0)
      }
    }
  }

  /// Unemployment rates near 0: as they are, the intervals reach below
  /// 0%; with `--bounds 0,100` every end stays inside, the point column is
  /// the median, and `--transform none` censors at the bound.
  @Test func boundsKeepAPanelOfPercentagesInside() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile(
      "u.csv", "U1,0.9,0.5,0.3,0.6,0.2,0.4\nU2,1.2,0.8,1.1,0.6,0.7\nU3,3.1,2.9,2.2,2.6\n",
      in: folder)
    let base = ["forecast", "--panel", panel, "--model", "auto,drift,linear", "--horizon", "3"]
    let plain = try runIKUPlan(base)
    #expect(plain.status == 0, "\(plain.standardError)")
    #expect(rows(plain.standardOutput).contains { $0.compactMap { $0 }.contains { $0 < 0 } })
    // auto without bounds is the identity: the same bytes.
    #expect(try runIKUPlan(base + ["--transform", "auto"]).standardOutput == plain.standardOutput)
    #expect(try runIKUPlan(base + ["--transform", "none"]).standardOutput == plain.standardOutput)
    for transform in ["auto", "logit", "none"] {
      let bounded = try runIKUPlan(base + ["--bounds", "0,100", "--transform", transform])
      #expect(bounded.status == 0, "\(bounded.standardError)")
      #expect(bounded.standardOutput.hasPrefix("series,period,model,median,lo80,"))
      let values = rows(bounded.standardOutput)
      #expect(values.count == 27)
      for row in values {
        for value in row.compactMap({ $0 }) { #expect((0...100).contains(value), "\(transform)") }
      }
      let lows = values.compactMap { $0[3] }
      switch transform {
      case "none": #expect(lows.contains(0))  // censored: what falls below 0% sits on it
      case "logit": #expect(lows.allSatisfy { $0 > 0 })  // strictly inside
      default: break  // auto: U1 and U2 come within 2% of 0 and are censored, U3 is logit
      }
    }
    // A lower bound alone censors at it.
    let floor = try runIKUPlan(base + ["--bounds", "0,"])
    #expect(floor.status == 0, "\(floor.standardError)")
    #expect(rows(floor.standardOutput).allSatisfy { $0.compactMap { $0 }.allSatisfy { $0 >= 0 } })
  }

  /// A series the chosen scale cannot take is refused, naming the series,
  /// its line and column; a logit without bounds is a usage error.
  @Test func scaleRefusals() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile(
      "c.csv", "series,period,value\nA,2020,3\nA,2021,4\nB,2020,5\nB,2021,0\nB,2022,2\n",
      in: folder)
    let log = try runIKUPlan([
      "forecast", "--panel", panel, "--transform", "log", "--lang", "en",
    ])
    #expect(log.status == 1)
    #expect(log.standardOutput.isEmpty)
    #expect(
      log.standardError.hasPrefix(
        "\(panel), line 5, column 3: series 'B', period 2021: the value 0 cannot be modelled on the log scale"
      ))
    let logit = try runIKUPlan([
      "forecast", "--panel", panel, "--transform", "logit", "--bounds", "0,100", "--lang", "en",
    ])
    #expect(logit.status == 1)
    #expect(logit.standardError.contains("line 5, column 3: series 'B', period 2021"))
    #expect(logit.standardError.contains("logit"))
    let outside = try runIKUPlan([
      "forecast", "--panel", panel, "--bounds", "1,100", "--lang", "en",
    ])
    #expect(outside.status == 1)
    #expect(
      outside.standardError.contains(
        "line 5, column 3: series 'B', period 2021: the value 0 is outside the bounds 1–100"))
    for arguments in [
      ["--transform", "logit"], ["--transform", "logit", "--bounds", "0,"],
      ["--bounds", "5,1"], ["--bounds", "0"], ["--bounds", "a,b"], ["--transform", "sqrt"],
      ["--transform", "log", "--bounds", "0,100"], ["--transform", "log", "--bounds", "1,"],
      ["--bounds=-1e308,1e308"], ["--bounds", "0,1e151"], ["--bounds", "1e-151,1"],
      ["--bounds", "1e-400,1"], ["--bounds", "1e-1000,"],
    ] {
      #expect(
        try runIKUPlan(["forecast", "--panel", panel] + arguments).status == 2, "\(arguments)")
    }
    #expect(try runIKUPlan(["forecast", "--bounds", "0,100"]).status == 2)
  }

  /// A period beyond any calendar used to trap on `period + h`.
  @Test func hugePeriodIsExitCode1() throws {
    let folder = try temporaryFolder()
    let panel = try writeFile("h.csv", "series,period,value\nA,9223372036854775807,5\n", in: folder)
    let result = try runIKUPlan(["forecast", "--panel", panel, "--lang", "en"])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("\(panel), line 2, column 2: '9223372036854775807'"))
  }

  /// A year far ahead asked for a million-step forecast; a huge horizon,
  /// thread or job count trapped; a huge degree ran for minutes.
  @Test func outOfRangeOptionsAreUsageErrors() throws {
    for arguments in [
      ["forecast", "--year", "1000000"], ["check", "--year", "1800"],
      ["suggest", "--through", "99999"], ["midyear", "--year=-5"],
      ["report", "--year", "3000"],
      ["forecast", "--panel", "p.csv", "--horizon", "9223372036854775807"],
      ["forecast", "--panel", "p.csv", "--threads", "9223372036854775807"],
      ["evaluate", "--train", "t.csv", "--test", "t.csv", "--jobs", "9223372036854775807"],
      ["regress", "r.csv", "--response", "y", "--polynomial", "x", "--degree", "100000"],
    ] {
      let result = try runIKUPlan(arguments + ["--lang", "en"])
      #expect(result.status == 2, "\(arguments)")
      #expect(
        result.standardError.contains(" takes ") || result.standardError.contains("≤ K ≤ 50"),
        "\(arguments)")
      // In Indonesian by default.
      let indonesian = try runIKUPlan(arguments)
      #expect(
        indonesian.standardError.contains(" menerima ")
          || indonesian.standardError.contains("≤ K ≤ 50"), "\(arguments)")
    }
  }
}
