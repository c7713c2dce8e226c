internal import Foundation
import IKUForecast
internal import ZIPFoundation

extension CellGrid {
  /// Reads one worksheet of an `.xlsx` workbook (Office Open XML,
  /// ECMA-376): the first sheet, or the one named `sheet`.
  ///
  /// Shared strings, inline strings and formula string results become text
  /// cells; numbers stored as numbers become number cells, which need no
  /// number convention. Text that looks like an Indonesian number (`39,67`)
  /// stays text and is read by ``NumberReader`` like a CSV cell. Empty cells
  /// are empty text; rows with nothing in them are left out. A formula is
  /// read by the value Excel or LibreOffice computed and stored with it;
  /// one saved without that value (by a program that does not compute
  /// formulas, such as openpyxl) is a ``CellGrid/Cell/formula(_:)`` cell,
  /// which readers refuse.
  ///
  /// ZIPFoundation opens the archive and Foundation's `XMLParser` reads the
  /// parts.
  ///
  /// - Throws: ``InputError/Problem/notAWorkbook(reason:)`` for a file that
  ///   is not a readable workbook, ``InputError/Problem/sheetNotFound(_:available:)``
  ///   for an unknown sheet name.
  public init(workbook bytes: [UInt8], file: String, sheet: String? = nil) throws {
    // ZIPFoundation's in-memory archive traps when a damaged archive makes
    // it seek past its end (found by fuzzing; the input is in
    // Tests/TestSupport/Fixtures/fuzz-regressions/workbook). Its file-backed
    // archive reads through the C library, which answers such a read with
    // no bytes, so the bytes go through a private temporary file.
    let temporary =
      (NSTemporaryDirectory() as NSString).appendingPathComponent(
        "ikuplan-\(UUID().uuidString).xlsx")
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
      throw InputError(
        .unreadable(reason: .noTemporaryCopy),
        at: SourceLocation(file: file, line: 0))
    }
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    try self.init(workbookAt: temporary, file: file, sheet: sheet)
  }

  /// Reads one worksheet of the workbook at `path`, naming `file` in
  /// errors.
  init(workbookAt path: String, file: String, sheet: String?) throws {
    let location = SourceLocation(file: file, line: 0)
    func fail(_ reason: String) -> InputError {
      InputError(.notAWorkbook(reason: reason), at: location)
    }
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw fail("not a ZIP archive")
    }
    func part(_ path: String) throws -> XMLElement? {
      guard let entry = archive[path] else { return nil }
      // A part may unpack to far more than its archive (a "ZIP bomb"):
      // reading stops at the same 100 MiB as a text table.
      guard entry.uncompressedSize <= UInt64(Self.maximumFileSize) else {
        throw fail("part \(path) unpacks to more than 100 MB")
      }
      // ZIPFoundation 0.9.20 never returns from a deflate stream that does
      // not end inside its entry: its inflate loop keeps reading the
      // exhausted file (found by fuzzing; the input is in
      // Tests/TestSupport/Fixtures/fuzz-regressions/workbook). Unpacking
      // runs on its own thread with a deadline of 2 s plus 1 s per 10 MB
      // packed (a margin, not a measured speed: the workbooks in the tests
      // unpack in milliseconds); past it the part
      // is refused and the stuck thread is abandoned, which ends with the
      // command.
      let unpacking = Unpacking(archive: archive, entry: entry)
      let deadline = 2 + Double(entry.compressedSize) / 10_000_000
      let thread = Thread {
        do {
          _ = try unpacking.archive.extract(unpacking.entry) { chunk in
            unpacking.data.append(chunk)
            if unpacking.data.count > Self.maximumFileSize {
              throw CocoaError(.fileReadTooLarge)
            }
          }
        } catch {
          unpacking.failed = true
        }
        unpacking.done.signal()
      }
      thread.start()
      guard unpacking.done.wait(timeout: .now() + deadline) == .success else {
        throw fail("damaged part \(path) (unpacking did not finish)")
      }
      let data = unpacking.data
      if unpacking.failed {
        throw fail(
          data.count > Self.maximumFileSize
            ? "part \(path) unpacks to more than 100 MB" : "damaged part \(path)")
      }
      guard let root = XMLElement.parse(data) else { throw fail("malformed XML in \(path)") }
      return root
    }

    guard let workbook = try part("xl/workbook.xml") else { throw fail("no xl/workbook.xml") }
    let sheets = workbook.child("sheets")?.children("sheet") ?? []
    let names = sheets.compactMap { $0.attributes["name"] }
    guard
      let chosen = sheet.map({ name in sheets.first { $0.attributes["name"] == name } })
        ?? sheets.first
    else {
      if let sheet { throw InputError(.sheetNotFound(sheet, available: names), at: location) }
      throw fail("no worksheet")
    }
    let sheetName = chosen.attributes["name"] ?? "Sheet1"

    // The sheet's part: through the relationship, else the usual name.
    var path = "xl/worksheets/sheet1.xml"
    if let id = chosen.attributes["r:id"],
      let relationships = try part("xl/_rels/workbook.xml.rels"),
      let target = relationships.children("Relationship").first(where: {
        $0.attributes["Id"] == id
      })?.attributes["Target"]
    {
      path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    guard let worksheet = try part(path) else { throw fail("no \(path)") }
    let shared = try part("xl/sharedStrings.xml")?.children("si").map(\.stringText) ?? []
    let formats = Self.numberFormats(try part("xl/styles.xml"))

    var rows: [Row] = []
    var nextRow = 1
    for row in worksheet.child("sheetData")?.children("row") ?? [] {
      let number = row.attributes["r"].flatMap(Int.init) ?? nextRow
      // Excel's own limits: 1 048 576 rows, 16 384 columns (XFD).
      guard (1...1_048_576).contains(number) else {
        throw fail("row number \(row.attributes["r"] ?? String(number)) in \(sheetName)")
      }
      nextRow = number + 1
      var cells: [Cell] = []
      var nextColumn = 0
      for c in row.children("c") {
        let column = c.attributes["r"].flatMap(Self.columnIndex) ?? nextColumn
        guard column < 16_384 else {
          throw fail("cell reference \(c.attributes["r"] ?? "") in \(sheetName)")
        }
        nextColumn = column + 1
        while cells.count < column { cells.append(.text("")) }
        var location = SourceLocation(file: file, line: number, column: column + 1)
        location.sheet = sheetName
        let cell = try Self.cell(c, shared: shared, formats: formats, at: location) { what in
          fail("\(what) at \(sheetName)!\(c.attributes["r"] ?? "")")
        }
        if column < cells.count { cells[column] = cell } else { cells.append(cell) }
      }
      if !cells.allSatisfy(\.isBlank) { rows.append(Row(line: number, cells: cells)) }
    }
    self.init(file: file, origin: .spreadsheet(sheet: sheetName), rows: rows)
    sheetNames = names
  }

  /// The content of a cell element: its stored value, read by its type
  /// (`t`) and its style's number format; a formula without a stored
  /// value is a ``Cell/formula(_:)`` cell.
  ///
  /// - Parameters:
  ///   - c: The `<c>` element.
  ///   - shared: The workbook's shared strings.
  ///   - formats: The number format of each cell style.
  ///   - location: The cell's place, for a number past the double range.
  ///   - fail: The error for a damaged value (`what` it is).
  /// - Returns: The cell.
  /// - Throws: `fail`'s error for a missing shared string or a number that
  ///   does not read; ``InputError/Problem/beyondMagnitude(_:tooLarge:)``
  ///   at `location` for a stored number past the double range (`1e400`)
  ///   or below it (`5e-400`, which would otherwise read as 0).
  private static func cell(
    _ c: XMLElement, shared: [String], formats: [Int: CellFormat], at location: SourceLocation,
    fail: (_ what: String) -> InputError
  ) throws -> Cell {
    let stored = c.child("v")
    let value = stored?.text ?? ""
    let type = c.attributes["t"] ?? "n"
    // A formula whose value was never computed: no `<v>`, or an empty one
    // (openpyxl writes `<f>C14*1.2</f><v/>`); an empty `<v>` of a text
    // result (`t="str"`) is a computed empty text.
    if let formula = c.child("f"), value.isEmpty, type != "str" || stored == nil {
      return .formula(formula.text)
    }
    switch type {
    case "s":
      guard let index = Int(value), shared.indices.contains(index) else {
        throw fail("shared string \(value) missing")
      }
      return .text(shared[index])
    case "inlineStr":
      return .text(c.child("is")?.stringText ?? "")
    case "n":
      if value.isEmpty { return .text("") }
      guard let number = Double(value), !number.isNaN else { throw fail("number '\(value)'") }
      if number.isInfinite || ValueMagnitude.underflows(value, to: number) {
        throw InputError(.beyondMagnitude(value, tooLarge: number.isInfinite), at: location)
      }
      let format = c.attributes["s"].flatMap(Int.init).flatMap { formats[$0] }
      // Excel keeps 15 significant digits; the 17 it writes for a formula's
      // result carry binary noise (0.7245000000000001).
      let text = String(format: "%.15g", number)
      let kept = Double(text) ?? number
      if format?.isPercent == true {
        return .percent(Self.shown(Self.timesHundred(text, kept), decimals: format?.decimals))
      }
      return .number(Self.shown(kept, decimals: format?.decimals))
    default:  // str (formula text), b (boolean), e (error), d (date text)
      return .text(value)
    }
  }

  /// What a cell style's number format shows.
  struct CellFormat: Equatable {
    /// A percentage (`0%`, `0.00%`, a custom format with `%`).
    var isPercent: Bool
    /// Fixed decimals (`0.00` → 2, `#,##0` → 0), or `nil` (General, text,
    /// dates).
    var decimals: Int?
  }

  /// The number format of each cell style (an index into `cellXfs` of
  /// `styles.xml`): the built-in formats 1–4, 9 and 10 (`0`, `0.00`,
  /// `#,##0`, `#,##0.00`, `0%`, `0.00%`) and custom formats, read outside
  /// quotes and escapes.
  static func numberFormats(_ styles: XMLElement?) -> [Int: CellFormat] {
    guard let styles else { return [:] }
    var byID: [Int: CellFormat] = [
      1: CellFormat(isPercent: false, decimals: 0),
      2: CellFormat(isPercent: false, decimals: 2),
      3: CellFormat(isPercent: false, decimals: 0),
      4: CellFormat(isPercent: false, decimals: 2),
      9: CellFormat(isPercent: true, decimals: 0),
      10: CellFormat(isPercent: true, decimals: 2),
    ]
    for format in styles.child("numFmts")?.children("numFmt") ?? [] {
      guard let id = format.attributes["numFmtId"].flatMap(Int.init),
        let code = format.attributes["formatCode"]
      else { continue }
      byID[id] = Self.numberFormat(code)
    }
    var result: [Int: CellFormat] = [:]
    for (index, style) in (styles.child("cellXfs")?.children("xf") ?? []).enumerated() {
      if let id = style.attributes["numFmtId"].flatMap(Int.init), let format = byID[id] {
        result[index] = format
      }
    }
    return result
  }

  /// A custom format code's percent sign and fixed decimals, from its
  /// first section (positive numbers), outside quotes and escapes; in a
  /// conditional format (`[<0.01]"<1%";[>0.99]">99%";0%`, whose first
  /// sections are for values that meet a condition), from its last
  /// section, the one for every other value.
  static func numberFormat(_ code: String) -> CellFormat {
    let sections = code.split(separator: ";", omittingEmptySubsequences: false)
    if sections.count > 1, let condition = sections[0].firstIndex(of: "["),
      sections[0][condition...].dropFirst().first.map({ "<>=".contains($0) }) == true,
      let last = sections.last
    {
      return numberFormat(String(last))
    }
    var quoted = false
    var escaped = false
    var percent = false
    var digits = false
    var afterPoint: Int?
    var bracket = false
    for character in code {
      if escaped {
        escaped = false
      } else if character == "\"" {
        quoted.toggle()
      } else if quoted {
        continue
      } else if character == "\\" {
        escaped = true
      } else if character == "[" {
        bracket = true
      } else if character == "]" {
        bracket = false
      } else if bracket {
        continue
      } else if character == ";" {
        break
      } else if character == "%" {
        percent = true
      } else if character == "0" || character == "#" || character == "?" {
        digits = true
        if let count = afterPoint, character == "0" { afterPoint = count + 1 }
      } else if character == "." {
        afterPoint = 0
      }
    }
    return CellFormat(isPercent: percent, decimals: digits ? (afterPoint ?? 0) : nil)
  }

  /// A number as its format shows it, where the difference is rounding
  /// noise (5516.9999999999 in a `#,##0` cell is 5517); a real fraction the
  /// format hides (6120.4 shown as 6.120) is kept.
  static func shown(_ value: Double, decimals: Int?) -> Double {
    guard let decimals, decimals <= 10 else { return value }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return abs(value - rounded) <= 1e-9 * max(1, abs(value)) ? rounded : value
  }

  /// A stored number times 100, computed on its decimal digits so that
  /// 0.3967 becomes exactly 39.67 (binary arithmetic gives
  /// 39.669999999999995).
  static func timesHundred(_ text: String, _ number: Double) -> Double {
    guard var decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
      return number * 100
    }
    decimal *= 100
    return Double(decimal.description).flatMap { $0.isFinite ? $0 : nil } ?? number * 100
  }

  /// The 0-based column of a cell reference: `C7` → 2, `AA1` → 26;
  /// `Int.max` past three letters (no column Excel has).
  static func columnIndex(_ reference: String) -> Int? {
    var index = 0
    var letters = 0
    for character in reference {
      guard let ascii = character.asciiValue, character.isLetter else { break }
      // Beyond three letters (XFD) it is no column; the bound also keeps
      // the arithmetic from overflowing.
      guard letters < 3 else { return Int.max }
      index = index * 26 + Int(ascii & ~0x20) - 64
      letters += 1
    }
    return letters > 0 ? index - 1 : nil
  }
}

/// The result of unpacking one part, filled by the unpacking thread and
/// read only after its signal.
private final class Unpacking: @unchecked Sendable {
  let archive: Archive
  let entry: Entry
  var data = Data()
  var failed = false
  let done = DispatchSemaphore(value: 0)

  init(archive: Archive, entry: Entry) {
    self.archive = archive
    self.entry = entry
  }
}
