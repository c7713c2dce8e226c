import IKUForecast
import IKUPlan

/// An indicator review's numbers and flags as a page shows them, in the
/// documents' styles (``ValueStyle``): the same text the report and the
/// CLI's tables give.
struct IndicatorWords {
  let review: IndicatorReview
  let language: Language

  private var style: ValueStyle { ValueStyle.value(of: review.indicator) }

  var lastActual: String {
    review.lastActual.map { "\(style.text($0.value, in: language)) (\($0.year))" } ?? "–"
  }

  /// The median with the first interval (80%): `58,1% (49,2–66,9%)`.
  var forecast: String {
    guard let step = review.forecast else { return "–" }
    let median = style.text(step.median, in: language)
    guard step.hasInterval, let interval = step.intervals.first else { return median }
    return "\(median) (\(style.text(lower: interval.lower, upper: interval.upper, in: language)))"
  }

  var target: String {
    review.targetRange.map { range in
      range.isRange
        ? style.text(lower: range.lower, upper: range.upper, in: language)
        : style.text(range.lower, in: language)
    } ?? "–"
  }

  var chance: String {
    review.probabilityOfAttaining.map { ValueStyle.probability.text($0, in: language) } ?? "–"
  }

  var suggested: String {
    review.suggestions.map { style.text($0.recommended.value, in: language) } ?? "–"
  }

  var flagTexts: [String] { review.flags.map { $0.message(in: language) } }

  /// The warnings and errors only, as a list.
  var warningList: Element {
    Element(
      "ul", [],
      review.flags.filter { $0.severity != .info }.map {
        .element(Element("li", text: $0.message(in: language)))
      } + [.text("")])
  }

  var flagList: Element {
    Element("ul", [], flagTexts.map { .element(Element("li", text: $0)) } + [.text("")])
  }

  /// A text field holding a value as a person types it (`55,04`, `5.517`).
  func input(name: String, value: Double?) -> Element {
    Element(
      "input",
      [
        ("name", name), ("class", "number"), ("inputmode", "decimal"),
        ("value", value.map { NumberFormat(language).exact($0) } ?? ""),
        (
          "aria-label",
          name == "upper" ? language.text(id: "Batas atas", en: "Upper end") : "Target"
        ),
      ])
  }
}
