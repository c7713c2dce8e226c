import IKUForecast
internal import Yams

/// A what-if scenario file (YAML), as planners write it for Renstra
/// drafting: an indicator's formula over drivers, the drivers' values or
/// distributions, named scenarios that change drivers, extra outputs such
/// as a budget, and an optional goal to seek.
///
/// ```yaml
/// indicator: IKU-1
/// year: 2025
/// formula: "min(capacity * completion, registrants) / registrants * 100"
/// drivers:
///   registrants: {forecast: denominator}
///   capacity: 400
///   completion: {normal: {mean: 0.92, sd: 0.03}}
///   cost_per_seat: 3500000
/// outputs:
///   budget: "capacity * cost_per_seat"
/// scenarios:
///   - name: Baseline
///   - name: "+2 batches"
///     set: {capacity: 480}
/// goal: {driver: capacity, target: 65.71, probability: 0.8}
/// draws: 100000
/// seed: 42
/// ```
///
/// Drivers are a number, `{normal: {mean, sd}}`, `{uniform: {min, max}}`,
/// `{triangular: {min, mode, max}}`, `{lognormal: {mean, sd}}` or
/// `{forecast: numerator|denominator|value}` (a forecast from the
/// indicator's history).
///
/// **A Renstra period.** `years: [2025, 2029]` instead of `year:` makes a
/// multi-year file (``RenstraAnalysis``). A driver may then vary by year: a
/// scalar is the same every year; `{by_year: {2025: 400, 2026: 440, …}}`
/// names every year (values or distributions); `{start: 400, growth: 0.10}`
/// compounds (`400·1.1^(t − t₀)`); `{start: 400, step: 40}` adds (`400 +
/// 40·(t − t₀)`). A random driver is drawn afresh each year, independently,
/// or with `year_correlation: ρ` beside its distribution (`ρ^|t − s|`
/// between years); a forecast driver is projected for every year, with the
/// uncertainty growing with the horizon. `targets: {2025: 60, …}` types a
/// target path (else the dataset's targets are used), `target_path: {from:
/// SCENARIO, probability: 0.7}` derives one, and `budget: OUTPUT` names the
/// output that is the money (default: the first output).
///
/// `correlation` lists `[driverA, driverB, r]`
/// triples between random drivers. `goal` may give the search range with
/// `min` and `max`, either or both (defaults 0 and ten times the driver's
/// value). `source`
/// says where the numbers come from; `illustrative: true` marks them as not
/// official. Unknown keys, names or values are errors naming the line and
/// column.
public struct ScenarioFile: Sendable {
  /// The indicator the formula computes, if tied to one.
  public var indicator: String?
  /// Where the indicator's code is written, for an error about it.
  public var indicatorLocation: SourceLocation?
  /// The year, if given (default: the review year).
  public var year: Int?
  /// The Renstra period of a multi-year file (`years: [start, end]`).
  public var period: ClosedRange<Int>?
  /// Targets typed in the file, by year (multi-year files).
  public var typedTargets: [Int: Double]
  /// The target path to derive, if asked (multi-year files).
  public var targetPath: TargetPathRequest?
  /// The output that is the budget (default: the first output).
  public var budget: String?
  /// The indicator's formula.
  public var formula: Located<Expression>
  /// The drivers, in file order.
  public var drivers: [Driver]
  /// Extra outputs, in file order.
  public var outputs: [(name: String, formula: Located<Expression>)]
  /// The scenarios, in file order (at least one: `Baseline`).
  public var scenarios: [Case]
  /// Correlations between random drivers, in file order.
  public var correlations: [Correlation]
  /// The goal to seek, if any.
  public var goal: Goal?
  /// A target overriding the dataset's (one-year files).
  public var target: Double?
  /// Where the target is written, for an error about it.
  public var targetLocation: SourceLocation?
  /// The number of draws.
  public var draws: Int
  /// Where the number of draws is written, for an error about it.
  public var drawsLocation: SourceLocation?
  /// The seed of the random draws.
  public var seed: UInt64
  /// Where the numbers come from.
  public var source: String
  /// Whether the numbers are illustrative rather than official.
  public var illustrative: Bool
  /// The file, for messages.
  public let file: String

