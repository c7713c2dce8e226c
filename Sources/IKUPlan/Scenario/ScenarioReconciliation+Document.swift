extension ScenarioReconciliation {
  /// The reconciliation year by year as a table: the direct forecast and
  /// its chance, the formula at the drivers' medians, the scenario's
  /// projection.
  static func table(
    _ list: [ScenarioReconciliation], indicator: Indicator?, in l: Language
  ) -> Document.Table {
    let style = ScenarioStyles.value(indicator)
    let scenario = list.first?.scenario ?? ""
    var table = Document.Table(
      name: l.text(id: "Proyeksi langsung", en: "Direct forecast"),
      columns: [
        l.text(id: "Tahun", en: "Year"),
        l.text(id: "Proyeksi langsung", en: "Direct forecast"),
        l.text(id: "Peluang", en: "Chance"),
        l.text(id: "Rumus pada nilai tengah pemicu", en: "Formula at the drivers' medians"),
        l.text(id: "Proyeksi \"\(scenario)\"", en: "\"\(scenario)\" forecast"),
      ])
    for r in list {
      table.append([
        .number(Double(r.year), .year), .number(r.direct.median, style),
        .number(r.direct.probabilityOfAttaining, .probability),
        .number(r.formulaAtDriverMedians, style), .number(r.scenarioMedian, style),
      ])
    }
    return table
  }

  /// Why the two numbers differ, in a paragraph: what each continues, the
  /// drivers the formula uses and where they come from, and the two steps
  /// of the gap with their sizes.
  func explanation(indicator: Indicator?, in l: Language) -> String {
    let style = ScenarioStyles.value(indicator)
    let code = indicator?.code ?? l.text(id: "indikator", en: "the indicator")
    let inFormula = drivers
    func show(_ driver: Driver) -> String {
      driver.name + " " + ScenarioStyles.driver(driver.median).text(driver.median, in: l)
    }
    let forecast = inFormula.filter { $0.forecastFrom != nil }.map { d in
      show(d)
        + l.text(
          id: " (proyeksi dari riwayat \(d.forecastFrom?.word.indonesian ?? "") \(code))",
          en: " (forecast from the history of \(code)'s \(d.forecastFrom?.word.english ?? ""))")
    }
    let given = inFormula.filter { $0.forecastFrom == nil }.map(show)
    var parts = forecast
    if !given.isEmpty {
      parts.append(
        given.joined(separator: ", ")
          + l.text(id: " (dari berkas skenario)", en: " (from the scenario file)"))
    }
    var text = l.text(
      id: "Mengapa berbeda (\(year)): proyeksi langsung \(style.text(direct.median, in: l))"
        + " melanjutkan riwayat \(code) sendiri, seperti tinjauan target. Skenario"
        + " \"\(scenario)\" menghitung \(code) dari pemicunya dengan rumus berkas skenario: "
        + parts.joined(separator: "; ") + ".",
      en: "Why they differ (\(year)): the direct forecast \(style.text(direct.median, in: l))"
        + " continues \(code)'s own history, as the target review does. The scenario"
        + " \"\(scenario)\" computes \(code) from its drivers with the scenario file's formula: "
        + parts.joined(separator: "; ") + ".")
    guard let central = formulaAtDriverMedians else {
      return text
        + l.text(
          id: " Rumus tidak terdefinisi pada nilai tengah pemicu.",
          en: " The formula is undefined at the drivers' medians.")
    }
    text +=
      " "
      + l.text(
        id: "Rumus pada nilai tengah pemicu memberi \(style.text(central, in: l)),"
          + " \(gap(central, direct.median, indicator, in: l)) proyeksi langsung: selisih ini"
          + " berasal dari cara skenario membangun \(code) — nilai pemicu dan rumus — bukan dari"
          + " tren \(code) sendiri.",
        en: "The formula at the drivers' medians gives \(style.text(central, in: l)),"
          + " \(gap(central, direct.median, indicator, in: l)) the direct forecast: this gap"
          + " comes from how the scenario builds \(code) — the drivers' values and the formula —"
          + " not from \(code)'s own trend.")
    // A shift within the draws' noise, or one the indicator's decimals do
    // not show, is no shift to a reader.
    let (noiseStyle, inPoints) = ScenarioStyles.difference(indicator)
    let noise =
      noiseStyle.text(medianNoise, in: l)
      + (inPoints ? l.text(id: " poin persen", en: " percentage points") : "")
    let within =
      abs(scenarioMedian - central) <= medianNoise
      || style.text(scenarioMedian, in: l) == style.text(central, in: l)
    text +=
      " "
      + (within
        ? l.text(
          id: "Sebaran pemicu tidak menggeser nilai tengah skenario"
            + " (\(style.text(scenarioMedian, in: l))) lebih dari derau penarikan (±\(noise)).",
          en: "The drivers' spread does not move the scenario's median"
            + " (\(style.text(scenarioMedian, in: l))) beyond the draws' noise (±\(noise)).")
        : l.text(
          id: "Sebaran pemicu melalui rumus menggeser nilai tengah skenario ke"
            + " \(style.text(scenarioMedian, in: l)) (\(gap(scenarioMedian, central, indicator, in: l))"
            + " nilai rumus pada nilai tengah pemicu; derau penarikan ±\(noise)).",
          en: "The drivers' spread through the formula moves the scenario's median to"
            + " \(style.text(scenarioMedian, in: l)) (\(gap(scenarioMedian, central, indicator, in: l))"
            + " the formula at the drivers' medians; the draws' noise is ±\(noise))."))
    return text
  }

  /// `3,33 poin persen di bawah` / `3.33 percentage points below`; `sama
  /// dengan` / `equal to` for no gap.
  private func gap(_ a: Double, _ b: Double, _ indicator: Indicator?, in l: Language) -> String {
    let d = ScenarioStyles.difference(a, b)
    guard d != 0 else { return l.text(id: "sama dengan", en: "equal to") }
    let (style, inPoints) = ScenarioStyles.difference(indicator)
    let size =
      style.text(abs(d), in: l)
      + (inPoints ? l.text(id: " poin persen", en: " percentage points") : "")
    return d < 0
      ? l.text(id: "\(size) di bawah", en: "\(size) below")
      : l.text(id: "\(size) di atas", en: "\(size) above")
  }

  /// `year`, `scenario`, `directMedian`, `formulaAtDriverMedians`,
  /// `scenarioMedian`, `medianNoise`, `drivers` [{`name`, `median`, `forecastFrom`
  /// (`numerator`, `denominator`, `value` or null)}].
  var json: JSONValue {
    .object([
      ("year", .int(year)), ("scenario", .string(scenario)),
      ("directMedian", .double(direct.median)),
      ("formulaAtDriverMedians", formulaAtDriverMedians.map(JSONValue.double) ?? .null),
      ("scenarioMedian", .double(scenarioMedian)), ("medianNoise", .double(medianNoise)),
      (
        "drivers",
        .array(
          drivers.map {
            .object([
              ("name", .string($0.name)), ("median", .double($0.median)),
              ("forecastFrom", $0.forecastFrom.map { .string($0.rawValue) } ?? .null),
            ])
          })
      ),
    ])
  }
}

extension DirectForecast {
  /// `year`, `median`, `probabilityOfAttaining` and the scenario's
  /// `reconciliation` (``ScenarioReconciliation/json``, or null): a direct
  /// forecast as the scenario outputs give it.
  func json(_ reconciliation: ScenarioReconciliation?) -> JSONValue {
    .object([
      ("year", .int(year)), ("median", .double(median)),
      ("probabilityOfAttaining", probabilityOfAttaining.map(JSONValue.double) ?? .null),
      ("reconciliation", reconciliation?.json ?? .null),
    ])
  }
}
