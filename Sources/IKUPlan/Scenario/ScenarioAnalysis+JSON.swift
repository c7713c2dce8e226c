extension ScenarioAnalysis {
  /// `ikuplan scenario --format json`: `indicator`, `year`, `target`
  /// (a range target's binding end), `targetUpper` (its upper end, or null),
  /// `draws`, `illustrative`, `budget` (the output that is money, in whole
  /// rupiah, or null), `directForecast` {`year`, `median`,
  /// `probabilityOfAttaining`, `reconciliation`} (the review's forecast of
  /// the indicator from its own history, or null; `reconciliation`:
  /// ``ScenarioReconciliation/json``), `scenarios`: [{`name`, `indicator`: {`mean`,
  /// `median`, `p10`, `p90`, `probabilityOfAttaining`, `category`,
  /// `shareOutsideBounds` (null without bounds)},
  /// `outputs`: {NAME: {`mean`, `median`, `p10`, `p90`}}}], `goal`:
  /// {`driver`, `target`, `value`, `probability`, `wanted`, `outputs`} (null
  /// when not asked; `value` null when no value in the range reaches it),
  /// `sensitivity`: [{`driver`, `low`, `high`}] (`null` for a step that
  /// makes the formula undefined), `unusedDrivers`.
  public var json: JSONValue {
    let summary = ScenarioSummary.jsonMembers
    let outputs = { ScenarioSummary.jsonObject($0, budget: budget) }
    let head: [(String, JSONValue)] = [
      ("indicator", indicator.map { .string($0.code) } ?? .null),
      ("year", .int(year)),
      ("target", target.map(JSONValue.double) ?? .null),
      ("targetUpper", targetRange.flatMap { $0.isRange ? .double($0.upper) : nil } ?? .null),
      ("draws", .int(draws)),
      ("illustrative", .bool(illustrative)),
      ("budget", budget.map(JSONValue.string) ?? .null),
      ("unusedDrivers", .array(unusedDrivers.map(JSONValue.string))),
      ("directForecast", directForecast.map { $0.json(reconciliation) } ?? .null),
    ]
    return .object(
      head + [
        (
          "scenarios",
          .array(
            cases.map { c in
              .object([
                ("name", .string(c.name)),
                (
                  "indicator",
                  .object(
                    summary(c.indicator) + [
                      (
                        "probabilityOfAttaining",
                        c.probabilityOfAttaining.map(JSONValue.double) ?? .null
                      ),
                      ("category", c.achievement.map { .string($0.category.code) } ?? .null),
                      ("shareOutsideBounds", c.shareOutsideBounds.map(JSONValue.double) ?? .null),
                    ])
                ),
                ("outputs", outputs(c.outputs)),
              ])
            })
        ),
        (
          "goal",
          goal.map { g in
            .object([
              ("driver", .string(g.driver)), ("target", .double(g.target)),
              ("targetUpper", g.targetRange.isRange ? .double(g.targetRange.upper) : .null),
              ("value", g.value.map(JSONValue.double) ?? .null),
              ("probability", .double(g.probability)), ("wanted", .double(g.wanted)),
              ("outputs", outputs(g.outputs)),
            ])
          } ?? .null
        ),
        (
          "sensitivity",
          .array(
            sensitivity.map {
              .object([
                ("driver", .string($0.driver)), ("low", $0.low.map(JSONValue.double) ?? .null),
                ("high", $0.high.map(JSONValue.double) ?? .null),
              ])
            })
        ),
      ])
  }
}
