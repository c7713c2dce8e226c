/// A table read from delimited text (CSV as Excel writes it): a header line
/// of column names, then one record per line.
///
/// It accepts what spreadsheet exports contain: a UTF-8 byte-order mark,
/// CRLF, LF or CR line ends, fields in double quotes with `""` for a quote
/// and line breaks inside, and blank lines at the end. The delimiter is
/// decided once per file from the header line: the most frequent of `,`,
/// `;` and tab outside quotes (`,` when there is none). Every record keeps
/// the line it starts on, so that errors can name line and column.
///
/// Written by hand rather than taken from SwiftCSV or CSV.swift: neither
/// reports the line and column of a field, which every ikuplan error needs,
/// nor rejects a ragged record instead of padding it.
public struct DelimitedTable: Sendable {
  /// The file name used in error locations.
  public let file: String
  /// The delimiter found in (or given for) the file.
  public let delimiter: Character
  /// The column names from the header line, trimmed of spaces.
  public let header: [String]
  /// The records below the header.
  public let records: [Record]

  /// One line of data.
  public struct Record: Sendable {
    /// The 1-based line on which the record starts.
    public let line: Int
    /// The fields, exactly as many as the header has columns.
    public let fields: [String]
  }

  /// Parses the bytes of a file.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The name to use in error messages.
  ///   - delimiter: Forces the delimiter instead of detecting it.
  /// - Throws: ``InputError`` naming the line and column of the first
  ///   problem: bytes that are not UTF-8, an unclosed quote, an empty file,
  ///   a duplicate column name or a record with the wrong number of fields.
  public init(
    bytes: [UInt8], file: String, delimiter: Character? = nil
  ) throws {
    self.file = file
    let scalars = try Self.decode(bytes, file: file)
    let delimiter = delimiter ?? Self.detectDelimiter(scalars)
    let rows = try Self.split(scalars, delimiter: delimiter, file: file)
    guard let first = rows.first else {
      throw InputError(.empty, at: SourceLocation(file: file, line: 1))
    }
    let header = first.fields.map(trimmed)
    for (index, name) in header.enumerated()
    where header[..<index].contains(name) {
      throw InputError(
        .duplicateColumn(name),
        at: SourceLocation(
          file: file, line: first.line, column: index + 1, columnName: name))
    }
    var records: [Record] = []
    for row in rows.dropFirst() {
      guard row.fields.count == header.count else {
        // The first field too many, or the first one missing.
        let column = min(row.fields.count, header.count)
        throw InputError(
          .fieldCount(found: row.fields.count, expected: header.count),
          at: SourceLocation(
            file: file, line: row.line, column: column + 1,
            columnName: column < header.count ? header[column] : nil))
      }
      records.append(Record(line: row.line, fields: row.fields))
    }
    self.delimiter = delimiter
    self.header = header
    self.records = records
  }

  /// The index of a column by header name.
  ///
  /// - Throws: ``InputError/Problem/unknownColumn(_:available:)`` located
  ///   at the header line.
  public func columnIndex(_ name: String) throws -> Int {
    guard let index = header.firstIndex(of: name) else {
      throw InputError(
        .unknownColumn(name, available: header),
        at: SourceLocation(file: file, line: headerLine))
    }
    return index
  }

  /// The line of the header (after any leading blank lines).
  public var headerLine: Int { (records.first?.line ?? 2) - 1 }

  /// The location of field `column` (0-based) of a record.
  public func location(of record: Record, column: Int) -> SourceLocation {
    SourceLocation(
      file: file, line: record.line, column: column + 1,
      columnName: header[column])
  }

  // MARK: - Decoding and splitting

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
    var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if !quoted && (scalar == "\n" || scalar == "\r") {
        if counts.values.contains(where: { $0 > 0 }) { break }
        continue
      }
      if !quoted, counts[Character(scalar)] != nil {
        counts[Character(scalar), default: 0] += 1
      }
    }
    let best = [",", ";", "\t"].max { counts[$0, default: 0] < counts[$1, default: 0] }
    return counts[best ?? ",", default: 0] > 0 ? (best ?? ",") : ","
  }

  private struct RawRow {
    var line: Int
    var fields: [String]
  }

  /// Splits into rows of fields; blank lines are skipped.
  private static func split(
    _ scalars: [Unicode.Scalar], delimiter: Character, file: String
  ) throws -> [RawRow] {
    var rows: [RawRow] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var quoted = false
    var quoteLine = 1
    var i = 0
    func endRow() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      let blank = fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)
      if !blank { rows.append(RawRow(line: rowLine, fields: fields)) }
      fields = []
    }
    while i < scalars.count {
      let c = scalars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          if c == "\n" || (c == "\r" && !(i + 1 < scalars.count && scalars[i + 1] == "\n")) {
            line += 1
          }
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

/// The text without leading and trailing white space.
func trimmed(_ text: String) -> String {
  String(
    text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
      .reversed())
}
