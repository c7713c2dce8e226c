internal import Foundation
import IKUForecast

extension PanelFile {
  /// The wide form's lines from `lines` on, split into chunks at line ends
  /// and parsed on up to `threads` threads, then joined in file order.
  ///
  /// Each chunk is parsed alone up to its first error; the join then
  /// checks ids for repeats in file order and throws the first problem a
  /// reader going line by line would meet (a repeated id before a bad
  /// number on the same line), with its line counted from the file's
  /// start. A small file is one chunk.
  ///
  /// `parsed.periodOffset` turns positions into periods (a header of
  /// years); a value past `lastColumn` (the header's last year) is refused.
  static func readWide(
    _ bytes: UnsafeBufferPointer<UInt8>, _ lines: Lines, delimiter: UInt8, decimal: UInt8,
    lastColumn: Int = .max, threads: Int, into parsed: inout Parsed
  ) throws {
    let periodOffset = parsed.periodOffset
    let ends = chunkEnds(bytes, from: lines.cursor, threads: threads)
    let chunks = Slots<WideChunk>(count: ends.count)
    // Read-only while the chunks are parsed.
    nonisolated(unsafe) let bytes = bytes
    nonisolated(unsafe) let lines = lines
    DispatchQueue.concurrentPerform(iterations: ends.count) { k in
      var chunkLines = lines
      if k > 0 {
        chunkLines = Lines(bytes: bytes, file: lines.file, cursor: ends[k - 1])
      }
      chunkLines.end = ends[k]
      chunks.store(
        k,
        readWideChunk(
          bytes, chunkLines, delimiter: delimiter, decimal: decimal, periodOffset: periodOffset,
          lastColumn: lastColumn))
    }
    var parts = ends.indices.compactMap { chunks.take($0) }
    // Only the lines up to the first problem are read line by line.
    if let failed = parts.firstIndex(where: { $0.error != nil }) {
      parts.removeSubrange((failed + 1)...)
    }
    var offsets: [Int] = []
    var offset = 0
    for chunk in parts {
      offsets.append(offset)
      offset += chunk.nextLine - 1
    }
    let file = lines.file
    let problem = parts.last?.error.map { error -> InputError in
      var error = error
      error.location.line += offsets.last ?? 0
      return error
    }
    if let (id, first, line) = firstRepeat(parts, lineOffsets: offsets),
      line < problem?.location.line ?? .max
    {
      throw InputError(
        .duplicateSeries(id, firstLine: first),
        at: SourceLocation(file: file, line: line, column: 1))
    }
    if let problem {
      // The line of the problem may repeat an earlier id, which a reader
      // going line by line checks first.
      if let id = parts.last?.failingID,
        let first = firstLine(of: id, in: parts, lineOffsets: offsets)
      {
        throw InputError(
          .duplicateSeries(id, firstLine: first),
          at: SourceLocation(file: file, line: problem.location.line, column: 1))
      }
      throw problem
    }
    parsed.join(parts.map(\.parsed), lineOffsets: offsets)
  }

  /// The first line whose id an earlier line has: that id, the earlier
  /// line and the line, or `nil`.
  ///
  /// Each chunk's ids were hashed and sorted by hash where it was parsed
  /// (in parallel); here the sorted runs are merged in one linear pass and
  /// equal neighbours compared, where filling one dictionary of every id
  /// on one thread was the largest serial step of reading a national panel.
  static func firstRepeat(_ parts: [WideChunk], lineOffsets: [Int])
    -> (id: String, firstLine: Int, line: Int)?
  {
    var cursors = parts.map { _ in 0 }
    var best: (id: String, firstLine: Int, line: Int)?
    var run: [(part: Int, index: Int)] = []
    var runHash: Int?
    func line(_ entry: (part: Int, index: Int)) -> Int {
      parts[entry.part].parsed.firstLines[entry.index] + lineOffsets[entry.part]
    }
    func closeRun() {
      guard run.count > 1 else { return }
      // Equal hashes; group by id (a 64-bit collision is not a repeat).
      var seen: [String: Int] = [:]
      for entry in run.sorted(by: { line($0) < line($1) }) {
        let id = parts[entry.part].parsed.ids[entry.index]
        let at = line(entry)
        if let first = seen[id] {
          if at < best?.line ?? .max { best = (id, first, at) }
        } else {
          seen[id] = at
        }
      }
    }
    while true {
      var next: (part: Int, hash: Int)?
      for k in parts.indices where cursors[k] < parts[k].sortedKeys.count {
        let hash = parts[k].sortedKeys[cursors[k]].hash
        if hash < next?.hash ?? .max || next == nil { next = (k, hash) }
      }
      guard let k = next?.part else { break }
      let key = parts[k].sortedKeys[cursors[k]]
      cursors[k] += 1
      if key.hash != runHash {
        closeRun()
        run.removeAll(keepingCapacity: true)
        runHash = key.hash
      }
      run.append((k, key.index))
    }
    closeRun()
    return best
  }

