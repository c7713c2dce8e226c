import IKUForecast

/// Reads the numeric cells of a table under one convention for the whole
/// file.
///
/// The convention is decided per file, never per cell (DESIGN §3.2):
/// 1. the cells: a cell that is a number in only one convention (`39,67`,
///    `1.234.567` → Indonesian; `39.67`, `.5` → English) settles it, and
///    cells that settle it both ways are an error;
/// 2. otherwise `--angka id|en` when given (the user's word for a file
///    whose cells do not say: `5.517` alone);
/// 3. otherwise the delimiter: `;` is what Excel writes in the Indonesian
///    locale, where the comma is the decimal separator, so it settles
///    Indonesian.
///
/// The file's own cells come first so that one `--angka en` can ask for
/// English CSV output from a folder written in Indonesian (as every folder
/// `import` writes) without re-reading its `39,67` as something else: no
/// convention can read a cell that settles the other one, so forcing it
/// would only turn the file into errors.
/// A cell that the two conventions read differently (`5.517`: 5517 or
/// 5.517) when nothing settles the file is an error naming both readings.
/// Numbers stored as numbers in a workbook need no convention.
public struct NumberReader: Sendable {
  /// The table read.
  public let table: Table
  /// The convention decided for the file (`nil` when no cell needs one).
  public let convention: NumberConvention?

  /// Decides the convention from the cells of `columns`.
  ///
  /// - Throws: ``InputError`` for cells that settle the file both ways, or
  ///   an ambiguous cell in a file that nothing settles.
  public init(
    _ table: Table, columns: [Int], preferred: NumberConvention? = nil
  ) throws {
    self.table = table
    var cells: [(text: String, location: SourceLocation)] = []
    for record in table.records {
      for column in columns {
        if case .text(let text) = record.cells[column] {
          cells.append((text, table.location(of: record, column: column)))
        }
      }
    }
    convention = try Self.decide(
      cells: cells, delimiter: table.grid.delimiter, preferred: preferred)
  }

  /// Decides the convention of a file from its numeric text cells, by the
  /// rules above.
  static func decide(
    cells: [(text: String, location: SourceLocation)], delimiter: Character?,
    preferred: NumberConvention?
  ) throws -> NumberConvention? {
    var settled: (convention: NumberConvention, location: SourceLocation)?
    var ambiguous: (number: WrittenNumber, text: String, location: SourceLocation)?
    // Both ends of a range (`72,28 – 73,77`) take part, as two cells.
    let numbers = cells.flatMap { text, location -> [(WrittenNumber, String, SourceLocation)] in
      if let number = WrittenNumber(text) { return [(number, text, location)] }
      if case .range(let range) = WrittenRange.read(text) {
        return [(range.lower, text, location), (range.upper, text, location)]
      }
      return []
    }
    for (number, text, location) in numbers {
      if let convention = number.settles {
        if let settled, settled.convention != convention {
          throw InputError(
            .mixedConventions(
              trimmed(text), this: convention, earlier: settled.convention,
              earlierLocation: settled.location),
            at: location)
        }
        if settled == nil { settled = (convention, location) }
      } else if number.isAmbiguous && ambiguous == nil {
        ambiguous = (number, text, location)
      }
    }
    if let settled { return settled.convention }
    if let preferred { return preferred }
    if delimiter == ";" { return .indonesian }
    if let ambiguous {
      throw InputError(
        .ambiguousNumber(
          trimmed(ambiguous.text), indonesian: ambiguous.number.indonesian ?? .nan,
          english: ambiguous.number.english ?? .nan),
        at: ambiguous.location)
    }
    return nil
  }

  /// A cell's number and unit, or `nil` for a missing value.
  ///
  /// - Throws: ``InputError/Problem/notANumber(_:)`` naming the cell;
  ///   ``InputError/Problem/beyondMagnitude(_:tooLarge:)`` for a number the models
  ///   cannot compute with (``IKUForecast/ValueMagnitude``);
  ///   ``InputError/Problem/uncomputedFormula(_:)`` for a formula saved
  ///   without its value.
  public func number(
    _ record: CellGrid.Row, _ column: Int
  ) throws -> (value: Double, unit: String?)? {
    guard let (value, unit) = try written(record, column) else { return nil }
    let checked = try ValueMagnitude.checked(
      value, written: table.text(record, column), at: table.location(of: record, column: column))
    return (checked, unit)
  }

  /// A cell's number and unit as written, or `nil` for a missing value.
  private func written(
    _ record: CellGrid.Row, _ column: Int
  ) throws -> (value: Double, unit: String?)? {
    switch record.cells[column] {
    case .number(let value):
      return (value, nil)
    case .percent(let value):
      return (value, "%")
    case .formula(let formula):
      throw InputError(
        .uncomputedFormula(formula), at: table.location(of: record, column: column))
    case .text(let text):
      if isMissingMarker(text) { return nil }
      guard let number = WrittenNumber(text),
        let value = number.value(in: convention ?? .english)
      else {
        throw InputError(
          .notANumber(trimmed(text)), at: table.location(of: record, column: column))
      }
      // (An infinite reading is refused by its size, in `number`.)
      return (value, number.unit)
    }
  }

  /// A cell's number, which must be present and carry no unit.
  public func requiredNumber(_ record: CellGrid.Row, _ column: Int) throws -> Double {
    guard let (value, unit) = try number(record, column) else {
      throw InputError(.missingValue, at: table.location(of: record, column: column))
    }
    guard unit == nil else {
      throw InputError(
        .notANumber(table.text(record, column)),
        at: table.location(of: record, column: column))
    }
    return value
  }
}
