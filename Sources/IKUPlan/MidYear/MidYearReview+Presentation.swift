extension MidYearProjection.Basis {
  /// What the projection rests on, in a planner's words.
  public func description(in l: Language) -> String {
    switch self {
    case .seasonalShares:
      return l.text(
        id: "pola triwulan tahun-tahun sebelumnya", en: "quarterly pattern of earlier years")
    case .runRateWithTrend:
      return l.text(
        id:
          "laju s.d. triwulan ini digabung tren tahunan (tanpa riwayat triwulan; sebaran laju diasumsikan)",
        en:
          "run rate so far combined with the annual trend (no quarterly history; run-rate spread assumed)"
      )
    case .runRate:
      return l.text(
        id: "laju s.d. triwulan ini saja (tanpa riwayat; sebaran diasumsikan, interval lebar)",
        en: "run rate so far only (no history; spread assumed, wide interval)")
    case .jointRatio:
      return l.text(
        id: "pembilang dan penyebut diproyeksikan bersama",
        en: "numerator and denominator projected jointly")
    case .blendedWithForecast:
      return l.text(
        id: "nilai s.d. triwulan ini digabung proyeksi tahunan",
        en: "year-to-date value blended with the annual forecast")
    case .yearToDateOnly:
      return l.text(
        id: "nilai s.d. triwulan ini saja (riwayat tahunan kurang untuk interval)",
        en: "year-to-date value only (too little annual history for an interval)")
    case .complete:
      return l.text(id: "tahun sudah lengkap", en: "the year is complete")
    }
  }
}

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

  /// The review for people, or Markdown.
  public func text(in l: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(l)
    func show(_ value: Double, _ indicator: Indicator) -> String {
      number.value(value, of: indicator)
    }
    var out = markdown ? "## " : ""
    out += l.text(
      id: "Tinjauan triwulan \(quarter) tahun \(year)", en: "Quarter \(quarter) review \(year)")
    out += " — \(title)\n"
    if projections.contains(where: \.illustrative) {
      out +=
        (markdown ? "\n" : "")
        + l.text(
          id: "Memakai nilai ilustrasi, bukan data resmi.",
          en: "Uses illustrative values, not official data.") + "\n"
    }
    out += "\n"
    let level = projections.first { !$0.intervals.isEmpty }?.intervals.first?.level ?? 0.8
    var rows = [
      [
        l.text(id: "Kode", en: "Code"),
        l.text(id: "s.d. TW \(quarter)", en: "To Q\(quarter)"),
        l.text(
          id: "Proyeksi akhir \(year) (\(Int((level * 100).rounded()))%)",
          en: "Year-end \(year) (\(Int((level * 100).rounded()))%)"),
        "Target", l.text(id: "Peluang", en: "Chance"), "Status",
        l.text(id: "Dasar proyeksi", en: "Basis"),
      ]
    ]
    for p in projections {
      let interval =
        p.intervals.first.map {
          " (" + show($0.lower, p.indicator) + "–" + show($0.upper, p.indicator) + ")"
        } ?? ""
      rows.append([
        p.indicator.code, show(p.yearToDate, p.indicator), show(p.median, p.indicator) + interval,
        p.targetRange.map { range in range.text { show($0, p.indicator) } } ?? "–",
        DatasetReview.percent(p.probabilityOfAttaining, l), p.status?.label(in: l) ?? "–",
        p.basis.description(in: l)
          + (p.illustrative ? l.text(id: "; ilustrasi", en: "; illustrative") : ""),
      ])
    }
    let right = [false, true, true, true, true, false, false]
    out +=
      markdown ? markdownTable(rows, rightAligned: right) : alignedTable(rows, rightAligned: right)
    let paces = projections.compactMap { p in p.requiredPace.map { (p, $0) } }
    if !paces.isEmpty {
      out += "\n"
      for (p, pace) in paces {
        out +=
          (markdown ? "- " : "") + p.indicator.code + ": "
          + l.text(
            id: "perlu \(show(max(pace.required, 0), p.indicator)) per triwulan sampai akhir tahun"
              + " (sejauh ini \(show(pace.soFar, p.indicator)) per triwulan)",
            en:
              "needs \(show(max(pace.required, 0), p.indicator)) per quarter for the rest of the year"
              + " (so far \(show(pace.soFar, p.indicator)) per quarter)") + "\n"
      }
    }
    let annual = projections.compactMap { p in p.annualForecast.map { (p, $0) } }
    if !annual.isEmpty {
      out +=
        "\n"
        + l.text(
          id: "Proyeksi tahunan dari riwayat tahunan saja (sama dengan tinjauan target; tanpa"
            + " data triwulan \(year)):",
          en: "Annual forecast from the yearly history alone (as in the target review; without"
            + " the \(year) quarters):") + "\n"
      for (p, a) in annual {
        out +=
          (markdown ? "- " : "  ") + p.indicator.code + ": " + show(a.median, p.indicator)
          + l.text(id: ", peluang ", en: ", chance ")
          + DatasetReview.percent(a.probabilityOfAttaining, l) + "\n"
      }
    }
    if !withoutData.isEmpty {
      out +=
        "\n"
        + l.text(
          id: "Tanpa data triwulan \(quarter): ", en: "No quarter \(quarter) data: ")
        + withoutData.joined(separator: ", ") + "\n"
    }
    return out
  }
}
