import IKUForecast

extension DatasetReview {
  /// The review as a ``Document`` for a view: what every format shows
  /// (``TextRenderer`` for a terminal and Markdown, ``CSVRenderer``,
  /// ``XLSXRenderer``), every number a typed cell in its indicator's style.
  ///
  /// The overview holds the finished year's assessment (when there is one),
  /// then one row per indicator with the forecast (median and interval),
  /// the target, the chance of attaining it and the findings in a few
  /// words; spreadsheets also get the category the median would give, the
  /// findings in sentences and the recommended target with its reason
  /// (detail columns), which the reading formats list under the table.
  /// `forecast` holds every interval level; `check` one row per finding (in
  /// words: the codes are JSON's); `suggest` the realistic, challenging and
  /// recommended targets and each indicator's Renstra path.
  public func document(_ view: ReviewView, in l: Language) -> Document {
    let heading: String
    switch view {
    case .overview: heading = l.text(id: "Tinjauan target \(year)", en: "Target review \(year)")
    case .forecast: heading = l.text(id: "Proyeksi \(year)", en: "Forecast \(year)")
    case .check: heading = l.text(id: "Pemeriksaan target \(year)", en: "Target check \(year)")
    case .suggest: heading = l.text(id: "Saran target \(year)", en: "Suggested targets \(year)")
    }
    var notes: [Document.Note] = []
    if !source.isEmpty {
      notes.append(.init(.source, l.text(id: "Sumber: ", en: "Source: ") + source))
    }
    if !illustrativeYears.isEmpty {
      let years = Self.span(illustrativeYears)
      notes.append(
        .init(
          .warning,
          l.text(
            id: "tahun \(years): ilustrasi, bukan data resmi",
            en: "years \(years): illustrative, not official data")))
    }
    var blocks: [Document.Block] = []
    if view == .overview, let assessment {
      blocks.append(.heading(assessment.heading(in: l)))
      blocks.append(.table(assessment.documentTable(in: l)))
      blocks.append(.heading(heading))
    }
    let last = indicators.compactMap(\.lastActual?.year).max().map(String.init) ?? ""
    switch view {
    case .overview:
      blocks.append(.table(overviewTable(last: last, in: l)))
      let recommended = indicators.compactMap { review in
        review.suggestions.map { (review, $0.recommended) }
      }
      if !recommended.isEmpty {
        blocks.append(.heading(l.text(id: "Saran target \(year)", en: "Suggested targets \(year)")))
        blocks.append(
          .list(
            recommended.map { review, suggestion in
              review.indicator.code + ": "
                + ValueStyle.value(of: review.indicator).text(suggestion.value, in: l) + " — "
                + suggestion.reason(in: l)
            }))
      }
    case .forecast:
      blocks.append(.table(forecastTable(last: last, in: l)))
      blocks.append(
        .paragraph(
          l.text(
            id: "Proyeksi = median; interval prediksi untuk nilai tahun itu.",
            en: "Projection = median; prediction intervals for that year's value.")))
    case .check:
      blocks.append(.table(checkTable(in: l)))
      let warnings = indicators.flatMap(\.flags).filter { $0.severity != .info }.count
      let warned = indicators.filter { $0.flags.contains { $0.severity != .info } }.count
      blocks.append(
        .paragraph(
          l.text(
            id: "\(warnings) peringatan pada \(warned) dari \(indicators.count) indikator.",
            en: "\(warnings) warnings on \(warned) of \(indicators.count) indicators.")))
    case .suggest:
      blocks.append(.table(suggestTable(last: last, in: l)))
      for review in indicators where !(review.suggestions?.path.isEmpty ?? true) {
        let title = l.text(id: "Jalur Renstra ", en: "Renstra path ") + review.indicator.code
        blocks.append(.heading(title))
        blocks.append(.table(review.pathTable(name: title, in: l)))
      }
    }
    return Document(title: "\(heading) — \(title)", language: l, notes: notes, blocks: blocks)
  }

  private func overviewTable(last: String, in l: Language) -> Document.Table {
    let level =
      indicators.first { $0.forecast?.intervals.first != nil }?.forecast?.intervals
      .first?.level ?? 0.8
    let percent = NumberFormat(l).level(level)
    var table = Document.Table(
      name: l.text(id: "Tinjauan \(year)", en: "Review \(year)"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .name(l.text(id: "Indikator", en: "Indicator")),
        .init(l.text(id: "Realisasi \(last)", en: "Actual \(last)")),
        .init(l.text(id: "Proyeksi \(year)", en: "Forecast \(year)")),
        .interval(l.text(id: "Interval \(percent)", en: "\(percent) interval")),
        .init("Target \(year)"), .init(l.text(id: "Peluang", en: "Chance")),
        .init(l.text(id: "Catatan", en: "Notes")),
        .detail(l.text(id: "Kategori menurut proyeksi", en: "Category by the forecast")),
        .detail(l.text(id: "Temuan", en: "Findings")),
        .detail(l.text(id: "Saran target", en: "Recommended target")),
        .detail(l.text(id: "Alasan", en: "Reason")),
      ])
    for r in indicators {
      let style = ValueStyle.value(of: r.indicator)
      let projection = r.projectionStyle(level: level)
      let interval = r.forecast?.intervals.first { $0.level == level }
      table.append([
        .text(r.indicator.code), .text(r.indicator.name),
        .number(r.lastActual?.value, style), .number(r.forecast?.median, projection),
        interval.map { .interval(lower: $0.lower, upper: $0.upper, projection) } ?? .missing,
        Document.Cell.target(r.targetRange, style), .number(r.probabilityOfAttaining, .probability),
        .text(r.notes(l)), .text(r.categoryCell(in: l)),
        .text(r.flags.map { $0.message(in: l) }.joined(separator: "; ")),
        .number(r.suggestions?.recommended.value, style),
        .text(r.suggestions?.recommended.reason(in: l) ?? "–"),
      ])
    }
    return table
  }

