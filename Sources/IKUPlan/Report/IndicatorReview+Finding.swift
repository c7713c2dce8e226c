extension IndicatorReview {
  /// The finding about the target in plain words, for the head of agency:
  /// what is wrong with the signed target (or that nothing is), then what
  /// to sign instead.
  ///
  /// Built from typed facts — the flags' codes and the review's numbers —
  /// never from the flags' messages: `Target 39,00% di bawah realisasi
  /// 2024 (55,04%) dan hampir pasti tercapai (peluang 96%): tidak
  /// menantang. Disarankan 55,04% (peluang 49%).`
  ///
  /// Decisions where the issue is silent: a target below last year's
  /// realisation that is also too easy is called "not challenging" once,
  /// not "not challenging, too easy"; a target without a warning "can
  /// stand", with the recommendation beside it in brackets (the
  /// recommendation holds the realisation, which a higher signed target
  /// with a fair chance need not); a recommendation that is itself flagged
  /// unrealistic says so.
  func finding(in l: Language) -> String {
    let style = ValueStyle.value(of: indicator)
    func show(_ value: Double) -> String { style.text(value, in: l) }
    func chance(_ p: Double) -> String { ValueStyle.probability.text(p, in: l) }
    let codes = Set(flags.map(\.code))
    var facts: [String] = []
    var verdicts: [String] = []
    if codes.contains(.targetOutsideBounds) {
      let bounds =
        (indicator.lowerBound.map(show) ?? "−∞") + "–" + (indicator.upperBound.map(show) ?? "∞")
      facts.append(l.text(id: "di luar batas \(bounds)", en: "is outside the bounds \(bounds)"))
      verdicts.append(l.text(id: "tidak sah", en: "invalid"))
    }
    if codes.contains(.targetBelowLastActual), let last = lastActual {
      let side =
        indicator.polarity == .lower ? (id: "di atas", en: "above") : (id: "di bawah", en: "below")
      facts.append(
        l.text(
          id: "\(side.id) realisasi \(last.year) (\(show(last.value)))",
          en: "is \(side.en) the \(last.year) actual (\(show(last.value)))"))
      verdicts.append(l.text(id: "tidak menantang", en: "not challenging"))
    }
    if codes.contains(.targetTooEasy), let p = probabilityOfAttaining {
      facts.append(
        l.text(
          id: "hampir pasti tercapai (peluang \(chance(p)))",
          en: "is almost certain to be met (chance \(chance(p)))"))
      if !codes.contains(.targetBelowLastActual) {
        verdicts.append(l.text(id: "terlalu mudah", en: "too easy"))
      }
    }
    if codes.contains(.targetUnrealistic), let p = probabilityOfAttaining {
      facts.append(
        l.text(
          id: "hanya berpeluang \(chance(p)) tercapai",
          en: "has only a \(chance(p)) chance of being met"))
      verdicts.append(l.text(id: "tidak realistis", en: "unrealistic"))
    }

    var sentence: String
    if let target = targetRange {
      sentence = "Target " + target.text(show)
      if !facts.isEmpty {
        sentence += " " + Self.joined(facts, l) + ": " + verdicts.joined(separator: ", ") + "."
      } else if let p = probabilityOfAttaining {
        sentence += l.text(
          id: " menantang dan realistis: peluang tercapai \(chance(p)).",
          en: " is challenging and realistic: a \(chance(p)) chance of being met.")
      } else if codes.contains(.insufficientHistory) {
        sentence += l.text(
          id: ": peluang tidak dihitung, riwayat kurang dari 3 tahun.",
          en: ": no chance is estimated, with fewer than 3 years of history.")
      } else if codes.contains(.noVariation) {
        sentence += l.text(
          id: ": peluang tidak dihitung, riwayat tidak bervariasi.",
          en: ": no chance is estimated, as the history does not vary.")
      } else {
        sentence += "."
      }
    } else {
      sentence = l.text(id: "Belum ada target \(year).", en: "No target is set for \(year).")
    }

    guard let recommended = suggestions?.recommended else { return sentence }
    var offer = show(recommended.value)
    if let p = recommended.probability {
      offer += l.text(id: " (peluang ", en: " (chance ") + chance(p) + ")"
    } else if let last = lastActual {
      offer += l.text(
        id: ", mempertahankan realisasi \(last.year)", en: ", holding the \(last.year) actual")
    }
    if recommended.flags.contains(where: { $0.code == .targetUnrealistic }) {
      offer += l.text(
        id: ", walau target ini pun sulit dicapai", en: ", though even this is hard to reach")
    }
    let isSigned = targetRange.map { !$0.isRange && show($0.lower) == show(recommended.value) }
    if isSigned == true {
      return sentence + l.text(id: " Sesuai saran.", en: " As recommended.")
    }
    // A target can stand when the forecast gives it a fair chance and no
    // warning; without a chance there is nothing to say it can.
    if targetRange != nil, facts.isEmpty, probabilityOfAttaining != nil {
      return sentence
        + l.text(
          id: " Target dapat dipertahankan; saran sistem: ",
          en: " The target can stand; the system's recommendation: ")
        + offer + "."
    }
    return sentence + l.text(id: " Disarankan ", en: " Recommended: ") + offer + "."
  }

  /// The category the forecast gives, called what it is: `Perkiraan
  /// kategori menurut proyeksi: Kurang (perkiraan capaian 60,59%).` — or,
  /// for a target flagged too easy or below last year's realisation, that
  /// the target is too easy, never the praise (`Sangat Baik`) a category
  /// against such a target would give; `nil` without a forecast or target.
  func projectedCategory(in l: Language) -> String? {
    guard let achievement else { return nil }
    let value = ValueStyle.percent(decimals: 1).text(achievement.value, in: l)
    let lead = l.text(
      id: "Perkiraan kategori menurut proyeksi: ", en: "Projected category by the forecast: ")
    if let reason = tooEasyReason(in: l) {
      return lead
        + l.text(
          id: "tidak diberikan, karena \(reason) (perkiraan capaian \(value)).",
          en: "not given, as \(reason) (projected achievement \(value)).")
    }
    return lead + achievement.category.label(in: l)
      + l.text(id: " (perkiraan capaian \(value)).", en: " (projected achievement \(value)).")
  }

  /// `a`, `a dan b`, `a, b dan c` (`and` in English).
  static func joined(_ parts: [String], _ l: Language) -> String {
    guard parts.count > 1 else { return parts.first ?? "" }
    return parts.dropLast().joined(separator: ", ") + l.text(id: " dan ", en: " and ")
      + parts[parts.count - 1]
  }
}
