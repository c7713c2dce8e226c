import IKUPlan
import Testing

@testable import IKUServer

@Suite struct WorkspaceErrorTests {
  @Test(
    "codes and usernames: letters, digits, '-', '_', '.'",
    arguments: [
      "a", "disnakerkum", "dinas-kominfo_2025.v2", "A9", String(repeating: "x", count: 64),
    ])
  func validNames(_ name: String) {
    #expect(WorkspaceError.isValidName(name))
  }

  @Test(
    "names unsafe in a URL path or a file name",
    arguments: [
      "", ".", "..", "a b", "a/b", "../etc", "dinas%2F", "opd?x=1", "<script>", "dinsos\n",
      "pérencana", "ｄｉｎａｓ", String(repeating: "x", count: 65),
    ])
  func invalidNames(_ name: String) {
    #expect(!WorkspaceError.isValidName(name))
  }

  @Test func messagesNameWhatIsWrongInBothLanguages() {
    #expect(
      WorkspaceError.unknownAgency("dinsos").message(in: .indonesian)
        == "Tidak ada OPD berkode dinsos.")
    #expect(
      WorkspaceError.unknownAgency("dinsos").message(in: .english)
        == "No agency has the code dinsos.")
    #expect(
      WorkspaceError.passwordTooShort.message(in: .indonesian) == "Kata sandi minimal 10 karakter.")
    let count = WorkspaceError.agencyCount(.planner, given: 0)
    #expect(count.message(in: .indonesian).contains("tepat satu --agency"))
    #expect(count.message(in: .english) == "The role planner needs exactly one --agency (0 given).")
    let year = WorkspaceError.invalidYear(1800)
    #expect(year.message(in: .english) == "The year 1800 is outside 1900–2200.")
    #expect(year.message(in: .indonesian) == "Tahun 1800 di luar 1900–2200.")
    // Numbers in the language's own form.
    let range = WorkspaceError.invalidTarget(lower: 55.5, upper: 40.25)
    #expect(range.message(in: .indonesian).hasPrefix("Target 55,5 – 40,25 tidak dapat disimpan"))
    #expect(range.message(in: .english).hasPrefix("The target 55.5 – 40.25 cannot be stored"))
    // A value that is not a number is written as a dash, not as "nan".
    let notANumber = WorkspaceError.invalidTarget(lower: .nan, upper: nil).message(in: .english)
    #expect(!notANumber.lowercased().contains("nan"))
    // Too large or too small for the models, said which.
    #expect(
      WorkspaceError.beyondMagnitude(1e200).message(in: .indonesian).hasPrefix(
        "Nilai 1,000000000E+200 terlalu besar untuk dihitung"))
    #expect(
      WorkspaceError.beyondMagnitude(-2e-200).message(in: .english).hasPrefix(
        "The value -2.000000000E-200 is too small to compute with"))
  }
}
