extension ScenarioAnalysis {
  /// `ikuplan scenario --format json`: `indicator`, `year`, `target`,
  /// `draws`, `illustrative`, `directForecast` {`year`, `median`,
  /// `probabilityOfAttaining`} (the review's forecast of the indicator from
  /// its own history, or null), `scenarios`: [{`name`, `indicator`: {`mean`,
  /// `median`, `p10`, `p90`, `probabilityOfAttaining`, `category`},
  /// `outputs`: {NAME: {`mean`, `median`, `p10`, `p90`}}}], `goal`:
  /// {`driver`, `target`, `value`, `probability`, `wanted`, `outputs`} (null
  /// when not asked; `value` null when no value in the range reaches it),
  /// `sensitivity`: [{`driver`, `low`, `high`}].
  private var directForecastJSON: JSONValue {
    guard let d = directForecast else { return .null }
    let chance: JSONValue = d.probabilityOfAttaining.map(JSONValue.double) ?? .null
    return .object([
      ("year", .int(d.year)), ("median", .double(d.median)), ("probabilityOfAttaining", chance),
    ])
  }

  public var json: JSONValue {
    let summary = Summary.jsonMembers
    let outputs = Summary.jsonObject
    let head: [(String, JSONValue)] = [
      ("indicator", indicator.map { .string($0.code) } ?? .null),
      ("year", .int(year)),
      ("target", target.map(JSONValue.double) ?? .null),
      ("draws", .int(draws)),
      ("illustrative", .bool(illustrative)),
      ("directForecast", directForecastJSON),
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
                ("driver", .string($0.driver)), ("low", .double($0.low)),
                ("high", .double($0.high)),
              ])
            })
        ),
      ])
  }

  /// The scenarios side by side for people (or Markdown), with deltas
  /// against the first scenario, the goal and the sensitivity.
  public func text(in l: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(l)
    let percent = indicator?.isPercentage ?? false
    func show(_ value: Double) -> String {
      percent
        ? number.fixed(value, decimals: 2) + "%"
        : abs(value) >= 1e6
          ? number.fixed(value, decimals: 0) : number.significant(value, digits: 6)
    }
    func chance(_ p: Double?) -> String {
      p.map { number.fixed($0 * 100, decimals: 1) + "%" } ?? "–"
    }
    func money(_ value: Double) -> String {
      abs(value) >= 1000 ? number.fixed(value, decimals: 0) : number.significant(value, digits: 6)
    }
    var out = markdown ? "## " : ""
    out += l.text(id: "Skenario", en: "Scenarios") + (indicator.map { " " + $0.code } ?? "")
    out += " — \(year)\n"
    var facts: [String] = []
    if let target { facts.append("target " + show(target)) }
    facts.append(
      number.fixed(Double(draws), decimals: 0) + l.text(id: " penarikan", en: " draws"))
    if illustrative {
      facts.append(l.text(id: "ilustrasi, bukan data resmi", en: "illustrative, not official data"))
    }
    out += (markdown ? "\n" : "") + facts.joined(separator: "; ") + "\n\n"

    let first = cases.first
    var header = [
      l.text(id: "Skenario", en: "Scenario"), "Median", "P10–P90",
      l.text(id: "Rata-rata", en: "Mean"), l.text(id: "Peluang", en: "Chance"),
      l.text(id: "Kategori", en: "Category"), "Δ median", l.text(id: "Δ peluang", en: "Δ chance"),
    ]
    header += cases.first?.outputs.map { $0.name + " (median)" } ?? []
    var rows = [header]
    for (index, c) in cases.enumerated() {
      let deltaMedian =
        index == 0
        ? "–"
        : percent
          ? Self.signed(c.indicator.median - (first?.indicator.median ?? 0)) {
            number.fixed($0, decimals: 2)
          } + " pp"
          : Self.signed(c.indicator.median - (first?.indicator.median ?? 0), show)
      let deltaChance: String
      if index > 0, let p = c.probabilityOfAttaining, let p0 = first?.probabilityOfAttaining {
        deltaChance = Self.signed((p - p0) * 100) { number.fixed($0, decimals: 1) } + " pp"
      } else {
        deltaChance = "–"
      }
      rows.append(
        [
          c.name, show(c.indicator.median), show(c.indicator.p10) + "–" + show(c.indicator.p90),
          show(c.indicator.mean), chance(c.probabilityOfAttaining),
          c.achievement?.category.label(in: l) ?? "–", deltaMedian, deltaChance,
        ] + c.outputs.map { money($0.summary.median) })
    }
    let right = [false] + Array(repeating: true, count: header.count - 1)
    out +=
      markdown ? markdownTable(rows, rightAligned: right) : alignedTable(rows, rightAligned: right)
    if let direct = directForecast, let indicator {
      out +=
        "\n"
        + l.text(
          id: "Proyeksi langsung \(indicator.code) \(direct.year) dari riwayatnya sendiri (seperti"
            + " tinjauan target): median \(show(direct.median)), peluang"
            + " \(chance(direct.probabilityOfAttaining)). Skenario di atas membangun"
            + " \(indicator.code) dari pemicunya melalui rumus berkas skenario, dengan riwayat"
            + " dan sebaran tiap pemicu, sehingga angkanya dapat berbeda dari proyeksi langsung.",
          en: "Direct forecast of \(indicator.code) \(direct.year) from its own history (as in the"
            + " target review): median \(show(direct.median)), chance"
            + " \(chance(direct.probabilityOfAttaining)). The scenarios above build"
            + " \(indicator.code) from its drivers through the scenario file's formula, with each"
            + " driver's own history and spread, so their figures can differ from the direct"
            + " forecast.") + "\n"
    }

    if let goal {
      out += "\n"
      let wanted = number.fixed(goal.wanted * 100, decimals: 0) + "%"
      if let value = goal.value {
        out += l.text(
          id: "Sasaran: \(show(goal.target)) dengan peluang \(wanted) memerlukan \(goal.driver) = "
            + "\(money(value)) (diuji ulang: peluang \(chance(goal.probability)))",
          en: "Goal: \(show(goal.target)) with probability \(wanted) needs \(goal.driver) = "
            + "\(money(value)) (re-run: probability \(chance(goal.probability)))")
        for output in goal.outputs {
          out +=
            l.text(id: "; \(output.name) ", en: "; \(output.name) ") + money(output.summary.median)
        }
        out += "\n"
      } else {
        out += l.text(
          id:
            "Sasaran: \(show(goal.target)) dengan peluang \(wanted) tidak tercapai untuk \(goal.driver)"
            + " antara \(money(goal.range.lowerBound)) dan \(money(goal.range.upperBound));"
            + " peluang terbaik \(chance(goal.probability)) pada \(money(goal.bestValue))",
          en:
            "Goal: \(show(goal.target)) with probability \(wanted) is not reached for \(goal.driver)"
            + " between \(money(goal.range.lowerBound)) and \(money(goal.range.upperBound));"
            + " best probability \(chance(goal.probability)) at \(money(goal.bestValue))")
        out += "\n"
      }
    }
    if !sensitivity.isEmpty {
      out += "\n" + (markdown ? "### " : "")
      out +=
        l.text(
          id: "Sensitivitas: median bila satu pemicu −10% / +10% (\(cases.first?.name ?? ""))",
          en: "Sensitivity: median with one driver −10% / +10% (\(cases.first?.name ?? ""))") + "\n"
      if markdown { out += "\n" }
      let rows =
        [[l.text(id: "Pemicu", en: "Driver"), "−10%", "+10%"]]
        + sensitivity.map { [$0.driver, show($0.low), show($0.high)] }
      out +=
        markdown
        ? markdownTable(rows, rightAligned: [false, true, true])
        : alignedTable(rows, rightAligned: [false, true, true])
    }
    return out
  }

  /// `+x`, `−x` or `0` for a difference.
  static func signed(_ value: Double, _ show: (Double) -> String) -> String {
    value > 0 ? "+" + show(value) : value < 0 ? "−" + show(-value) : show(0)
  }
}

extension ScenarioAnalysis.Summary {
  /// `mean`, `median`, `p10`, `p90` as JSON members.
  static func jsonMembers(_ s: Self) -> [(String, JSONValue)] {
    [
      ("mean", .double(s.mean)), ("median", .double(s.median)), ("p10", .double(s.p10)),
      ("p90", .double(s.p90)),
    ]
  }

  /// Named summaries (outputs) as a JSON object.
  static func jsonObject(_ list: [(name: String, summary: Self)]) -> JSONValue {
    .object(list.map { ($0.name, .object(jsonMembers($0.summary))) })
  }
}
