extension RenstraAnalysis {
  /// `ikuplan scenario --format json` for a period: `indicator`, `years`,
  /// `baseline`, `draws`, `illustrative`, `budget` (the output that is
  /// money, in whole rupiah, or null), `scenarios`: [{`name`, `years`:
  /// [{`year`, `target`, `indicator`: {`mean`, `median`, `p10`, `p90`,
  /// `probabilityOfAttaining`}, `outputs`: {NAME: {`mean`, `median`, `p10`,
  /// `p90`}}}], `totals`: {NAME: {…}}}], `targetPath`: [{`year`, `value`,
  /// `probability`, `flags`}] (null when not asked), `targetPathScenario`,
  /// `directForecasts` [{`year`, `median`, `probabilityOfAttaining`,
  /// `reconciliation`}] (the review's forecast of each year from the
  /// indicator's own history; ``ScenarioReconciliation/json``),
  /// `typedTargets`: [{`year`, `value`, `flags`}].
  private var directForecastsJSON: JSONValue {
    .array(
      directForecasts.map { d in
        let chance: JSONValue = d.probabilityOfAttaining.map(JSONValue.double) ?? .null
        return .object([
          ("year", .int(d.year)), ("median", .double(d.median)),
          ("probabilityOfAttaining", chance),
          ("reconciliation", reconciliations.first { $0.year == d.year }?.json ?? .null),
        ])
      })
  }

  public var json: JSONValue {
    let summary = ScenarioSummary.jsonMembers
    let outputs = { ScenarioSummary.jsonObject($0, budget: budget) }
    return .object([
      ("indicator", indicator.map { .string($0.code) } ?? .null),
      ("years", .array(Array(period).map { .int($0) })),
      (
        "baseline",
        baseline.map { .object([("year", .int($0.year)), ("value", .double($0.value))]) } ?? .null
      ),
      ("draws", .int(draws)),
      ("illustrative", .bool(illustrative)),
      ("budget", budget.map(JSONValue.string) ?? .null),
      (
        "scenarios",
        .array(
          cases.map { c in
            .object([
              ("name", .string(c.name)),
              (
                "years",
                .array(
                  c.years.map { y in
                    .object([
                      ("year", .int(y.year)),
                      ("target", targets[y.year].map(JSONValue.double) ?? .null),
                      (
                        "indicator",
                        .object(
                          summary(y.indicator) + [
                            (
                              "probabilityOfAttaining",
                              y.probabilityOfAttaining.map(JSONValue.double) ?? .null
                            )
                          ])
                      ),
                      ("outputs", outputs(y.outputs)),
                    ])
                  })
              ),
              ("totals", outputs(c.totals)),
            ])
          })
      ),
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
