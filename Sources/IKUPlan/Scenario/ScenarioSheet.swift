import IKUForecast

/// The layout of a scenario workbook: the words of its sheets, blocks,
/// settings and columns in both languages, and the short text of a
/// distribution in one cell (`normal 0,96; 0,02`).
///
/// The writer (``ScenarioFile/writeWorkbook(to:language:protecting:)``)
/// writes the words of one language; the reader
/// (``ScenarioFile/init(grid:convention:)``) accepts either language's,
/// compared without case and without spaces, so that an English workbook
/// and an Indonesian one read alike.
///
/// The sheet `Skenario` holds blocks, each under a heading alone in
/// column A:
///
/// | block | rows |
/// | --- | --- |
/// | `Pengaturan` | key, value, a note (ignored) |
/// | `Pemicu` | a header, then one row per driver: name, distribution, its parameters, then one column per scenario (a period: per scenario and year) |
/// | `Keluaran` | `Nama`, `Rumus` |
/// | `Korelasi` | `Pemicu A`, `Pemicu B`, `r` |
/// | `Hitung balik` | `Pemicu`, `Target`, `Peluang`, `Min`, `Maks` (one year) |
/// | `Target per tahun` | `Tahun`, `Target` (a period) |
/// | `Jalur target` | `Dari skenario`, `Peluang` (a period) |
enum ScenarioSheet {
  typealias Words = InputError.Words

  /// The sheet the scenario is read from.
  static let sheet = Words(id: "Skenario", en: "Scenario")
  /// The instruction sheet (not read).
  static let instructions = Words(id: "Petunjuk", en: "Instructions")

  /// The form of a word that matching uses: lower case, no white space.
  static func key(_ text: String) -> String {
    String(text.lowercased().filter { !$0.isWhitespace })
  }

  /// Whether `text` is a name a formula can use.
  ///
  /// The rule is ``Expression``'s own (a letter or `_`, then letters,
  /// digits and `_`): the formula `text` is that one name.
  /// `biaya_per_kursi` is one; `biaya per kursi`, `2x` and `biaya-kursi`
  /// are not.
  static func isFormulaName(_ text: String) -> Bool {
    (try? Expression(parsing: text)) == .name(text, column: 1)
  }

  /// Whether `text` is either language's form of `words`.
  static func matches(_ text: String, _ words: Words) -> Bool {
    let wanted = key(text)
    return wanted == key(words.indonesian) || wanted == key(words.english)
  }

  // MARK: - Blocks

  /// A block of the sheet, by its heading.
  enum Block: CaseIterable {
    case settings
    case drivers
    case outputs
    case correlations
    case goal
    case targets
    case targetPath

    /// The heading.
    var words: Words {
      switch self {
      case .settings: return Words(id: "Pengaturan", en: "Settings")
      case .drivers: return Words(id: "Pemicu", en: "Drivers")
      case .outputs: return Words(id: "Keluaran", en: "Outputs")
      case .correlations: return Words(id: "Korelasi", en: "Correlations")
      case .goal: return Words(id: "Hitung balik", en: "Goal seek")
      case .targets: return Words(id: "Target per tahun", en: "Targets by year")
      case .targetPath: return Words(id: "Jalur target", en: "Target path")
      }
    }

    /// The column headings of a table block (the drivers' depend on the
    /// kind of file: ``DriverColumn``).
    var columns: [Words] {
      switch self {
      case .settings, .drivers: return []
      case .outputs: return [Words(id: "Nama", en: "Name"), Setting.formula.words]
      case .correlations:
        return [
          Words(id: "Pemicu A", en: "Driver A"), Words(id: "Pemicu B", en: "Driver B"),
          Words(id: "r", en: "r"),
        ]
      case .goal:
        return [
          DriverColumn.name.words, Setting.target.words, Self.probability,
          DriverColumn.minimum.words, DriverColumn.maximum.words,
        ]
      case .targets: return [Setting.year.words, Setting.target.words]
      case .targetPath: return [Words(id: "Dari skenario", en: "From scenario"), Self.probability]
      }
    }

    private static let probability = Words(id: "Peluang", en: "Probability")

