import IKUForecast

extension DatasetReview {
  /// The JSON document of the review commands (DESIGN §5, README "JSON").
  ///
  /// Keys: `dataset`, `year`, `illustrativeYears`, `assessment`,
  /// `indicators`; each indicator
  /// `code`, `name`, `unit`, `polarity`, `history`, `lastActual`, `target`
  /// (a range target's lower end) and `targetUpper` (its upper end, only
  /// for a range),
  /// `model`, `transform`, `forecast` {`median`, `mean`, `intervals`}
  /// (null without history), `probabilityOfAttaining`, `achievement`
  /// {`value`, `category`}, `flags` [{`code`, `severity`, `message`}],
  /// `illustrative`, and with `suggestions: true` the `suggestions`
  /// {`realistic`, `challenging`, `recommended`: {`value`, `probability`,
  /// `reason`, `flags`}, `path`: [{`year`, `value`, `probability`, `flags`}]}
  /// (`flags`: the codes `check` raises for the suggested target).
  ///
  /// `assessment` is the finished year before (``YearAssessment``), or
  /// null: {`year`, `indicators`: [{`code`, `target` (`targetUpper` for a
  /// range), `actual`,
  /// `achievement` {`value`, `category`} or null, `illustrative`}]}.
  public func json(in language: Language, suggestions: Bool) -> JSONValue {
    .object([
      ("dataset", .string(title)),
      ("year", .int(year)),
      ("illustrativeYears", .array(illustrativeYears.map(JSONValue.int))),
      ("assessment", assessment?.json ?? .null),
      ("indicators", .array(indicators.map { $0.json(in: language, suggestions: suggestions) })),
    ])
  }
}

extension YearAssessment {
  var json: JSONValue {
    .object([
      ("year", .int(year)),
      (
        "indicators",
        .array(
          rows.map { row in
            let upper: [(String, JSONValue)] =
              row.target.isRange ? [("targetUpper", .double(row.target.upper))] : []
            return .object(
              [("code", .string(row.indicator.code)), ("target", .double(row.target.lower))]
                + upper
                + [
                  ("actual", .double(row.actual)),
                  ("achievement", row.achievement?.json ?? .null),
                  ("illustrative", .bool(row.isIllustrative)),
                ])
          })
      ),
    ])
  }
}

extension Achievement {
  var json: JSONValue {
    .object([("value", .double(value)), ("category", .string(category.code))])
  }
}

extension IndicatorReview {
  /// One member of ``DatasetReview/json(in:suggestions:)``'s
  /// `indicators`.
  public func json(in language: Language, suggestions withSuggestions: Bool) -> JSONValue {
    func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
    var members: [(String, JSONValue)] = [
      ("code", .string(indicator.code)),
      ("name", .string(indicator.name)),
      ("unit", .string(indicator.unit)),
      ("polarity", .string(indicator.polarity.rawValue)),
      (
        "history",
        .array(history.map { .object([("year", .int($0.year)), ("value", .double($0.value))]) })
      ),
      (
        "lastActual",
        lastActual.map { .object([("year", .int($0.year)), ("value", .double($0.value))]) }
          ?? .null
      ),
      ("target", number(target)),
    ]
    // The upper end of a range target, only where the target is a range.
    if let targetRange, targetRange.isRange {
      members.append(("targetUpper", .double(targetRange.upper)))
    }
    members += [
      ("model", model.map(JSONValue.string) ?? .null),
      ("transform", transform.map { .string($0.name) } ?? .null),
      (
        "forecast",
        forecast.map { step in
          .object([
            ("median", .double(step.median)),
            ("mean", number(step.mean)),
            (
              "intervals",
              .array(
                step.intervals.map {
                  .object([
                    ("level", .double($0.level)), ("lower", .double($0.lower)),
                    ("upper", .double($0.upper)),
                  ])
                })
            ),
          ])
        } ?? .null
      ),
      ("probabilityOfAttaining", number(probabilityOfAttaining)),
      (
        "achievement",
        achievement?.json ?? .null
      ),
      (
        "flags",
        .array(
          flags.map {
            .object([
              ("code", .string($0.code.rawValue)), ("severity", .string($0.severity.rawValue)),
              ("message", .string($0.message(in: language))),
            ])
          })
      ),
      ("illustrative", .bool(usesIllustrativeData)),
    ]
    if withSuggestions {
      members.append(("suggestions", suggestions.map { $0.json(in: language) } ?? .null))
    }
    return .object(members)
  }
}

extension Suggestions {
  func json(in language: Language) -> JSONValue {
    func suggestion(_ s: Suggestion?) -> JSONValue {
      guard let s else { return .null }
      return .object([
        ("value", .double(s.value)),
        ("probability", s.probability.map(JSONValue.double) ?? .null),
        ("reason", .string(s.reason(in: language))),
        ("flags", .array(s.flags.map { .string($0.code.rawValue) })),
      ])
    }
    return .object([
      ("realistic", suggestion(realistic)),
      ("challenging", suggestion(challenging)),
      ("recommended", suggestion(recommended)),
      (
        "path",
        .array(
          path.map {
            .object([
              ("year", .int($0.year)), ("value", .double($0.value)),
              ("probability", $0.probability.map(JSONValue.double) ?? .null),
              ("flags", .array($0.flags.map { .string($0.code.rawValue) })),
            ])
          })
      ),
    ])
  }
}
