import ArgumentParser
import IKUPlan

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: "Language of human-facing text: id (Bahasa Indonesia) or en.")
  var language: Language = .indonesian
}

extension Language: ExpressibleByArgument {}

/// Output formats of a command.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case json
}