    /// The block whose heading `text` is, if any.
    init?(heading text: String) {
      guard let block = Self.allCases.first(where: { ScenarioSheet.matches(text, $0.words) })
      else { return nil }
      self = block
    }
  }

  // MARK: - Settings

  /// A row of the `Pengaturan` block.
  enum Setting: CaseIterable {
    case indicator
    case year
    case firstYear
    case lastYear
    case formula
    case target
    case budget
    case draws
    case seed
    case source
    case illustrative

    /// The key in column A.
    var words: Words {
      switch self {
      case .indicator: return Words(id: "Indikator", en: "Indicator")
      case .year: return Words(id: "Tahun", en: "Year")
      case .firstYear: return Words(id: "Tahun awal", en: "First year")
      case .lastYear: return Words(id: "Tahun akhir", en: "Last year")
      case .formula: return Words(id: "Rumus", en: "Formula")
      case .target: return Words(id: "Target", en: "Target")
      case .budget: return Words(id: "Anggaran", en: "Budget")
      case .draws: return Words(id: "Jumlah penarikan", en: "Draws")
      case .seed: return Words(id: "Benih acak", en: "Seed")
      case .source: return Words(id: "Sumber", en: "Source")
      case .illustrative: return Words(id: "Ilustrasi", en: "Illustrative")
      }
    }

    /// Whether the value is a number (else text).
    var isNumber: Bool {
      switch self {
      case .year, .firstYear, .lastYear, .target, .draws, .seed: return true
      default: return false
      }
    }

    /// The settings of a one-year file, or of a period, in order (a
    /// period's targets are the block `Target per tahun`).
    static func rows(period: Bool) -> [Setting] {
      period
        ? [
          .indicator, .firstYear, .lastYear, .formula, .budget, .draws, .seed, .source,
          .illustrative,
        ]
        : [.indicator, .year, .formula, .target, .draws, .seed, .source, .illustrative]
    }
  }

  // MARK: - Drivers

  /// A fixed column of the `Pemicu` block, before the scenarios.
  enum DriverColumn: Int, CaseIterable {
    case name
    case distribution
    case value
    case standardDeviation
    case minimum
    case mode
    case maximum
    case growth
    case step
    case yearCorrelation

    /// The heading.
    var words: Words {
      switch self {
      case .name: return Words(id: "Pemicu", en: "Driver")
      case .distribution: return Words(id: "Sebaran", en: "Distribution")
      case .value: return Words(id: "Nilai / rata-rata", en: "Value / mean")
      case .standardDeviation: return Words(id: "Simpangan baku", en: "Standard deviation")
      case .minimum: return Words(id: "Min", en: "Min")
      case .mode: return Words(id: "Modus", en: "Mode")
      case .maximum: return Words(id: "Maks", en: "Max")
      case .growth: return Words(id: "Pertumbuhan per tahun", en: "Growth per year")
      case .step: return Words(id: "Tambahan per tahun", en: "Increase per year")
      case .yearCorrelation: return Words(id: "Korelasi antartahun", en: "Year-to-year correlation")
      }
    }

    /// The fixed columns of a one-year file, or of a period.
    static func columns(period: Bool) -> [DriverColumn] {
      period ? allCases : Array(allCases.prefix(through: DriverColumn.maximum.rawValue))
    }
  }

  /// A distribution word of the `Sebaran` column (and of a scenario cell).
  enum Kind: CaseIterable {
    case fixed
    case normal
    case uniform
    case triangular
    case lognormal
    case forecastDenominator
    case forecastNumerator
    case forecastValue

    /// The word.
    var words: Words {
      switch self {
      case .fixed: return Words(id: "tetap", en: "fixed")
      case .normal: return Words(id: "normal", en: "normal")
      case .uniform: return Words(id: "seragam", en: "uniform")
      case .triangular: return Words(id: "segitiga", en: "triangular")
      case .lognormal: return Words(id: "lognormal", en: "lognormal")
      case .forecastDenominator: return Words(id: "proyeksi penyebut", en: "forecast denominator")
      case .forecastNumerator: return Words(id: "proyeksi pembilang", en: "forecast numerator")
      case .forecastValue: return Words(id: "proyeksi nilai", en: "forecast value")
      }
    }

