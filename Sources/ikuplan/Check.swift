import ArgumentParser
import IKUPlan

/// `ikuplan check`: flags on the proposed targets.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Flag proposed targets (below last year's, outside bounds, unrealistic, too easy).",
    discussion: "With --strict the exit code is 3 when any warning or error is found.")

  @Flag(help: "Exit with code 3 when any warning or error is found.")
  var strict = false

  @OptionGroup var options: ReviewOptions

  func run() throws {
    var warnings = false
    try reportingInputErrors(in: options.global.language) {
      let review = try options.review()
      try options.print(review, .check, suggestions: false)
      warnings = review.hasWarnings
    }
    if strict && warnings { throw ExitCode(3) }
  }
}
