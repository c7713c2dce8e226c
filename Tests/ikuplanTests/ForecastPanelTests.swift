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
      let result = try runIKUPlan(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(
        result.standardError.contains(" takes ") || result.standardError.contains("≤ K ≤ 50"),
        "\(arguments)")
    }
  }
}
