import ArgumentParser
import IKUPlan

/// `ikuplan` without arguments: the review of the bundled dataset.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Review a dataset's targets: forecast, chance, flags and suggestions (default).",
    discussion: """
      Where the year before the one reviewed holds both targets and
      realisations, its capaian and category are shown first (an LKjIP's
      assessment); --year N for such a finished year N assesses N and
      reviews N + 1.
      """)

  @OptionGroup var options: ReviewOptions

  func run() throws {
    try reportingInputErrors(in: options.global.language) {
      try options.print(try options.review(assessing: true), .overview, suggestions: true)
    }
  }
}
