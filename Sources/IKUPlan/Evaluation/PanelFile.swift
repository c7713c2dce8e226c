internal import Foundation
import IKUForecast

/// A panel of many series: the one reader of panels, for
/// `ikuplan forecast --panel` and `ikuplan evaluate` alike.
///
/// Series ids, their values in one flat ``IKUForecast/SeriesBatch`` and
/// the period of each series' last value.
///
/// Layouts (DESIGN §3.4):
/// - **Long**: one row per series and period, `series,period,value`. It is
///   recognised by that header or, without it (or under another header),
///   by its data: the first two data lines have exactly three fields, the
///   same id and whole-number periods. Columns after the third are ignored.
/// - **Wide**: the M-competition form `id,v1,…,vn`, one series per line,
///   lines of different lengths allowed, with or without a header (a first
///   line whose second field is neither a number, with either decimal
///   separator, nor a missing value is a header). The period of a value is
///   its position in the line (1-based) — or its column's year, when the
///   header is a run of years: a first line whose fields after the first
///   are two or more four-digit years in 1900–2200, each one more than the
///   one before (`kabkota,2015,2016,2017`; trailing empty fields allowed),
///   as BPS tables and planners' sheets head their columns. A value in a
///   column past the header's last year is refused, and so is a first line
///   of such years that does not rise one by one (a missing, repeated or
///   newest-first year). (A first data line of such numbers would be read
///   as that header: a series that rises by exactly one a year, through
///   years, is not one planners keep.)
///
/// Rules, the same for both commands:
/// - The delimiter is decided from the first non-blank line: the most
///   frequent of `;`, tab and `,` outside double quotes (a tie goes to
///   `;`, then to the tab; `,` when there is none). Numbers have a decimal
///   comma with `;` and a decimal point otherwise; `convention` (`--angka`)
///   forces the decimal separator. No thousands separators; a field may
///   be wrapped in double quotes (`""` inside an id is one quote), without
///   a delimiter or a line break inside: quotes that do not pair up are an
///   error at the field (``field(_:file:line:column:)``).
/// - An empty field, `-`, `–`, `n/a` or `na` (any case) is a missing value.
/// - A series id appears once: on one line in the wide form, on
///   consecutive lines in the long form. A repeated id is an error that
///   names both lines.
/// - In the long form a period is a whole number (at most 1 000 000 in
///   size), and the periods of a series increase from row to row.
/// - A gap inside a series is refused, because the period is the time
///   index and a series squeezed together would be fitted on the wrong
///   one: a missing value between two values, or a period skipped between
///   two values of the long form. Missing values before the first value or
///   after the last one are allowed (ragged M3 rows).
/// - A file without a single value is an error.
///
/// The reader works on the file's bytes directly — no line or field
/// strings, no second copy of the text — because a national panel has
/// millions of lines. An `.xlsx` workbook is read through ``CellGrid`` and
/// its first sheet is parsed by the same rules (numbers stored as numbers,
/// tabs between the cells).
///
/// Every rule that is broken throws an ``InputError`` that names the file,
/// the line and, where there is one, the column.
public struct PanelFile: Sendable {
  /// The two layouts of a panel.
  public enum Layout: Sendable, Hashable {
    /// `series,period,value`, one row per value.
    case long
    /// `id,v1,…,vn`, one line per series.
    case wide
  }

  /// The file name used in error locations.
  public let file: String
  /// The layout the file was read in.
  public let layout: Layout
  /// The series ids, in file order.
  public let ids: [String]
  /// The values, oldest first, without gaps.
  public let batch: SeriesBatch
  /// The period of each series' last value: the integer `period` of the
  /// long form, or in the wide form its column's year under a header of
  /// years and otherwise its position (1-based); 0 for a series without
  /// values.
  public let lastPeriods: [Int]
  /// What a wide line's position adds to make its period: the year before
  /// the first one of a header of years, otherwise 0.
  let periodOffset: Int

