internal import CXLSXWriter

/// An `.xlsx` workbook written through libxlsxwriter: every C call of the
/// workbook writer is in this file.
///
/// libxlsxwriter (Debian's `libxlsxwriter-dev`, <https://libxlsxwriter.github.io>)
/// writes the Office Open XML parts and the ZIP container; ikuplan only
/// decides what goes in which cell. The workbook is written to `path` when
/// ``close()`` is called (``XLSXRenderer`` gives it a temporary name that
/// ``AtomicFiles`` renames into place).
final class XLSXWorkbook {
  /// A worksheet of the workbook.
  struct Sheet {
    fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
  }

  /// A cell format: bold or not, a number format, wrapped text.
  struct Style: Hashable {
    var bold = false
    var numberFormat: String?
    var wraps = false
  }

  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private let path: String
  private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
  private var isClosed = false

  /// Starts a workbook that will be written to `path`.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)`` when libxlsxwriter
  ///   cannot start one.
  init(path: String) throws {
    // The corresponding libxlsxwriter function is workbook_new.
    guard let workbook = workbook_new(path) else {
      throw InputError(
        .unwritable(reason: "libxlsxwriter cannot create the workbook"),
        at: SourceLocation(file: path, line: 0))
    }
    self.workbook = workbook
    self.path = path
  }

  deinit {
    // A workbook never closed (an error on the way) is still freed; the
    // file it writes is the temporary one, removed by the caller.
    if !isClosed { workbook_close(workbook) }
  }

  /// Adds a worksheet named `name` (at most 31 characters, none of
  /// `[]:*?/\`; the caller makes it so).
  func addSheet(_ name: String) -> Sheet {
    // The corresponding libxlsxwriter function is workbook_add_worksheet.
    guard let sheet = workbook_add_worksheet(workbook, name) else {
      preconditionFailure("invalid or duplicate sheet name '\(name)'")
    }
    return Sheet(pointer: sheet)
  }

  /// Writes text into a cell (row and column from 0).
  func write(_ text: String, row: Int, column: Int, in sheet: Sheet, style: Style = Style()) {
    worksheet_write_string(
      sheet.pointer, lxw_row_t(row), lxw_col_t(column), text, format(style))
  }

  /// Writes a number into a cell; `value` must be finite (Excel has no
  /// NaN or infinity).
  func write(_ value: Double, row: Int, column: Int, in sheet: Sheet, style: Style = Style()) {
    precondition(value.isFinite, "Excel cells hold finite numbers")
    worksheet_write_number(
      sheet.pointer, lxw_row_t(row), lxw_col_t(column), value, format(style))
  }

  /// Sets a column's width in characters.
  func setWidth(_ width: Double, column: Int, in sheet: Sheet) {
    worksheet_set_column(sheet.pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
  }

  /// Freezes the rows above `row` (the header stays in view).
  func freezeRows(above row: Int, in sheet: Sheet) {
    worksheet_freeze_panes(sheet.pointer, lxw_row_t(row), 0)
  }

  /// Freezes the columns left of `column` (the names stay in view).
  func freezeColumns(before column: Int, in sheet: Sheet) {
    // The corresponding libxlsxwriter function is worksheet_freeze_panes.
    worksheet_freeze_panes(sheet.pointer, 0, lxw_col_t(column))
  }

  /// Writes text across the cells of one row from `first` through `last`
  /// column, merged into one.
  func merge(
    _ text: String, row: Int, columns first: Int, through last: Int, in sheet: Sheet,
    style: Style = Style()
  ) {
    // The corresponding libxlsxwriter function is worksheet_merge_range.
    worksheet_merge_range(
      sheet.pointer, lxw_row_t(row), lxw_col_t(first), lxw_row_t(row), lxw_col_t(last), text,
      format(style))
  }

  /// Offers `words` as a drop-down list in the cells of `column` from
  /// `firstRow` through `lastRow`; other text typed there draws a warning
  /// that the planner may dismiss, not a refusal (Excel's list is at most
  /// 255 characters, commas included).
  func dropDown(
    _ words: [String], column: Int, rows firstRow: Int, through lastRow: Int, in sheet: Sheet
  ) {
    precondition(words.joined(separator: ",").utf8.count <= 255, "Excel's list limit")
    var pointers: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    var validation = lxw_data_validation()
    validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
    validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
    pointers.withUnsafeMutableBufferPointer { buffer in
      validation.value_list = buffer.baseAddress
      // The corresponding libxlsxwriter function is
      // worksheet_data_validation_range; it copies the list.
      _ = worksheet_data_validation_range(
        sheet.pointer, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow),
        lxw_col_t(column), &validation)
    }
  }

  /// Writes the file and frees the workbook.
  ///
  /// - Throws: ``InputError/Problem/unwritable(reason:)`` with
  ///   libxlsxwriter's reason.
  func close() throws {
    precondition(!isClosed, "a workbook is closed once")
    isClosed = true
    // The corresponding libxlsxwriter function is workbook_close.
    let error = workbook_close(workbook)
    guard error == LXW_NO_ERROR else {
      throw InputError(
        .unwritable(reason: String(cString: lxw_strerror(error))),
        at: SourceLocation(file: path, line: 0))
    }
  }

  /// The libxlsxwriter format of a style, made once per workbook.
  private func format(_ style: Style) -> UnsafeMutablePointer<lxw_format>? {
    if style == Style() { return nil }
    if let format = formats[style] { return format }
    let format = workbook_add_format(workbook)
    if let format {
      if style.bold { format_set_bold(format) }
      if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
      if style.wraps { format_set_text_wrap(format) }
      formats[style] = format
    }
    return format
  }
}
