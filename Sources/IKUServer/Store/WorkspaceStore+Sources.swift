extension WorkspaceStore {
  /// The start of the note a realisation entered in the workspace adds to
  /// its year's source: `realisasi: LKjIP 2025 hal. 12, diisi ana
  /// 2026-11-30`.
  static let realisationNote = "realisasi: "

  /// A row's source (`sumber`) with a note of the workspace's in place of
  /// an earlier note of the same kind.
  ///
  /// A year's row has one source for its values. The workspace adds a note
  /// for each kind of change — a target changed, a realisation entered —
  /// after the document's own source, as `; `-separated parts; a later
  /// change of one kind replaces only that kind's note. The source's own
  /// text, an `ilustrasi` mark first among it, stays as it was.
  ///
  /// - Parameters:
  ///   - source: the row's source.
  ///   - prefix: how the kind's note starts (``changedInWorkspace``,
  ///     ``realisationNote``).
  ///   - note: the new note, starting with `prefix`.
  /// - Returns: the source's own parts and other notes, then `note`.
  static func source(_ source: String, replacing prefix: String, with note: String) -> String {
    let kept = source.components(separatedBy: "; ").filter {
      !$0.isEmpty && !$0.hasPrefix(prefix)
    }
    return (kept + [note]).joined(separator: "; ")
  }
}
