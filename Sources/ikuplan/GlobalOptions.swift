import ArgumentParser
import IKUPlan

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: UsageText.help(
      id: "Bahasa teks untuk pembaca: id (Bahasa Indonesia) atau en (Inggris).",
      en: "Language of human-facing text: id (Bahasa Indonesia) or en."))
  var language: Language = .indonesian

  @Option(
    name: .customLong("angka"),
    help:
      UsageText.help(
        id:
          "Format angka berkas masukan (dikenali sendiri bila tidak diberikan) dan keluaran CSV (bawaan id): id (39,67 dan 5.517) atau en (39.67).",
        en:
          "Number format of input files (detected when absent) and of CSV output (default id): id (39,67 and 5.517) or en (39.67)."
      )
  )
  var numbers: NumberConvention?
}

extension Language: ExpressibleByArgument {}
extension NumberConvention: ExpressibleByArgument {}