  /// Whether a period is a value's position in its line (the wide form
  /// without a header of years), not a period the file names.
  public var periodsArePositions: Bool { layout == .wide && periodOffset == 0 }
  /// The line of each series' first value (its line in the wide form).
  let firstLines: [Int]
  /// The line of each series' last value.
  let lastLines: [Int]

  /// The largest panel file read (2 GiB): ten million series of ten
  /// values fit.
  public static let maximumFileSize = 2 * 1_073_741_824

  /// Reads a panel file.
  ///
  /// - Parameters:
  ///   - path: a delimited text file or an `.xlsx` workbook.
  ///   - convention: forces the decimal separator (`--angka`); by default
  ///     it follows the delimiter.
  ///   - threads: how many threads may parse a large wide panel (a long
  ///     one is read on one).
  ///   - oneYearHeader: whether a first line of a single year
  ///     (`kabkota;2024`) is a header of years too: for the test file of a
  ///     training panel headed by years, where one year ahead is the usual
  ///     test (elsewhere such a line is a series of one value).
  /// - Throws: ``InputError`` naming the file, line and column of what
  ///   breaks a rule of the type's documentation, or the file when it
  ///   cannot be read.
  public init(
    contentsOfFile path: String, convention: NumberConvention? = nil, threads: Int = 1,
    oneYearHeader: Bool = false
  ) throws {
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > Self.maximumFileSize
    {
      throw InputError(
        .fileTooLarge(size: size, limit: Self.maximumFileSize),
        at: SourceLocation(file: path, line: 0))
    }
    if path.lowercased().hasSuffix(".xlsx") {
      let convention = convention ?? .english
      try self.init(
        bytes: try Self.tabSeparated(
          CellGrid(contentsOfFile: path), decimalComma: convention == .indonesian),
        file: path, convention: convention, delimiter: 9, oneYearHeader: oneYearHeader)
      return
    }
    // Mapped, not read: a 1 GB line is refused after its first megabyte is
    // touched, and a large panel is paged in as it is parsed.
    guard
      let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    else {
      throw InputError(.unreadable(reason: .notFound), at: SourceLocation(file: path, line: 0))
    }
    var parsed: Parsed?
    try data.withUnsafeBytes { raw in
      parsed = try Self.parse(
        raw.bindMemory(to: UInt8.self), file: path, convention: convention, delimiter: nil,
        threads: max(threads, 1), minimumYears: oneYearHeader ? 1 : 2)
    }
    guard let parsed else { throw InputError(.empty, at: SourceLocation(file: path, line: 1)) }
    self.init(file: path, parsed)
  }

  /// Reads a panel from bytes, by the rules of
  /// ``init(contentsOfFile:convention:threads:oneYearHeader:)``.
  ///
  /// - Throws: ``InputError`` located in `file`.
  public init(
    bytes: [UInt8], file: String, convention: NumberConvention? = nil,
    oneYearHeader: Bool = false
  ) throws {
    try self.init(
      bytes: bytes, file: file, convention: convention, delimiter: nil,
      oneYearHeader: oneYearHeader)
  }

  private init(
    bytes: [UInt8], file: String, convention: NumberConvention?, delimiter: UInt8?,
    oneYearHeader: Bool
  ) throws {
    let parsed = try bytes.withUnsafeBufferPointer {
      try Self.parse(
        $0, file: file, convention: convention, delimiter: delimiter,
        minimumYears: oneYearHeader ? 1 : 2)
    }
    self.init(file: file, parsed)
  }

  private init(file: String, _ parsed: Parsed) {
    self.file = file
    layout = parsed.layout
    ids = parsed.ids
    batch = parsed.batch
    lastPeriods = parsed.lastPeriods
    periodOffset = parsed.periodOffset
    firstLines = parsed.firstLines
    lastLines = parsed.lastLines
  }

  /// The period of value `index` (0-based) of series `series`.
  public func period(ofValue index: Int, inSeries series: Int) -> Int {
    lastPeriods[series] - (batch.length(series) - 1 - index)
  }

