import Foundation

/// Where the bundled `history/` datasets are.
enum BundledHistory {
  /// The dataset a bare `ikuplan` reviews.
  static let defaultName = "tanjungpinang-disnakerkum"

  /// The folder of the bundled datasets.
  ///
  /// `$IKUPLAN_HISTORY`, else the first `history/` folder found in the
  /// working directory or above the executable (the package root for
  /// `swift run` and `.build/…/ikuplan`). The executable is the running
  /// file itself (`/proc/self/exe` on Linux), with links resolved, so that
  /// `ikuplan` found through `PATH` or a link to it finds the package it
  /// was built in.
  static func folder() -> String {
    if let folder = ProcessInfo.processInfo.environment["IKUPLAN_HISTORY"] {
      return folder
    }
    let manager = FileManager.default
    var candidates = [manager.currentDirectoryPath]
    var url = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
      .resolvingSymlinksInPath()
    for _ in 0..<5 {
      url.deleteLastPathComponent()
      candidates.append(url.path)
    }
    for candidate in candidates {
      let history = (candidate as NSString).appendingPathComponent("history")
      if manager.fileExists(atPath: (history as NSString).appendingPathComponent(defaultName)) {
        return history
      }
    }
    return "history"
  }

  /// The default dataset folder.
  static func defaultDataset() -> String {
    (folder() as NSString).appendingPathComponent(defaultName)
  }
}
