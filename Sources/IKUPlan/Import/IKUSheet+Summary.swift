extension IKUSheet {
  /// What `ikuplan import` prints: the folder, one line per indicator with
  /// its value for each year and role of the table, then notes: polarities
  /// inferred from the name and header columns not stored.
  ///
  /// `folder` is where the sheet was written; `nil` for a sheet only read
  /// so far (the workspace's upload, before it is confirmed).
  public func summary(folder: String?, in language: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(language)
    let count = dataset.indicators.count
    // A sheet without a title line (a bare table) names no agency.
    let of = dataset.title.isEmpty ? "" : " \"\(dataset.title)\""
    let from = sheet.map { language.text(id: " (lembar \($0))", en: " (sheet \($0))") } ?? ""
    let written =
      folder.map { language.text(id: " ditulis ke \($0)", en: " written to \($0)") }
      ?? language.text(id: " terbaca", en: " read")
    var out = language.text(
      id: "\(count) indikator\(of.isEmpty ? "" : " dari" + of)\(from)\(written)\n\n",
      en: "\(count) indicators\(of.isEmpty ? "" : " of" + of)\(from)\(written)\n\n")
    let columns = layout.yearRoles
    var rows = [
      [
        language.text(id: "Kode", en: "Code"), language.text(id: "Indikator", en: "Indicator"),
        language.text(id: "Satuan", en: "Unit"),
      ]
        + columns.map {
          $0.role == .actual
            ? language.text(id: "Realisasi \($0.year)", en: "Actual \($0.year)")
            : "Target \($0.year)"
        }
        + [language.text(id: "Polaritas", en: "Polarity")]
    ]
    for indicator in dataset.indicators {
      let history = dataset.history(of: indicator.code)
      // As read, every digit kept (`45.678.123`, never `4,5678123E+07`).
      func show(_ value: Double?) -> String {
        guard let value else { return "–" }
        return indicator.isPercentage ? number.percent(value) : number.exact(value)
      }
      let name =
        indicator.name.count > 48 ? String(indicator.name.prefix(47)) + "…" : indicator.name
      var polarity =
        language == .indonesian ? indicator.polarity.indonesianWord : indicator.polarity.rawValue
      if inferredPolarities.contains(indicator.code) { polarity += "*" }
      rows.append(
        [indicator.code, name, indicator.unit]
          + columns.map { column in
            let observation = history.first { $0.year == column.year }
            guard column.role == .target else { return show(observation?.actual) }
            return observation?.targetRange.map { $0.text { show($0) } } ?? "–"
          }
          + [polarity])
    }
    out += textTable(
      rows, rightAligned: [false, false, false] + columns.map { _ in true } + [false],
      markdown: markdown)
    if !inferredPolarities.isEmpty {
      let codes = inferredPolarities.joined(separator: ", ")
      out += language.text(
        id: "\n* polaritas disimpulkan dari nama indikator (\(codes)); ubah dengan"
          + " --polarity KODE=naik bila keliru\n",
        en: "\n* polarity inferred from the indicator's name (\(codes)); change it with"
          + " --polarity CODE=higher if wrong\n")
    }
    if !layout.money.isEmpty || layout.baseYear != nil || !layout.unused.isEmpty
      || !skippedRows.isEmpty
    {
      out += "\n"
    }
    for column in layout.money {
      let field = column.field.name(in: language)
      let scale = column.scale == 1 ? "" : ", ×" + number.fixed(column.scale, decimals: 0)
      out += language.text(
        id:
          "Kolom \(column.column + 1) '\(column.heading)': \(field) \(column.year) (rupiah\(scale))\n",
        en:
          "Column \(column.column + 1) '\(column.heading)': \(field) \(column.year) (rupiah\(scale))\n"
      )
    }
    if let base = layout.baseYear {
      out +=
        layout.usesBaseYear
        ? language.text(
          id: "Tahun relatif dibaca dengan --tahun-awal \(base): Tahun-1 = \(base), kondisi awal"
            + " = \(base - 1)\n",
          en: "Relative years read with --tahun-awal \(base): Tahun-1 = \(base), initial condition"
            + " = \(base - 1)\n")
        : language.text(
          id: "Peringatan: --tahun-awal \(base) tidak dipakai; tabel memakai tahun kalender\n",
          en: "Warning: --tahun-awal \(base) is not used; the table has calendar years\n")
    }
    for row in skippedRows {
      let what: String
      switch row.reason {
      case .total:
        what = language.text(
          id: "baris jumlah/rata-rata dari baris di atasnya; tidak disimpan",
          en: "a total or average of the rows above; not stored")
      case .notNumbers(let values):
        what = language.text(
          id: "nilainya bukan angka (\(values)); tidak disimpan",
          en: "its values are not numbers (\(values)); not stored")
      }
      out += language.text(
        id: "Peringatan: baris \(row.line) '\(row.name)': \(what)\n",
        en: "Warning: line \(row.line) '\(row.name)': \(what)\n")
    }
    for column in layout.unused {
      let place = column.column + 1
      let what: String
      switch column.reason {
      case .achievement:
        what = language.text(
          id: "capaian, dihitung dari realisasi dan target; tidak disimpan",
          en: "achievement, computed from the realisation and the target; not stored")
      case .context:
        what = language.text(id: "konteks; tidak disimpan", en: "context; not stored")
      case .withoutYear:
        what = language.text(
          id: "target atau realisasi tanpa tahun; tidak disimpan (tulis tahunnya di judul kolom,"
            + " mis. 'TARGET 2025', atau di judul tabel)",
          en: "a target or realisation without a year; not stored (write its year in the column"
            + " heading, e.g. 'TARGET 2025', or in the table's title)")
      case .rupiah:
        what = language.text(
          id: "rupiah tanpa tahun; tidak disimpan", en: "rupiah without a year; not stored")
      case .periodTotal:
        what = language.text(
          id: "rupiah akhir periode (jumlah seluruh periode, bukan satu tahun); tidak disimpan",
          en: "rupiah at the end of the period (the whole period's total, not a year's);"
            + " not stored")
      case .quarterly:
        what = language.text(
          id: "nilai triwulan/semester, bukan nilai tahunan; tidak disimpan (impor triwulan ke"
            + " triwulan.csv)",
          en: "a quarter's or half-year's value, not the year's; not stored (quarterly values go"
            + " in triwulan.csv)")
      case .undecided:
        what = language.text(
          id: "perannya tidak dapat ditentukan; tidak disimpan",
          en: "its role cannot be decided; not stored")
      }
      out += language.text(
        id: "Peringatan: kolom \(place) '\(column.heading)': \(what)\n",
        en: "Warning: column \(place) '\(column.heading)': \(what)\n")
    }
    return out
  }
}