    /// The columns holding its parameters, in the order of a cell's text.
    var parameters: [DriverColumn] {
      switch self {
      case .fixed: return [.value]
      case .normal, .lognormal: return [.value, .standardDeviation]
      case .uniform: return [.minimum, .maximum]
      case .triangular: return [.minimum, .mode, .maximum]
      case .forecastDenominator, .forecastNumerator, .forecastValue: return []
      }
    }

    /// The forecast it names, if it is one.
    var forecast: ScenarioFile.ForecastQuantity? {
      switch self {
      case .forecastDenominator: return .denominator
      case .forecastNumerator: return .numerator
      case .forecastValue: return .value
      default: return nil
      }
    }

    /// The kind of a value or distribution, with its parameters in
    /// ``parameters`` order; `nil` for a forecast's predictive
    /// distribution, which only the analysis makes.
    init?(_ value: ScenarioFile.DriverValue) {
      switch value {
      case .given(.fixed): self = .fixed
      case .given(.normal): self = .normal
      case .given(.uniform): self = .uniform
      case .given(.triangular): self = .triangular
      case .given(.lognormal): self = .lognormal
      case .forecast(.denominator): self = .forecastDenominator
      case .forecast(.numerator): self = .forecastNumerator
      case .forecast(.value): self = .forecastValue
      default: return nil
      }
    }

    /// The word `text` is, if any.
    init?(word text: String) {
      guard let kind = Self.allCases.first(where: { ScenarioSheet.matches(text, $0.words) })
      else { return nil }
      self = kind
    }

    /// The value of this kind from its parameters (in ``parameters``
    /// order), checked as the YAML reader checks them.
    ///
    /// - Throws: ``ParameterError`` saying what the parameters should be
    ///   and which one is wrong.
    func value(_ numbers: [Double]) throws(ParameterError) -> ScenarioFile.DriverValue {
      if let forecast { return .forecast(forecast) }
      switch self {
      case .fixed:
        return .given(.fixed(numbers[0]))
      case .normal:
        guard numbers[1] > 0 else {
          throw ParameterError(
            expected: Words(id: "simpangan baku di atas 0", en: "a standard deviation above 0"),
            parameter: .standardDeviation)
        }
        return .given(.normal(mean: numbers[0], standardDeviation: numbers[1]))
      case .uniform:
        guard numbers[0] < numbers[1] else {
          throw ParameterError(
            expected: Words(id: "min di bawah maks", en: "min below max"), parameter: .minimum)
        }
        return .given(.uniform(minimum: numbers[0], maximum: numbers[1]))
      case .triangular:
        guard numbers[0] <= numbers[1], numbers[1] <= numbers[2], numbers[0] < numbers[2] else {
          // The first of the pair out of order: min above the mode, else
          // the mode above max, else min equal to max.
          let parameter: DriverColumn =
            numbers[0] <= numbers[1] && numbers[1] > numbers[2] ? .mode : .minimum
          throw ParameterError(
            expected:
              Words(
                id: "min ≤ modus ≤ maks, min di bawah maks", en: "min ≤ mode ≤ max, min below max"),
            parameter: parameter)
        }
        return .given(.triangular(minimum: numbers[0], mode: numbers[1], maximum: numbers[2]))
      default:
        guard numbers[0] > 0, numbers[1] > 0 else {
          throw ParameterError(
            expected:
              Words(
                id: "rata-rata dan simpangan baku di atas 0",
                en: "a mean and a standard deviation above 0"),
            parameter: numbers[0] > 0 ? .standardDeviation : .value)
        }
        return .given(.lognormal(mean: numbers[0], standardDeviation: numbers[1]))
      }
    }

    /// The parameters of `value` in ``parameters`` order.
    static func parameters(of value: ScenarioFile.DriverValue) -> [Double] {
      switch value {
      case .given(.fixed(let x)): return [x]
      case .given(.normal(let mean, let sd)), .given(.lognormal(let mean, let sd)):
        return [mean, sd]
      case .given(.uniform(let a, let b)): return [a, b]
      case .given(.triangular(let a, let c, let b)): return [a, c, b]
      default: return []
      }
    }
  }