  /// A value with where it was written.
  public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public let value: Value
    /// Where it starts.
    public let location: SourceLocation
  }

  /// The drivers no formula uses (neither the indicator's nor an
  /// output's), in file order: they change nothing but the draws' order.
  public var unusedDrivers: [String] {
    let used = Set(
      ([formula] + outputs.map(\.formula)).flatMap { $0.value.names.map(\.name) })
    return drivers.map(\.name).filter { !used.contains($0) }
  }

  /// A correlation between two random drivers within a year, as written
  /// (`[driverA, driverB, r]`).
  public struct Correlation: Sendable, Hashable {
    /// The first driver's name.
    public let first: String
    /// The second driver's name.
    public let second: String
    /// The correlation, in `-1...1`.
    public let value: Double
    /// Where it is written (the triple's line and column).
    public let location: SourceLocation
  }

  /// A driver.
  public struct Driver: Sendable {
    /// Its name in formulas.
    public let name: String
    /// Its value.
    public let value: DriverValue
    /// Where it is defined.
    public let location: SourceLocation
  }

  /// What a driver is.
  public indirect enum DriverValue: Sendable, Hashable {
    /// A value or distribution.
    case given(Marginal)
    /// A forecast of the indicator's numerator, denominator or value.
    case forecast(ForecastQuantity)
    /// A value or distribution for each year of the period.
    case byYear([Int: DriverValue])
    /// `start·(1 + rate)^(t − t₀)`.
    case growth(start: Double, rate: Double)
    /// `start + increment·(t − t₀)`.
    case step(start: Double, increment: Double)
    /// A random driver whose draws correlate across years as `ρ^|t − s|`.
    case yearCorrelated(DriverValue, correlation: Double)

    /// Whether the value only has a meaning over a period.
    var needsPeriod: Bool {
      switch self {
      case .given, .forecast: return false
      case .byYear, .growth, .step, .yearCorrelated: return true
      }
    }

    /// The value in `year` of a period starting in `start`, and the
    /// correlation of its draws between successive years (`nil` when not
    /// set).
    func value(in year: Int, periodStart start: Int) -> (DriverValue, Double?) {
      switch self {
      case .given, .forecast: return (self, nil)
      case .byYear(let values): return (values[year] ?? self, nil)
      case .growth(let first, let rate):
        return (.given(.fixed(first * Self.power(1 + rate, year - start))), nil)
      case .step(let first, let increment):
        return (.given(.fixed(first + increment * Double(year - start))), nil)
      case .yearCorrelated(let inner, let rho):
        return (inner.value(in: year, periodStart: start).0, rho)
      }
    }

    /// `base^n` by repeated multiplication, exact for the small whole
    /// exponents of a period.
    static func power(_ base: Double, _ n: Int) -> Double {
      var result = 1.0
      for _ in 0..<max(n, 0) { result *= base }
      return result
    }
  }

  /// A target path to derive from a scenario.
  public struct TargetPathRequest: Sendable {
    /// The scenario whose draws set the path.
    public let scenario: String
    /// The probability each year's target is met with.
    public let probability: Double
    /// Where it is written.
    public let location: SourceLocation
  }

  /// The series a forecast driver forecasts.
  public enum ForecastQuantity: String, Sendable, Hashable, CaseIterable {
    case numerator
    case denominator
    case value

    /// The series in words: `pembilang`, `penyebut`, `nilai`.
    var word: InputError.Words {
      switch self {
      case .numerator: return .init(id: "pembilang", en: "numerator")
      case .denominator: return .init(id: "penyebut", en: "denominator")
      case .value: return .init(id: "nilai", en: "values")
      }
    }
  }

  /// A named scenario and the drivers it changes.
  public struct Case: Sendable {
    /// Its name.
    public let name: String
    /// Changed drivers.
    public let changes: [(name: String, value: DriverValue, location: SourceLocation)]
    /// Where its name is written (`nil` for the implicit `Baseline`).
    public var location: SourceLocation? = nil
  }

  /// The goal: the value of `driver` that attains `target` with
  /// `probability`.
  public struct Goal: Sendable {
    /// The driver to move.
    public let driver: String
    /// The target (default: the indicator's target for the year).
    public let target: Double?
    /// The probability wanted.
    public let probability: Double
    /// The lower end of the search range (default 0).
    public let minimum: Double?
    /// The upper end of the search range (default ten times the driver's
    /// value, at least 1).
    public let maximum: Double?
    /// Where it is written.
    public let location: SourceLocation
  }

  /// Reads a scenario file.
  ///
  /// - Throws: ``InputError`` naming line and column: YAML syntax, unknown
  ///   or missing keys, values of the wrong kind, formulas that do not
  ///   parse or use unknown names, a division by a driver that can be zero.
  public init(yaml text: String, file: String) throws {
    self.file = file
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw InputError(.empty, at: SourceLocation(file: file, line: 1))
      }
      root = node
    } catch let error as YamlError {
      throw InputError(.yaml(Self.describe(error)), at: Self.location(error, file: file))
    }
    let reader = NodeReader(file: file)
    let top = try reader.mapping(
      root,
      allowed: [
        "indicator", "year", "years", "formula", "drivers", "outputs", "scenarios", "goal",
        "draws", "seed", "correlation", "target", "targets", "target_path", "budget", "source",
        "illustrative",
      ])
    indicator = try top["indicator"].map { try reader.string($0) }
    indicatorLocation = top["indicator"].map { reader.location($0) }
    year = try top["year"].map { try reader.integer($0, in: Dataset.years) }
    period = try top["years"].map { node in
      let ends = try reader.sequence(node)
      guard ends.count == 2 else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "[tahun pertama, tahun terakhir], mis. [2025, 2029]",
              en: "[first year, last year], e.g. [2025, 2029]")),
          at: reader.location(node))
      }
      let first = try reader.integer(ends[0], in: Dataset.years)
      let last = try reader.integer(ends[1], in: Dataset.years)
      guard first <= last, last - first < 20 else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "tahun pertama tidak sesudah tahun terakhir, paling banyak 20 tahun",
              en: "a first year not after the last, at most 20 years")),
          at: reader.location(ends[1]))
      }
      return first...last
    }
    if let yearNode = top["year"], period != nil {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "year atau years, tidak keduanya", en: "either year or years, not both")),
        at: reader.location(yearNode))
    }
    typedTargets = [:]
    if let node = top["targets"] {
      for (key, value) in try reader.pairs(node) {
        guard let year = Int(key), period?.contains(year) == true else {
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "tahun dalam periode (years:)", en: "a year of the period (years:)")),
            at: reader.location(node))
        }
        typedTargets[year] = try reader.number(value)
      }
    }
    targetPath = try top["target_path"].map { node in
      let fields = try reader.mapping(node, allowed: ["from", "probability"])
      guard let from = fields["from"] else {
        throw InputError(.missingKey("from"), at: reader.location(node))
      }
      let probability = try fields["probability"].map { try reader.number($0) } ?? 0.7
      guard probability > 0 && probability < 1 else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "peluang antara 0 dan 1, mis. 0.7", en: "a probability between 0 and 1, e.g. 0.7")
          ),
          at: reader.location(fields["probability"] ?? node))
      }
      return TargetPathRequest(
        scenario: try reader.string(from), probability: probability,
        location: reader.location(node))
    }
    budget = try top["budget"].map { try reader.string($0) }
    target = try top["target"].map { try reader.number($0) }
    targetLocation = top["target"].map { reader.location($0) }
    draws = try top["draws"].map { try reader.integer($0, in: 1...5_000_000) } ?? 100_000
    drawsLocation = top["draws"].map { reader.location($0) }
    seed = try top["seed"].map { UInt64(try reader.integer($0, in: 0...Int.max)) } ?? 1
    source = try top["source"].map { try reader.string($0) } ?? ""
    illustrative = try top["illustrative"].map { try reader.boolean($0) } ?? false
    guard let formulaNode = top["formula"] else {
      throw InputError(
        .missingKey("formula"), at: reader.location(root))
    }
    formula = try reader.formula(formulaNode)

    guard let driverNode = top["drivers"] else {
      throw InputError(.missingKey("drivers"), at: reader.location(root))
    }
    drivers = try reader.pairs(driverNode).map { key, value in
      Driver(name: key, value: try reader.driverValue(value), location: reader.location(value))
    }
    outputs =
      try top["outputs"].map { node in
        try reader.pairs(node).map { (name: $0, formula: try reader.formula($1)) }
      } ?? []
    scenarios =
      try top["scenarios"].map { node in
        let items = try reader.sequence(node)
        guard !items.isEmpty else {
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "paling sedikit satu skenario (- name: …), atau hapus kunci scenarios",
                en: "at least one scenario (- name: …), or no scenarios key")),
            at: reader.location(node))
        }
        return try items.map { item in
          let fields = try reader.mapping(item, allowed: ["name", "set"])
          guard let name = fields["name"] else {
            throw InputError(.missingKey("name"), at: reader.location(item))
          }
          let changes =
            try fields["set"].map { set in
              try reader.pairs(set).map {
                (name: $0, value: try reader.driverValue($1), location: reader.location($1))
              }
            } ?? []
          return Case(
            name: try reader.string(name), changes: changes, location: reader.location(name))
        }
      } ?? [Case(name: "Baseline", changes: [])]
    correlations =
      try top["correlation"].map { node in
        try reader.sequence(node).map { item in
          let triple = try reader.sequence(item)
          guard triple.count == 3 else {
            throw InputError(
              .invalidValue(
                expected: .init(id: "[pemicuA, pemicuB, r]", en: "[driverA, driverB, r]")),
              at: reader.location(item))
          }
          let r = try reader.number(triple[2])
          guard (-1...1).contains(r) else {
            throw InputError(
              .invalidValue(
                expected: .init(
                  id: "korelasi antara -1 dan 1", en: "a correlation between -1 and 1")),
              at: reader.location(triple[2]))
          }
          return Correlation(
            first: try reader.string(triple[0]), second: try reader.string(triple[1]), value: r,
            location: reader.location(item))
        }
      } ?? []
    goal = try top["goal"].map { node in
      let fields = try reader.mapping(
        node, allowed: ["driver", "target", "probability", "min", "max"])
      guard let driver = fields["driver"] else {
        throw InputError(.missingKey("driver"), at: reader.location(node))
      }
      let probability = try fields["probability"].map { try reader.number($0) } ?? 0.8
      guard probability > 0 && probability < 1 else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "peluang antara 0 dan 1, mis. 0.8", en: "a probability between 0 and 1, e.g. 0.8")
          ),
          at: reader.location(fields["probability"] ?? node))
      }
      let low = try fields["min"].map { try reader.number($0) }
      let high = try fields["max"].map { try reader.number($0) }
      if let low, let high, low >= high {
        throw InputError(
          .invalidValue(expected: .init(id: "min di bawah max", en: "min below max")),
          at: reader.location(fields["max"] ?? node))
      }
      return Goal(
        driver: try reader.string(driver),
        target: try fields["target"].map { try reader.number($0) },
        probability: probability,
        minimum: low, maximum: high, location: reader.location(node))
    }
    try validateNames()
    try validatePeriod(
      targets: top["targets"].map(reader.location),
      targetPath: top["target_path"].map(reader.location),
      budget: top["budget"].map(reader.location))
  }

  /// Schedules only in multi-year files; `by_year` covers the period; the
  /// target path's scenario and the budget output exist.
  ///
  /// The locations are where the targets, the target path and the budget
  /// are written, if they are.
  func validatePeriod(
    targets targetsLocation: SourceLocation?, targetPath pathLocation: SourceLocation?,
    budget budgetLocation: SourceLocation?
  ) throws {
    let values =
      drivers.map { ($0.value, $0.location) }
      + scenarios.flatMap { $0.changes.map { ($0.value, $0.location) } }
    for (value, location) in values {
      guard let period else {
        if value.needsPeriod {
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "satu nilai atau sebaran (jadwal memerlukan years:)",
                en: "a single value or distribution (schedules need years:)")),
            at: location)
        }
        continue
      }
      var inner = value
      if case .yearCorrelated(let wrapped, _) = value { inner = wrapped }
      if case .byYear(let byYear) = inner {
        for year in period where byYear[year] == nil {
          throw InputError(.missingKey(String(year)), at: location)
        }
        if let stray = byYear.keys.sorted().first(where: { !period.contains($0) }) {
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "hanya tahun dalam periode (\(stray) di luar periode)",
                en: "years of the period only (\(stray) is outside)")),
            at: location)
        }
      }
    }
    if period != nil, let goal {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "berkas satu tahun (year:) untuk hitung balik (goal:); periode Renstra"
              + " menurunkan target dengan target_path:",
            en: "a one-year file (year:) for a goal seek (goal:); a Renstra period derives"
              + " targets with target_path:")),
        at: goal.location)
    }
    if period != nil, target != nil {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "targets: {tahun: nilai} untuk periode (target: untuk satu tahun)",
            en: "targets: {year: value} for a period (target: is for one year)")),
        at: targetLocation ?? SourceLocation(file: file, line: 1))
    }
    if period == nil {
      for location in [targetsLocation, pathLocation, budgetLocation].compactMap({ $0 }) {
        throw InputError(
          .invalidValue(
            expected: .init(id: "berkas beberapa tahun (years:)", en: "a multi-year file (years:)")),
          at: location)
      }
    }
    if let targetPath, !scenarios.contains(where: { $0.name == targetPath.scenario }) {
      throw InputError(
        .unknownName(targetPath.scenario, known: scenarios.map(\.name)), at: targetPath.location)
    }
    if let budget, !outputs.contains(where: { $0.name == budget }), let budgetLocation {
      throw InputError(.unknownName(budget, known: outputs.map(\.name)), at: budgetLocation)
    }
  }

  /// Every name in a formula is a driver or an earlier output; every
  /// scenario change, correlation and goal names a driver; no formula
  /// divides by a driver whose range includes zero.
  func validateNames() throws {
    var known = Set(drivers.map(\.name))
    func check(_ formula: Located<Expression>) throws {
      for (name, column) in formula.value.names where !known.contains(name) {
        throw InputError(
          .unknownName(name, known: known.sorted()), at: formula.location.shifted(by: column - 1))
      }
      for (name, column) in formula.value.divisorNames {
        guard let driver = drivers.first(where: { $0.name == name }) else { continue }
        if canBeZero(driver.value) {
          throw InputError(.divisionByZero(name), at: formula.location.shifted(by: column - 1))
        }
        // A scenario's value of the divisor is refused where it is written.
        for scenario in scenarios {
          for change in scenario.changes where change.name == name && canBeZero(change.value) {
            throw InputError(.divisionByZero(name), at: change.location)
          }
        }
      }
    }
    try check(formula)
    for output in outputs {
      try check(output.formula)
      known.insert(output.name)
    }
    let driverNames = Set(drivers.map(\.name))
    var scenarioNames: [String: SourceLocation?] = [:]
    for scenario in scenarios {
      if let earlier = scenarioNames[scenario.name] {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "nama skenario yang belum dipakai ('\(scenario.name)' sudah ada"
                + "\(earlier.map { ", " + $0.description(in: .indonesian) } ?? ""))",
              en: "a scenario name not used yet ('\(scenario.name)' already exists"
                + "\(earlier.map { ", " + $0.description(in: .english) } ?? ""))")),
          at: scenario.location ?? SourceLocation(file: file, line: 1))
      }
      scenarioNames[scenario.name] = scenario.location
    }
    for scenario in scenarios {
      for change in scenario.changes where !driverNames.contains(change.name) {
        throw InputError(
          .unknownName(change.name, known: driverNames.sorted()), at: change.location)
      }
    }
    if let goal, !driverNames.contains(goal.driver) {
      throw InputError(.unknownName(goal.driver, known: driverNames.sorted()), at: goal.location)
    }
    var pairs: [Set<String>: SourceLocation] = [:]
    for correlation in correlations {
      for name in [correlation.first, correlation.second] where !driverNames.contains(name) {
        throw InputError(.unknownName(name, known: driverNames.sorted()), at: correlation.location)
      }
      // A driver fixed in the base and in every scenario has no draws to
      // correlate: the correlation would silently do nothing.
      for name in [correlation.first, correlation.second] where isFixedEverywhere(name) {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "korelasi antara dua pemicu acak (\(name) bernilai tetap di setiap skenario)",
              en: "a correlation between two random drivers (\(name) is fixed in every"
                + " scenario)")),
          at: correlation.location)
      }
      guard correlation.first != correlation.second else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "dua pemicu yang berbeda (korelasi \(correlation.first) dengan dirinya selalu 1)",
              en: "two different drivers (\(correlation.first)'s correlation with itself is 1)")),
          at: correlation.location)
      }
      let pair: Set = [correlation.first, correlation.second]
      if let earlier = pairs[pair] {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "satu korelasi per pasangan; \(correlation.first) dan \(correlation.second)"
                + " sudah diberi korelasi pada baris \(earlier.line)",
              en: "one correlation per pair; \(correlation.first) and \(correlation.second)"
                + " already have one on line \(earlier.line)")),
          at: correlation.location)
      }
      pairs[pair] = correlation.location
    }
  }

  /// Whether a driver's value includes zero in some year: a schedule is
  /// checked year by year over the period (``canBeZero(_:)-marginal``).
  func canBeZero(_ value: DriverValue) -> Bool {
    guard value.needsPeriod else {
      if case .given(let marginal) = value { return Self.canBeZero(marginal) }
      return false
    }
    guard let period else { return false }
    return period.contains { year in
      canBeZero(value.value(in: year, periodStart: period.lowerBound).0)
    }
  }

  /// Whether a driver is a fixed value in the base and in every scenario
  /// (a schedule of fixed values included).
  func isFixedEverywhere(_ name: String) -> Bool {
    func fixed(_ value: DriverValue) -> Bool {
      switch value {
      case .given(let marginal): return !marginal.isRandom
      case .forecast, .yearCorrelated: return false
      case .byYear(let values): return values.values.allSatisfy(fixed)
      case .growth, .step: return true
      }
    }
    let values =
      drivers.filter { $0.name == name }.map(\.value)
      + scenarios.flatMap { $0.changes.filter { $0.name == name }.map(\.value) }
    return values.allSatisfy(fixed)
  }

  /// Whether a driver's values include zero: a fixed 0, a uniform or
  /// triangular range containing 0, a normal within 8 standard deviations
  /// of 0 (beyond that the chance is below 10⁻¹⁵).
  static func canBeZero(_ marginal: Marginal) -> Bool {
    switch marginal {
    case .normal(let mean, let sd): return abs(mean) <= 8 * sd
    case .lognormal, .forecast: return false
    default: return marginal.support.contains(0)
    }
  }

  /// The YAML parser's problem in both languages: libyaml's common
  /// messages in a planner's words; another is quoted as the parser wrote
  /// it.
  static func describe(_ error: YamlError) -> InputError.Words {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      return describe(problem)
    case .duplicatedKeysInMapping(let duplicates, _):
      let list = duplicates.joined(separator: ", ")
      return .init(id: "kunci ganda: \(list)", en: "duplicate keys: \(list)")
    default:
      return .init(id: "kesalahan sintaks (\"\(error)\")", en: "a syntax error (\"\(error)\")")
    }
  }

  /// libyaml's problem text in both languages.
  static func describe(_ problem: String) -> InputError.Words {
    let known: [(String, String)] = [
      ("found unexpected end of stream", "berkas berakhir sebelum tanda kutip atau kurung ditutup"),
      (
        "found character that cannot start any token",
        "karakter yang tidak boleh memulai nilai (tab untuk indentasi? pakai spasi)"
      ),
      (
        "mapping values are not allowed in this context",
        "titik dua ':' tidak boleh di sini (beri tanda kutip pada nilai yang berisi ':')"
      ),
      ("did not find expected key", "kunci yang diharapkan tidak ada (periksa indentasi)"),
      ("did not find expected ',' or ']'", "',' atau ']' yang diharapkan tidak ada"),
      ("did not find expected ',' or '}'", "',' atau '}' yang diharapkan tidak ada"),
      ("could not find expected ':'", "':' yang diharapkan tidak ada"),
      (
        "block sequence entries are not allowed in this context",
        "butir daftar '-' tidak boleh di sini (periksa indentasi)"
      ),
      (
        "found a tab character that violates indentation",
        "tab merusak indentasi; pakai spasi"
      ),
      ("did not find expected node content", "nilai yang diharapkan tidak ada"),
    ]
    for (english, indonesian) in known where problem.hasPrefix(english) {
      return .init(id: indonesian, en: problem)
    }
    return .init(id: "kesalahan sintaks (\"\(problem)\")", en: problem)
  }

  private static func location(_ error: YamlError, file: String) -> SourceLocation {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return SourceLocation(file: file, line: mark.line, column: mark.column)
    case .duplicatedKeysInMapping(_, let context):
      return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
    default:
      return SourceLocation(file: file, line: 1)
    }
  }
}

