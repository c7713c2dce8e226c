import ArgumentParser
import IKUPlan

/// `ikuplan forecast`: each indicator's forecast with its intervals.
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast each indicator for a year, with intervals and the chance of the target.")

  @OptionGroup var options: ReviewOptions

  func run() throws {
    try reportingInputErrors(in: options.global.language) {
      options.print(try options.review(), .forecast, suggestions: false)
    }
  }
}
