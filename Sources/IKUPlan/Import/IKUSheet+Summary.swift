extension IKUSheet {
  /// What `ikuplan import` prints: the folder, one line per indicator with
  /// its value for each year and role of the table, then notes: polarities
  /// inferred from the name and header columns not stored.
  public func summary(folder: String, in language: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(language)
    var out = language.text(
      id:
        "\(dataset.indicators.count) indikator dari \"\(dataset.title)\" ditulis ke \(folder)\n\n",
      en: "\(dataset.indicators.count) indicators of \"\(dataset.title)\" written to \(folder)\n\n")
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
      func show(_ value: Double?) -> String {
        guard let value else { return "–" }
        return indicator.isPercentage
          ? number.percent(value) : number.significant(value, digits: 10)
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
    if !layout.unused.isEmpty { out += "\n" }
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
      case .rupiah:
        what = language.text(
          id: "rupiah; belum dibaca, tidak disimpan", en: "rupiah; not read yet, not stored")
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
