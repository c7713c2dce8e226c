import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct PanelFileTests {
  private func read(_ text: String) throws -> PanelFile {
    let folder = try temporaryFolder()
    return try PanelFile(contentsOfFile: writeFile("p.csv", text, in: folder))
  }

  @Test func wideAndLong() throws {
    let wide = try read("A,1,2,3\nB,5,,6\n")
    #expect(wide.ids == ["A", "B"])
    #expect(Array(wide.batch[1]) == [5, 6])
    #expect(wide.lastPeriods == [3, 3])
    let long = try read("series,period,value\r\nA,2020,1\r\nA,2021,2.5\r\nB,2019,7\r\n")
    #expect(long.ids == ["A", "B"])
    #expect(Array(long.batch[0]) == [1, 2.5])
    #expect(long.lastPeriods == [2021, 2019])
    let semicolon = try read("id;v1;v2\nA;1,5;2,25\n")
    #expect(Array(semicolon.batch[0]) == [1.5, 2.25])
  }

  @Test func badCellIsLocated() {
    do {
      _ = try read("A,1,2\nB,3,x4\n")
      Issue.record("expected an error")
    } catch let error as InputError {
      #expect(error.problem == .notANumber("x4"))
      #expect(error.location.line == 2 && error.location.column == 3)
    } catch {
      Issue.record("\(error)")
    }
  }

  /// Long-form rows that cannot be one series in time order are refused
  /// where they go wrong, not merged or reordered silently.
  @Test(arguments: [
    ("series,period,value\nA,1,5\nA,1,6\n", 3, 2),  // repeated period
    ("series,period,value\nA,2,5\nA,1,6\n", 3, 2),  // going back
    ("series,period,value\nA,1,5\nB,1,6\nA,2,7\n", 4, 1),  // split series
    ("series,period,value\nA,9223372036854775807,5\n", 2, 2),  // no year
    ("series,period,value\nA,,5\n", 2, 2),  // missing period
  ])
  func longFormOrderIsChecked(_ text: String, line: Int, column: Int) {
    do {
      _ = try read(text)
      Issue.record("expected an error for \(text.debugDescription)")
    } catch let error as InputError {
      #expect(error.location.line == line && error.location.column == column)
    } catch {
      Issue.record("\(error)")
    }
  }

  /// A tab-separated panel gave a header-only forecast with exit 0.
  @Test func tabsAreFieldsAndValuelessPanelsAreRefused() throws {
    let tabs = try read("id\tv1\tv2\tv3\na\t1\t2\t3\nb\t4\t5\t7\n")
    #expect(tabs.ids == ["a", "b"] && Array(tabs.batch[1]) == [4, 5, 7])
    #expect(throws: InputError.self) { try read("id|v1|v2\na|1|2\nb|3|4\n") }
  }

  @Test func emptyFileIsRefused() {
    #expect(throws: InputError.self) { try read("") }
    #expect(throws: InputError.self) { try read("\u{FEFF}") }
  }

  @Test func fastNumbersAreTheStandardLibrarysNumbers() {
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<20_000 {
      let value = Double(bitPattern: generator.next() >> 2).truncatingRemainder(dividingBy: 1e7)
      for text in [value.description, String(format: "%.6f", value), String(format: "%.3e", value)]
      {
        #expect(FastNumber.parse(Array(text.utf8)[...], decimal: 46) == Double(text), "\(text)")
      }
    }
    #expect(
      FastNumber.parse(Array("12345678901234567890.5".utf8)[...], decimal: 46)
        == 12345678901234567890.5)
    #expect(FastNumber.parse(Array("1e400".utf8)[...], decimal: 46) == nil)
    #expect(FastNumber.parse(Array("1.2.3".utf8)[...], decimal: 46) == nil)
  }

  @Test func writerOutput() throws {
    let panel = try read("series,period,value\nA,2020,1\nA,2021,2\nA,2022,4\nB,2022,9\n")
    let forecasts = BatchForecaster(models: [.drift], horizon: 1, levels: [0.8]).forecast(
      panel.batch)
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("out.csv").path
    try PanelForecastWriter(panel: panel, forecasts: forecasts, horizon: 1, levels: [0.8]).write(
      to: path)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines[0] == "series,period,model,mean,lo80,hi80")
    #expect(lines.count == 2)  // B has one value: no drift
    #expect(lines[1].hasPrefix("A,2023,drift,5.5,"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
  }
}
