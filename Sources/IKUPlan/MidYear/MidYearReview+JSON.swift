extension MidYearReview {
  /// `ikuplan midyear --format json`: `year`, `quarter`, `withoutData`,
  /// `indicators`: [{`code`, `name`, `unit`, `polarity`, `yearToDate`,
  /// `projection`: {`median`, `intervals`: [{`level`, `lower`, `upper`}]},
  /// `target` (a range's lower end), `targetUpper` (a range's upper end,
  /// only for a range), `probabilityOfAttaining`, `status`
  /// (`on-track|at-risk|off-track`), `achievement` {`value`, `category`},
  /// `requiredPace` {`required`, `soFar`} (accumulating counts), `basis`,
  /// `historyYears`, `illustrative`, `annualForecast` {`median`,
  /// `probabilityOfAttaining`} (the review's forecast of the year from the
  /// yearly history alone, or null)}.
  public var json: JSONValue {
    func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
    return .object([
      ("dataset", .string(title)),
      ("year", .int(year)),
      ("quarter", .int(quarter)),
      ("withoutData", .array(withoutData.map(JSONValue.string))),
      (
        "indicators",
        .array(
          projections.map { p in
            .object(
              [
                ("code", .string(p.indicator.code)), ("name", .string(p.indicator.name)),
                ("unit", .string(p.indicator.unit)),
                ("polarity", .string(p.indicator.polarity.rawValue)),
                ("yearToDate", .double(p.yearToDate)),
                (
                  "projection",
                  .object([
                    ("median", .double(p.median)),
                    (
                      "intervals",
                      .array(
                        p.intervals.map {
                          .object([
                            ("level", .double($0.level)), ("lower", .double($0.lower)),
                            ("upper", .double($0.upper)),
                          ])
                        })
                    ),
                  ])
                ),
                ("target", number(p.target)),
              ] + (p.targetUpper.map { [("targetUpper", JSONValue.double($0))] } ?? []) + [
                ("probabilityOfAttaining", number(p.probabilityOfAttaining)),
                ("status", p.status.map { .string($0.rawValue) } ?? .null),
                (
                  "achievement",
                  p.achievement.map {
                    .object([("value", .double($0.value)), ("category", .string($0.category.code))])
                  } ?? .null
                ),
                (
                  "requiredPace",
                  p.requiredPace.map {
                    .object([("required", .double($0.required)), ("soFar", .double($0.soFar))])
                  } ?? .null
                ),
                ("basis", .string(p.basis.rawValue)),
                (
                  "annualForecast",
                  p.annualForecast.map { a in
                    .object([
                      ("median", .double(a.median)),
                      (
                        "probabilityOfAttaining",
                        a.probabilityOfAttaining.map(JSONValue.double) ?? .null
                      ),
                    ])
                  } ?? .null
                ),
                ("historyYears", .array(p.historyYears.map(JSONValue.int))),
                ("illustrative", .bool(p.illustrative)),
              ])
          })
      ),
    ])
  }
}
