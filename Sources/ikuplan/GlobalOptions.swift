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
          "Format angka keluaran CSV (bawaan id): id (39,67 dan 5.517) atau en (39.67); juga cara membaca berkas masukan yang angkanya tidak menunjukkan formatnya sendiri (mis. hanya 5.517).",
        en:
          "Number format of CSV output (default id): id (39,67 and 5.517) or en (39.67); also how to read an input file whose numbers do not show their own format (only 5.517, say)."
      )
  )
  var numbers: NumberConvention?
}

extension Language: ExpressibleByArgument {}
extension NumberConvention: ExpressibleByArgument {}
