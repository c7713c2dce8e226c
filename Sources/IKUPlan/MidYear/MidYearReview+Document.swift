import IKUForecast

extension MidYearReview {
  /// The mid-year review as a ``Document`` for every format: one row per
  /// indicator with the year to date, the year-end projection (median and
  /// interval), the target, the chance, the status and the basis; then the
  /// pace still needed and the annual forecast from the yearly history
  /// alone, each under its heading, a table of typed cells.
  public func document(in l: Language) -> Document {
    var notes: [Document.Note] = []
    if projections.contains(where: \.illustrative) {
      notes.append(
        .init(
          .warning,
          l.text(
            id: "Memakai nilai ilustrasi, bukan data resmi.",
            en: "Uses illustrative values, not official data.")))
    }
    let level = projections.first { !$0.intervals.isEmpty }?.intervals.first?.level ?? 0.8
    let percent = NumberFormat(l).level(level)
    var main = Document.Table(
      name: l.text(id: "Triwulan \(quarter) \(year)", en: "Q\(quarter) \(year)"),
      columns: [
        .init(l.text(id: "Kode", en: "Code")), .name(l.text(id: "Indikator", en: "Indicator")),
        .init(l.text(id: "s.d. TW \(quarter)", en: "To Q\(quarter)")),
        .init(l.text(id: "Proyeksi akhir \(year)", en: "Year-end \(year)")),
        .interval(l.text(id: "Interval \(percent)", en: "\(percent) interval")),
        .init("Target"),
        .init(l.text(id: "Peluang", en: "Chance")), .init("Status"),
        .init(l.text(id: "Dasar proyeksi", en: "Basis")),
      ])
    for p in projections {
      let style = ValueStyle.value(of: p.indicator)
      let interval = p.intervals.first
      main.append([
        .text(p.indicator.code), .text(p.indicator.name), .number(p.yearToDate, style),
        .number(p.median, style),
        interval.map { .interval(lower: $0.lower, upper: $0.upper, style) } ?? .missing,
        .target(p.targetRange, style),
        .number(p.probabilityOfAttaining, .probability), .text(p.status?.label(in: l) ?? "–"),
        .text(
          p.basis.description(in: l)
            + (p.illustrative ? l.text(id: "; ilustrasi", en: "; illustrative") : "")),
      ])
    }
    var blocks: [Document.Block] = [.table(main)]
    let paces = projections.compactMap { p in p.requiredPace.map { (p, $0) } }
    if !paces.isEmpty {
      var table = Document.Table(
        name: l.text(id: "Laju yang diperlukan", en: "Pace needed"),
        columns: [
          l.text(id: "Kode", en: "Code"),
          l.text(id: "Perlu per triwulan", en: "Needed per quarter"),
          l.text(id: "Sejauh ini per triwulan", en: "So far per quarter"),
        ])
      for (p, pace) in paces {
        let style = ValueStyle.value(of: p.indicator)
        table.append([
          .text(p.indicator.code), .number(max(pace.required, 0), style),
          .number(pace.soFar, style),
        ])
      }
      blocks.append(
        .heading(l.text(id: "Laju per triwulan yang diperlukan", en: "Pace needed per quarter")))
      blocks.append(.table(table))
    }
    let annual = projections.compactMap { p in p.annualForecast.map { (p, $0) } }
    if !annual.isEmpty {
      var table = Document.Table(
        name: l.text(id: "Proyeksi tahunan", en: "Annual forecast"),
        columns: [
          l.text(id: "Kode", en: "Code"),
          l.text(id: "Proyeksi dari riwayat tahunan", en: "Forecast from the yearly history"),
          l.text(id: "Peluang", en: "Chance"),
        ])
      for (p, a) in annual {
        table.append([
          .text(p.indicator.code), .number(a.median, ValueStyle.value(of: p.indicator)),
          .number(a.probabilityOfAttaining, .probability),
        ])
      }
      blocks.append(
        .heading(
          l.text(
            id: "Proyeksi tahunan dari riwayat tahunan saja (sama dengan tinjauan target; tanpa"
              + " data triwulan \(year))",
            en: "Annual forecast from the yearly history alone (as in the target review; without"
              + " the \(year) quarters)")))
      blocks.append(.table(table))
    }
    if !withoutData.isEmpty {
      blocks.append(
        .paragraph(
          l.text(id: "Tanpa data triwulan \(quarter): ", en: "No quarter \(quarter) data: ")
            + withoutData.joined(separator: ", ")))
    }
    return Document(
      title: l.text(
        id: "Tinjauan triwulan \(quarter) tahun \(year)", en: "Quarter \(quarter) review \(year)")
        + " — \(title)",
      language: l, notes: notes, blocks: blocks)
  }
}

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
