import ArgumentParser
import Foundation
import IKUForecast
import IKUPlan

/// The `ikuplan` command: a tree of small subcommands, one file each.
///
/// Exit codes (DESIGN §5): 0 success; 1 bad input data (the message names
/// file, line and column); 2 bad usage; 3 `check --strict` found warnings.
/// argument-parser's own code for usage errors is 64 (`EX_USAGE`); ikuplan
/// maps it to 2, as documented.
@main
struct IKUPlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ikuplan",
    abstract:
      UsageText.text(
        id: "Proyeksi dan pemeriksaan target indikator kinerja utama (IKU).",
        en: "Forecasts and target checks for Indonesian performance indicators (IKU)."),
    discussion: UsageText.text(
      id: """
        Teks untuk pembaca dalam Bahasa Indonesia; tambahkan --lang en untuk
        bahasa Inggris.
        """,
      en: """
        Human-facing text is in Bahasa Indonesia; add --lang en for English.
        """),
    version: "0.1.0",
    subcommands: [
      Review.self, ForecastCommand.self, Check.self, Suggest.self, ScenarioCommand.self,
      MidYear.self,
      Report.self, DataCommand.self, Import.self, Evaluate.self, Regress.self,
      Serve.self, AgencyCommand.self, UserCommand.self, Backup.self,
    ],
    defaultSubcommand: Review.self
  )

  static func main() async {
    // Single small fits: one OpenBLAS thread (see LinearAlgebraBackend).
    LinearAlgebraBackend.limitThreads(to: 1)
    // `ikuplan --help --lang en`: the parser would take `--lang` for the
    // default subcommand's option and show its help; the words asked for
    // are the program's.
    if UsageText.withoutLanguage(CommandLine.arguments.dropFirst()).isHelpOnly {
      print(UsageText.localized(helpMessage()))
      Foundation.exit(0)
    }
    do {
      var command = try parseAsRoot()
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      if exitCode(for: error) == .validationFailure {
        standardError(UsageText.localized(fullMessage(for: error)))
        Foundation.exit(2)
      }
      if exitCode(for: error) == .success {
        // A help screen (or the version) is a clean exit; its headings in
        // the command line's language.
        print(UsageText.localized(fullMessage(for: error)))
        Foundation.exit(0)
      }
      exit(withError: error)
    }
  }
}

/// Writes a line to standard error.
func standardError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs `body`; a data error is printed in the chosen language and ends the
/// program with exit code 1.
func reportingInputErrors(
  in language: Language, _ body: () throws -> Void
) throws {
  do {
    try body()
  } catch let error as InputError {
    standardError(error.message(in: language))
    throw ExitCode(1)
  }
}
