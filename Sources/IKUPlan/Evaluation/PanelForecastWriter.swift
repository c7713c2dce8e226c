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
/// Rows are formatted in parallel blocks into reused byte buffers and
/// written to a temporary file that is renamed into place (or to standard
/// output for `-`), so a failure leaves no half-written file.
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

  /// Appends the rows of series `range` to `out`.
  func rows(_ range: Range<Int>, into out: inout CSVBytes) {
    // The block's numbers are first gathered into one array of this
    // thread's, row by row (centre, then each level's bounds): read in
    // place, every access to a model's arrays retained them, and two
    // threads counting references on the same arrays stall each other.
    let fields = 1 + 2 * levels.count
    let names = forecasts.map { Array($0.model.rawValue.utf8) }
    var numbers: [Double] = []
    numbers.reserveCapacity(range.count * forecasts.count * horizon * fields)
    for series in range {
      for forecast in forecasts {
        for h in 1...horizon {
          let index = series * horizon + h - 1
          numbers.append(forecast.center[index])
          for l in levels.indices {
            numbers.append(forecast.lower[l][index])
            numbers.append(forecast.upper[l][index])
          }
        }
      }
    }
    let lastPeriods = Array(panel.lastPeriods[range])
    numbers.withUnsafeBufferPointer { numbers in
      var next = 0
      for (offset, series) in range.enumerated() {
        let id = SpreadsheetText.csvField(panel.ids[series], delimiter: ",").utf8
        for name in names {
          for h in 1...horizon {
            defer { next += fields }
            guard numbers[next].isFinite else { continue }
            out.append(id)
            out.append(byte: 44)
            out.append(lastPeriods[offset] + h)
            out.append(byte: 44)
            out.append(name)
            out.append(byte: 44)
            out.append(numbers[next])
            for bound in numbers[(next + 1)..<(next + fields)] {
              // A bound that is not claimed (`nan`) is an empty field.
              out.append(byte: 44)
              if bound.isFinite { out.append(bound) }
            }
            out.append(byte: 10)
          }
        }
      }
    }
  }

  /// The series formatted by one worker at a time: a block's rows take
  /// about 2 MB, so that blocks are written as they are made and the
  /// memory written from stays flat whatever the panel's size.
  static let blockSize = 8192

  /// Writes to a file path, or to standard output for `-`.
  ///
  /// Rounds of one block per thread are formatted in parallel, each into
  /// its worker's reused buffer, and written in order.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)``.
  public func write(to path: String, protecting inputs: [String] = []) throws {
    if path != "-" { try AtomicFiles.checkDestination(path, protecting: inputs) }
    if path == "-" {
      try writeBlocks { FileHandle.standardOutput.write(Data($0)) }
      return
    }
    let temporary = path + ".\(UUID().uuidString.prefix(8)).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary)
    else {
      throw InputError(
        .unwritable(reason: "cannot create"), at: SourceLocation(file: path, line: 0))
    }
    do {
      try writeBlocks { try handle.write(contentsOf: $0) }
      try handle.close()
    } catch {
      try? handle.close()
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

  /// The header, then every block's rows, handed to `write` in order.
  ///
  /// Two sets of buffers take turns: while `write` takes one round's
  /// blocks, the next round is formatted into the other set, so that the
  /// copy into the file does not leave the cores idle.
  private func writeBlocks(_ write: ([UInt8]) throws -> Void) throws {
    try write(Array(header.utf8))
    let count = panel.ids.count
    let blocks = (count + Self.blockSize - 1) / Self.blockSize
    let buffers = Slots<CSVBytes>(count: 2 * threads)
    let rounds = (blocks + threads - 1) / threads
    /// Formats round `r` into buffer set `r % 2`.
    @Sendable func format(_ r: Int) {
      let first = r * threads
      let set = r % 2 * threads
      DispatchQueue.concurrentPerform(iterations: min(threads, blocks - first)) { k in
        var out = buffers.take(set + k) ?? CSVBytes(capacity: Self.blockSize * 256)
        out.removeAll()
        let start = (first + k) * Self.blockSize
        rows(start..<min(start + Self.blockSize, count), into: &out)
        buffers.store(set + k, out)
      }
    }
    guard rounds > 0 else { return }
    format(0)
    for r in 0..<rounds {
      let group = DispatchGroup()
      if r + 1 < rounds { DispatchQueue.global().async(group: group) { format(r + 1) } }
      defer { group.wait() }
      let set = r % 2 * threads
      for k in 0..<min(threads, blocks - r * threads) {
        guard let out = buffers.take(set + k) else { continue }
        try write(out.bytes)
        buffers.store(set + k, out)
      }
    }
  }
}
