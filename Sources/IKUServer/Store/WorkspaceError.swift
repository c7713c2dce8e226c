import IKUPlan

/// A problem with what someone asked the workspace to do or with its
/// database; the HTTP layer turns each into a status and the CLI into a
/// message and exit code 1.
public enum WorkspaceError: Error, Sendable, Equatable {
  /// The database file cannot be opened or used.
  case database(path: String, reason: String)
  /// A backup whose destination is the database itself (or its WAL files).
  case backupOverDatabase(String)
  /// No agency has this code.
  case unknownAgency(String)
  /// An agency with this code exists already.
  case agencyExists(String)
  /// The agency has no indicator with this code.
  case unknownIndicator(agency: String, code: String)
  /// An account with this name exists already.
  case accountExists(String)
  /// No account has this name.
  case unknownAccount(String)
  /// A password shorter than ``Password/minimumLength``.
  case passwordTooShort
  /// A password longer than ``Password/maximumBytes`` UTF-8 bytes.
  case passwordTooLong
  /// A role given the wrong number of agencies.
  case agencyCount(Role, given: Int)
  /// An agency code or username with characters outside letters, digits,
  /// `-`, `_` and `.`, or empty, or longer than 64.
  case invalidName(String)
  /// A year outside ``Dataset/years``.
  case invalidYear(Int)
  /// A target value that is not a finite number, or a range whose upper
  /// end is not above its lower end.
  case invalidTarget(lower: Double, upper: Double?)
  /// A realisation outside the indicator's hard bounds (`min`, `maks`).
  case outOfBounds(Double, lower: Double?, upper: Double?)
  /// A realisation or target too large or too small in size for the
  /// models (``IKUForecast/ValueMagnitude``).
  case beyondMagnitude(Double)
  /// A value entered without its source (`sumber`).
  case missingSource
  /// A quarter outside 1–4.
  case invalidQuarter(Int)
  /// No upload waits under this id for this account and agency.
  case unknownImport
  /// The row changed since it was read (`If-Match`).
  case staleVersion(current: Int)

