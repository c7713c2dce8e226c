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
  func rows(_ range: Range<Int>, into out: CSVBytes) {
    // The block's numbers are first gathered into one array of this
    // thread's, row by row (centre, then each level's bounds), one model
    // column at a time through its buffer: read in place, every access to
    // a model's arrays retained them, and two threads counting references
    // on the same arrays stall each other.
    let fields = 1 + 2 * levels.count
    let names = forecasts.map { Array($0.model.rawValue.utf8) }
    let perSeries = forecasts.count * horizon * fields
    var numbers = [Double](repeating: 0, count: range.count * perSeries)
    numbers.withUnsafeMutableBufferPointer { numbers in
      /// Copies `column` (one value per series and step) into field `field`
      /// of model `m`'s rows.
      func gather(_ column: [Double], model m: Int, field: Int) {
        column.withUnsafeBufferPointer { column in
          for (offset, series) in range.enumerated() {
            for h in 0..<horizon {
              numbers[offset * perSeries + (m * horizon + h) * fields + field] =
                column[series * horizon + h]
            }
          }
        }
      }
      for (m, forecast) in forecasts.enumerated() {
        gather(forecast.center, model: m, field: 0)
        for l in levels.indices {
          gather(forecast.lower[l], model: m, field: 1 + 2 * l)
          gather(forecast.upper[l], model: m, field: 2 + 2 * l)
        }
      }
    }
    let lastPeriods = Array(panel.lastPeriods[range])
    numbers.withUnsafeBufferPointer { numbers in
      var next = 0
      for (offset, series) in range.enumerated() {
        var id = SpreadsheetText.csvField(panel.ids[series], delimiter: ",")
        id.withUTF8 { id in
          for name in names {
            for h in 1...horizon {
              defer { next += fields }
              guard numbers[next].isFinite else { continue }
              out.append(id)
              out.append(byte: 44)
              out.append(lastPeriods[offset] + h)
              out.append(byte: 44)
              name.withUnsafeBufferPointer { out.append($0) }
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
  }

  /// The series formatted by one worker at a time: a block's rows take
  /// about 2 MB, so that blocks are written as they are made and the
  /// memory written from stays flat whatever the panel's size.
  static let blockSize = 8192

  /// Writes to a file path, or to standard output for `-`.
  ///
  /// Blocks of series are formatted in parallel, each into a reused
  /// buffer, and written in order (``BlockRing``) to a temporary copy that
  /// replaces the file when it is complete (``AtomicFiles``).
  ///
  /// - Throws: ``InputError`` naming the path (see
  ///   ``AtomicFiles/write(toFile:protecting:using:)``).
  public func write(to path: String, protecting inputs: [String] = []) throws {
    if path == "-" {
      try writeBlocks { try AtomicFiles.writeAll($0, to: STDOUT_FILENO, path: path) }
      return
    }
    try AtomicFiles.write(toFile: path, protecting: inputs) { file in
      try AtomicFiles.withDescriptor(writing: file, naming: path) { descriptor in
        try writeBlocks { try AtomicFiles.writeAll($0, to: descriptor, path: path) }
      }
    }
  }

  /// The header, then every block's rows, handed to `write` in order.
  ///
  /// `threads` workers take the blocks in order, each formatting its
  /// block into a free buffer of a ring of `2 × threads`, while this
  /// thread writes the finished blocks in order: the cores format without
  /// waiting for one another or for the copy into the file.
  private func writeBlocks(_ write: (UnsafeRawBufferPointer) throws -> Void) throws {
    try Array(header.utf8).withUnsafeBytes { try write($0) }
    let count = panel.ids.count
    let blocks = (count + Self.blockSize - 1) / Self.blockSize
    guard blocks > 0 else { return }
    let ring = BlockRing(blocks: blocks, slots: 2 * threads) {
      CSVBytes(capacity: Self.blockSize * 256)
    }
    let workers = DispatchGroup()
    DispatchQueue.global().async(group: workers) {
      DispatchQueue.concurrentPerform(iterations: min(threads, blocks)) { _ in
        while let (block, out) = ring.claim() {
          out.removeAll()
          let start = block * Self.blockSize
          rows(start..<min(start + Self.blockSize, count), into: out)
          ring.finish(block)
        }
      }
    }
    defer {
      ring.cancel()
      workers.wait()
    }
    for block in 0..<blocks {
      try ring.finished(block).withBytes(write)
      ring.release(block)
    }
  }
}
