internal import Foundation
import IKUForecast

/// A panel read for batch forecasting: series ids, their values in one
/// flat ``IKUForecast/SeriesBatch``, and the last period of each series.
///
/// The reader works on the file's bytes directly — no line or field
/// strings, no second copy of the text — because a national panel has
/// millions of lines. Layouts as ``Panel``: the long form with the header
/// `series,period,value` (rows of a series consecutive, in time order) or
/// the wide form `id,v1,…,vn`. Numbers use a decimal point with `,` or a
/// tab between fields, or a decimal comma with `;`; thousands separators
/// are not accepted here. Empty cells are missing values and are skipped;
/// data lines without a single value are an error.
public struct PanelFile: Sendable {
  /// The series ids, in file order.
  public let ids: [String]
  /// The values.
  public let batch: SeriesBatch
  /// The period of each series' last value: the integer `period` of the
  /// long form, or the value's position (1-based) in the wide form.
  public let lastPeriods: [Int]

  /// Reads a panel file.
  ///
  /// - Throws: ``InputError`` naming line and column of a cell that is not
  ///   a number, or the file when it cannot be read.
  /// The largest panel file read (2 GiB): ten million series of ten
  /// values fit.
  public static let maximumFileSize = 2 * 1_073_741_824

  public init(contentsOfFile path: String) throws {
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > Self.maximumFileSize
    {
      throw InputError(
        .fileTooLarge(size: size, limit: Self.maximumFileSize),
        at: SourceLocation(file: path, line: 0))
    }
    // Mapped, not read: a 1 GB line is refused after its first megabyte is
    // touched, and a large panel is paged in as it is parsed.
    guard
      let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    else {
      throw InputError(.unreadable(reason: "not found"), at: SourceLocation(file: path, line: 0))
    }
    var parsed: (ids: [String], batch: SeriesBatch, lastPeriods: [Int])?
    try data.withUnsafeBytes { raw in
      parsed = try Self.parse(raw.bindMemory(to: UInt8.self), file: path)
    }
    guard let parsed else { throw InputError(.empty, at: SourceLocation(file: path, line: 1)) }
    ids = parsed.ids
    batch = parsed.batch
    lastPeriods = parsed.lastPeriods
  }

  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String
  ) throws -> (ids: [String], batch: SeriesBatch, lastPeriods: [Int]) {
    var position = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    // The first line decides delimiter and layout.
    var end = position
    let firstLimit = min(bytes.count, position + CellGrid.maximumLineLength + 1)
    while end < firstLimit && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
    if end - position > CellGrid.maximumLineLength {
      throw InputError(
        .lineTooLong(limit: CellGrid.maximumLineLength), at: SourceLocation(file: file, line: 1))
    }
    let first = Array(bytes[position..<end])
    // ',' unless the first line settles ';' or a tab (as `Panel` reads).
    let delimiter: UInt8 =
      first.contains(44) ? 44 : first.contains(59) ? 59 : first.contains(9) ? 9 : 44
    let decimal: UInt8 = delimiter == 59 ? 44 : 46
    let header = String(decoding: first, as: UTF8.self).lowercased()
      .split(separator: Character(UnicodeScalar(delimiter))).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
    let long =
      header.count >= 3 && header[0] == "series" && header[1] == "period"
      && header[2] == "value"
    var ids: [String] = []
    var batch = SeriesBatch()
    var lastPeriods: [Int] = []
    batch.reserve(series: bytes.count / 64, values: bytes.count / 8)
    var line = 1
    var skipHeader =
      long
      || (header.count > 1 && FastNumber.parse(Array(header[1].utf8)[...], decimal: decimal) == nil)
    if position == bytes.count || first.allSatisfy({ $0 == 32 || $0 == 9 }) {
      throw InputError(.empty, at: SourceLocation(file: file, line: 1))
    }
    var currentID: ArraySlice<UInt8> = []
    var seenIDs: Set<ArraySlice<UInt8>> = []
    var open = false
    while position < bytes.count {
      var lineEnd = position
      let limit = min(bytes.count, position + CellGrid.maximumLineLength + 1)
      while lineEnd < limit && bytes[lineEnd] != 10 && bytes[lineEnd] != 13 { lineEnd += 1 }
      defer {
        position = lineEnd
        if position < bytes.count && bytes[position] == 13 { position += 1 }
        if position < bytes.count && bytes[position] == 10 { position += 1 }
        line += 1
      }
      if lineEnd == position { continue }
      if lineEnd - position > CellGrid.maximumLineLength {
        throw InputError(
          .lineTooLong(limit: CellGrid.maximumLineLength),
          at: SourceLocation(file: file, line: line))
      }
      if skipHeader {
        skipHeader = false
        continue
      }
      // Fields of this line.
      var fieldStart = position
      var column = 0
      var id: ArraySlice<UInt8> = []
      var period: Int?
      for index in position...lineEnd where index == lineEnd || bytes[index] == delimiter {
        let field = bytes[fieldStart..<index]
        defer {
          fieldStart = index + 1
          column += 1
        }
        if column == 0 {
          id = ArraySlice(field)
          if !long {
            if open { batch.closeSeries() }
            ids.append(String(decoding: field, as: UTF8.self))
            lastPeriods.append(0)
            open = true
          }
          continue
        }
        if long && column == 1 {
          // Periods are years or counts; the bound keeps `period + h`
          // and every later sum far from overflow.
          let text = String(decoding: FastNumber.trim(ArraySlice(field)), as: UTF8.self)
          guard let number = Int(text), abs(number) <= 1_000_000 else {
            throw InputError(
              .invalidYear(String(decoding: field, as: UTF8.self)),
              at: SourceLocation(file: file, line: line, column: column + 1))
          }
          period = number
          continue
        }
        if long && column > 2 { continue }
        let trimmed = FastNumber.trim(ArraySlice(field))
        if trimmed.isEmpty { continue }  // missing
        guard let value = FastNumber.parse(trimmed, decimal: decimal) else {
          throw InputError(
            .notANumber(String(decoding: field, as: UTF8.self)),
            at: SourceLocation(file: file, line: line, column: column + 1))
        }
        if long {
          let location = SourceLocation(file: file, line: line, column: 2)
          if !open || id != currentID {
            guard seenIDs.insert(id).inserted else {
              throw InputError(
                .seriesNotContiguous(String(decoding: id, as: UTF8.self)),
                at: SourceLocation(file: file, line: line, column: 1))
            }
            if open { batch.closeSeries() }
            ids.append(String(decoding: id, as: UTF8.self))
            lastPeriods.append(Int.min)
            currentID = id
            open = true
          }
          let previous = lastPeriods[lastPeriods.count - 1]
          let current = period ?? (previous == Int.min ? 1 : previous + 1)
          guard previous == Int.min || current > previous else {
            throw InputError(
              .periodNotIncreasing(
                series: String(decoding: id, as: UTF8.self), period: current, previous: previous),
              at: location)
          }
          batch.appendValue(value)
          lastPeriods[lastPeriods.count - 1] = current
        } else {
          batch.appendValue(value)
          lastPeriods[lastPeriods.count - 1] = column
        }
      }
    }
    if open { batch.closeSeries() }
    // Data lines that gave no series at all (no delimiter this reader
    // knows, an .xlsx file) must not pass for an empty panel.
    if batch.values.isEmpty && line > 2 {
      throw InputError(.noRecords, at: SourceLocation(file: file, line: 2))
    }
    return (ids, batch, lastPeriods)
  }
}