extension SourceLocation {
  /// The location `offset` characters further along the line; a table
  /// cell's location (one with a column name: a workbook or CSV cell)
  /// stays the cell.
  func shifted(by offset: Int) -> SourceLocation {
    guard columnName == nil else { return self }
    var copy = self
    copy.column = (column ?? 1) + offset
    return copy
  }
}

/// Reads YAML nodes into values, with located errors.
private struct NodeReader {
  let file: String

  func location(_ node: Node) -> SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column)
  }

  func mapping(_ node: Node, allowed: Set<String>) throws -> [String: Node] {
    var result: [String: Node] = [:]
    for (key, value) in try pairs(node) {
      guard allowed.contains(key) else {
        throw InputError(
          .unknownKey(key, allowed: allowed.sorted()),
          at: location(node.mapping?.first { $0.key.string == key }?.key ?? node))
      }
      result[key] = value
    }
    return result
  }

  func pairs(_ node: Node) throws -> [(String, Node)] {
    guard let mapping = node.mapping else {
      throw InputError(
        .invalidValue(expected: .init(id: "pemetaan (kunci: nilai)", en: "a mapping (key: value)")),
        at: location(node))
    }
    return try mapping.map { (try string($0.key), $0.value) }
  }

  func sequence(_ node: Node) throws -> [Node] {
    guard let sequence = node.sequence else {
      throw InputError(
        .invalidValue(expected: .init(id: "daftar", en: "a list")), at: location(node))
    }
    return Array(sequence)
  }

  func string(_ node: Node) throws -> String {
    guard let scalar = node.scalar else {
      throw InputError(.invalidValue(expected: .init(id: "teks", en: "text")), at: location(node))
    }
    return scalar.string
  }

  func number(_ node: Node) throws -> Double {
    let text = try string(node)
    guard let written = WrittenNumber(text), written.unit == nil,
      let value = written.english ?? written.indonesian, value.isFinite
    else {
      throw InputError(.notANumber(text), at: location(node))
    }
    // One separator is a decimal separator in YAML values (0.92 or 0,92).
    if written.isAmbiguous, let indonesian = written.indonesian,
      let english = written.english
    {
      throw InputError(
        .ambiguousNumber(text, indonesian: indonesian, english: english), at: location(node))
    }
    return try ValueMagnitude.checked(value, written: text, at: location(node))
  }

  func integer(_ node: Node, in range: ClosedRange<Int>) throws -> Int {
    let text = try string(node)
    guard let value = Int(text.filter { $0 != "_" }), range.contains(value) else {
      // Counts grouped (5.000.000), years as years (2100).
      func show(_ n: Int, _ l: Language) -> String {
        n >= 10_000 ? NumberFormat(l).fixed(Double(n), decimals: 0) : String(n)
      }
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "bilangan bulat dari \(show(range.lowerBound, .indonesian)) sampai"
              + " \(show(range.upperBound, .indonesian))",
            en: "a whole number from \(show(range.lowerBound, .english)) to"
              + " \(show(range.upperBound, .english))")),
        at: location(node))
    }
    return value
  }

  func boolean(_ node: Node) throws -> Bool {
    switch try string(node).lowercased() {
    case "true", "yes", "ya": return true
    case "false", "no", "tidak": return false
    default:
      throw InputError(
        .invalidValue(expected: .init(id: "true atau false", en: "true or false")),
        at: location(node))
    }
  }

  func formula(_ node: Node) throws -> ScenarioFile.Located<Expression> {
    let text = try string(node)
    var start = location(node)
    // A quoted scalar starts one column before its text.
    if let scalar = node.scalar, scalar.style == .doubleQuoted || scalar.style == .singleQuoted {
      start = start.shifted(by: 1)
    }
    do {
      return ScenarioFile.Located(value: try Expression(parsing: text), location: start)
    } catch let error as Expression.ParseError {
      throw InputError(.formula(error.problem), at: start.shifted(by: error.column - 1))
    }
  }

  func driverValue(_ node: Node) throws -> ScenarioFile.DriverValue {
    if node.scalar != nil { return .given(.fixed(try number(node))) }
    var fields = try mapping(
      node,
      allowed: [
        "forecast", "normal", "uniform", "triangular", "lognormal", "by_year", "start", "growth",
        "step", "year_correlation",
      ])
    if let rhoNode = fields.removeValue(forKey: "year_correlation") {
      let rho = try number(rhoNode)
      guard (-1...1).contains(rho) else {
        throw InputError(
          .invalidValue(
            expected: .init(id: "korelasi antara -1 dan 1", en: "a correlation between -1 and 1")),
          at: location(rhoNode))
      }
      let inner = try singleDriverValue(fields, node)
      guard case .given(let marginal) = inner, marginal.isRandom else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "year_correlation di samping sebaran",
              en: "year_correlation beside a distribution")), at: location(node))
      }
      return .yearCorrelated(inner, correlation: rho)
    }
    if let start = fields["start"] {
      let first = try number(start)
      switch (fields["growth"], fields["step"], fields.count) {
      case (let growth?, nil, 2):
        let rate = try number(growth)
        // A growth is a fraction per year: 0.05 for 5%; 5 would be 500%.
        guard (-1...1).contains(rate) else {
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "pertumbuhan per tahun sebagai pecahan antara -1 dan 1 (0,05 untuk 5%)",
                en: "a growth per year as a fraction between -1 and 1 (0.05 for 5%)")),
            at: location(growth))
        }
        return .growth(start: first, rate: rate)
      case (nil, let step?, 2): return .step(start: first, increment: try number(step))
      default:
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "start dengan growth atau dengan step, mis. {start: 400, growth: 0.1}",
              en: "start with growth or with step, e.g. {start: 400, growth: 0.1}")),
          at: location(node))
      }
    }
    if let byYear = fields["by_year"] {
      guard fields.count == 1 else {
        throw InputError(
          .invalidValue(expected: .init(id: "by_year saja", en: "by_year alone")),
          at: location(node))
      }
      var values: [Int: ScenarioFile.DriverValue] = [:]
      for (key, value) in try pairs(byYear) {
        guard let year = Int(key), Dataset.years.contains(year) else {
          throw InputError(.invalidYear(key), at: location(byYear))
        }
        let parsed = try driverValue(value)
        guard !parsed.needsPeriod else {
          throw InputError(
            .invalidValue(
              expected: .init(
                id: "nilai atau sebaran untuk tahun itu",
                en: "a value or a distribution for the year")), at: location(value))
        }
        values[year] = parsed
      }
      return .byYear(values)
    }
    return try singleDriverValue(fields, node)
  }

  /// A value, a distribution or a forecast given by the one key of `fields`.
  func singleDriverValue(
    _ fields: [String: Node], _ node: Node
  ) throws -> ScenarioFile.DriverValue {
    guard fields.count == 1, let (kind, value) = fields.first,
      !["by_year", "start", "growth", "step"].contains(kind)
    else {
      throw InputError(
        .invalidValue(
          expected: .init(
            id: "salah satu dari forecast, normal, uniform, triangular, lognormal",
            en: "one of forecast, normal, uniform, triangular, lognormal")),
        at: location(node))
    }
    if kind == "forecast" {
      guard let quantity = ScenarioFile.ForecastQuantity(rawValue: try string(value)) else {
        throw InputError(
          .invalidWord(try string(value), expected: ["numerator", "denominator", "value"]),
          at: location(value))
      }
      return .forecast(quantity)
    }
    // One rule for a distribution's parameters, the workbook's and the
    // YAML's (``ScenarioSheet/Kind/value(_:)``).
    let kinds: [String: (ScenarioSheet.Kind, [String])] = [
      "normal": (.normal, ["mean", "sd"]), "uniform": (.uniform, ["min", "max"]),
      "triangular": (.triangular, ["min", "mode", "max"]),
      "lognormal": (.lognormal, ["mean", "sd"]),
    ]
    guard let (distribution, wanted) = kinds[kind] else {
      throw InputError(
        .invalidWord(kind, expected: ["forecast"] + kinds.keys.sorted()), at: location(node))
    }
    let parameters = try mapping(value, allowed: Set(wanted))
    let numbers = try wanted.map { key -> Double in
      guard let node = parameters[key] else {
        throw InputError(.missingKey(key), at: location(value))
      }
      return try number(node)
    }
    do {
      return try distribution.value(numbers)
    } catch {
      throw InputError(.invalidValue(expected: error.expected), at: location(value))
    }
  }
}

extension ScenarioFile {
  /// The drivers that are one fixed number (`kapasitas: 400`): the ones a
  /// what-if changes by typing another number.
  public var fixedDrivers: [(name: String, value: Double)] {
    drivers.compactMap { driver in
      if case .given(.fixed(let value)) = driver.value { return (driver.name, value) }
      return nil
    }
  }

  /// The file with one more scenario, `name`, that fixes drivers at the
  /// values given: a what-if a planner types (the workspace's scenario
  /// page), run and shown beside the file's own scenarios.
  ///
  /// - Precondition: every name is one of the file's drivers.
  public func adding(scenario name: String, fixing values: [(name: String, value: Double)])
    -> ScenarioFile
  {
    let known = Set(drivers.map(\.name))
    precondition(values.allSatisfy { known.contains($0.name) }, "only the file's drivers")
    var file = self
    let location = SourceLocation(file: name, line: 0)
    file.scenarios.append(
      Case(
        name: name,
        changes: values.map { ($0.name, DriverValue.given(.fixed($0.value)), location) },
        location: location))
    return file
  }
}
