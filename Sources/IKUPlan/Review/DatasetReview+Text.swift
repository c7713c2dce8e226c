import IKUForecast

/// What a review command shows.
public enum ReviewView: Sendable {
  /// `ikuplan`: projection, target, probability and notes, then suggestions.
  case overview
  /// `ikuplan forecast`: the forecast with its intervals.
  case forecast
  /// `ikuplan check`: the flags.
  case check
  /// `ikuplan suggest`: suggested targets (and the path).
  case suggest
}

extension DatasetReview {
  /// The review as text for people (`markdown: false`) or as Markdown for
  /// documents (`markdown: true`), in the language's words and numbers.
  public func text(_ view: ReviewView, in language: Language, markdown: Bool = false) -> String {
    let l = language
    let heading: String
    switch view {
    case .overview: heading = l.text(id: "Tinjauan target \(year)", en: "Target review \(year)")
    case .forecast: heading = l.text(id: "Proyeksi \(year)", en: "Forecast \(year)")
    case .check: heading = l.text(id: "Pemeriksaan target \(year)", en: "Target check \(year)")
    case .suggest: heading = l.text(id: "Saran target \(year)", en: "Suggested targets \(year)")
    }
    var out = (markdown ? "## " : "") + "\(heading) — \(title)\n"
    var sourceLine = source.isEmpty ? "" : l.text(id: "Sumber: ", en: "Source: ") + source
    if !illustrativeYears.isEmpty {
      let years = Self.span(illustrativeYears)
      let note = l.text(
        id: "tahun \(years): ilustrasi, bukan data resmi",
        en: "years \(years): illustrative, not official data")
      sourceLine += sourceLine.isEmpty ? note : "; " + note
    }
    if !sourceLine.isEmpty { out += (markdown ? "\n" : "") + sourceLine + "\n" }
    out += "\n"
    if view == .overview, let assessment {
      out += assessment.text(in: l, markdown: markdown) + "\n"
      out += (markdown ? "### " : "") + heading + "\n" + (markdown ? "\n" : "")
    }
    let (rows, right) = table(view, in: l, markdown: markdown)
    out +=
      markdown ? markdownTable(rows, rightAligned: right) : alignedTable(rows, rightAligned: right)
    switch view {
    case .overview:
      out += "\n" + l.text(id: "Saran target \(year):", en: "Suggested targets \(year):") + "\n"
      let width = indicators.map(\.indicator.code.count).max() ?? 0
      for review in indicators {
        guard let recommended = review.suggestions?.recommended else { continue }
        let code = review.indicator.code
        out +=
          (markdown ? "- " : "  ") + code
          + String(repeating: " ", count: markdown ? 1 : width - code.count + 2)
          + review.show(recommended.value, l) + " — " + recommended.reason(in: l) + "\n"
      }
    case .check:
      let warnings = indicators.flatMap(\.flags).filter { $0.severity != .info }.count
      out +=
        "\n"
        + l.text(
          id: "\(warnings) peringatan pada \(indicators.count) indikator.",
          en: "\(warnings) warnings on \(indicators.count) indicators.") + "\n"
    case .suggest:
      for review in indicators where !(review.suggestions?.path.isEmpty ?? true) {
        let path = review.suggestions?.path ?? []
        out += "\n" + (markdown ? "### " : "")
        out += l.text(id: "Jalur Renstra ", en: "Renstra path ") + review.indicator.code + "\n"
        if markdown { out += "\n" }
        let rows =
          [
            [
              l.text(id: "Tahun", en: "Year"), "Target",
              l.text(id: "Peluang", en: "Probability"), l.text(id: "Catatan", en: "Note"),
            ]
          ]
          + path.map {
            [
              String($0.year), review.show($0.value, l), Self.percent($0.probability, l),
              $0.flags.map { $0.message(in: l) }.joined(separator: "; "),
            ]
          }
        out +=
          markdown
          ? markdownTable(rows, rightAligned: [false, true, true, false])
          : alignedTable(rows, rightAligned: [false, true, true, false])
      }
    case .forecast:
      out +=
        "\n"
        + l.text(
          id: "Proyeksi = median; interval prediksi untuk nilai tahun itu.",
          en: "Projection = median; prediction intervals for that year's value.") + "\n"
    }
    return out
  }