  /// Where value `index` (0-based) of series `series` is written.
  ///
  /// Exact for the wide form, and for the long form unless blank lines
  /// interrupt the series' rows: then the line of its first value.
  public func location(ofValue index: Int, inSeries series: Int) -> SourceLocation {
    switch layout {
    case .wide:
      return SourceLocation(
        file: file, line: firstLines[series],
        column: period(ofValue: index, inSeries: series) - periodOffset + 1)
    case .long:
      let first = firstLines[series]
      guard lastLines[series] - first == batch.length(series) - 1 else {
        return SourceLocation(file: file, line: first)
      }
      return SourceLocation(file: file, line: first + index, column: 3)
    }
  }

  // MARK: - Parsing

  struct Parsed {
    var layout = Layout.wide
    var ids: [String] = []
    var batch = SeriesBatch()
    var lastPeriods: [Int] = []
    var firstLines: [Int] = []
    var lastLines: [Int] = []
    /// See ``PanelFile/periodOffset``.
    var periodOffset = 0
  }

  /// The non-blank lines of a buffer, with their 1-based numbers.
  struct Lines {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var cursor: Int
    var number = 1
    /// Where the lines end (a chunk's end, or the buffer's).
    var end: Int

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, cursor: Int, end: Int? = nil) {
      self.bytes = bytes
      self.file = file
      self.cursor = cursor
      self.end = end ?? bytes.count
    }

