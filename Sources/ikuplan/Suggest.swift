import ArgumentParser
import IKUPlan

/// `ikuplan suggest`: realistic and challenging targets with reasons.
struct Suggest: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Sarankan target yang realistis dan menantang, dengan alasannya; jalur Renstra.",
      en: "Suggest realistic and challenging targets, with reasons; a Renstra path."))

  @Option(
    help: UsageText.help(
      id: "Beri jalur target sampai tahun ini (Renstra).",
      en: "Give a target path through this year (Renstra)."))
  var through: Int?

  @Option(
    help: UsageText.help(
      id: "Peluang tercapainya target realistis, dalam persen.",
      en: "The probability of attaining a realistic target, in percent."))
  var confidence: Double = 70

  @OptionGroup var options: ReviewOptions

  func validate() throws {
    try validateYear(through, option: "--through")
    guard confidence > 40 && confidence < 100 else {
      throw UsageText.error(
        id: "--confidence adalah persen di atas 40 (tingkat menantang) dan di bawah 100.",
        en: "--confidence is a percentage above 40 (the challenging level) and below 100.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: options.global.language) {
      let review = try options.review(realistic: confidence / 100, through: through)
      if let through, through < review.year {
        throw UsageText.error(
          id: "--through \(through) sebelum tahun yang ditinjau (\(review.year)): jalur Renstra"
            + " dimulai dari \(review.year).",
          en: "--through \(through) is before the year reviewed (\(review.year)): the Renstra"
            + " path starts at \(review.year).")
      }
      try options.print(review, .suggest, suggestions: true)
    }
  }
}