  /// The first line with `id` among the parsed lines, or `nil`.
  static func firstLine(of id: String, in parts: [WideChunk], lineOffsets: [Int]) -> Int? {
    for (k, part) in parts.enumerated() {
      if let index = part.parsed.ids.firstIndex(of: id) {
        return part.parsed.firstLines[index] + lineOffsets[k]
      }
    }
    return nil
  }

  /// Where the chunks of `bytes[start...]` end: right after a line feed
  /// near each of `threads × 2` equal parts (one chunk below 1 MB or on
  /// one thread).
  static func chunkEnds(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, threads: Int)
    -> [Int]
  {
    let length = bytes.count - start
    guard threads > 1, length >= 1 << 20 else { return [bytes.count] }
    let parts = threads * 2
    var ends: [Int] = []
    for k in 1..<parts {
      var end = max(start + length / parts * k, ends.last ?? start)
      while end < bytes.count && bytes[end] != 10 { end += 1 }
      end = min(end + 1, bytes.count)
      if end > (ends.last ?? start) && end < bytes.count { ends.append(end) }
    }
    return ends + [bytes.count]
  }

  /// One chunk of wide lines: what parsed before its first problem, that
  /// problem (its line counted within the chunk), the id of the line it is
  /// on when that id was read, and the number the next line would have
  /// (the problem's line, after one).
  struct WideChunk {
    var parsed = Parsed()
    /// Each id's hash and index, sorted by hash.
    var sortedKeys: [(hash: Int, index: Int)] = []
    var error: InputError?
    var failingID: String?
    var nextLine = 1
  }

  /// Parses the lines of one chunk, ids not yet checked for repeats; see
  /// ``readWide(_:_:delimiter:decimal:lastColumn:threads:into:)`` for the
  /// last two parameters.
  static func readWideChunk(
    _ bytes: UnsafeBufferPointer<UInt8>, _ lines: Lines, delimiter: UInt8, decimal: UInt8,
    periodOffset: Int = 0, lastColumn: Int = .max
  ) -> WideChunk {
    var lines = lines
    var chunk = WideChunk()
    let size = lines.end - lines.cursor
    // The batch's arrays, built here and handed over at the end.
    var values: [Double] = []
    var starts = [0]
    values.reserveCapacity(size / 6)
    starts.reserveCapacity(size / 48)
    let file = lines.file
    var id: String?
    do {
      while let (start, end, line) = try lines.next() {
        var fieldStart = start
        var column = 0
        var last: Int?
        var missing: Int?  // the first missing position after a value
        while fieldStart <= end {
          defer { column += 1 }
          let value: Double
          // Most fields are plain numbers: read in one pass, up to the
          // delimiter; anything else is cut out and read as a field.
          if column > 0,
            let (plain, fieldEnd) = FastNumber.plain(
              bytes, from: fieldStart, end: end, delimiter: delimiter, decimal: decimal)
          {
            value = plain
            fieldStart = fieldEnd + 1
          } else {
            let start = fieldStart
            var index = fieldStart
            while index < end && bytes[index] != delimiter { index += 1 }
            fieldStart = index + 1
            let field = try Self.field(
              bytes[start..<index], file: file, line: line, column: column + 1)
            if column == 0 {
              id = try Self.id(field, file: file, line: line)
              continue
            }
            if FastNumber.isMissing(field) {
              if last != nil && missing == nil { missing = column }
              continue
            }
            guard let parsed = FastNumber.parse(field, decimal: decimal) else {
              throw InputError(
                .notAPanelNumber(
                  String(decoding: bytes[start..<index], as: UTF8.self), decimalComma: decimal == 44
                ),
                at: SourceLocation(file: file, line: line, column: column + 1))
            }
            // (A plain number read in one pass, at most 15 digits and 22
            // decimals, is always of a size the models take.)
            value = try ValueMagnitude.checked(
              parsed, written: String(decoding: field, as: UTF8.self),
              at: SourceLocation(file: file, line: line, column: column + 1))
          }
          // A value past the header's years first: the missing values
          // before it are no gap, they are after the series' last year.
          if column > lastColumn {
            throw InputError(
              .valueWithoutYear(lastYear: lastColumn + periodOffset),
              at: SourceLocation(file: file, line: line, column: column + 1))
          }
          if let gap = missing {
            // Positions are named as positions, years as periods.
            throw InputError(
              .seriesGap(
                id ?? "", from: gap + periodOffset, through: column - 1 + periodOffset,
                wide: periodOffset == 0),
              at: SourceLocation(file: file, line: line, column: gap + 1))
          }
          values.append(value)
          last = column
        }
        chunk.parsed.ids.append(id ?? "")
        starts.append(values.count)
        chunk.parsed.lastPeriods.append(last.map { $0 + periodOffset } ?? 0)
        chunk.parsed.firstLines.append(line)
        chunk.parsed.lastLines.append(line)
        id = nil
      }
    } catch let error as InputError {
      chunk.error = error
      chunk.failingID = id
    } catch {
      preconditionFailure("the wide reader throws input errors only")
    }
    // (A line cut short by a problem leaves values no series holds.)
    values.removeLast(values.count - starts[starts.count - 1])
    chunk.parsed.batch = SeriesBatch(values: values, starts: starts)
    chunk.nextLine = lines.number
    chunk.sortedKeys = chunk.parsed.ids.enumerated().map { index, id in
      var hasher = Hasher()
      hasher.combine(id)
      return (hasher.finalize(), index)
    }
    // By hash alone: ids of one hash are put in line order where they are
    // compared (``firstRepeat(_:lineOffsets:)``).
    chunk.sortedKeys.sort { $0.hash < $1.hash }
    return chunk
  }
}