  /// What a distribution's parameters should be, and the one that is
  /// not: for a rule over a pair (min below max), the first of the pair.
  struct ParameterError: Error {
    let expected: Words
    /// The parameter's column: a workbook names its cell.
    let parameter: DriverColumn
  }

  /// A schedule over a period, written in a scenario's first-year cell.
  enum Schedule: CaseIterable {
    /// `tumbuh 400; 0,1`: `{start: 400, growth: 0.1}`.
    case growth
    /// `tambah 400; 40`: `{start: 400, step: 40}`.
    case step

    /// The word.
    var words: Words {
      switch self {
      case .growth: return Words(id: "tumbuh", en: "growth")
      case .step: return Words(id: "tambah", en: "step")
      }
    }
  }

  // MARK: - A scenario cell's text

  /// What a scenario cell's text says.
  enum CellText: Equatable {
    /// A value or distribution.
    case given(ScenarioFile.DriverValue)
    /// A schedule over the period.
    case schedule(ScenarioFile.DriverValue)

    /// The value or schedule.
    var value: ScenarioFile.DriverValue {
      switch self {
      case .given(let value), .schedule(let value): return value
      }
    }
  }

  /// The word of a cell's text (`normal`, `proyeksi penyebut`, `tumbuh`)
  /// and the texts of its parameters, split at `;`; `nil` when the text
  /// does not start with a letter.
  static func split(_ text: String) -> (word: String, parameters: [String])? {
    let clean = trimmed(text)
    guard let first = clean.first, first.isLetter else { return nil }
    let start = clean.firstIndex { !($0.isLetter || $0.isWhitespace) } ?? clean.endIndex
    let word = trimmed(String(clean[..<start]))
    let rest = clean[start...]
    let parameters =
      rest.isEmpty
      ? [] : rest.split(separator: ";", omittingEmptySubsequences: false).map { String($0) }
    return (word, parameters)
  }

  /// The text of a scenario cell for a value, a distribution or a
  /// schedule (`normal 0,96; 0,02`, `proyeksi penyebut`, `tumbuh 400;
  /// 0,1`), with numbers in `convention`; `nil` for a value that has none.
  static func text(
    _ value: ScenarioFile.DriverValue, in language: Language, convention: NumberConvention
  ) -> String? {
    let separator: Character = convention == .indonesian ? "," : "."
    func join(_ word: Words, _ numbers: [Double]) -> String {
      let written = numbers.map { plainNumber($0, decimalSeparator: separator) }
      return word.text(in: language)
        + (written.isEmpty ? "" : " " + written.joined(separator: "; "))
    }
    switch value {
    case .growth(let start, let rate): return join(Schedule.growth.words, [start, rate])
    case .step(let start, let increment): return join(Schedule.step.words, [start, increment])
    default:
      guard let kind = Kind(value) else { return nil }
      return join(kind.words, Kind.parameters(of: value))
    }
  }

  /// A number as plain decimal digits (no exponent, no grouping), every
  /// digit of its shortest round-trip form kept: `0,92`, `3500000`,
  /// `0,00001`.
  ///
  /// Three decimals after one to three digits (`0,125`) would read as a
  /// thousands group in the other convention, so such a number gets a
  /// fourth decimal (`0,1250`): the text then settles its own convention.
  static func plainNumber(_ value: Double, decimalSeparator: Character) -> String {
    let description = "\(abs(value))".lowercased()
    let parts = description.split(separator: "e")
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    var digits = String(pieces[0]) + (pieces.count > 1 ? String(pieces[1]) : "")
    var point = pieces[0].count + exponent
    if point < 1 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    }
    if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
    var integer = String(digits.prefix(point).drop { $0 == "0" })
    if integer.isEmpty { integer = "0" }
    var fraction = String(digits.dropFirst(point))
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if fraction.count == 3 && integer.count <= 3 { fraction += "0" }
    let sign = value < 0 ? "-" : ""
    return sign + integer + (fraction.isEmpty ? "" : String(decimalSeparator) + fraction)
  }
}
