import ArgumentParser
import IKUPlan

/// `ikuplan check`: flags on the proposed targets.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id:
        "Tandai target yang diusulkan (di bawah realisasi tahun lalu, di luar batas, tidak realistis, terlalu mudah).",
      en: "Flag proposed targets (below last year's, outside bounds, unrealistic, too easy)."),
    discussion: UsageText.text(
      id: "Dengan --strict kode keluar 3 bila ada peringatan atau galat.",
      en: "With --strict the exit code is 3 when any warning or error is found."))

  @Flag(
    help: UsageText.help(
      id: "Keluar dengan kode 3 bila ada peringatan atau galat.",
      en: "Exit with code 3 when any warning or error is found."))
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
