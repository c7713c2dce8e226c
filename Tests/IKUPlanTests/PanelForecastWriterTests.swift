import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct PanelForecastWriterTests {
  /// 20,000 series (three blocks of 8,192) written on one thread and on
  /// three are the same bytes, each row the forecast's numbers as
  /// `description` spells them, in series order.
  @Test func blocksAreWrittenInOrderWhateverTheThreads() throws {
    let text = (0..<20_000).map { (i: Int) -> String in
      let values = (0..<6).map { (t: Int) -> String in
        let value: Double = Double(i % 50) + Double(t * t) / 7
        return String(value)
      }
      return "R\(i)," + values.joined(separator: ",")
    }.joined(separator: "\n")
    let folder = try temporaryFolder()
    let panel = try PanelFile(contentsOfFile: writeFile("p.csv", Array(text.utf8), in: folder))
    let forecasts = BatchForecaster(models: [.naive, .drift], horizon: 2, levels: [0.8]).forecast(
      panel.batch)
    var outputs: [String] = []
    for threads in [1, 3] {
      let path = folder.appendingPathComponent("out\(threads).csv").path
      try PanelForecastWriter(
        panel: panel, forecasts: forecasts, horizon: 2, levels: [0.8], threads: threads
      ).write(to: path)
      outputs.append(try String(contentsOfFile: path, encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
    var expected = "series,period,model,mean,lo80,hi80\n"
    for series in 0..<20_000 {
      for (forecast, name) in zip(forecasts, ["naive", "drift"]) {
        for h in 1...2 {
          let i = series * 2 + h - 1
          expected +=
            "R\(series),\(6 + h),\(name),\(forecast.center[i]),\(forecast.lower[0][i]),"
            + "\(forecast.upper[0][i])\n"
        }
      }
    }
    #expect(outputs[0] == expected)
  }
}
