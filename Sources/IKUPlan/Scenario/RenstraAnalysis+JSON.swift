extension RenstraAnalysis {
  /// `ikuplan scenario --format json` for a period: `indicator`, `years`,
  /// `baseline`, `draws`, `illustrative`, `budget` (the output that is
  /// money, in whole rupiah, or null), `scenarios`: [{`name`, `years`:
  /// [{`year`, `target`, `indicator`: {`mean`, `median`, `p10`, `p90`,
  /// `probabilityOfAttaining`, `shareOutsideBounds`}, `outputs`: {NAME: {`mean`, `median`, `p10`,
  /// `p90`}}}], `totals`: {NAME: {…}}}], `targetPath`: [{`year`, `value`,
  /// `probability`, `flags`}] (null when not asked), `targetPathScenario`,
  /// `directForecasts` [{`year`, `median`, `probabilityOfAttaining`,
  /// `reconciliation`}] (the review's forecast of each year from the
  /// indicator's own history; ``ScenarioReconciliation/json``),
  /// `typedTargets`: [{`year`, `value`, `flags`}], `unusedDrivers`.
  private var directForecastsJSON: JSONValue {
    .array(directForecasts.map { d in d.json(reconciliations.first { $0.year == d.year }) })
  }

  /// One year of one scenario.
  private func yearJSON(_ y: YearResult) -> JSONValue {
    let chance: JSONValue = y.probabilityOfAttaining.map(JSONValue.double) ?? .null
    let outside: JSONValue = y.shareOutsideBounds.map(JSONValue.double) ?? .null
    let indicator =
      ScenarioSummary.jsonMembers(y.indicator) + [
        ("probabilityOfAttaining", chance), ("shareOutsideBounds", outside),
      ]
    return .object([
      ("year", .int(y.year)),
      ("target", targets[y.year].map(JSONValue.double) ?? .null),
      ("indicator", .object(indicator)),
      ("outputs", ScenarioSummary.jsonObject(y.outputs, budget: budget)),
    ])
  }

  public var json: JSONValue {
    let scenarios: [JSONValue] = cases.map { c in
      .object([
        ("name", .string(c.name)), ("years", .array(c.years.map(yearJSON))),
        ("totals", ScenarioSummary.jsonObject(c.totals, budget: budget)),
      ])
    }
    let baselineJSON: JSONValue =
      baseline.map { .object([("year", .int($0.year)), ("value", .double($0.value))]) } ?? .null
    let head: [(String, JSONValue)] = [
      ("indicator", indicator.map { .string($0.code) } ?? .null),
      ("years", .array(Array(period).map { .int($0) })),
      ("baseline", baselineJSON),
      ("draws", .int(draws)),
      ("illustrative", .bool(illustrative)),
      ("budget", budget.map(JSONValue.string) ?? .null),
      ("unusedDrivers", .array(unusedDrivers.map(JSONValue.string))),
      ("scenarios", .array(scenarios)),
    ]
    return .object(
      head + [
        (
          "targetPath",
          targetPath.map { path in
            .array(
              path.map {
                .object([
                  ("year", .int($0.year)), ("value", .double($0.value)),
                  ("probability", $0.probability.map(JSONValue.double) ?? .null),
                  ("flags", .array($0.flags.map { .string($0.code.rawValue) })),
                ])
              })
          } ?? .null
        ),
        ("targetPathScenario", targetPathScenario.map(JSONValue.string) ?? .null),
        ("directForecasts", directForecastsJSON),
        (
          "typedTargets",
          .array(
            typedTargets.map {
              .object([
                ("year", .int($0.year)), ("value", .double($0.value)),
                ("flags", .array($0.flags.map { .string($0.code.rawValue) })),
              ])
            })
        ),
      ])
  }
}
