import ArgumentParser
import IKUPlan

/// `ikuplan` without arguments: the review of the bundled dataset.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Review a dataset's targets: forecast, chance, flags and suggestions (default).")

  @OptionGroup var options: ReviewOptions

  func run() throws {
    try reportingInputErrors(in: options.global.language) {
      options.print(try options.review(), .overview, suggestions: true)
    }
  }
}
