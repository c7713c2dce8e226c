extension RenstraAnalysis {
  /// The Renstra table in the layout of Permendagri 86/2017 (the program
  /// table as practitioners reproduce it, domain notes §2.6), ready for a
  /// Word document: whole names, nothing shortened.
  ///
  /// Columns: No | Indikator | Satuan (with an indicator) | Skenario |
  /// Kondisi Kinerja pada Awal Periode Renstra (the last realisation
  /// before the period) | per year of the period "Target Kinerja pada Tahun
  /// ke-n (year)" and "Rp Tahun ke-n (year)" | Kondisi Kinerja pada Akhir
  /// Periode Renstra (the last year's value) | Rp at the end of the period
  /// (the sum over the period).
  ///
  /// One row per scenario. A row's yearly values are the path that
  /// scenario supports at the asked chance when `target_path` is given,
  /// else the typed or dataset targets, else the scenario's projection (its
  /// median); a year filled by projections says "Proyeksi" in its heading
  /// instead of "Target". Rp is the budget output's mean, and its sum over
  /// the period at the end, as every table writes money (``ValueStyle/rupiah``:
  /// `Rp 1,40 miliar` for people, whole rupiah in a workbook's `"Rp" #,##0`
  /// cell and in CSV).
  public func renstraTable(in l: Language) -> Document.Table {
    let style = ScenarioStyles.value(indicator)
    let years = Array(period)
    func planned(_ c: CaseResult, _ year: Int) -> Double? {
      pathsByScenario[c.name]?.first { $0.year == year }?.value ?? targets[year]
    }
    let projected = Set(years.filter { year in cases.allSatisfy { planned($0, year) == nil } })
    var columns = [
      "No", l.text(id: "Indikator", en: "Indicator"),
    ]
    if indicator != nil { columns.append(l.text(id: "Satuan", en: "Unit")) }
    columns.append(l.text(id: "Skenario", en: "Scenario"))
    columns.append(
      l.text(
        id: "Kondisi Kinerja pada Awal Periode Renstra",
        en: "Performance at the start of the Renstra period")
        + (baseline.map { " (\($0.year))" } ?? ""))
    for (index, year) in years.enumerated() {
      let n = index + 1
      columns.append(
        projected.contains(year)
          ? l.text(
            id: "Proyeksi Kinerja pada Tahun ke-\(n) (\(year))", en: "Forecast year \(n) (\(year))")
          : l.text(
            id: "Target Kinerja pada Tahun ke-\(n) (\(year))", en: "Target year \(n) (\(year))"))
      columns.append(l.text(id: "Rp Tahun ke-\(n) (\(year))", en: "Rp year \(n) (\(year))"))
    }
    columns.append(
      l.text(
        id: "Kondisi Kinerja pada Akhir Periode Renstra (\(period.upperBound))",
        en: "Performance at the end of the Renstra period (\(period.upperBound))"))
    columns.append(
      l.text(
        id: "Rp Akhir Periode (Jumlah \(period.lowerBound)–\(period.upperBound))",
        en: "Rp at the end of the period (total \(period.lowerBound)–\(period.upperBound))"))

    var table = Document.Table(
      name: l.text(id: "Tabel Renstra", en: "Renstra table"), columns: columns)
    let name = ScenarioStyles.indicatorName(indicator, in: l)
    for (index, c) in cases.enumerated() {
      var row: [Document.Cell] = [.number(Double(index + 1), .decimal(0)), .text(name)]
      if let indicator { row.append(.text(indicator.unit)) }
      row.append(.text(c.name))
      row.append(.number(baseline?.value, style))
      var last: Double?
      for y in c.years {
        let value = planned(c, y.year) ?? y.indicator.median
        row.append(.number(value, style))
        row.append(.number(budgetMean(y.outputs), .rupiah))
        last = value
      }
      row.append(.number(last, style))
      row.append(.number(budgetMean(c.totals), .rupiah))
      table.append(row)
    }
    return table
  }

  /// The budget output's mean among `outputs`, or `nil` without a budget.
  func budgetMean(_ outputs: [(name: String, summary: ScenarioSummary)]) -> Double? {
    budget.flatMap { name in outputs.first { $0.name == name }?.summary.mean }
  }

  /// How the Renstra table's values were chosen, in words.
  func renstraTableText(in l: Language) -> String {
    var text: String
    if let probability = targetPathProbability {
      let chance = ValueStyle.probability.text(probability, in: l)
      text = l.text(
        id: "Satu baris per skenario. Target tiap tahun: jalur yang didukung skenario itu dengan"
          + " peluang \(chance), "
          + (baseline == nil ? "" : "dimulai dari kondisi awal dan ")
          + "tidak pernah lebih buruk dari tahun sebelumnya.",
        en: "One row per scenario. Each year's target: the path that scenario supports with a"
          + " chance of \(chance), " + (baseline == nil ? "" : "starting from the baseline and ")
          + "never worse than the year before.")
    } else {
      text = l.text(
        id: "Satu baris per skenario. Target tiap tahun: target berkas skenario atau data; tahun"
          + " tanpa target berisi proyeksi (median) skenario.",
        en: "One row per scenario. Each year's target: the scenario file's or the dataset's;"
          + " a year without a target holds the scenario's forecast (median).")
    }
    if let budget {
      text += l.text(
        id: " Rp: rata-rata keluaran \(budget); jumlahnya selama periode di kolom terakhir.",
        en: " Rp: the mean of the output \(budget); its sum over the period in the last column.")
    }
    return text
  }
}