    /// The next non-blank line: its byte range and number.
    mutating func next() throws -> (start: Int, end: Int, line: Int)? {
      let bytesEnd = self.end
      while cursor < bytesEnd {
        let start = cursor
        var end = start
        let limit = min(bytesEnd, start + CellGrid.maximumLineLength + 1)
        // The first line feed or carriage return before `limit`, found by
        // the C library's vectorised memchr: a feed, then a return before it.
        if let base = UnsafeRawPointer(bytes.baseAddress) {
          end = memchr(base + start, 10, limit - start).map { base.distance(to: $0) } ?? limit
          end = memchr(base + start, 13, end - start).map { base.distance(to: $0) } ?? end
        }
        if end - start > CellGrid.maximumLineLength {
          throw InputError(
            .lineTooLong(limit: CellGrid.maximumLineLength),
            at: SourceLocation(file: file, line: number))
        }
        let line = number
        cursor = end
        if cursor < bytesEnd && bytes[cursor] == 13 { cursor += 1 }
        if cursor < bytesEnd && bytes[cursor] == 10 { cursor += 1 }
        number += 1
        var first = start
        while first < end && (bytes[first] == 32 || bytes[first] == 9) { first += 1 }
        if first < end { return (start, end, line) }
      }
      return nil
    }
  }

  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, convention: NumberConvention?,
    delimiter forced: UInt8?, threads: Int = 1, minimumYears: Int = 2
  ) throws -> Parsed {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw InputError(.utf16, at: SourceLocation(file: file, line: 1))
    }
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lines = Lines(bytes: bytes, file: file, cursor: bom)
    guard let first = try lines.next() else {
      throw InputError(.empty, at: SourceLocation(file: file, line: 1))
    }
    let delimiter = forced ?? Self.delimiter(bytes[first.start..<first.end])
    let decimal: UInt8 =
      convention.map { $0 == .indonesian ? 44 : 46 } ?? (delimiter == 59 ? 44 : 46)
    if decimal == delimiter {
      throw InputError(
        .decimalCommaBetweenCommas, at: SourceLocation(file: file, line: first.line))
    }
    func fields(_ line: (start: Int, end: Int, line: Int)) -> [Slice<UnsafeBufferPointer<UInt8>>] {
      var result: [Slice<UnsafeBufferPointer<UInt8>>] = []
      var start = line.start
      for index in line.start...line.end where index == line.end || bytes[index] == delimiter {
        result.append(FastNumber.trim(bytes[start..<index]))
        start = index + 1
      }
      return result
    }
    // The first line: the long header, another header, or data.
    let heading = fields(first)
    let names = heading.prefix(3).map { String(decoding: $0, as: UTF8.self).lowercased() }
    var long = names == ["series", "period", "value"]
    // A number in either convention is data (and a wrong decimal separator
    // an error, not a skipped first line).
    let header =
      long
      || (heading.count > 1 && !FastNumber.isMissing(heading[1])
        && FastNumber.parse(heading[1], decimal: 46) == nil
        && FastNumber.parse(heading[1], decimal: 44) == nil)
    let afterFirst = lines
    if !header { lines = Lines(bytes: bytes, file: file, cursor: bom) }
    if !long {
      // A long panel without its header: the first two data lines have
      // three fields, one id and whole-number periods.
      var probe = lines
      if let a = try probe.next(), let b = try probe.next() {
        let (x, y) = (fields(a), fields(b))
        long =
          x.count == 3 && y.count == 3 && x[0].elementsEqual(y[0])
          && FastNumber.integer(x[1]) != nil && FastNumber.integer(y[1]) != nil
      }
    }
    var parsed = Parsed()
    parsed.layout = long ? .long : .wide
    // A wide header of years (the type's documentation); the header's
    // last column is the last one a value may stand in.
    var lastColumn = Int.max
    if !long && !header,
      let years = try Self.years(heading, minimum: minimumYears, file: file, line: first.line)
    {
      lines = afterFirst
      parsed.periodOffset = years.lowerBound - 1
      lastColumn = years.count
    }
    if long {
      parsed.batch.reserve(series: bytes.count / 64, values: bytes.count / 8)
      try readLong(bytes, &lines, delimiter: delimiter, decimal: decimal, into: &parsed)
    } else {
      try readWide(
        bytes, lines, delimiter: delimiter, decimal: decimal, lastColumn: lastColumn,
        threads: threads, into: &parsed)
    }
    // Data lines that gave no value at all (no delimiter this reader
    // knows, only ids) must not pass for an empty panel.
    if parsed.batch.values.isEmpty {
      throw InputError(
        .noPanelValues,
        at: SourceLocation(file: file, line: header || parsed.periodOffset != 0 ? 2 : 1))
    }
    return parsed
  }

  /// The years of a wide header of years, or `nil`: `minimum` or more
  /// fields after the first (two; one for the test file of a training
  /// file headed by years), each four digits, a year of ``Dataset/years``
  /// one more than the field before, then nothing but empty fields.
  ///
  /// - Throws: ``InputError/Problem/yearsNotConsecutive(_:_:)`` at the
  ///   first break for such numbers that do not rise one by one (a missing,
  ///   repeated or newest-first year): as data, the header would be
  ///   forecast as a series of years; a line of data all in 1900–2200
  ///   needs a header line above it.
  static func years(
    _ heading: [Slice<UnsafeBufferPointer<UInt8>>], minimum: Int, file: String, line: Int
  ) throws -> ClosedRange<Int>? {
    var fields = heading.dropFirst()
    while let last = fields.last, last.isEmpty { fields.removeLast() }
    guard fields.count >= minimum else { return nil }
    var years: [Int] = []
    for field in fields {
      // Four digits, as years are written (not `02019`).
      guard field.count == 4, field.allSatisfy({ $0 &- 48 < 10 }),
        let year = FastNumber.integer(field), Dataset.years.contains(year)
      else { return nil }
      years.append(year)
    }
    let steps = zip(years, years.dropFirst()).map { $1 - $0 }
    if let skip = steps.firstIndex(where: { $0 != 1 }) {
      throw InputError(
        .yearsNotConsecutive(years[skip], years[skip + 1]),
        at: SourceLocation(file: file, line: line, column: skip + 3))
    }
    return years[0]...years[years.count - 1]
  }

  /// The delimiter of a first line (see the type's documentation).
  private static func delimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> UInt8 {
    var (semicolons, tabs, commas) = (0, 0, 0)
    var quoted = false
    for byte in line {
      switch byte {
      case 34: quoted.toggle()
      case 59 where !quoted: semicolons += 1
      case 9 where !quoted: tabs += 1
      case 44 where !quoted: commas += 1
      default: break
      }
    }
    if semicolons > 0 && semicolons >= tabs && semicolons >= commas { return 59 }
    if tabs > 0 && tabs >= commas { return 9 }
    return 44
  }

  /// The id of a series as a string, from a field ``field(_:file:line:column:)``
  /// gave: a doubled quote inside it is one quote.
  ///
  /// - Throws: ``InputError/Problem/emptySeriesID`` for an empty field,
  ///   ``InputError/Problem/notUTF8`` for bytes that are not UTF-8.
  static func id(
    _ field: Slice<UnsafeBufferPointer<UInt8>>, file: String, line: Int
  ) throws -> String {
    guard !field.isEmpty else {
      throw InputError(.emptySeriesID, at: SourceLocation(file: file, line: line, column: 1))
    }
    // ASCII without quotes, as ids mostly are, is the id as it stands.
    if !field.contains(where: { $0 >= 0x80 || $0 == 34 }) {
      return String(decoding: field, as: UTF8.self)
    }
    guard let id = String(validating: field, as: UTF8.self) else {
      throw InputError(.notUTF8, at: SourceLocation(file: file, line: line))
    }
    return id.replacingOccurrences(of: "\"\"", with: "\"")
  }

  /// A field's content: without the spaces and tabs around it, and without
  /// the double quotes around that; inside, quotes come in pairs (`""` is
  /// one quote, for an id).
  ///
  /// Lines are split at every delimiter and line break, quoted or not (the
  /// one-pass reader of national panels does not track quotes), so a field
  /// whose quotes do not pair up — `"a;b"` split in two, `"2171` broken
  /// across lines — is refused rather than read as other fields or lines.
  ///
  /// - Throws: ``InputError/Problem/unpairedQuote`` at the field.
  static func field(
    _ raw: Slice<UnsafeBufferPointer<UInt8>>, file: String, line: Int, column: Int
  ) throws -> Slice<UnsafeBufferPointer<UInt8>> {
    /// `s` without the spaces and tabs around it.
    func unpadded(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
      var s = s
      while let c = s.first, c == 32 || c == 9 { s = s.dropFirst() }
      while let c = s.last, c == 32 || c == 9 { s = s.dropLast() }
      return s
    }
    var s = unpadded(raw)
    var paired = true
    if s.count >= 2 && s.first == 34 && s.last == 34 {
      s = unpadded(s.dropFirst().dropLast())
    } else if s.first == 34 || s.last == 34 {
      paired = false  // opened and not closed, or closed and not opened
    }
    var i = s.startIndex
    while paired && i < s.endIndex {
      if s[i] == 34 {
        paired = i + 1 < s.endIndex && s[i + 1] == 34
        i += 2
      } else {
        i += 1
      }
    }
    guard paired else {
      throw InputError(.unpairedQuote, at: SourceLocation(file: file, line: line, column: column))
    }
    return s
  }

  private static func readLong(
    _ bytes: UnsafeBufferPointer<UInt8>, _ lines: inout Lines, delimiter: UInt8,
    decimal: UInt8, into parsed: inout Parsed
  ) throws {
    let file = lines.file
    var firstLineOfID: [String: Int] = [:]
    var open = false
    var current: Slice<UnsafeBufferPointer<UInt8>> = bytes[0..<0]
    var id = ""
    var previousPeriod = 0  // of the series' previous row
    var lastPeriod: Int?  // of its last value
    var missing: (line: Int, period: Int)?  // the first missing row after a value
    var firstLine = 0
    var lastLine = 0
    func close() {
      parsed.batch.closeSeries()
      parsed.lastPeriods.append(lastPeriod ?? 0)
      parsed.firstLines.append(firstLine)
      parsed.lastLines.append(lastLine)
    }
    while let (start, end, line) = try lines.next() {
      // The first three fields; later ones are ignored.
      var fields = (bytes[start..<start], bytes[start..<start], bytes[start..<start])
      var count = 0
      var fieldStart = start
      var index = start
      while count < 3 {
        if index == end || bytes[index] == delimiter {
          let field = bytes[fieldStart..<index]
          switch count {
          case 0: fields.0 = field
          case 1: fields.1 = field
          default: fields.2 = field
          }
          count += 1
          if index == end { break }
          fieldStart = index + 1
        }
        index += 1
      }
      guard count == 3 else {
        throw InputError(
          .fieldCount(found: count, expected: 3), at: SourceLocation(file: file, line: line))
      }
      let key = try Self.field(fields.0, file: file, line: line, column: 1)
      let newSeries = !open || !FastNumber.same(key, current)
      if newSeries {
        id = try Self.id(key, file: file, line: line)
        if let earlier = firstLineOfID.updateValue(line, forKey: id) {
          throw InputError(
            .seriesNotContiguous(id, firstLine: earlier),
            at: SourceLocation(file: file, line: line, column: 1))
        }
        if open { close() }
        parsed.ids.append(id)
        open = true
        current = key
        lastPeriod = nil
        missing = nil
        firstLine = 0
        lastLine = 0
      }
      // Periods are years or counts; the bound keeps `period + h` and
      // every later sum far from overflow.
      guard
        let period = FastNumber.integer(
          try Self.field(fields.1, file: file, line: line, column: 2)),
        abs(period) <= 1_000_000
      else {
        throw InputError(
          .invalidYear(String(decoding: fields.1, as: UTF8.self)),
          at: SourceLocation(file: file, line: line, column: 2))
      }
      if !newSeries && period <= previousPeriod {
        throw InputError(
          .periodNotIncreasing(series: id, period: period, previous: previousPeriod),
          at: SourceLocation(file: file, line: line, column: 2))
      }
      previousPeriod = period
      let field = try Self.field(fields.2, file: file, line: line, column: 3)
      if FastNumber.isMissing(field) {
        if lastPeriod != nil && missing == nil { missing = (line, period) }
        continue
      }
      guard let value = FastNumber.parse(field, decimal: decimal) else {
        throw InputError(
          .notAPanelNumber(String(decoding: fields.2, as: UTF8.self), decimalComma: decimal == 44),
          at: SourceLocation(file: file, line: line, column: 3))
      }
      _ = try ValueMagnitude.checked(
        value, written: String(decoding: field, as: UTF8.self),
        at: SourceLocation(file: file, line: line, column: 3))
      if let lastPeriod {
        if let missing {
          throw InputError(
            .seriesGap(id, from: lastPeriod + 1, through: period - 1, wide: false),
            at: SourceLocation(file: file, line: missing.line, column: 3))
        }
        if period != lastPeriod + 1 {
          throw InputError(
            .seriesGap(id, from: lastPeriod + 1, through: period - 1, wide: false),
            at: SourceLocation(file: file, line: line, column: 2))
        }
      } else {
        firstLine = line
      }
      parsed.batch.appendValue(value)
      lastPeriod = period
      lastLine = line
    }
    if open { close() }
  }

  /// A worksheet as tab-separated bytes, one line per row number (blank
  /// lines where the sheet has no row), so that locations stay the sheet's;
  /// numbers stored as numbers are written with the decimal separator the
  /// text cells use.
  ///
  /// - Throws: ``InputError/Problem/uncomputedFormula(_:)`` for a formula
  ///   saved without its value.
  private static func tabSeparated(_ grid: CellGrid, decimalComma: Bool) throws -> [UInt8] {
    try grid.refuseUncomputedFormulas(in: grid.rows)
    var bytes: [UInt8] = []
    var line = 1
    for row in grid.rows {
      while line < row.line {
        bytes.append(10)
        line += 1
      }
      for (index, cell) in row.cells.enumerated() {
        if index > 0 { bytes.append(9) }
        var text = cell.text
        if decimalComma, case .number = cell {
          text = text.replacingOccurrences(of: ".", with: ",")
        } else if decimalComma, case .percent = cell {
          text = text.replacingOccurrences(of: ".", with: ",")
        }
        for byte in text.utf8 {
          bytes.append(byte == 9 || byte == 10 || byte == 13 ? 32 : byte)
        }
      }
      bytes.append(10)
      line += 1
    }
    return bytes
  }
}

