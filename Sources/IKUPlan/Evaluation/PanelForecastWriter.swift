internal import Foundation
import IKUForecast

/// Writes batch forecasts as the long CSV of DESIGN §3.4.
///
/// Columns `series,period,model,mean,lo80,hi80,lo95,hi95` (one `lo`/`hi`
/// pair per level, labelled with the level as given: `lo99.5`), dot
/// decimals, shortest round-trip numbers. When the series were modelled on
/// a transformed scale the point column is the back-transformed centre,
/// the median, and is named `median` instead of `mean`. A series too short
/// for a model has no rows for it.
///
/// Rows are formatted in parallel chunks into byte buffers and written to a
/// temporary file that is renamed into place (or to standard output for
/// `-`), so a failure leaves no half-written file.
public struct PanelForecastWriter: Sendable {
  let panel: PanelFile
  let forecasts: [BatchForecaster.ModelForecasts]
  let horizon: Int
  let levels: [Double]
  let threads: Int
  let median: Bool

  /// Creates a writer; `median` names the point column `median` (the
  /// forecasts are back-transformed medians) instead of `mean`.
  public init(
    panel: PanelFile, forecasts: [BatchForecaster.ModelForecasts], horizon: Int,
    levels: [Double], median: Bool = false, threads: Int = 1
  ) {
    self.panel = panel
    self.forecasts = forecasts
    self.horizon = horizon
    self.levels = levels
    self.median = median
    self.threads = max(threads, 1)
  }

  /// The header line.
  var header: String {
    let names = levels.map(NumberFormat.levelLabel)
    return
      (["series", "period", "model", median ? "median" : "mean"]
      + names.flatMap { ["lo\($0)", "hi\($0)"] })
      .joined(separator: ",") + "\n"
  }

  /// The rows of series `range` as bytes.
  func rows(_ range: Range<Int>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(range.count * horizon * forecasts.count * 90)
    // A bound that is not claimed (`nan`) is an empty field.
    func number(_ value: Double) {
      guard value.isFinite else { return }
      out.append(contentsOf: value.description.utf8)
    }
    for series in range {
      let id = SpreadsheetText.csvField(panel.ids[series], delimiter: ",").utf8
      for forecast in forecasts {
        let name = forecast.model.rawValue.utf8
        for h in 1...horizon {
          let index = series * horizon + h - 1
          let center = forecast.center[index]
          guard center.isFinite else { continue }
          out.append(contentsOf: id)
          out.append(44)
          out.append(contentsOf: String(panel.lastPeriods[series] + h).utf8)
          out.append(44)
          out.append(contentsOf: name)
          out.append(44)
          number(center)
          for l in levels.indices {
            out.append(44)
            number(forecast.lower[l][index])
            out.append(44)
            number(forecast.upper[l][index])
          }
          out.append(10)
        }
      }
    }
    return out
  }

  /// Writes to a file path, or to standard output for `-`.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)``.
  public func write(to path: String, protecting inputs: [String] = []) throws {
    if path != "-" { try AtomicFiles.checkDestination(path, protecting: inputs) }
    let count = panel.ids.count
    let chunkCount = max(1, min(threads * 4, count / 10_000 + 1))
    let size = (count + chunkCount - 1) / chunkCount
    let buffers = Buffers(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let start = min(chunk * size, count)
      buffers.store(chunk, rows(start..<min(start + size, count)))
    }
    if path == "-" {
      FileHandle.standardOutput.write(Data(header.utf8))
      for chunk in 0..<chunkCount { FileHandle.standardOutput.write(Data(buffers.take(chunk))) }
      return
    }
    let temporary = path + ".\(UUID().uuidString.prefix(8)).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(header.utf8)),
      let handle = FileHandle(forWritingAtPath: temporary)
    else {
      throw InputError(
        .unwritable(reason: "cannot create"), at: SourceLocation(file: path, line: 0))
    }
    do {
      handle.seekToEndOfFile()
      for chunk in 0..<chunkCount { try handle.write(contentsOf: buffers.take(chunk)) }
      try handle.close()
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw InputError(
        .unwritable(reason: error.localizedDescription), at: SourceLocation(file: path, line: 0))
    }
    guard rename(temporary, path) == 0 else {
      try? FileManager.default.removeItem(atPath: temporary)
      throw InputError(
        .unwritable(reason: String(cString: strerror(errno))),
        at: SourceLocation(file: path, line: 0))
    }
  }
}

/// Byte buffers filled by worker threads, one slot each.
private final class Buffers: @unchecked Sendable {
  private var slots: [[UInt8]]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func store(_ index: Int, _ bytes: [UInt8]) {
    lock.lock()
    slots[index] = bytes
    lock.unlock()
  }

  func take(_ index: Int) -> [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    let bytes = slots[index]
    slots[index] = []
    return bytes
  }
}