/// Decimal numbers from bytes without building strings.
///
/// Clinger's fast path (1990): a mantissa of at most 15 digits and a
/// power of ten up to 22 are exact doubles, so one multiplication or
/// division is correctly rounded — the same double `Double(String)` gives.
/// Anything else goes to the standard library's parser.
enum FastNumber {
  static let powers: [Double] = (0...22).map { k in
    var p = 1.0
    for _ in 0..<k { p *= 10 }
    return p
  }

  static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = s
    while let c = s.first, c == 32 || c == 9 || c == 34 { s = s.dropFirst() }
    while let c = s.last, c == 32 || c == 9 || c == 34 { s = s.dropLast() }
    return s
  }

  static func parse(_ s: ArraySlice<UInt8>, decimal: UInt8) -> Double? {
    var i = s.startIndex
    var negative = false
    if i < s.endIndex && (s[i] == 45 || s[i] == 43) {
      negative = s[i] == 45
      i += 1
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
      i += 1
    }
    guard seenDigit else { return nil }
    var exponent = 0
    if i < s.endIndex && (s[i] == 101 || s[i] == 69) {
      i += 1
      var negativeExponent = false
      if i < s.endIndex && (s[i] == 45 || s[i] == 43) {
        negativeExponent = s[i] == 45
        i += 1
      }
      var any = false
      while i < s.endIndex, s[i] >= 48 && s[i] <= 57 {
        exponent = min(exponent * 10 + Int(s[i] - 48), 10_000)
        any = true
        i += 1
      }
      guard any else { return nil }
      if negativeExponent { exponent = -exponent }
    }
    guard i == s.endIndex else { return nil }
    let power = scale + exponent
    if digits <= 15 && abs(power) <= 22 {
      let m = Double(mantissa)
      let value = power >= 0 ? m * powers[power] : m / powers[-power]
      return negative ? -value : value
    }
    // Rare: long mantissas or large exponents.
    var text = String(decoding: s, as: UTF8.self)
    if decimal != 46 { text = text.replacingOccurrences(of: ",", with: ".") }
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }
}