/// Decimal numbers, whole numbers and missing-value markers from bytes
/// without building strings.
///
/// Clinger's fast path (1990): a mantissa of at most 15 digits and a
/// power of ten up to 22 are exact doubles, so one multiplication or
/// division is correctly rounded — the same double `Double(String)` gives.
/// Anything else goes to the standard library's parser.
enum FastNumber {
  /// 10^k for k in 0...22, each an exact double.
  @inline(__always) static func powerOfTen(_ k: Int) -> Double {
    precondition((0...22).contains(k), "10^k is exact for k up to 22")
    return switch k {
    case 0: 1e0
    case 1: 1e1
    case 2: 1e2
    case 3: 1e3
    case 4: 1e4
    case 5: 1e5
    case 6: 1e6
    case 7: 1e7
    case 8: 1e8
    case 9: 1e9
    case 10: 1e10
    case 11: 1e11
    case 12: 1e12
    case 13: 1e13
    case 14: 1e14
    case 15: 1e15
    case 16: 1e16
    case 17: 1e17
    case 18: 1e18
    case 19: 1e19
    case 20: 1e20
    case 21: 1e21
    default: 1e22
    }
  }

  /// The field without surrounding spaces, tabs and double quotes.
  static func trim<C: BidirectionalCollection>(_ s: C) -> C
  where C.Element == UInt8, C.SubSequence == C {
    var s = s
    while let c = s.first, c == 32 || c == 9 || c == 34 { s = s.dropFirst() }
    while let c = s.last, c == 32 || c == 9 || c == 34 { s = s.dropLast() }
    return s
  }