  private func table(_ view: ReviewView, in l: Language, markdown: Bool) -> ([[String]], [Bool]) {
    let last = indicators.compactMap(\.lastActual?.year).max().map(String.init) ?? ""
    switch view {
    case .overview:
      let level = Int(((indicators.first?.forecast?.intervals.first?.level ?? 0.8) * 100).rounded())
      var rows = [
        [
          l.text(id: "Kode", en: "Code"), l.text(id: "Indikator", en: "Indicator"),
          l.text(id: "Realisasi \(last)", en: "Actual \(last)"),
          l.text(id: "Proyeksi \(year) (\(level)%)", en: "Forecast \(year) (\(level)%)"),
          "Target \(year)", l.text(id: "Peluang", en: "Chance"),
          l.text(id: "Catatan", en: "Notes"),
        ]
      ]
      for r in indicators {
        rows.append([
          r.indicator.code, markdown ? r.indicator.name : Self.shorten(r.indicator.name, 30),
          r.lastActual.map { r.show($0.value, l) } ?? "–", r.projection(l),
          r.targetRange.map { r.show($0, l) } ?? "–", Self.percent(r.probabilityOfAttaining, l),
          r.notes(l),
        ])
      }
      return (rows, [false, false, true, true, true, true, false])
    case .forecast:
      let levels =
        indicators.first { !($0.forecast?.intervals.isEmpty ?? true) }?.forecast?
        .intervals.map(\.level) ?? [0.8, 0.95]
      var rows = [
        [
          l.text(id: "Kode", en: "Code"), "Model",
          l.text(id: "Realisasi \(last)", en: "Actual \(last)"),
          l.text(id: "Proyeksi \(year)", en: "Forecast \(year)"),
        ] + levels.map { "\(Int(($0 * 100).rounded()))%" }
          + ["Target", l.text(id: "Peluang", en: "Chance")]
      ]
      for r in indicators {
        let intervals = levels.map { level in
          r.forecast?.intervals.first { $0.level == level }.map {
            r.show($0.lower, l) + "–" + r.show($0.upper, l)
          } ?? "–"
        }
        rows.append(
          [
            r.indicator.code, r.model ?? "–", r.lastActual.map { r.show($0.value, l) } ?? "–",
            r.forecast.map { r.show($0.median, l) } ?? "–",
          ] + intervals + [
            r.targetRange.map { r.show($0, l) } ?? "–", Self.percent(r.probabilityOfAttaining, l),
          ])
      }
      return (rows, [false, false] + Array(repeating: true, count: 4 + levels.count))
    case .check:
      var rows = [
        [
          l.text(id: "Kode", en: "Code"), l.text(id: "Tingkat", en: "Severity"),
          l.text(id: "Temuan", en: "Finding"),
        ]
      ]
      // The finding in words; its code is JSON's (`flags[].code`).
      for r in indicators {
        for flag in r.flags {
          rows.append([r.indicator.code, Self.severity(flag.severity, l), flag.message(in: l)])
        }
      }
      return (rows, [false, false, false])
    case .suggest:
      var rows = [
        [
          l.text(id: "Kode", en: "Code"), l.text(id: "Realisasi \(last)", en: "Actual \(last)"),
          l.text(id: "Target lembar", en: "Sheet target"),
          l.text(id: "Realistis", en: "Realistic"), l.text(id: "Menantang", en: "Challenging"),
          l.text(id: "Disarankan", en: "Recommended"), l.text(id: "Alasan", en: "Reason"),
        ]
      ]
      for r in indicators {
        let s = r.suggestions
        func cell(_ suggestion: Suggestions.Suggestion?) -> String {
          guard let suggestion else { return "–" }
          return r.show(suggestion.value, l)
            + (suggestion.probability.map { " (" + Self.percent($0, l) + ")" } ?? "")
        }
        rows.append([
          r.indicator.code, r.lastActual.map { r.show($0.value, l) } ?? "–",
          r.targetRange.map { r.show($0, l) } ?? "–", cell(s?.realistic), cell(s?.challenging),
          cell(s?.recommended), s?.recommended.reason(in: l) ?? "–",
        ])
      }
      return (rows, [false, true, true, true, true, true, false])
    }
  }

  /// A chance by the one rule for chances (``ValueStyle/probability``).
  static func percent(_ p: Double?, _ l: Language) -> String {
    p.map { ValueStyle.probability.text($0, in: l) } ?? "–"
  }

  static func shorten(_ text: String, _ width: Int) -> String {
    text.count > width ? String(text.prefix(width - 1)) + "…" : text
  }

  static func severity(_ severity: ReviewFlag.Severity, _ l: Language) -> String {
    switch severity {
    case .error: return l.text(id: "galat", en: "error")
    case .warning: return l.text(id: "peringatan", en: "warning")
    case .info: return l.text(id: "informasi", en: "info")
    }
  }

  /// `2021–2023`, or the years listed when they are not a run.
  static func span(_ years: [Int]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    if years.count > 1 && last - first == years.count - 1 { return "\(first)–\(last)" }
    return years.map(String.init).joined(separator: ", ")
  }
}

extension YearAssessment {
  /// The finished year's heading: `Capaian kinerja 2020 (target dan
  /// realisasi)`.
  func heading(in l: Language) -> String {
    l.text(
      id: "Capaian kinerja \(year) (target dan realisasi)",
      en: "Performance achievement \(year) (target and actual)")
  }

