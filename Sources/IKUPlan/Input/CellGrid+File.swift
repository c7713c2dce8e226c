internal import Foundation

extension CellGrid {
  /// Reads a file: an `.xlsx` workbook (its first sheet, or `sheet`) or
  /// delimited text: tab-separated for `.tsv` and `.txt` (the form in which
  /// IKU sheets are copied out of documents, where commas and semicolons
  /// abound in the text), detected from the first line otherwise.
  ///
  /// - Throws: ``InputError/Problem/unreadable(reason:)`` when the file
  ///   cannot be read, ``InputError/Problem/saveAsXLSX(_:)`` for an `.xls`,
  ///   `.xlsm` or `.xlsb` workbook, or the reader's own errors.
  public init(
    contentsOfFile path: String, sheet: String? = nil, delimiter: Character? = nil
  ) throws {
    // The size first: a 1 GB file is refused before it is read.
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > Self.maximumFileSize
    {
      throw InputError(
        .fileTooLarge(size: size, limit: Self.maximumFileSize),
        at: SourceLocation(file: path, line: 0))
    }
    // Other workbook formats are not read: the planner saves as .xlsx.
    let ext = (path as NSString).pathExtension.lowercased()
    if ["xls", "xlsm", "xlsb"].contains(ext) {
      throw InputError(.saveAsXLSX(ext), at: SourceLocation(file: path, line: 0))
    }
    // A workbook is opened by its path (ZIPFoundation reads the file
    // itself); only delimited text is read here.
    if path.lowercased().hasSuffix(".xlsx"), FileManager.default.isReadableFile(atPath: path) {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        try self.init(workbookAt: path, file: path, sheet: sheet)
        return
      }
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      let reason: InputError.Unreadable =
        !exists ? .notFound : isFolder.boolValue ? .folder : .notPermitted
      throw InputError(.unreadable(reason: reason), at: SourceLocation(file: path, line: 0))
    }
    let lower = path.lowercased()
    let tabbed = lower.hasSuffix(".tsv") || lower.hasSuffix(".txt")
    try self.init(
      delimitedBytes: [UInt8](data), file: path, delimiter: delimiter ?? (tabbed ? "\t" : nil))
  }
}