  /// Whether a trimmed field is a missing value: empty, `-`, `–`, `n/a`
  /// or `na` in any case.
  static func isMissing<C: Collection>(_ s: C) -> Bool where C.Element == UInt8 {
    var i = s.startIndex
    func next() -> UInt8 {
      defer { i = s.index(after: i) }
      return s[i]
    }
    switch s.count {
    case 0: return true
    case 1: return next() == 45
    case 2: return next() | 0x20 == 110 && next() | 0x20 == 97
    case 3:
      let (a, b, c) = (next(), next(), next())
      return (a == 0xE2 && b == 0x80 && c == 0x93) || (a | 0x20 == 110 && b == 47 && c | 0x20 == 97)
    default: return false
    }
  }

  /// Whether two fields of one buffer hold the same bytes.
  static func same(
    _ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>
  ) -> Bool {
    guard a.count == b.count else { return false }
    guard let base = a.base.baseAddress, a.count > 0 else { return true }
    return memcmp(base + a.startIndex, base + b.startIndex, a.count) == 0
  }

  /// A whole number written with an optional sign and at most 18 digits.
  static func integer<C: Collection>(_ s: C) -> Int? where C.Element == UInt8 {
    var value = 0
    var digits = 0
    var negative = false
    for (offset, c) in s.enumerated() {
      if offset == 0 && (c == 45 || c == 43) {
        negative = c == 45
        continue
      }
      guard c >= 48 && c <= 57, digits < 18 else { return nil }
      value = value * 10 + Int(c - 48)
      digits += 1
    }
    guard digits > 0 else { return nil }
    return negative ? -value : value
  }

