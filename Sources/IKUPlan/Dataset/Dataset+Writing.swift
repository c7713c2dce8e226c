extension Dataset {
  /// The dataset folder's files as CSV text: `indikator.csv`,
  /// `realisasi.csv` (with `anggaran` and `realisasi_anggaran` only when
  /// some year has one), `dataset.csv` and, when there are quarterly values,
  /// `triwulan.csv`.
  ///
  /// In the Indonesian convention (the default: what planners' Excel opens)
  /// the delimiter is `;` and decimals use a comma; in the English one, `,`
  /// and a point. Numbers are written in full, without thousands
  /// separators, so that no cell can be read two ways; column names are the
  /// Indonesian ones.
  public func csvFiles(in convention: NumberConvention = .indonesian) -> [String: String] {
    let writer = CSVWriter(convention: convention)
    typealias C = DatasetFile.Column
    var files: [String: String] = [:]
    files["\(DatasetFile.metadata).csv"] = writer.document(
      header: [C.title[0], C.source[0]], rows: [[.text(title), .text(source)]])
    // `polaritas_diduga` only where a polarity was inferred, so that a
    // folder without one keeps its columns.
    let inferred = indicators.contains { $0.isPolarityInferred }
    files["\(DatasetFile.indicators).csv"] = writer.document(
      header: [
        C.code[0], C.objective[0], C.name[0], C.formula[0], C.unit[0], C.polarity[0],
        C.lowerBound[0], C.upperBound[0], C.numeratorLabel[0], C.denominatorLabel[0],
        C.rollup[0],
      ] + (inferred ? [C.polarityInferred[0]] : []),
      rows: indicators.map {
        // A bound the unit would give but the indicator has not is written
        // `tidak ada`, so that the folder reads back the same.
        let defaults = DatasetFile.defaultBounds(unit: $0.unit)
        func bound(_ value: Double?, _ byDefault: Double?) -> CSVWriter.Cell {
          value == nil && byDefault != nil ? .text(DatasetFile.noBound) : .number(value)
        }
        return [
          .text($0.code), .text($0.objective), .text($0.name), .text($0.formula),
          .text($0.unit), .text($0.polarity.indonesianWord),
          bound($0.lowerBound, defaults.lower), bound($0.upperBound, defaults.upper),
          .text($0.numeratorLabel), .text($0.denominatorLabel),
          .text($0.rollup.indonesianWord),
        ] + (inferred ? [.text($0.isPolarityInferred ? "ya" : "")] : [])
      })
    // `target_atas` only when some target is a range, and the budget
    // columns only when some row has a budget, so that a folder without
    // them is written as before.
    let ranges = annual.contains { $0.targetUpper != nil }
    let money = [AnnualField.budget, .budgetSpent].filter { field in
      annual.contains { $0[keyPath: field.keyPath] != nil }
    }
    files["\(DatasetFile.annual).csv"] = writer.document(
      header: [C.code[0], C.year[0], C.actual[0], C.target[0]]
        + (ranges ? [C.targetUpper[0]] : [])
        + [C.numerator[0], C.denominator[0]] + money.map(\.columnNames[0]) + [C.source[0]],
      rows: annual.map { observation in
        [
          .text(observation.code), .integer(observation.year), .number(observation.actual),
          .number(observation.target),
        ]
          + (ranges ? [.number(observation.targetUpper)] : [])
          + [.number(observation.numerator), .number(observation.denominator)]
          + money.map { .number(observation[keyPath: $0.keyPath]) } + [.text(observation.source)]
      })
    if !quarterly.isEmpty {
      files["\(DatasetFile.quarterly).csv"] = writer.document(
        header: [
          C.code[0], C.year[0], C.quarter[0], C.actual[0], C.numerator[0],
          C.denominator[0], C.source[0],
        ],
        rows: quarterly.map {
          [
            .text($0.code), .integer($0.year), .integer($0.quarter), .number($0.actual),
            .number($0.numerator), .number($0.denominator), .text($0.source),
          ]
        })
    }
    return files
  }

  /// Writes the dataset folder, creating it if needed.
  ///
  /// Every file is first written in full under a temporary name in the
  /// folder and then renamed over the old one, so a failure leaves no
  /// half-written file. Files of the folder that the dataset does not write
  /// (another `triwulan.csv`, notes) are left alone.
  public func write(
    toFolder folder: String, convention: NumberConvention = .indonesian,
    protecting inputs: [String] = []
  ) throws {
    try AtomicFiles.write(csvFiles(in: convention), toFolder: folder, protecting: inputs)
  }
}

/// Writes CSV text with quoting where needed.
struct CSVWriter {
  let convention: NumberConvention

  /// A cell to write.
  enum Cell {
    case text(String)
    case number(Double?)
    case integer(Int)
  }

  var delimiter: Character { convention == .indonesian ? ";" : "," }

  func document(header: [String], rows: [[Cell]]) -> String {
    var out = line(header.map(Cell.text))
    for row in rows { out += line(row) }
    return out
  }

  private func line(_ cells: [Cell]) -> String {
    cells.map(field).joined(separator: String(delimiter)) + "\r\n"
  }

  private func field(_ cell: Cell) -> String {
    switch cell {
    case .integer(let value): return String(value)
    case .number(let value): return value.map(format) ?? ""
    case .text(let text): return SpreadsheetText.csvField(text, delimiter: delimiter)
    }
  }

  /// The shortest round-trip digits, without exponent or grouping, with the
  /// convention's decimal separator.
  func format(_ value: Double) -> String {
    var text = plainDecimal(value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return convention == .indonesian ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}

/// `Double.description` written out without an exponent (`1e-05` →
/// `0.00001`), keeping its shortest round-trip digits.
func plainDecimal(_ value: Double) -> String {
  let text = value.description
  guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
  let exponent = Int(text[text.index(after: e)...]) ?? 0
  var mantissa = String(text[..<e])
  var sign = ""
  if mantissa.hasPrefix("-") {
    sign = "-"
    mantissa.removeFirst()
  }
  let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
  let digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
  let point = parts[0].count + exponent
  if point <= 0 {
    return sign + "0." + String(repeating: "0", count: -point) + digits
  }
  if point >= digits.count {
    return sign + digits + String(repeating: "0", count: point - digits.count)
  }
  let index = digits.index(digits.startIndex, offsetBy: point)
  return sign + digits[..<index] + "." + digits[index...]
}
