import Dispatch
import Foundation
import Synchronization
import TestSupport
import Testing

/// The planner's guide, `docs/panduan.md`, against rot (issue 18).
///
/// Its shell blocks are followed as a planner would follow them: the `cp`
/// lines set up the practice folder, then every `ikuplan …` line runs there
/// and ends as the guide says: exit 0, or 1 (a refusal with its message)
/// where the line is marked `# ditolak`. Output wording is not compared, so
/// that the guide's short excerpts may lag small changes of wording.
@Suite struct PanduanTests {
  /// One line of a shell block, as the test follows it.
  enum Step: Equatable {
    /// `ikuplan ARGS [> FILE]`; `refused` when the line is marked
    /// `# ditolak`.
    case ikuplan([String], refused: Bool, into: String? = nil)
    /// `cp [-r] ~/ikuplan/PATH NAME`: a file or folder of the package into
    /// the practice folder.
    case copy(from: String, to: String)
    /// Installing and moving into folders, which the test's own build and
    /// practice folder stand for.
    case setUp
  }

  /// The lines of the ```sh blocks of a Markdown text.
  static func shellLines(of markdown: String) -> [String] {
    var lines: [String] = []
    var inShell = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inShell = !inShell && line == "```sh"
        continue
      }
      if inShell && !line.trimmingCharacters(in: .whitespaces).isEmpty {
        lines.append(String(line))
      }
    }
    return lines
  }

  /// What the test does for one line; nil for a line it does not know, so
  /// that the guide cannot gain a step the test silently skips.
  static func step(_ line: String) -> Step? {
    var text = line
    var comment = ""
    if let mark = line.range(of: " #") {
      text = String(line[..<mark.lowerBound])
      comment = String(line[mark.upperBound...])
    }
    let words = text.split(separator: " ").map(String.init)
    guard let first = words.first else { return nil }
    switch first {
    case "ikuplan":
      // Words are split on spaces only: quoting, variables and other
      // redirections would be read differently by a shell.
      let shellCharacters = CharacterSet(charactersIn: "\"'$|<;&*`\\~")
      guard text.rangeOfCharacter(from: shellCharacters) == nil else { return nil }
      var arguments = Array(words.dropFirst())
      var into: String?
      if let arrow = arguments.firstIndex(where: { $0.contains(">") }) {
        guard arguments[arrow] == ">", arrow == arguments.count - 2 else { return nil }
        into = arguments[arrow + 1]
        arguments.removeLast(2)
      }
      return .ikuplan(arguments, refused: comment.contains("ditolak"), into: into)
    case "cp":
      let operands = words.dropFirst().filter { $0 != "-r" }
      guard operands.count == 2, operands[0].hasPrefix("~/ikuplan/") else { return nil }
      return .copy(from: String(operands[0].dropFirst("~/ikuplan/".count)), to: operands[1])
    case "cd", "mkdir", "export", "swift", "scripts/bootstrap.sh":
      return .setUp
    default:
      return nil
    }
  }

  @Test func linesAreReadAsAShellWould() {
    #expect(
      Self.step("ikuplan import a.xlsx --output coba   # ditolak")
        == .ikuplan(["import", "a.xlsx", "--output", "coba"], refused: true))
    #expect(
      Self.step("cp -r ~/ikuplan/history/x contoh") == .copy(from: "history/x", to: "contoh"))
    #expect(
      Self.step("ikuplan scenario a.yaml --format html > a.html")
        == .ikuplan(["scenario", "a.yaml", "--format", "html"], refused: false, into: "a.html"))
    #expect(Self.step("ikuplan data >> a.txt") == nil)
    #expect(Self.step("ikuplan data | head") == nil)
    #expect(Self.step("rm -rf contoh") == nil)
    #expect(Self.readsOnlyTheExample(["scenario", "contoh/a.yaml", "--history", "contoh"]))
    #expect(
      Self.readsOnlyTheExample(["review", "--history", "contoh", "--output", "t.xlsx"]))
    #expect(!Self.readsOnlyTheExample(["scenario", "saya.xlsx", "--history", "contoh"]))
    #expect(
      Self.shellLines(of: "a\n```sh\nikuplan data\n```\n```text\nikuplan x\n```\n") == [
        "ikuplan data"
      ])
  }

  /// Whether a line only reads the example folder `contoh`, which no line
  /// changes: such lines may run beside the others.
  ///
  /// A line that also names a file outside `contoh` (other than the one it
  /// writes with `--output`) may read what an earlier line wrote (a
  /// scenario workbook from `--template`), so it keeps its place.
  static func readsOnlyTheExample(_ arguments: [String]) -> Bool {
    guard arguments.first != "import", let flag = arguments.firstIndex(of: "--history"),
      flag + 1 < arguments.count
    else { return false }
    let outputs = arguments.indices.filter { $0 > 0 && arguments[$0 - 1] == "--output" }
    let readsOther = arguments.indices.contains { index in
      let argument = arguments[index]
      return !outputs.contains(index) && !argument.hasPrefix("-") && argument.contains(".")
        && !argument.hasPrefix("contoh/")
    }
    return arguments[flag + 1] == "contoh" && !readsOther
  }

  /// Every line of the guide's shell blocks, followed in a fresh practice
  /// folder.
  ///
  /// The copies come first, then the `ikuplan` lines in the guide's order,
  /// except that those reading only `contoh` (the scenarios and reports
  /// among them, the slow ones) run beside that sequence. The
  /// bundled dataset is out of reach (`IKUPLAN_HISTORY` names a missing
  /// folder), as it is for a planner who runs `ikuplan` from PATH, so a
  /// line that forgets `--history` fails here too.
  @Test func everyCommandOfTheGuideRuns() throws {
    let guide = try String(
      contentsOf: packageRoot.appendingPathComponent("docs/panduan.md"), encoding: .utf8)
    let practice = try temporaryFolder().appendingPathComponent("iku")
    try FileManager.default.createDirectory(at: practice, withIntermediateDirectories: true)
    let environment = ["IKUPLAN_HISTORY": practice.appendingPathComponent("tidak-ada").path]
    var commands: [(line: String, arguments: [String], refused: Bool, into: String?)] = []
    for line in Self.shellLines(of: guide) {
      switch Self.step(line) {
      case nil:
        Issue.record("the guide has a line the test does not follow: \(line)")
      case .setUp:
        break
      case .copy(let source, let name):
        try FileManager.default.copyItem(
          at: packageRoot.appendingPathComponent(source),
          to: practice.appendingPathComponent(name))
      case .ikuplan(let arguments, let refused, let into):
        commands.append((line, arguments, refused, into))
      }
    }
    let independent = commands.indices.filter { Self.readsOnlyTheExample(commands[$0].arguments) }
    let sequence = commands.indices.filter { !independent.contains($0) }
    let lanes = [sequence] + independent.map { [$0] }
    let arguments = commands.map(\.arguments)
    let results = Mutex<[Int: Result<CommandResult, any Error>]>([:])
    DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
      for index in lanes[lane] {
        let result = Result {
          try runIKUPlan(arguments[index], environment: environment, in: practice)
        }
        results.withLock { $0[index] = result }
      }
    }
    let finished = results.withLock { $0 }
    for (index, command) in commands.enumerated() {
      let result = try #require(finished[index]).get()
      if command.refused {
        #expect(result.status == 1, "\(command.line)")
        #expect(!result.standardError.isEmpty, "\(command.line)")
      } else {
        #expect(result.status == 0, "\(command.line): \(result.standardError)")
      }
      if let name = command.into {
        #expect(!result.standardOutput.isEmpty, "\(command.line)")
        try Data(result.standardOutput.utf8).write(to: practice.appendingPathComponent(name))
      }
    }
    // The guide walks through every command; a parser that found nothing
    // must not pass.
    #expect(commands.count >= 25, "\(commands.count) ikuplan lines")
    #expect(commands.filter(\.refused).count >= 3)
  }
}