  /// The finished year's table, header row first: target, realisation,
  /// capaian and its category per indicator; names whole for documents
  /// (`whole`), shortened for a terminal.
  func table(in l: Language, whole: Bool = false) -> [[String]] {
    let format = NumberFormat(l)
    let header = [
      l.text(id: "Kode", en: "Code"), l.text(id: "Indikator", en: "Indicator"),
      "Target \(year)", l.text(id: "Realisasi \(year)", en: "Actual \(year)"),
      l.text(id: "Capaian", en: "Achievement"), l.text(id: "Kategori", en: "Category"),
      l.text(id: "Catatan", en: "Notes"),
    ]
    return [header]
      + rows.map { row in
        [
          row.indicator.code,
          whole ? row.indicator.name : DatasetReview.shorten(row.indicator.name, 30),
          row.target.text { format.value($0, of: row.indicator) },
          format.value(row.actual, of: row.indicator),
          row.achievement.map { format.percent($0.value) } ?? "–",
          row.achievement?.category.label(in: l) ?? "–",
          row.isIllustrative ? l.text(id: "ilustrasi", en: "illustrative") : "",
        ]
      }
  }

  /// Which columns of ``table(in:)`` are numbers.
  static let rightAligned = [false, false, true, true, true, false, false]

  /// The heading and the table, as text or Markdown.
  func text(in l: Language, markdown: Bool) -> String {
    let rows = table(in: l, whole: markdown)
    return (markdown ? "### " : "") + heading(in: l) + "\n" + (markdown ? "\n" : "")
      + (markdown
        ? markdownTable(rows, rightAligned: Self.rightAligned)
        : alignedTable(rows, rightAligned: Self.rightAligned))
  }
}

extension NumberFormat {
  /// A value in an indicator's unit: `39,67%`, `5.517`, `0,292`: a
  /// percentage with two decimals, anything else with the decimals its
  /// kind keeps (``TargetPath/decimals(_:)``).
  func value(_ value: Double, of indicator: Indicator) -> String {
    indicator.isPercentage
      ? percent(value) : fixed(value, decimals: TargetPath.decimals(indicator))
  }
}

extension IndicatorReview {
  /// A value in the indicator's unit: `39,67%`, `5.517`.
  func show(_ value: Double, _ l: Language) -> String {
    NumberFormat(l).value(value, of: indicator)
  }

  /// A target in the indicator's unit: `72,28`, a range `72,28–73,77`.
  func show(_ target: TargetRange, _ l: Language) -> String {
    target.text { show($0, l) }
  }

  /// `42,1% (38,0–46,3)`: median and the first interval, one decimal less
  /// for a percentage — more where one decimal would hide the spread or the
  /// value (99,958–99,977 is not `100,0–100,0`, 0,02% is not `0,0%`).
  func projection(_ l: Language) -> String {
    guard let forecast else { return "–" }
    let format = NumberFormat(l)
    var decimals = indicator.isPercentage ? 1 : TargetPath.decimals(indicator)
    let interval = forecast.intervals.first
    while indicator.isPercentage && decimals < 4 {
      let hidesSpread = interval.map {
        $0.lower != $0.upper
          && format.fixed($0.lower, decimals: decimals)
            == format.fixed($0.upper, decimals: decimals)
      }
      let hidesValue =
        forecast.median != 0
        && format.fixed(forecast.median, decimals: decimals)
          == format.fixed(0, decimals: decimals)
      guard hidesSpread ?? false || hidesValue else { break }
      decimals += 1
    }
    func short(_ value: Double) -> String { format.fixed(value, decimals: decimals) }
    let unit = indicator.isPercentage ? "%" : ""
    guard let interval else { return short(forecast.median) + unit }
    return short(forecast.median) + unit + " (" + short(interval.lower) + "–"
      + short(interval.upper)
      + ")"
  }

  /// Short notes for the overview: warnings and errors first.
  func notes(_ l: Language) -> String {
    flags.map { (flag: ReviewFlag) -> String in
      (flag.severity == .info ? "" : "⚠ ") + label(flag, l)
    }.joined(separator: "; ")
  }

  /// A finding in a few words, for a table cell (its code is JSON's).
  func label(_ flag: ReviewFlag, _ l: Language) -> String {
    switch flag.code {
    case .targetBelowLastActual:
      let year = lastActual.map { String($0.year) } ?? ""
      return indicator.polarity == .lower
        ? l.text(id: "di atas realisasi \(year)", en: "above the \(year) actual")
        : l.text(id: "di bawah realisasi \(year)", en: "below the \(year) actual")
    case .targetOutsideBounds: return l.text(id: "di luar batas", en: "outside bounds")
    case .targetUnrealistic: return l.text(id: "tidak realistis", en: "unrealistic")
    case .targetTooEasy: return l.text(id: "terlalu mudah", en: "too easy")
    case .insufficientHistory: return l.text(id: "riwayat kurang", en: "short history")
    case .noVariation: return l.text(id: "riwayat tetap", en: "no variation")
    case .illustrativeData: return l.text(id: "ilustrasi", en: "illustrative")
    case .noTarget: return l.text(id: "tanpa target", en: "no target")
    }
  }
}
