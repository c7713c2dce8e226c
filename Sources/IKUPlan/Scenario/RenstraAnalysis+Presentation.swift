extension RenstraAnalysis {
  /// `ikuplan scenario --format json` for a period: `indicator`, `years`,
  /// `baseline`, `draws`, `illustrative`, `scenarios`: [{`name`, `years`:
  /// [{`year`, `target`, `indicator`: {`mean`, `median`, `p10`, `p90`,
  /// `probabilityOfAttaining`}, `outputs`: {NAME: {`mean`, `median`, `p10`,
  /// `p90`}}}], `totals`: {NAME: {…}}}], `targetPath`: [{`year`, `value`,
  /// `probability`, `flags`}] (null when not asked), `targetPathScenario`,
  /// `directForecasts` [{`year`, `median`, `probabilityOfAttaining`}] (the
  /// review's forecast of each year from the indicator's own history),
  /// `typedTargets`: [{`year`, `value`, `flags`}].
  private var directForecastsJSON: JSONValue {
    .array(
      directForecasts.map { d in
        let chance: JSONValue = d.probabilityOfAttaining.map(JSONValue.double) ?? .null
        return .object([
          ("year", .int(d.year)), ("median", .double(d.median)),
          ("probabilityOfAttaining", chance),
        ])
      })
  }

  public var json: JSONValue {
    let summary = ScenarioAnalysis.Summary.jsonMembers
    let outputs = ScenarioAnalysis.Summary.jsonObject
    return .object([
      ("indicator", indicator.map { .string($0.code) } ?? .null),
      ("years", .array(Array(period).map { .int($0) })),
      (
        "baseline",
        baseline.map { .object([("year", .int($0.year)), ("value", .double($0.value))]) } ?? .null
      ),
      ("draws", .int(draws)),
      ("illustrative", .bool(illustrative)),
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
                ("probability", .double($0.probability)),
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
              ("flags", .array($0.flags.map(JSONValue.string))),
            ])
          })
      ),
    ])
  }

  /// How a value of the indicator is shown.
  func show(_ value: Double, _ number: NumberFormat) -> String {
    (indicator?.isPercentage ?? false)
      ? number.fixed(value, decimals: 2) + "%"
      : abs(value) >= 1e6 ? number.fixed(value, decimals: 0) : number.significant(value, digits: 6)
  }

  /// Money: whole rupiah, grouped.
  func money(_ value: Double, _ number: NumberFormat) -> String {
    abs(value) >= 1000 ? number.fixed(value, decimals: 0) : number.significant(value, digits: 6)
  }

  /// The scenarios year by year for people (or Markdown): indicator,
  /// chance of the year's target, budget, and the differences from the
  /// first scenario; then the target path.
  public func text(in l: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(l)
    var out = markdown ? "## " : ""
    out +=
      l.text(id: "Skenario Renstra", en: "Renstra scenarios")
      + (indicator.map { " " + $0.code } ?? "")
      + " — \(period.lowerBound)–\(period.upperBound)\n"
    var facts: [String] = []
    if let baseline {
      facts.append(
        l.text(id: "kondisi awal ", en: "baseline ") + "\(baseline.year) "
          + show(baseline.value, number))
    }
    facts.append(number.fixed(Double(draws), decimals: 0) + l.text(id: " penarikan", en: " draws"))
    if illustrative {
      facts.append(l.text(id: "ilustrasi, bukan data resmi", en: "illustrative, not official data"))
    }
    out += (markdown ? "\n" : "") + facts.joined(separator: "; ") + "\n"
    let first = cases.first
    for c in cases {
      out += "\n" + (markdown ? "### " : "") + c.name + "\n" + (markdown ? "\n" : "")
      var header = [
        l.text(id: "Tahun", en: "Year"), "Target", "Median", "P10–P90",
        l.text(id: "Peluang", en: "Chance"),
      ]
      if let budget { header.append(budget + l.text(id: " (rata-rata)", en: " (mean)")) }
      if c.name != first?.name {
        header.append("Δ median")
        if let budget { header.append("Δ " + budget) }
      }
      var rows = [header]
      for (index, y) in c.years.enumerated() {
        var row = [
          String(y.year), targets[y.year].map { show($0, number) } ?? "–",
          show(y.indicator.median, number),
          show(y.indicator.p10, number) + "–" + show(y.indicator.p90, number),
          y.probabilityOfAttaining.map { number.fixed($0 * 100, decimals: 1) + "%" } ?? "–",
        ]
        let spend = budget.flatMap { name in y.outputs.first { $0.name == name }?.summary.mean }
        if budget != nil { row.append(spend.map { money($0, number) } ?? "–") }
        if c.name != first?.name, let base = first?.years[index] {
          row.append(
            ScenarioAnalysis.signed(y.indicator.median - base.indicator.median) { show($0, number) }
          )
          if let budget {
            let baseSpend = base.outputs.first { $0.name == budget }?.summary.mean ?? 0
            row.append(ScenarioAnalysis.signed((spend ?? 0) - baseSpend) { money($0, number) })
          }
        }
        rows.append(row)
      }
      out += textTable(
        rows, rightAligned: [false] + Array(repeating: true, count: header.count - 1),
        markdown: markdown)
      for total in c.totals {
        out +=
          (markdown ? "\n" : "") + l.text(id: "Jumlah ", en: "Total ") + total.name + " "
          + "\(period.lowerBound)–\(period.upperBound): " + money(total.summary.mean, number)
          + " (P10–P90 " + money(total.summary.p10, number) + "–"
          + money(total.summary.p90, number) + ")\n"
      }
    }
    if !directForecasts.isEmpty, let indicator {
      out +=
        "\n"
        + l.text(
          id: "Proyeksi langsung \(indicator.code) dari riwayatnya sendiri (seperti tinjauan"
            + " target): ",
          en: "Direct forecast of \(indicator.code) from its own history (as in the target"
            + " review): ")
        + directForecasts.map { "\($0.year) " + show($0.median, number) }.joined(
          separator: ", ")
        + l.text(
          id: ". Skenario membangun \(indicator.code) dari pemicunya melalui rumus berkas"
            + " skenario, sehingga angkanya dapat berbeda.",
          en: ". The scenarios build \(indicator.code) from its drivers through the scenario"
            + " file's formula, so their figures can differ.") + "\n"
    }
    if let targetPath, let scenario = targetPathScenario {
      out += "\n" + (markdown ? "### " : "")
      out +=
        l.text(id: "Jalur target dari \"\(scenario)\"", en: "Target path from \"\(scenario)\"")
        + "\n" + (markdown ? "\n" : "")
      let rows =
        [
          [
            l.text(id: "Tahun", en: "Year"), "Target", l.text(id: "Peluang", en: "Chance"),
            l.text(id: "Catatan", en: "Note"),
          ]
        ]
        + targetPath.map {
          [
            String($0.year), show($0.value, number),
            number.fixed($0.probability * 100, decimals: 1) + "%",
            $0.flags.map { $0.message(in: l) }.joined(separator: "; "),
          ]
        }
      out += textTable(rows, rightAligned: [false, true, true, false], markdown: markdown)
    }
    let flagged = typedTargets.filter { !$0.flags.isEmpty }
    if !flagged.isEmpty {
      out += "\n"
      for t in flagged {
        let words = t.flags.map { flag in
          flag == "below-previous"
            ? l.text(id: "di bawah tahun sebelumnya", en: "below the year before")
            : l.text(
              id: "tidak realistis di semua skenario (peluang < 10%)",
              en: "unrealistic under every scenario (chance < 10%)")
        }
        out +=
          "⚠ \(t.year) target \(show(t.value, number)): " + words.joined(separator: "; ") + "\n"
      }
    }
    return out
  }
}
