internal import Foundation

extension IKUSheet {
  /// One value of a dataset: an indicator's realisation, target or budget
  /// of a year.
  public struct ValueKey: Sendable, Hashable {
    /// The indicator's code.
    public var code: String
    /// The year.
    public var year: Int
    /// Which value of the year.
    public var field: AnnualField

    /// Creates a key.
    public init(code: String, year: Int, field: AnnualField) {
      self.code = code
      self.year = year
      self.field = field
    }
  }

  /// A dataset folder's dataset with this sheet's values added.
  public struct Merge: Sendable {
    /// One value the sheet adds or changes (`old` is `nil` when added).
    public struct Change: Sendable, Hashable {
      /// Which value, under the folder's code.
      public var key: ValueKey
      /// The folder's value, if any.
      public var old: Double?
      /// The sheet's value.
      public var new: Double
    }

    /// The merged dataset.
    public var dataset: Dataset
    /// The sheet's codes that are another code in the folder (a reordered
    /// sheet), as (sheet, folder).
    public var recoded: [(sheet: String, folder: String)] = []
    /// The codes of the sheet's indicators that the folder did not have.
    public var newIndicators: [String] = []
    /// Values the folder did not have.
    public var added: [Change] = []
    /// Values the sheet replaced (only with `replacing`).
    public var changed: [Change] = []
  }

