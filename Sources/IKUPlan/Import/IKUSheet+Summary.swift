extension IKUSheet {
  /// What `ikuplan import` prints: the folder and one line per indicator
  /// with its achievement and target.
  public func summary(folder: String, in language: Language, markdown: Bool = false) -> String {
    let number = NumberFormat(language)
    var out = language.text(
      id:
        "\(dataset.indicators.count) indikator dari \"\(dataset.title)\" ditulis ke \(folder)\n\n",
      en: "\(dataset.indicators.count) indicators of \"\(dataset.title)\" written to \(folder)\n\n")
    var rows = [
      [
        language.text(id: "Kode", en: "Code"), language.text(id: "Indikator", en: "Indicator"),
        language.text(id: "Satuan", en: "Unit"),
        language.text(id: "Realisasi \(actualYear)", en: "Actual \(actualYear)"),
        language.text(id: "Target \(targetYear)", en: "Target \(targetYear)"),
        language.text(id: "Polaritas", en: "Polarity"),
      ]
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
      rows.append([
        indicator.code, name, indicator.unit,
        show(history.first { $0.year == actualYear }?.actual),
        show(history.first { $0.year == targetYear }?.target),
        language == .indonesian ? indicator.polarity.indonesianWord : indicator.polarity.rawValue,
      ])
    }
    return out
      + textTable(
        rows, rightAligned: [false, false, false, true, true, false], markdown: markdown)
  }
}
