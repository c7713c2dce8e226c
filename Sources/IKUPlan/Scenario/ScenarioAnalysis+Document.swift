extension ScenarioAnalysis {
  /// The scenarios side by side as a ``Document``: the text, Markdown,
  /// CSV and workbook of `ikuplan scenario` for one year.
  ///
  /// Under the title (the year, the indicator's code and whole name, the
  /// agency) the notes give the sources and the illustrative-data warning.
  /// The body: a paragraph on the target and the draws; a chart of the
  /// scenarios (``chart(in:)``); the scenarios table — per scenario the projection (the median of the draws), the
  /// P10–P90 range, the mean, the chance of attaining the target, the
  /// category the projection would give, the differences from the first
  /// scenario (a percentage's in percentage points, the unit in the
  /// heading) and each output's median; the direct forecast from the
  /// indicator's own history beside the first scenario's, and why they
  /// differ (``ScenarioReconciliation``); the goal seek (the driver's value needed for
  /// the target with the chance asked); the one-way sensitivity. Every
  /// number is a typed cell: the indicator's values in its style
  /// (``ValueStyle/value(of:)``), chances ``ValueStyle/probability``, the
  /// budget in rupiah.
  public func document(in l: Language) -> Document {
    let style = ScenarioStyles.value(indicator)
    var blocks: [Document.Block] = [.paragraph(methodText(style, in: l))]
    blocks.append(.chart(Document.Chart(chart(in: l))))
    blocks.append(.table(scenarioTable(style, in: l)))
    let notes = [
      ScenarioNotes.outsideBounds(
        cases.map { ($0.name, $0.shareOutsideBounds) }, indicator: indicator, in: l),
      ScenarioNotes.unusedDrivers(unusedDrivers, in: l),
    ]
    blocks += notes.compactMap { $0.map(Document.Block.paragraph) }
    if let reconciliation {
      blocks.append(.heading(l.text(id: "Proyeksi langsung", en: "Direct forecast")))
      blocks.append(
        .table(ScenarioReconciliation.table([reconciliation], indicator: indicator, in: l)))
      blocks.append(
        .paragraph(
          reconciliation.explanation(indicator: indicator, in: l)))
    }
    if let goal {
      blocks += goalBlocks(goal, style, in: l)
    }
    if !sensitivity.isEmpty {
      let first = cases.first?.name ?? ""
      let heading = l.text(
        id: "Sensitivitas: proyeksi bila satu pemicu berubah −10% atau +10% (\(first))",
        en: "Sensitivity: the forecast with one driver −10% or +10% (\(first))")
      blocks.append(.heading(heading))
      var table = Document.Table(
        name: l.text(id: "Sensitivitas", en: "Sensitivity"),
        columns: [
          l.text(id: "Pemicu", en: "Driver"),
          l.text(id: "Proyeksi bila pemicu −10%", en: "Forecast with the driver −10%"),
          l.text(id: "Proyeksi bila pemicu +10%", en: "Forecast with the driver +10%"),
        ])
      for s in sensitivity {
        table.append([.text(s.driver), .number(s.low, style), .number(s.high, style)])
      }
      blocks.append(.table(table))
      let skipped = sensitivity.filter { $0.low == nil || $0.high == nil }.map(\.driver)
      if !skipped.isEmpty {
        blocks.append(
          .paragraph(
            l.text(
              id: "–: langkah itu membuat rumus tidak terdefinisi (pembagian dengan 0) untuk "
                + skipped.joined(separator: ", ") + "; langkah itu dilewati.",
              en: "–: that step makes the formula undefined (division by 0) for "
                + skipped.joined(separator: ", ") + "; the step is skipped.")))
      }
    }
    var title = l.text(id: "Skenario \(year)", en: "Scenarios \(year)")
    if let indicator { title += " — " + ScenarioStyles.indicatorName(indicator, in: l) }
    if let agency = provenance.agency { title += " — " + agency }
    return Document(title: title, language: l, notes: provenance.notes(in: l), blocks: blocks)
  }

  /// The target, the draws and what the columns mean.
  private func methodText(_ style: ValueStyle, in l: Language) -> String {
    let count = NumberFormat(l).fixed(Double(draws), decimals: 0)
    var text = ""
    if let targetRange {
      text += "Target \(year): " + targetRange.text { style.text($0, in: l) } + ". "
    }
    text += l.text(
      id: "\(count) penarikan acak, sama untuk setiap skenario, sehingga selisihnya hanya akibat"
        + " perubahan pemicu. Proyeksi = nilai tengah (median) penarikan; rentang P10–P90"
        + " memuat 80% penarikan; peluang = bagian penarikan yang mencapai target.",
      en: "\(count) random draws, the same for every scenario, so that the differences come from"
        + " the changed drivers alone. Forecast = the median of the draws; the P10–P90 range holds"
        + " 80% of the draws; chance = the share of draws attaining the target.")
    return text
  }

  /// One row per scenario.
  private func scenarioTable(_ style: ValueStyle, in l: Language) -> Document.Table {
    let first = cases.first
    let (deltaStyle, inPoints) = ScenarioStyles.difference(indicator)
    let points = ScenarioStyles.pointsUnit(l)
    let outputStyles = (first?.outputs ?? []).indices.map { index in
      ScenarioStyles.output(
        first?.outputs[index].name ?? "", budget: budget,
        cases.map { $0.outputs[index].summary })
    }
    let from = first?.name ?? ""
    var table = Document.Table(
      name: l.text(id: "Skenario \(year)", en: "Scenarios \(year)"),
      columns: [
        l.text(id: "Skenario", en: "Scenario"),
        l.text(id: "Proyeksi \(year)", en: "Forecast \(year)"),
        l.text(id: "Rentang P10–P90", en: "P10–P90 range"), l.text(id: "Rata-rata", en: "Mean"),
        l.text(id: "Peluang", en: "Chance"),
        l.text(id: "Kategori menurut proyeksi", en: "Category by the forecast"),
        l.text(id: "Selisih proyeksi dari \"\(from)\"", en: "Forecast difference from \"\(from)\"")
          + (inPoints ? points : ""),
        l.text(id: "Selisih peluang", en: "Chance difference") + points,
      ]
        + (first?.outputs ?? []).map { $0.name + l.text(id: " (nilai tengah)", en: " (median)") })
    for (index, c) in cases.enumerated() {
      var deltaMedian = Document.Cell.missing
      var deltaChance = Document.Cell.missing
      if index > 0, let first {
        deltaMedian = .number(
          ScenarioStyles.difference(c.indicator.median, first.indicator.median), deltaStyle)
        if let p = c.probabilityOfAttaining, let p0 = first.probabilityOfAttaining {
          deltaChance = .number(
            ScenarioStyles.points(ScenarioStyles.difference(p, p0)),
            ScenarioStyles.chanceDifference)
        }
      }
      table.append(
        [
          .text(c.name), .number(c.indicator.median, style),
          .interval(lower: c.indicator.p10, upper: c.indicator.p90, style),
          .number(c.indicator.mean, style), .number(c.probabilityOfAttaining, .probability),
          c.achievement.map { .text($0.category.label(in: l)) } ?? .missing,
          deltaMedian, deltaChance,
        ]
          + zip(c.outputs, outputStyles).map { output, outputStyle in
            .number(output.summary.median, outputStyle)
          })
    }
    return table
  }

  /// The goal seek: a sentence and a one-row table.
  private func goalBlocks(_ goal: GoalResult, _ style: ValueStyle, in l: Language)
    -> [Document.Block]
  {
    let driverStyle = ScenarioStyles.driver(
      goal.bestValue, goal.range.lowerBound, goal.range.upperBound)
    let target = goal.targetRange.text { style.text($0, in: l) }
    let wanted = ValueStyle.probability.text(goal.wanted, in: l)
    let chance = ValueStyle.probability.text(goal.probability, in: l)
    let value = driverStyle.text(goal.bestValue, in: l)
    let low = driverStyle.text(goal.range.lowerBound, in: l)
    let high = driverStyle.text(goal.range.upperBound, in: l)
    let sentence: String
    if goal.value != nil {
      sentence = l.text(
        id: "Untuk target \(target) dengan peluang \(wanted) diperlukan \(goal.driver) = \(value)"
          + " (diuji ulang dengan penarikan baru: peluang \(chance)).",
        en: "A target of \(target) with a chance of \(wanted) needs \(goal.driver) = \(value)"
          + " (re-run with fresh draws: chance \(chance)).")
    } else {
      sentence = l.text(
        id: "Target \(target) dengan peluang \(wanted) tidak tercapai untuk \(goal.driver) antara"
          + " \(low) dan \(high); peluang terbaik \(chance) pada \(value).",
        en: "A target of \(target) with a chance of \(wanted) is not reached for \(goal.driver)"
          + " between \(low) and \(high); the best chance is \(chance) at \(value).")
    }
    // What qualifies the answer: a narrowed range, a driver's spread left out.
    var caveats = ""
    if let asked = goal.narrowedFrom {
      // As many decimals as the ends need, so that an end moved by a
      // fraction still shows that it moved.
      let exact = ValueStyle.asWritten
      func show(_ range: ClosedRange<Double>) -> String {
        exact.text(range.lowerBound, in: l) + "–" + exact.text(range.upperBound, in: l)
      }
      caveats = l.text(
        id: " Rentang \(show(asked)) dipersempit ke \(show(goal.range)): di ujungnya rumus tidak"
          + " terdefinisi (pembagian dengan 0).",
        en: " The range \(show(asked)) was narrowed to \(show(goal.range)): at its end the formula"
          + " is undefined (division by 0).")
    }
    if goal.fixesADistribution {
      caveats += l.text(
        id: " Hitung balik menetapkan \(goal.driver) pada setiap nilai yang dicoba; sebarannya"
          + " tidak ikut dalam jawaban.",
        en: " The goal seek fixes \(goal.driver) at each value tried; its spread is not in the"
          + " answer.")
    }
    let outputStyles = goal.outputs.map {
      ScenarioStyles.output($0.name, budget: budget, [$0.summary])
    }
    var table = Document.Table(
      name: l.text(id: "Hitung balik", en: "Goal seek"),
      columns: [
        l.text(id: "Pemicu", en: "Driver"), "Target",
        l.text(id: "Peluang yang diminta", en: "Chance asked"),
        l.text(id: "Rentang pencarian", en: "Search range"),
        l.text(id: "Hasil", en: "Result"),
        l.text(id: "Nilai pemicu", en: "Driver value"),
        l.text(id: "Peluang pada nilai itu", en: "Chance at that value"),
      ] + goal.outputs.map { $0.name + l.text(id: " (nilai tengah)", en: " (median)") })
    table.append(
      [
        .text(goal.driver),
        goal.targetRange.isRange
          ? .interval(lower: goal.targetRange.lower, upper: goal.targetRange.upper, style)
          : .number(goal.target, style),
        .number(goal.wanted, .probability),
        .interval(lower: goal.range.lowerBound, upper: goal.range.upperBound, driverStyle),
        .text(
          goal.value != nil
            ? l.text(id: "nilai yang diperlukan", en: "the value needed")
            : l.text(id: "tidak tercapai; nilai terbaik", en: "not reached; the best value")),
        .number(goal.bestValue, driverStyle), .number(goal.probability, .probability),
      ]
        + zip(goal.outputs, outputStyles).map { output, outputStyle in
          .number(output.summary.median, outputStyle)
        })
    return [
      .heading(
        l.text(
          id: "Hitung balik: nilai \(goal.driver) yang diperlukan",
          en: "Goal seek: the \(goal.driver) needed")),
      .paragraph(sentence + caveats), .table(table),
    ]
  }
}