  /// This sheet's values added to `existing`, the dataset of `folder`.
  ///
  /// An indicator of the sheet is the folder's indicator of the same name
  /// (ignoring case, spacing, punctuation and a bracketed abbreviation),
  /// else a new one; a sheet indicator whose code the folder gives another
  /// name is refused (a reordered or renamed sheet), as is a second sheet
  /// row for one folder indicator. Every row of the folder is kept; a value the folder lacks is
  /// added; a value that differs from the folder's is a conflict unless
  /// `replacing`, when the sheet's value wins. The folder's indicator
  /// definitions are kept.
  ///
  /// - Throws: ``InputError/Problem/conflictingValue(code:year:field:existing:existingAt:imported:more:)``
  ///   at the sheet's cell, naming the folder's value and its line;
  ///   `outOfBounds` at the sheet's cell for a realisation outside the
  ///   folder indicator's bounds.
  public func merged(
    into existing: Dataset, folder: String, replacing: Bool = false
  ) throws -> Merge {
    // Names compared without case, spacing, punctuation or a bracketed
    // abbreviation: `Tingkat Pengangguran Terbuka (TPT)` is `Tingkat
    // Pengangguran Terbuka`.
    func normalized(_ name: String) -> String {
      var plain = ""
      var depth = 0
      for character in name.lowercased() {
        if character == "(" {
          depth += 1
        } else if character == ")" {
          depth = max(depth - 1, 0)
        } else if depth == 0 {
          plain.append(character.isLetter || character.isNumber ? character : " ")
        }
      }
      return plain.split(separator: " ").joined(separator: " ")
    }
    var merge = Merge(dataset: existing)
    // A folder without a title is loaded with its name as the title; it
    // stays without one.
    if dataset.title.isEmpty, existing.title == (folder as NSString).lastPathComponent {
      merge.dataset.title = ""
    }
    var codeOf: [String: String] = [:]
    for indicator in dataset.indicators {
      // Where the sheet's indicator is, for an error about it.
      let at =
        valueLocations.filter { $0.key.code == indicator.code }.map(\.value)
        .min { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        ?? SourceLocation(file: valueLocations.values.first?.file ?? dataset.source, line: 0)
      if let match = existing.indicators.first(where: {
        normalized($0.name) == normalized(indicator.name)
      }) {
        // Two rows of the sheet for one indicator of the folder.
        if let other = codeOf.first(where: { $0.value == match.code })?.key {
          throw InputError(
            .indicatorMismatch(code: other, sheetName: indicator.name, folderName: match.name),
            at: at)
        }
        codeOf[indicator.code] = match.code
        if match.code != indicator.code { merge.recoded.append((indicator.code, match.code)) }
      } else if let same = existing.indicator(indicator.code) {
        // The same code under another name: a reordered or renamed sheet.
        // Taking it by code would put one indicator's values into another.
        throw InputError(
          .indicatorMismatch(
            code: indicator.code, sheetName: indicator.name, folderName: same.name),
          at: at)
      } else {
        codeOf[indicator.code] = indicator.code
        merge.dataset.indicators.append(indicator)
        merge.newIndicators.append(indicator.code)
      }
    }
    let lines = Self.annualLines(folder: folder)
    var conflicts: [(key: ValueKey, old: Double, new: Double, at: SourceLocation, upper: Bool)] = []
    for observation in dataset.annual {
      let code = codeOf[observation.code] ?? observation.code
      let index = merge.dataset.annual.firstIndex { $0.code == code && $0.year == observation.year }
      var row =
        index.map { merge.dataset.annual[$0] }
        ?? AnnualObservation(code: code, year: observation.year, source: observation.source)
      var took = false
      for field in AnnualField.allCases {
        guard var new = observation[keyPath: field.keyPath] else { continue }
        var old = row[keyPath: field.keyPath]
        let key = ValueKey(code: code, year: observation.year, field: field)
        // A range target differs when either end does; equal lower ends
        // with different upper ends are named by the upper ends.
        let upperDiffers =
          field == .target && row.target != nil && row.targetUpper != observation.targetUpper
        if let old, old == new, !upperDiffers { continue }
        if let lower = old, lower == new, upperDiffers {
          old = row.targetUpper ?? lower
          new = observation.targetUpper ?? new
        }
        let at =
          valueLocations[ValueKey(code: observation.code, year: observation.year, field: field)]
          ?? SourceLocation(file: observation.source, line: 0)
        // The folder's definition is kept, so its bounds judge the sheet's
        // realisation (a target outside them is kept and flagged, as on a
        // first import); otherwise `ikuplan data` would refuse the folder.
        if field == .actual, let indicator = merge.dataset.indicator(code), !indicator.allows(new) {
          throw InputError(
            .outOfBounds(new, lower: indicator.lowerBound, upper: indicator.upperBound), at: at)
        }
        if let old {
          conflicts.append((key, old, new, at, upperDiffers && row.target == observation.target))
          guard replacing else { continue }
          merge.changed.append(Merge.Change(key: key, old: old, new: new))
        } else {
          merge.added.append(Merge.Change(key: key, old: nil, new: new))
        }
        if field == .target {
          row.target = observation.target
          row.targetUpper = observation.targetUpper
        } else {
          row[keyPath: field.keyPath] = new
        }
        took = true
      }
      guard took else { continue }
      if let index {
        if !row.source.contains(observation.source) {
          row.source += "; " + observation.source
        }
        merge.dataset.annual[index] = row
      } else {
        merge.dataset.annual.append(row)
      }
    }
    if !replacing, let first = conflicts.first {
      throw InputError(
        .conflictingValue(
          code: first.key.code, year: first.key.year, field: first.key.field,
          existing: first.old,
          existingAt: lines.rows[YearKey(code: first.key.code, year: first.key.year)]
            .map { line in
              var location = line
              let column =
                first.upper
                ? lines.targetUpper ?? lines.columns[.target] : lines.columns[first.key.field]
              if let column {
                location.column = column.index + 1
                location.columnName = column.name
              }
              return location
            }
            ?? SourceLocation(
              file: (folder as NSString).appendingPathComponent("\(DatasetFile.annual).csv"),
              line: 0),
          imported: first.new, more: conflicts.count - 1),
        at: first.at)
    }
    // Rows grouped by indicator, in year order; the folder's order of
    // indicators first.
    let order = Dictionary(
      merge.dataset.indicators.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
    merge.dataset.annual = merge.dataset.annual.enumerated().sorted {
      let a = (order[$0.element.code] ?? Int.max, $0.element.year, $0.offset)
      let b = (order[$1.element.code] ?? Int.max, $1.element.year, $1.offset)
      return a < b
    }.map(\.element)
    return merge
  }

  private struct YearKey: Hashable {
    var code: String
    var year: Int
  }

  /// The line of each row of a folder's `realisasi.csv`, the column of
  /// each of its values, and that of the upper end of a range target.
  private static func annualLines(folder: String) -> (
    rows: [YearKey: SourceLocation], columns: [AnnualField: (index: Int, name: String)],
    targetUpper: (index: Int, name: String)?
  ) {
    let path = (folder as NSString).appendingPathComponent("\(DatasetFile.annual).csv")
    guard let grid = try? CellGrid(contentsOfFile: path), let header = grid.rows.first else {
      return ([:], [:], nil)
    }
    let names = header.cells.map { trimmed($0.text).lowercased() }
    func column(_ aliases: [String]) -> (index: Int, name: String)? {
      names.firstIndex(where: aliases.contains).map { ($0, names[$0]) }
    }
    guard let code = column(DatasetFile.Column.code)?.index,
      let year = column(DatasetFile.Column.year)?.index
    else { return ([:], [:], nil) }
    var lines: [YearKey: SourceLocation] = [:]
    for row in grid.rows.dropFirst() where row.cells.count > max(code, year) {
      guard let value = Int(trimmed(row.cells[year].text)) else { continue }
      lines[YearKey(code: trimmed(row.cells[code].text), year: value)] = SourceLocation(
        file: path, line: row.line)
    }
    var columns: [AnnualField: (index: Int, name: String)] = [:]
    for field in AnnualField.allCases { columns[field] = column(field.columnNames) }
    return (lines, columns, column(DatasetFile.Column.targetUpper))
  }
}

extension IKUSheet.Merge {
  /// What the import added to and changed in the folder, one line each.
  public func report(in l: Language) -> String {
    let number = NumberFormat(l)
    func show(_ value: Double) -> String { number.exact(value) }
    func name(_ key: IKUSheet.ValueKey) -> String {
      "\(key.code) \(key.field.name(in: l)) \(key.year)"
    }
    var out = ""
    if !recoded.isEmpty {
      out += l.text(id: "Kode lembar → kode folder: ", en: "Sheet code → folder code: ")
      out += recoded.map { "\($0.sheet) → \($0.folder)" }.joined(separator: ", ") + "\n"
    }
    if !newIndicators.isEmpty {
      out += l.text(id: "Indikator baru: ", en: "New indicators: ")
      out += newIndicators.joined(separator: ", ") + "\n"
    }
    if added.isEmpty && changed.isEmpty {
      out += l.text(
        id: "Tidak ada nilai baru; nilai folder tidak berubah.\n",
        en: "No new values; the folder's values are unchanged.\n")
    }
    if !added.isEmpty {
      out += l.text(
        id: "Ditambahkan (\(added.count)):\n", en: "Added (\(added.count)):\n")
      for change in added { out += "  \(name(change.key)): \(show(change.new))\n" }
    }
    if !changed.isEmpty {
      out += l.text(
        id: "Diganti (\(changed.count)):\n", en: "Changed (\(changed.count)):\n")
      for change in changed {
        out += "  \(name(change.key)): \(change.old.map(show) ?? "–") → \(show(change.new))\n"
      }
    }
    out += l.text(
      id: "Baris lain folder tetap: \(dataset.annual.count) baris tahunan.\n",
      en: "Every other row of the folder is kept: \(dataset.annual.count) yearly rows.\n")
    return out
  }
}
