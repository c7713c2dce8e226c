import ArgumentParser
import Foundation
import IKUPlan

/// Usage errors in the planner's language.
///
/// The language of a usage error cannot come from the parsed options (the
/// parse is what failed), so it is read from the arguments as written:
/// `--lang en` or `--lang=en` is English, anything else Indonesian.
/// argument-parser writes its own messages in English; ``localized(_:)``
/// puts the ones ikuplan's users meet into Indonesian (the prefix, the
/// usage and help lines, and the common errors). Written by hand because
/// the parser has no localisation of its own.
enum UsageText {
  /// The language of the command line as written.
  static var language: Language {
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
      if argument == "--lang=en" { return .english }
      if argument == "--lang", index + 1 < arguments.count, arguments[index + 1] == "en" {
        return .english
      }
    }
    return .indonesian
  }

  /// `arguments` without `--lang X` or `--lang=X`.
  static func withoutLanguage(_ arguments: some Sequence<String>) -> [String] {
    var kept: [String] = []
    var skipNext = false
    for argument in arguments {
      if skipNext {
        skipNext = false
      } else if argument == "--lang" {
        skipNext = true
      } else if !argument.hasPrefix("--lang=") {
        kept.append(argument)
      }
    }
    return kept
  }

  /// A text of the command line interface (an abstract, a discussion) in
  /// the command line's language.
  static func text(id: String, en: String) -> String {
    language.text(id: id, en: en)
  }

  /// An option's help in the command line's language.
  static func help(id: String, en: String) -> ArgumentHelp {
    ArgumentHelp(language.text(id: id, en: en))
  }

  /// A usage error in the command line's language.
  static func error(id: String, en: String) -> ValidationError {
    ValidationError(language.text(id: id, en: en))
  }

  /// argument-parser's message (`Error: …`, `Help: …`, `Usage: …`, `See
  /// '…' for more information.`, a help screen's headings) in the command
  /// line's language.
  static func localized(_ message: String) -> String {
    guard language == .indonesian else { return message }
    let phrases: [(String, String)] = [
      ("Error: ", "Galat: "), ("Help: ", "Bantuan: "), ("Usage: ", "Pemakaian: "),
      ("Missing expected argument", "argumen yang diperlukan tidak ada:"),
      ("Unknown option", "opsi tidak dikenal:"), ("Unexpected argument", "argumen tak terduga:"),
      ("Missing value for", "nilai tidak ada untuk"), ("The value '", "nilai '"),
      ("' is invalid for '", "' tidak sah untuk '"),
      ("Please provide one of the following:", "Pilih salah satu berikut:"),
      ("Please provide one of", "Pilih salah satu dari"), ("' or '", "' atau '"),
      ("for more information.", "untuk keterangan lebih lanjut."),
      // The help screens' headings and the parser's own option help.
      ("OVERVIEW:", "IKHTISAR:"), ("USAGE:", "PEMAKAIAN:"), ("ARGUMENTS:", "ARGUMEN:"),
      ("OPTIONS:", "OPSI:"), ("SUBCOMMANDS:", "SUBPERINTAH:"),
      ("Show the version.", "Tampilkan versi."),
      ("Show help information.", "Tampilkan bantuan ini."),
      // One space more keeps the subcommand list aligned.
      // Words without spaces inside, as the parser may wrap a line at any
      // space.
      (" (default) ", " (bawaan)  "), ("(values:", "(nilai:"), ("; default:", "; bawaan:"),
      ("(default:", "(bawaan:"), ("default:", "bawaan:"), ("<options>", "<opsi>"),
      ("<subcommand>", "<subperintah>"),
      ("for detailed help.", "untuk bantuan rinci."), ("  See '", "  Lihat '"),
    ]
    var text = message
    for (english, indonesian) in phrases {
      text = text.replacingOccurrences(of: english, with: indonesian)
    }
    return text
  }
}

extension [String] {
  /// Only a request for help: `--help` or `-h`.
  var isHelpOnly: Bool { self == ["--help"] || self == ["-h"] }
}