  private func forecastTable(last: String, in l: Language) -> Document.Table {
    let levels =
      indicators.first { !($0.forecast?.intervals.isEmpty ?? true) }?.forecast?
      .intervals.map(\.level) ?? [0.8, 0.95]
    var table = Document.Table(
      name: l.text(id: "Proyeksi \(year)", en: "Forecast \(year)"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .name(l.text(id: "Indikator", en: "Indicator")),
        .init("Model"), .init(l.text(id: "Realisasi \(last)", en: "Actual \(last)")),
        .init(l.text(id: "Proyeksi \(year)", en: "Forecast \(year)")),
      ]
        + levels.map {
          .interval(l.text(id: "Interval ", en: "Interval ") + NumberFormat(l).level($0))
        }
        + [.init("Target \(year)"), .init(l.text(id: "Peluang", en: "Chance"))])
    for r in indicators {
      let style = ValueStyle.value(of: r.indicator)
      let projection = r.projectionStyle(level: levels.first ?? 0.8)
      let intervals: [Document.Cell] = levels.map { level in
        r.forecast?.intervals.first { $0.level == level }.map {
          .interval(lower: $0.lower, upper: $0.upper, r.projectionStyle(level: level))
        } ?? .missing
      }
      table.append(
        [
          .text(r.indicator.code), .text(r.indicator.name), .text(r.model ?? "–"),
          .number(r.lastActual?.value, style), .number(r.forecast?.median, projection),
        ] + intervals + [
          Document.Cell.target(r.targetRange, style),
          .number(r.probabilityOfAttaining, .probability),
        ])
    }
    return table
  }

  private func checkTable(in l: Language) -> Document.Table {
    var table = Document.Table(
      name: l.text(id: "Pemeriksaan \(year)", en: "Check \(year)"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .name(l.text(id: "Indikator", en: "Indicator")),
        .init(l.text(id: "Tingkat", en: "Severity")), .init(l.text(id: "Temuan", en: "Finding")),
      ])
    for r in indicators {
      for flag in r.flags {
        table.append([
          .text(r.indicator.code), .text(r.indicator.name),
          .text(ReviewFlag.word(for: flag.severity, in: l)), .text(flag.message(in: l)),
        ])
      }
    }
    return table
  }

  private func suggestTable(last: String, in l: Language) -> Document.Table {
    var table = Document.Table(
      name: l.text(id: "Saran \(year)", en: "Suggestions \(year)"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .name(l.text(id: "Indikator", en: "Indicator")),
        .init(l.text(id: "Realisasi \(last)", en: "Actual \(last)")),
        .init(l.text(id: "Target lembar", en: "Sheet target")),
        .init(l.text(id: "Realistis", en: "Realistic")),
        .init(l.text(id: "Peluang realistis", en: "Chance (realistic)")),
        .init(l.text(id: "Menantang", en: "Challenging")),
        .init(l.text(id: "Peluang menantang", en: "Chance (challenging)")),
        .init(l.text(id: "Disarankan", en: "Recommended")),
        .init(l.text(id: "Peluang disarankan", en: "Chance (recommended)")),
        .init(l.text(id: "Alasan", en: "Reason")),
      ])
    for r in indicators {
      let style = ValueStyle.value(of: r.indicator)
      let s = r.suggestions
      table.append([
        .text(r.indicator.code), .text(r.indicator.name), .number(r.lastActual?.value, style),
        Document.Cell.target(r.targetRange, style), .number(s?.realistic?.value, style),
        .number(s?.realistic?.probability, .probability), .number(s?.challenging?.value, style),
        .number(s?.challenging?.probability, .probability),
        .number(s?.recommended.value, style), .number(s?.recommended.probability, .probability),
        .text(s?.recommended.reason(in: l) ?? "–"),
      ])
    }
    return table
  }
}

extension IndicatorReview {
  /// The Renstra path (`suggest --through`) as a table.
  func pathTable(name: String, in l: Language) -> Document.Table {
    let style = ValueStyle.value(of: indicator)
    var table = Document.Table(
      name: name,
      columns: [
        l.text(id: "Tahun", en: "Year"), "Target", l.text(id: "Peluang", en: "Chance"),
        l.text(id: "Catatan", en: "Note"),
      ])
    for point in suggestions?.path ?? [] {
      table.append([
        .number(Double(point.year), .year), .number(point.value, style),
        .number(point.probability, .probability),
        .text(point.flags.map { $0.message(in: l) }.joined(separator: "; ")),
      ])
    }
    return table
  }
}

extension YearAssessment {
  /// The finished year as a table of typed cells.
  func documentTable(in l: Language) -> Document.Table {
    var table = Document.Table(
      name: l.text(id: "Capaian \(year)", en: "Achievement \(year)"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .name(l.text(id: "Indikator", en: "Indicator")),
        .init("Target \(year)"), .init(l.text(id: "Realisasi \(year)", en: "Actual \(year)")),
        .init(l.text(id: "Capaian", en: "Achievement")),
        .init(l.text(id: "Kategori", en: "Category")), .init(l.text(id: "Catatan", en: "Notes")),
      ])
    for row in rows {
      let style = ValueStyle.value(of: row.indicator)
      table.append([
        .text(row.indicator.code), .text(row.indicator.name),
        .target(row.target, style),
        .number(row.actual, style), .number(row.achievement?.value, .percent(decimals: 2)),
        .text(row.achievement?.category.label(in: l) ?? "–"),
        .text(row.isIllustrative ? l.text(id: "ilustrasi", en: "illustrative") : ""),
      ])
    }
    return table
  }
}