  /// A plain number field, `-?digits[.digits]` ending at `delimiter` or
  /// at `end`, when Clinger's fast path takes it: its value and where the
  /// field ends.
  ///
  /// Nil for anything else (a plus sign, spaces, quotes, an exponent, more
  /// than 15 significant digits, a missing marker), which the field's own
  /// reading (``trim(_:)``, ``isMissing(_:)``, ``parse(_:decimal:)``) then
  /// takes; a field both read is the same double, by the same formula.
  static func plain(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, delimiter: UInt8,
    decimal: UInt8
  ) -> (value: Double, end: Int)? {
    var i = start
    let negative = i < end && bytes[i] == 45
    if negative { i += 1 }
    var mantissa: UInt64 = 0
    var digits = 0  // from the first non-zero one, as `parse` counts them
    var fraction = 0
    var seenDigit = false
    var seenPoint = false
    while i < end {
      let c = bytes[i]
      if c &- 48 < 10 {
        mantissa = mantissa &* 10 &+ UInt64(c &- 48)
        if mantissa > 0 { digits += 1 }
        if seenPoint { fraction += 1 }
        seenDigit = true
      } else if c == decimal && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      i += 1
    }
    guard seenDigit, digits <= 15, fraction <= 22, i == end || bytes[i] == delimiter else {
      return nil
    }
    let m = Double(mantissa)
    let value = fraction == 0 ? m : m / powerOfTen(fraction)
    return (negative ? -value : value, i)
  }

