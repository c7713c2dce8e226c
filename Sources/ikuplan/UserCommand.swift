import ArgumentParser
import Foundation
import IKUPlan
import IKUServer

/// `ikuplan user add`: the workspace's accounts.
struct UserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user",
    abstract: UsageText.text(
      id: "Akun ruang kerja: tambah, daftar, ganti kata sandi, hapus.",
      en: "Workspace accounts: add, list, change a password, remove."),
    subcommands: [Add.self, List.self, Password.self, Remove.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: UsageText.text(id: "Tambahkan akun.", en: "Add an account."),
      discussion: UsageText.text(
        id: """
          Kata sandi dibaca dari masukan standar (baris pertama), tidak pernah
          dari argumen; minimal 10 karakter. Peran: admin (mengelola akun dan OPD,
          membaca semua OPD), bappeda (membaca semua OPD), planner (membaca dan
          mengubah satu OPD: --agency KODE), inspector (membaca OPD yang disebut:
          --agency KODE, boleh berulang). Tidak ada akun bawaan.
          """,
        en: """
          The password is read from standard input (its first line), never from
          an argument; at least 10 characters. Roles: admin (manages accounts and
          agencies, reads every agency), bappeda (reads every agency), planner
          (reads and edits one agency: --agency CODE), inspector (reads the
          agencies named: --agency CODE, repeatable). No default account exists.
          """))

    @Argument(
      help: UsageText.help(
        id: "Nama pengguna (huruf, angka, '-', '_', '.').",
        en: "The username (letters, digits, '-', '_', '.')."))
    var name: String

    @Option(help: UsageText.help(id: "Peran akun.", en: "The account's role."))
    var role: Role

    @Option(
      help: UsageText.help(
        id: "Kode OPD akun (planner: satu; inspector: satu atau lebih).",
        en: "The account's agency code (planner: one; inspector: one or more)."))
    var agency: [String] = []

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let language = workspace.global.language
      try reportingWorkspaceErrors(in: language) {
        let store = try workspace.store()
        let password = try Add.password(in: language)
        let account = try store.addAccount(
          username: name, password: password, role: role, agencies: agency,
          actor: workspace.actor)
        print(
          language.text(
            id: "Akun \(account.username) (\(account.role.name(in: language))) ditambahkan.",
            en: "Account \(account.username) (\(account.role.name(in: language))) added."))
      }
    }

    /// The password for `add` and `password`: the first line of standard
    /// input, or at a terminal typed without echo.
    ///
    /// - Throws: exit code 1, with a message, when there is none.
    static func password(in language: Language) throws -> String {
      guard let password = readPassword(in: language) else {
        standardError(
          language.text(
            id: "Tidak ada kata sandi di masukan standar.", en: "No password on standard input."))
        throw ExitCode(1)
      }
      return password
    }

    /// The first line of standard input; at a terminal, asked for without
    /// echo.
    private static func readPassword(in language: Language) -> String? {
      if isatty(STDIN_FILENO) == 1 {
        guard
          let typed = getpass(language.text(id: "Kata sandi: ", en: "Password: "))
        else { return nil }
        return String(cString: typed)
      }
      guard let line = readLine(strippingNewline: true) else { return nil }
      return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: UsageText.text(id: "Daftar akun.", en: "List the accounts."))

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let language = workspace.global.language
      try reportingWorkspaceErrors(in: language) {
        let rows =
          [
            [
              language.text(id: "Nama pengguna", en: "Username"),
              language.text(id: "Peran", en: "Role"), language.text(id: "OPD", en: "Agencies"),
            ]
          ]
          + (try workspace.store().accounts()).map {
            [$0.username, $0.role.name(in: language), $0.agencies.joined(separator: ", ")]
          }
        print(textTable(rows, rightAligned: [false, false, false]))
      }
    }
  }

  struct Password: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "password",
      abstract: UsageText.text(
        id: "Ganti kata sandi akun (dibaca dari masukan standar); sesinya berakhir.",
        en: "Change an account's password (read from standard input); its sessions end."))

    @Argument(help: UsageText.help(id: "Nama pengguna.", en: "The username."))
    var name: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let language = workspace.global.language
      try reportingWorkspaceErrors(in: language) {
        let store = try workspace.store()
        let password = try Add.password(in: language)
        try store.setPassword(of: name, to: password, actor: workspace.actor)
        print(
          language.text(
            id: "Kata sandi \(name) diganti.", en: "The password of \(name) changed."))
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: UsageText.text(
        id: "Hapus akun; sesinya berakhir, catatannya di jejak audit tetap.",
        en: "Remove an account; its sessions end, its audit entries stay."))

    @Argument(help: UsageText.help(id: "Nama pengguna.", en: "The username."))
    var name: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
      let language = workspace.global.language
      try reportingWorkspaceErrors(in: language) {
        try workspace.store().removeAccount(name, actor: workspace.actor)
        print(language.text(id: "Akun \(name) dihapus.", en: "Account \(name) removed."))
      }
    }
  }
}

extension Role: ExpressibleByArgument {}