extension PanelFile.Parsed {
  /// `parts` one after another, their lines moved by `lineOffsets`, copied
  /// in parallel into arrays made once at their full size.
  ///
  /// - Precondition: nothing parsed yet.
  mutating func join(_ parts: [PanelFile.Parsed], lineOffsets: [Int]) {
    precondition(!parts.isEmpty && parts.count == lineOffsets.count, "one offset per part")
    precondition(ids.isEmpty && batch.values.isEmpty, "a join starts empty")
    var seriesStarts = [0]
    var valueStarts = [0]
    for part in parts {
      seriesStarts.append(seriesStarts[seriesStarts.count - 1] + part.ids.count)
      valueStarts.append(valueStarts[valueStarts.count - 1] + part.batch.values.count)
    }
    let (series, count) = (seriesStarts[parts.count], valueStarts[parts.count])
    /// An array of `size` elements, each part's filled in parallel.
    func gathered<T>(_ size: Int, _ fill: @escaping (Int, UnsafeMutableBufferPointer<T>) -> Void)
      -> [T]
    {
      [T](unsafeUninitializedCapacity: size) { buffer, initialized in
        nonisolated(unsafe) let buffer = buffer
        nonisolated(unsafe) let fill = fill
        DispatchQueue.concurrentPerform(iterations: parts.count) { fill($0, buffer) }
        initialized = size
      }
    }
    ids = gathered(series) { k, buffer in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[seriesStarts[k]...])
        .initialize(from: parts[k].ids)
    }
    lastPeriods = gathered(series) { k, buffer in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[seriesStarts[k]...])
        .initialize(from: parts[k].lastPeriods)
    }
    firstLines = gathered(series) { k, buffer in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[seriesStarts[k]...])
        .initialize(from: parts[k].firstLines.lazy.map { $0 + lineOffsets[k] })
    }
    lastLines = gathered(series) { k, buffer in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[seriesStarts[k]...])
        .initialize(from: parts[k].lastLines.lazy.map { $0 + lineOffsets[k] })
    }
    let values: [Double] = gathered(count) { k, buffer in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[valueStarts[k]...])
        .initialize(from: parts[k].batch.values)
    }
    let starts: [Int] = gathered(series + 1) { k, buffer in
      let part = parts[k].batch.starts
      // Each part's closing start is the next part's opening one.
      let own = k + 1 == parts.count ? part[...] : part.dropLast()
      _ = UnsafeMutableBufferPointer(rebasing: buffer[seriesStarts[k]...])
        .initialize(from: own.lazy.map { $0 + valueStarts[k] })
    }
    batch = SeriesBatch(values: values, starts: starts)
  }
}