  /// The message for people.
  public func message(in l: Language) -> String {
    switch self {
    case .database(let path, let reason):
      return l.text(
        id: "\(path): basis data ruang kerja tidak dapat dibuka: \(reason)",
        en: "\(path): the workspace database cannot be opened: \(reason)")
    case .backupOverDatabase(let path):
      return l.text(
        id: "\(path): salinan tidak boleh menimpa basis data yang disalin; pilih berkas lain.",
        en: "\(path): the copy cannot replace the database it copies; choose another file.")
    case .unknownAgency(let code):
      return l.text(id: "Tidak ada OPD berkode \(code).", en: "No agency has the code \(code).")
    case .agencyExists(let code):
      return l.text(
        id: "OPD berkode \(code) sudah ada di ruang kerja.",
        en: "An agency with the code \(code) is already in the workspace.")
    case .unknownIndicator(let agency, let code):
      return l.text(
        id: "OPD \(agency) tidak memiliki indikator \(code).",
        en: "Agency \(agency) has no indicator \(code).")
    case .accountExists(let name):
      return l.text(id: "Akun \(name) sudah ada.", en: "The account \(name) exists already.")
    case .unknownAccount(let name):
      return l.text(id: "Tidak ada akun \(name).", en: "No account is called \(name).")
    case .passwordTooShort:
      return l.text(
        id: "Kata sandi minimal \(Password.minimumLength) karakter.",
        en: "A password needs at least \(Password.minimumLength) characters.")
    case .passwordTooLong:
      return l.text(
        id:
          "Kata sandi paling panjang \(Password.maximumBytes) bita (huruf biasa: \(Password.maximumBytes) karakter).",
        en:
          "A password can have at most \(Password.maximumBytes) bytes (plain letters: \(Password.maximumBytes) characters)."
      )
    case .agencyCount(let role, let given):
      let expected: String
      switch role {
      case .admin, .bappeda:
        expected = l.text(id: "tidak memakai --agency", en: "takes no --agency")
      case .planner:
        expected = l.text(id: "memerlukan tepat satu --agency", en: "needs exactly one --agency")
      case .inspector:
        expected = l.text(id: "memerlukan minimal satu --agency", en: "needs at least one --agency")
      }
      return l.text(
        id: "Peran \(role.name(in: l)) \(expected) (diberikan \(given)).",
        en: "The role \(role.name(in: l)) \(expected) (\(given) given).")
    case .invalidName(let name):
      return l.text(
        id:
          "Nama \"\(name)\" tidak dapat dipakai: gunakan huruf, angka, '-', '_' atau '.' (1–64 karakter).",
        en:
          "The name \"\(name)\" cannot be used: use letters, digits, '-', '_' or '.' (1–64 characters)."
      )
    case .invalidYear(let year):
      let years = Dataset.years
      return l.text(
        id: "Tahun \(year) di luar \(years.lowerBound)–\(years.upperBound).",
        en: "The year \(year) is outside \(years.lowerBound)–\(years.upperBound).")
    case .invalidTarget(let lower, let upper):
      let number = NumberFormat(l)
      let written = ([lower] + (upper.map { [$0] } ?? [])).map(number.exact).joined(
        separator: " – ")
      return l.text(
        id:
          "Target \(written) tidak dapat disimpan: perlu angka, dan batas atas rentang di atas batas bawahnya.",
        en:
          "The target \(written) cannot be stored: it needs a number, and a range's upper end above its lower end."
      )
    case .outOfBounds(let value, let lower, let upper):
      let number = NumberFormat(l)
      let bounds = [
        lower.map { "≥ " + number.exact($0) }, upper.map { "≤ " + number.exact($0) },
      ].compactMap { $0 }.joined(separator: l.text(id: " dan ", en: " and "))
      return l.text(
        id: "Realisasi \(number.exact(value)) di luar batas indikator (\(bounds)).",
        en: "The realisation \(number.exact(value)) is outside the indicator's bounds (\(bounds)).")
    case .beyondMagnitude(let value):
      let written = NumberFormat(l).exact(value)
      let tooLarge = !(value.magnitude < 1)
      return l.text(
        id: "Nilai \(written) terlalu \(tooLarge ? "besar" : "kecil") untuk dihitung: ikuplan"
          + " menghitung dengan angka sebesar 10^-150 sampai 10^150 (atau 0).",
        en: "The value \(written) is too \(tooLarge ? "large" : "small") to compute with:"
          + " ikuplan computes with numbers of size 10^-150 to 10^150 (or 0).")
    case .missingSource:
      return l.text(
        id: "Sebutkan sumber nilai ini (dokumen dan halaman, mis. LKjIP 2025 hal. 12).",
        en: "Name the value's source (document and page, e.g. LKjIP 2025 p. 12).")
    case .invalidQuarter(let quarter):
      return l.text(
        id: "Triwulan \(quarter) tidak ada: triwulan 1 sampai 4.",
        en: "There is no quarter \(quarter): quarters are 1 to 4.")
    case .unknownImport:
      return l.text(
        id: "Unggahan ini tidak ditemukan atau sudah kedaluwarsa (1 jam); unggah lagi.",
        en: "This upload is not found or has expired (1 hour); upload it again.")
    case .staleVersion:
      return l.text(
        id: "Nilai ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ulangi.",
        en: "Someone changed this value since you opened it; reload and try again.")
    }
  }

  /// Whether a name can be an agency code or username: 1–64 letters,
  /// digits, `-`, `_` or `.`, so that it is safe in a URL path and a file
  /// name.
  static func isValidName(_ name: String) -> Bool {
    (1...64).contains(name.count)
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || "-_.".unicodeScalars.contains($0)
      } && name != "." && name != ".."
  }
}