  /// A number field: `[+-]digits[.digits][e[+-]digits]` with `decimal`
  /// as its decimal separator, or `nil` when the field is no number.
  ///
  /// A number past the double range is an infinity, and one too small for
  /// it the least magnitude with its sign: callers refuse them by size.
  static func parse<C: BidirectionalCollection>(_ s: C, decimal: UInt8) -> Double?
  where C.Element == UInt8 {
    var i = s.startIndex
    var negative = false
    if i < s.endIndex && (s[i] == 45 || s[i] == 43) {
      negative = s[i] == 45
      i = s.index(after: i)
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var scale = 0
    var seenDigit = false
    var seenPoint = false
    while i < s.endIndex {
      let c = s[i]
      if c >= 48 && c <= 57 {
        seenDigit = true
        if digits < 19 {
          mantissa = mantissa * 10 + UInt64(c - 48)
          if mantissa > 0 { digits += 1 }
          if seenPoint { scale -= 1 }
        } else if !seenPoint {
          scale += 1
        }
      } else if c == decimal && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      i = s.index(after: i)
    }
    guard seenDigit else { return nil }
    var exponent = 0
    if i < s.endIndex && (s[i] == 101 || s[i] == 69) {
      i = s.index(after: i)
      var negativeExponent = false
      if i < s.endIndex && (s[i] == 45 || s[i] == 43) {
        negativeExponent = s[i] == 45
        i = s.index(after: i)
      }
      var any = false
      while i < s.endIndex, s[i] >= 48 && s[i] <= 57 {
        exponent = min(exponent * 10 + Int(s[i] - 48), 10_000)
        any = true
        i = s.index(after: i)
      }
      guard any else { return nil }
      if negativeExponent { exponent = -exponent }
    }
    guard i == s.endIndex else { return nil }
    let power = scale + exponent
    if digits <= 15 && abs(power) <= 22 {
      let m = Double(mantissa)
      let value = power >= 0 ? m * powerOfTen(power) : m / powerOfTen(-power)
      return negative ? -value : value
    }
    // Rare: long mantissas or large exponents.
    var text = String(decoding: s, as: UTF8.self)
    if decimal != 46 { text = text.replacingOccurrences(of: ",", with: ".") }
    guard let value = Double(text) else { return nil }
    // A number past the double range (1e400) reads as an infinity and one
    // below it (5e-400) as the least magnitude, not zero, so that the
    // readers refuse both by their size (``ValueMagnitude``).
    if value == 0 && mantissa != 0 {
      return negative ? -Double.leastNonzeroMagnitude : .leastNonzeroMagnitude
    }
    return value
  }
}
