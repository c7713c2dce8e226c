extension CellGrid {
  /// Parses delimited text as Excel writes it.
  ///
  /// It accepts a UTF-8 byte-order mark, CRLF, LF or CR line ends, fields
  /// in double quotes with `""` for a quote and line breaks inside, and
  /// blank lines anywhere. The delimiter is decided once per file from its
  /// first non-blank line: the most frequent of `,`, `;` and tab outside
  /// quotes (`,` when there is none).
  ///
  /// Written by hand rather than taken from SwiftCSV or CSV.swift: neither
  /// reports the line of a field, which every ikuplan error needs.
  ///
  /// - Throws: ``InputError`` for bytes that are not UTF-8 (naming the
  ///   line) or a quote that is never closed (naming where it opened).
  public init(
    delimitedBytes bytes: [UInt8], file: String, delimiter: Character? = nil
  ) throws {
    guard bytes.count <= Self.maximumFileSize else {
      throw InputError(
        .fileTooLarge(size: bytes.count, limit: Self.maximumFileSize),
        at: SourceLocation(file: file, line: 0))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw InputError(.utf16, at: SourceLocation(file: file, line: 1))
    }
    let scalars = try Self.decode(bytes, file: file)
    let delimiter = delimiter ?? Self.detectDelimiter(scalars)
    self.init(
      file: file, origin: .text(delimiter: delimiter),
      rows: try Self.split(scalars, delimiter: delimiter, file: file))
  }

  private static func decode(
    _ bytes: [UInt8], file: String
  ) throws -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var line = 1
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
        scalars.append(scalar)
      case .emptyInput:
        break decoding
      case .error:
        throw InputError(.notUTF8, at: SourceLocation(file: file, line: line))
      }
    }
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    return scalars
  }

  private static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Character {
    let candidates: [Character] = [",", ";", "\t"]
    var counts = [Int](repeating: 0, count: candidates.count)
    var quoted = false
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if !quoted && (scalar == "\n" || scalar == "\r") {
        if counts.contains(where: { $0 > 0 }) { break }
        continue
      }
      if !quoted, let index = candidates.firstIndex(of: Character(scalar)) {
        counts[index] += 1
      }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
      counts[best] > 0
    else { return "," }
    return candidates[best]
  }

  /// The largest file read as a table (100 MiB): indicator data and sheets
  /// are far smaller; panels (`forecast --panel`, `evaluate`) have their
  /// own reader (``PanelFile``), for national panels.
  public static let maximumFileSize = 100 * 1_048_576

  /// The longest line read (1,000,000 characters): no table has such a
  /// line, and a file that does is binary or not a table.
  public static let maximumLineLength = 1_000_000

  /// Splits into rows of text cells; blank lines are skipped.
  private static func split(
    _ scalars: [Unicode.Scalar], delimiter: Character, file: String
  ) throws -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var quoted = false
    var quoteLine = 1
    var lineLength = 0
    var i = 0
    func endRow() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      let blank = fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)
      if !blank { rows.append(Row(line: rowLine, cells: fields.map(Cell.text))) }
      fields = []
    }
    func isLineBreak(at i: Int) -> Bool {
      // CR LF counts once, at the LF.
      scalars[i] == "\n"
        || (scalars[i] == "\r" && !(i + 1 < scalars.count && scalars[i + 1] == "\n"))
    }
    while i < scalars.count {
      let c = scalars[i]
      if c == "\n" || c == "\r" {
        lineLength = 0
      } else {
        lineLength += 1
        if lineLength > maximumLineLength {
          throw InputError(
            .lineTooLong(limit: maximumLineLength), at: SourceLocation(file: file, line: line))
        }
      }
      if quoted {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          if isLineBreak(at: i) { line += 1 }
          field.append(c)
        }
      } else if c == "\"" && String(field).allSatisfy(\.isWhitespace) {
        field = String.UnicodeScalarView()
        quoted = true
        quoteLine = line
      } else if Character(c) == delimiter {
        fields.append(String(field))
        field = String.UnicodeScalarView()
      } else if c == "\n" || c == "\r" {
        if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" {
          i += 1
        }
        endRow()
        line += 1
        rowLine = line
      } else {
        field.append(c)
      }
      i += 1
    }
    if quoted {
      throw InputError(
        .unterminatedQuote, at: SourceLocation(file: file, line: quoteLine))
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return rows
  }
}
