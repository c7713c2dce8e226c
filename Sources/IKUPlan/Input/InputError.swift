import IKUForecast

/// A problem with the user's data, with where it is and what was expected.
///
/// The command-line tool prints ``message(in:)`` and exits with
/// code 1.
public struct InputError: Error, Sendable, Equatable {
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong.
  public var problem: Problem

  /// Creates an error.
  public init(_ problem: Problem, at location: SourceLocation) {
    self.problem = problem
    self.location = location
  }

  /// Why a file cannot be read.
  public enum Unreadable: Sendable, Equatable {
    /// There is no such file.
    case notFound
    /// The path names a folder.
    case folder
    /// It exists but cannot be read (permissions, I/O).
    case notPermitted
    /// A private temporary copy (of a workbook) cannot be made.
    case noTemporaryCopy

    /// The reason in a language.
    func text(in l: Language) -> String {
      switch self {
      case .notFound: return l.text(id: "tidak ditemukan", en: "not found")
      case .folder: return l.text(id: "ini sebuah folder", en: "a folder")
      case .notPermitted:
        return l.text(id: "tidak ada izin atau galat I/O", en: "permission or I/O error")
      case .noTemporaryCopy:
        return l.text(
          id: "salinan sementara tidak dapat dibuat", en: "cannot create a temporary copy")
      }
    }
  }

  /// Words of a problem in both languages: what a value should be, why
  /// something cannot be done.
  public struct Words: Sendable, Hashable {
    /// In Bahasa Indonesia.
    public let indonesian: String
    /// In English.
    public let english: String

    /// Creates the words.
    public init(id: String, en: String) {
      indonesian = id
      english = en
    }

    /// The words in a language.
    public func text(in l: Language) -> String { l.text(id: indonesian, en: english) }
  }

  /// What can be wrong with input data.
  public enum Problem: Sendable, Equatable {
    /// The file could not be opened or read.
    case unreadable(reason: Unreadable)
    /// The file holds no header line.
    case empty
    /// The bytes at this place are not UTF-8.
    case notUTF8
    /// The text is UTF-16 (Excel's "Unicode Text"), not UTF-8.
    case utf16
    /// The file is larger than ikuplan reads (bytes, and the limit).
    case fileTooLarge(size: Int, limit: Int)
    /// A line is longer than ikuplan reads (characters).
    case lineTooLong(limit: Int)
    /// A quoted field is not closed before the end of the file.
    case unterminatedQuote
    /// A record has another number of fields than the header.
    case fieldCount(found: Int, expected: Int)
    /// Two header columns have the same name.
    case duplicateColumn(String)
    /// A named column is not in the header.
    case unknownColumn(String, available: [String])
    /// A cell that must hold a number holds this text.
    case notANumber(String)
    /// A number too large (`tooLarge`) or too small in size for the models
    /// (``IKUForecast/ValueMagnitude``), as written.
    case beyondMagnitude(String, tooLarge: Bool)
    /// A cell that must hold a number is empty or marked missing.
    case missingValue
    /// The header has no data records below it.
    case noRecords
    /// The least-squares fit cannot be computed from these data.
    case regression(LeastSquaresError)
    /// A number written in one convention after an earlier cell settled
    /// the file in the other.
    case mixedConventions(
      String, this: NumberConvention, earlier: NumberConvention,
      earlierLocation: SourceLocation)
    /// A number that reads differently in the two conventions, in a file
    /// that does not settle which one it uses.
    case ambiguousNumber(String, indonesian: Double, english: Double)
    /// The unit after a number is not the indicator's.
    case unitMismatch(written: String, expected: String)
    /// A value outside the indicator's hard bounds.
    case outOfBounds(Double, lower: Double?, upper: Double?)
    /// The lower bound is not below the upper bound.
    case invalidBounds(lower: Double, upper: Double)
    /// A range target whose lower end is above its upper end.
    case invalidRange(lower: Double, upper: Double)
    /// An upper end of a range target (`target_atas`) without a lower end
    /// (`target`).
    case rangeWithoutLowerEnd
    /// A realisation written as a range (`72,28 – 73,77`): a realisation is
    /// one number.
    case rangeNotAllowed(String)
    /// A range written in a folder's one `target` cell, where its ends go
    /// in `target` and `target_atas`.
    case rangeInOneCell(String)
    /// Text that splits into two numbers at more than one dash.
    case ambiguousRange(String)
    /// Two indicators have the same code.
    case duplicateCode(String)
    /// An indicator has two rows for one year.
    case duplicateYear(code: String, year: Int)
    /// An indicator has two rows for one quarter.
    case duplicateQuarter(code: String, year: Int, quarter: Int)
    /// A row names an indicator the dataset does not define.
    case unknownIndicator(String, known: [String])
    /// `--polarity CODE=…` names a code the sheet does not have.
    case polarityForUnknownCode(String, known: [String])
    /// A word that is not one of the expected ones.
    case invalidWord(String, expected: [String])
    /// A year that is not a whole number between 1900 and 2200.
    case invalidYear(String)
    /// A quarter that is not 1, 2, 3 or 4.
    case invalidQuarter(String)
    /// A row with values has no source.
    case missingSource
    /// A value of the imported sheet differs from the one the dataset
    /// folder holds for the same indicator, year and role (`more` other
    /// values differ too); nothing is written without `--ganti`.
    case conflictingValue(
      code: String, year: Int, field: AnnualField, existing: Double, existingAt: SourceLocation,
      imported: Double, more: Int)
    /// An indicator of the sheet has the code of a folder indicator with
    /// another name: a reordered or renamed sheet, whose values would go to
    /// the wrong indicator.
    case indicatorMismatch(code: String, sheetName: String, folderName: String)
    /// The file is not a readable `.xlsx` workbook.
    case notAWorkbook(reason: String)
    /// A workbook in a format other than `.xlsx` (`.xls`, `.xlsm`, `.xlsb`),
    /// by its extension.
    case saveAsXLSX(String)
    /// The workbook has no sheet with this name.
    case sheetNotFound(String, available: [String])
    /// No IKU table (a header naming the indicators and a year) was found;
    /// the location is the closest candidate header row, if any, and the
    /// flags say which heading it lacks; the example is written in the
    /// file's number convention.
    case noIKUTable(missingIndicator: Bool, missingYearColumn: Bool, convention: NumberConvention)
    /// Two columns of a table hold the same year's realisation or target.
    case sameYearColumns(first: String, second: String, year: Int)
    /// A table heads its years relative to the plan's period (`Tahun-1`)
    /// and the period's first year was not given (`--tahun-awal`).
    case relativeYearsWithoutBase(heading: String)
    /// A row of a table whose roles are given row by row (`KETERANGAN`)
    /// repeats the role of an earlier row of the same indicator.
    case repeatedRowRole(String, firstLine: Int)
    /// The actual and the target of a sheet row carry different units.
    case inconsistentUnits(String, String)
    /// An output file or folder cannot be written.
    case unwritable(reason: String)
    /// An output path names a folder where a file belongs (or a file where
    /// a folder belongs).
    case outputIsFolder
    /// An output path names a file that is not a folder.
    case outputIsNotFolder
    /// An output file's folder does not exist (a typo, not a wish to
    /// create it).
    case outputFolderMissing(String)
    /// An output would replace one of the command's input files.
    case outputIsInput(String)
    /// The YAML cannot be read.
    case yaml(Words)
    /// A key that the file format does not have.
    case unknownKey(String, allowed: [String])
    /// A required key is missing.
    case missingKey(String)
    /// A value of the wrong kind: what was expected.
    case invalidValue(expected: Words)
    /// A formula that does not parse.
    case formula(Expression.ParseError.Problem)
    /// A formula names a driver that is not defined.
    case unknownName(String, known: [String])
    /// A formula divides by a driver whose range includes zero.
    case divisionByZero(String)
    /// A scenario result is not a number for some draws; whether its
    /// formula divides (else it can only have overflowed).
    case nonFiniteResult(String, draws: Int, hasDivision: Bool)
    /// A forecast driver cannot be forecast, and why.
    case cannotForecast(String, reason: Words)
    /// The dataset has no quarterly values (for the year asked).
    case noQuarterlyData(year: Int?, quarter: Int?)
    /// A long-form panel row whose period does not follow the series'
    /// previous row.
    case periodNotIncreasing(series: String, period: Int, previous: Int)
    /// A long-form panel series whose rows are split by another series';
    /// its rows began on `firstLine`.
    case seriesNotContiguous(String, firstLine: Int)
    /// A wide-form panel id that is already the id of the series on
    /// `firstLine`.
    case duplicateSeries(String, firstLine: Int)
    /// A panel series without values for the periods `from` through
    /// `through` between two of its values (in a wide row, positions).
    case seriesGap(String, from: Int, through: Int, wide: Bool)
    /// A panel without a single value.
    case noPanelValues
    /// A panel field that is no number in the panel's one convention:
    /// decimal comma or point, no thousands separators.
    case notAPanelNumber(String, decimalComma: Bool)
    /// A wide panel's first line of years (whole numbers in 1900–2200)
    /// that do not rise one by one: a missing, repeated or newest-first
    /// year (the two years where it breaks).
    case yearsNotConsecutive(Int, Int)
    /// A panel line without a series id.
    case emptySeriesID
    /// A panel field whose double quotes do not pair up (a delimiter or a
    /// line break inside quotes, which the panel reader does not take).
    case unpairedQuote
    /// A value of a wide panel in a column past the last year of its
    /// header of years.
    case valueWithoutYear(lastYear: Int)
    /// A panel with `,` between its fields read with decimal commas.
    case decimalCommaBetweenCommas
    /// A panel value outside the bounds given for the panel (`--bounds`).
    case seriesOutsideBounds(String, period: Int, value: Double, lower: Double?, upper: Double?)
    /// A panel value that the chosen scale (`--transform`) cannot take.
    case seriesOutsideScale(String, period: Int, value: Double, scale: Transform.Choice)
    /// A panel value whose digits the logit between bounds far wider than
    /// the values would not keep (``IKUForecast/Transform/logitLosesDigits(_:lower:upper:)``).
    case seriesLosesDigits(String, period: Int, value: Double)
    /// A filled cell of a scenario workbook that belongs to no block, row
    /// or column (its content as each language shows it, and what may
    /// stand there).
    case unplacedCell(Words, expected: Words)
    /// A scenario feature that a scenario workbook cannot hold (what it
    /// is); the scenario stays a YAML file.
    case noWorkbookForm(Words)
    /// A cell holding an Excel formula (its text without `=`, which may be
    /// empty) saved without its computed value.
    case uncomputedFormula(String)
  }

  /// The full message: location, then the problem.
  public func message(in language: Language) -> String {
    "\(location.description(in: language)): \(describe(in: language))"
  }

  private func describe(in l: Language) -> String {
    let number = NumberFormat(l)
    // Every digit of what was read (a budget of 700.000.000, never
    // 7,000000000E+08).
    func show(_ value: Double) -> String { number.exact(value) }
    func name(_ convention: NumberConvention) -> String {
      switch convention {
      case .indonesian:
        return l.text(id: "format Indonesia (39,67)", en: "Indonesian format (39,67)")
      case .english:
        return l.text(id: "format titik desimal (39.67)", en: "decimal-point format (39.67)")
      }
    }
    switch problem {
    case .unreadable(let reason):
      return l.text(
        id: "berkas tidak dapat dibaca (\(reason.text(in: l)))",
        en: "the file cannot be read (\(reason.text(in: l)))")
    case .empty:
      return l.text(
        id: "berkas kosong; diharapkan baris judul kolom",
        en: "the file is empty; expected a header line")
    case .notUTF8:
      return l.text(
        id: "teks bukan UTF-8; simpan ulang berkas sebagai UTF-8",
        en: "the text is not UTF-8; save the file again as UTF-8")
    case .utf16:
      return l.text(
        id: "teks berkode UTF-16 (\"Unicode Text\" Excel); simpan ulang sebagai \"CSV UTF-8\"",
        en: "the text is UTF-16 (Excel's \"Unicode Text\"); save it again as \"CSV UTF-8\"")
    case .fileTooLarge(let size, let limit):
      let mb = { (bytes: Int) in String(bytes / 1_048_576) }
      return l.text(
        id: "berkas terlalu besar (\(mb(size)) MB); ikuplan membaca berkas hingga \(mb(limit)) MB",
        en: "the file is too large (\(mb(size)) MB); ikuplan reads files up to \(mb(limit)) MB")
    case .lineTooLong(let limit):
      return l.text(
        id: "baris lebih panjang dari \(limit) karakter; ini bukan tabel yang dapat dibaca",
        en: "the line is longer than \(limit) characters; this is not a table ikuplan can read")
    case .unterminatedQuote:
      return l.text(
        id: "tanda kutip tidak ditutup sampai akhir berkas",
        en: "a quoted field is not closed before the end of the file")
    case .fieldCount(let found, let expected):
      return l.text(
        id: "ada \(found) kolom, padahal judul memiliki \(expected)",
        en: "\(found) fields, but the header has \(expected)")
    case .duplicateColumn(let name):
      return l.text(
        id: "nama kolom '\(name)' muncul dua kali",
        en: "the column name '\(name)' appears twice")
    case .unknownColumn(let name, let available):
      let list = available.joined(separator: ", ")
      return l.text(
        id: "kolom '\(name)' tidak ada; kolom yang tersedia: \(list)",
        en: "no column '\(name)'; the columns are: \(list)")
    case .notANumber(let text):
      return l.text(
        id: "'\(text)' bukan angka; diharapkan angka seperti 39,67 atau 5.517",
        en: "'\(text)' is not a number; expected a number like 39.67 or 5517")
    case .beyondMagnitude(let text, let tooLarge):
      return l.text(
        id: "'\(text)' terlalu \(tooLarge ? "besar" : "kecil") untuk dihitung: ikuplan menghitung"
          + " dengan angka sebesar 10^-150 sampai 10^150 (atau 0), karena model mengkuadratkannya",
        en: "'\(text)' is too \(tooLarge ? "large" : "small") to compute with: ikuplan computes"
          + " with numbers of size 10^-150 to 10^150 (or 0), because the models square them")
    case .missingValue:
      return l.text(
        id: "nilai kosong; regresi memerlukan nilai di setiap baris",
        en: "missing value; the regression needs a value on every line")
    case .noRecords:
      return l.text(
        id: "tidak ada baris data di bawah judul kolom",
        en: "no data lines below the header")
    case .regression(let error):
      return Self.describe(error, in: l)
    case .mixedConventions(let text, let this, let earlier, let earlierLocation):
      return l.text(
        id: "'\(text)' ditulis dalam \(name(this)), padahal \(earlierLocation.description(in: l))"
          + " memakai \(name(earlier)); satu berkas harus memakai satu format angka"
          + " (pilih dengan --angka id|en)",
        en: "'\(text)' is written in the \(name(this)), but \(earlierLocation.description(in: l))"
          + " uses the \(name(earlier)); a file must use one number format"
          + " (choose with --angka id|en)")
    case .ambiguousNumber(let text, let indonesian, let english):
      return l.text(
        id: "'\(text)' dapat dibaca \(show(indonesian)) (format Indonesia) atau \(show(english))"
          + " (titik desimal) dan berkas ini tidak menentukan formatnya; pilih dengan --angka id|en",
        en: "'\(text)' reads as \(show(indonesian)) (Indonesian format) or \(show(english))"
          + " (decimal point) and the file does not settle which; choose with --angka id|en")
    case .unitMismatch(let written, let expected):
      return l.text(
        id: "satuan '\(written)' tidak sesuai dengan satuan indikator '\(expected)'",
        en: "the unit '\(written)' does not match the indicator's unit '\(expected)'")
    case .outOfBounds(let value, let lower, let upper):
      let range = "\(lower.map(show) ?? "−∞")–\(upper.map(show) ?? "∞")"
      return l.text(
        id: "nilai \(show(value)) di luar batas \(range)",
        en: "the value \(show(value)) is outside the bounds \(range)")
    case .invalidBounds(let lower, let upper):
      return l.text(
        id: "batas bawah \(show(lower)) tidak lebih kecil dari batas atas \(show(upper))",
        en: "the lower bound \(show(lower)) is not below the upper bound \(show(upper))")
    case .invalidRange(let lower, let upper):
      return l.text(
        id: "rentang target \(show(lower))–\(show(upper)): batas bawah di atas batas atas",
        en: "the target range \(show(lower))–\(show(upper)): the lower end is above the upper end")
    case .rangeWithoutLowerEnd:
      return l.text(
        id: "batas atas rentang target (target_atas) tanpa batas bawah (target)",
        en: "the upper end of a target range (target_atas) without a lower end (target)")
    case .rangeNotAllowed(let text):
      return l.text(
        id: "'\(text)' adalah rentang; realisasi harus satu angka",
        en: "'\(text)' is a range; a realisation is a single number")
    case .rangeInOneCell(let text):
      return l.text(
        id: "'\(text)' adalah rentang; tulis batas bawah di kolom target dan batas atas di"
          + " kolom target_atas",
        en: "'\(text)' is a range; write the lower end in the target column and the upper end"
          + " in target_atas")
    case .ambiguousRange(let text):
      return l.text(
        id: "'\(text)' dapat dibagi menjadi dua angka dengan lebih dari satu cara;"
          + " tulis rentang seperti 72,28 – 73,77",
        en: "'\(text)' splits into two numbers in more than one way;"
          + " write a range like 72.28 – 73.77")
    case .duplicateCode(let code):
      return l.text(
        id: "kode indikator '\(code)' muncul dua kali",
        en: "the indicator code '\(code)' appears twice")
    case .duplicateYear(let code, let year):
      return l.text(
        id: "\(code) sudah memiliki baris untuk tahun \(year)",
        en: "\(code) already has a row for the year \(year)")
    case .duplicateQuarter(let code, let year, let quarter):
      return l.text(
        id: "\(code) sudah memiliki baris untuk triwulan \(quarter) tahun \(year)",
        en: "\(code) already has a row for quarter \(quarter) of \(year)")
    case .unknownIndicator(let code, let known):
      let list = known.joined(separator: ", ")
      return l.text(
        id: "indikator '\(code)' tidak ada di indikator.csv; yang ada: \(list)",
        en: "no indicator '\(code)' in indikator.csv; the codes are: \(list)")
    case .polarityForUnknownCode(let code, let known):
      let list = known.joined(separator: ", ")
      return l.text(
        id: "--polarity \(code)=…: lembar ini tidak memiliki indikator '\(code)'; kodenya: \(list)",
        en: "--polarity \(code)=…: the sheet has no indicator '\(code)'; its codes are: \(list)")
    case .invalidWord(let word, let expected):
      let list = expected.joined(separator: ", ")
      return l.text(
        id: "'\(word)' tidak dikenal; diharapkan salah satu dari: \(list)",
        en: "'\(word)' is not known; expected one of: \(list)")
    case .invalidYear(let text):
      return l.text(
        id: "'\(text)' bukan tahun; diharapkan bilangan bulat seperti 2024",
        en: "'\(text)' is not a year; expected a whole number like 2024")
    case .invalidQuarter(let text):
      return l.text(
        id: "'\(text)' bukan triwulan; diharapkan 1, 2, 3 atau 4",
        en: "'\(text)' is not a quarter; expected 1, 2, 3 or 4")
    case .missingSource:
      return l.text(
        id: "sumber kosong; setiap nilai harus punya sumber (dokumen, halaman, atau 'ilustrasi')",
        en: "no source; every value needs one (a document and page, or 'ilustrasi')")
    case .notAWorkbook(let reason):
      return l.text(
        id: "bukan buku kerja Excel .xlsx yang dapat dibaca (\(reason))",
        en: "not a readable Excel .xlsx workbook (\(reason))")
    case .conflictingValue(
      let code, let year, let field, let existing, let existingAt, let imported, let more):
      let role = field.name(in: l)
      let others =
        more == 0 ? "" : l.text(id: " (dan \(more) nilai lain)", en: " (and \(more) more)")
      return l.text(
        id:
          "\(code) \(role) \(year): lembar berisi \(show(imported)), folder berisi \(show(existing)) (\(existingAt.description(in: l)))\(others); tidak ada yang ditulis; pakai --ganti agar nilai lembar menggantikannya",
        en:
          "\(code) \(role) \(year): the sheet has \(show(imported)), the folder has \(show(existing)) (\(existingAt.description(in: l)))\(others); nothing written; use --ganti to let the sheet's values replace them"
      )
    case .indicatorMismatch(let code, let sheetName, let folderName):
      return l.text(
        id:
          "'\(sheetName)' mendapat kode \(code), tetapi \(code) di folder adalah '\(folderName)'; nilainya akan masuk ke indikator yang salah, jadi tidak ada yang ditulis; samakan nama indikator di lembar dan di indikator.csv",
        en:
          "'\(sheetName)' gets the code \(code), but \(code) in the folder is '\(folderName)'; its values would go to the wrong indicator, so nothing is written; make the indicator's name the same in the sheet and in indikator.csv"
      )
    case .saveAsXLSX(let ext):
      return l.text(
        id:
          "buku kerja .\(ext) tidak dibaca; buka di Excel atau LibreOffice dan simpan sebagai .xlsx (Simpan Sebagai → Buku Kerja Excel), lalu impor berkas .xlsx itu",
        en:
          "a .\(ext) workbook is not read; open it in Excel or LibreOffice and save it as .xlsx (Save As → Excel Workbook), then import the .xlsx file"
      )
    case .sheetNotFound(let name, let available):
      let list = available.joined(separator: ", ")
      return l.text(
        id: "tidak ada lembar '\(name)'; lembar yang ada: \(list)",
        en: "no sheet '\(name)'; the sheets are: \(list)")
    case .noIKUTable(let missingIndicator, let missingYearColumn, let convention):
      // A header and a row as this file would write them: `39,67` in a
      // file of decimal commas, `39.67` in one of decimal points.
      let (realisation, target) =
        convention == .indonesian ? ("39,67", "65,71") : ("39.67", "65.71")
      let example = l.text(
        id: "; contoh judul 'INDIKATOR KINERJA' 'SATUAN' 'REALISASI 2024' 'TARGET 2025'"
          + " dengan baris 'Persentase tenaga kerja kompeten' '%' '\(realisation)' '\(target)'",
        en: "; for example the header 'INDIKATOR KINERJA' 'SATUAN' 'REALISASI 2024' 'TARGET 2025'"
          + " with a row 'Persentase tenaga kerja kompeten' '%' '\(realisation)' '\(target)'")
      switch (missingIndicator, missingYearColumn) {
      case (false, true):
        return l.text(
          id: "tidak ditemukan tabel IKU: baris judul terdekat tidak memiliki kolom realisasi"
            + " atau target beserta tahunnya",
          en: "no IKU table found: the closest header row has no realisation or target column"
            + " with its year") + example
      case (true, false):
        return l.text(
          id: "tidak ditemukan tabel IKU: baris judul terdekat tidak memiliki kolom indikator",
          en: "no IKU table found: the closest header row has no indicator column") + example
      default:
        return l.text(
          id: "tidak ditemukan tabel IKU: diharapkan baris judul dengan kolom indikator,"
            + " realisasi dan target beserta tahunnya",
          en: "no IKU table found: expected a header row with indicator, realisation and"
            + " target columns and their years") + example
      }
    case .sameYearColumns(let first, let second, let year):
      return l.text(
        id: "dua kolom mengisi tahun dan peran yang sama (\(year)): '\(first)' dan '\(second)';"
          + " hapus atau ganti judul salah satunya",
        en: "two columns claim the same year and role (\(year)): '\(first)' and '\(second)';"
          + " remove or rename one of them")
    case .relativeYearsWithoutBase(let heading):
      return l.text(
        id: "judul '\(heading)' adalah tahun relatif terhadap periode rencana; beri tahun"
          + " pertama periode dengan --tahun-awal TAHUN (Tahun-1 = TAHUN); tidak ada yang ditulis",
        en: "the heading '\(heading)' is a year relative to the plan's period; give the period's"
          + " first year with --tahun-awal YEAR (Tahun-1 = YEAR); nothing written")
    case .repeatedRowRole(let word, let firstLine):
      return l.text(
        id: "indikator ini sudah memiliki baris '\(word)' (baris \(firstLine)); satu baris per"
          + " peran (Target, Realisasi)",
        en: "this indicator already has a '\(word)' row (line \(firstLine)); one row per role"
          + " (Target, Realisasi)")
    case .inconsistentUnits(let first, let second):
      return l.text(
        id: "capaian dan target memakai satuan berbeda ('\(first)' dan '\(second)')",
        en: "the achievement and the target use different units ('\(first)' and '\(second)')")
    case .unwritable(let reason):
      return l.text(
        id: "tidak dapat ditulis (\(reason))", en: "cannot be written (\(reason))")
    case .outputFolderMissing(let folder):
      return l.text(
        id: "folder '\(folder)' tidak ada; buat dulu foldernya, tidak ada yang ditulis",
        en: "the folder '\(folder)' does not exist; create it first, nothing was written")
    case .outputIsFolder:
      return l.text(
        id: "keluaran menunjuk sebuah folder, bukan berkas; tidak ada yang ditulis",
        en: "the output names a folder, not a file; nothing was written")
    case .outputIsNotFolder:
      return l.text(
        id: "keluaran harus sebuah folder, tetapi ini berkas; tidak ada yang ditulis",
        en: "the output must be a folder, but this is a file; nothing was written")
    case .outputIsInput(let input):
      return l.text(
        id: "keluaran akan menimpa berkas masukan '\(input)'; pilih nama lain",
        en: "the output would overwrite the input file '\(input)'; choose another name")
    case .yaml(let problem):
      return l.text(
        id: "YAML tidak dapat dibaca: \(problem.indonesian)",
        en: "the YAML cannot be read: \(problem.english)")
    case .unknownKey(let key, let allowed):
      let list = allowed.joined(separator: ", ")
      return l.text(
        id: "kunci '\(key)' tidak dikenal; yang dikenal: \(list)",
        en: "unknown key '\(key)'; the keys are: \(list)")
    case .missingKey(let key):
      return l.text(id: "kunci '\(key)' wajib ada", en: "the key '\(key)' is required")
    case .invalidValue(let expected):
      return l.text(
        id: "nilai tidak sesuai; diharapkan \(expected.text(in: l))",
        en: "expected \(expected.text(in: l))")
    case .formula(let problem):
      return Self.describe(problem, in: l)
    case .unknownName(let name, let known):
      let list = known.joined(separator: ", ")
      return l.text(
        id: "nama '\(name)' tidak dikenal; pemicu yang ada: \(list)",
        en: "unknown name '\(name)'; the drivers are: \(list)")
    case .divisionByZero(let name):
      return l.text(
        id: "pembagian dengan '\(name)', yang rentangnya mencakup 0",
        en: "division by '\(name)', whose range includes 0")
    case .nonFiniteResult(let what, let count, let hasDivision):
      let draws = NumberFormat(l).fixed(Double(count), decimals: 0)
      return hasDivision
        ? l.text(
          id: "\(what) tidak terdefinisi pada \(draws) penarikan (pembagian dengan 0, atau"
            + " angka terlalu besar)",
          en: "\(what) is undefined in \(draws) draws (a division by 0, or a number too large)")
        : l.text(
          id: "\(what) terlalu besar untuk dihitung pada \(draws) penarikan (luapan angka)",
          en: "\(what) is too large to compute in \(draws) draws (overflow)")
    case .periodNotIncreasing(let series, let period, let previous):
      return l.text(
        id: "deret '\(series)': periode \(period) tidak sesudah periode \(previous) di baris "
          + "sebelumnya; baris satu deret harus urut menurut waktu",
        en: "series '\(series)': period \(period) does not follow period \(previous) of the "
          + "row before; a series' rows must be in time order")
    case .seriesNotContiguous(let series, let firstLine):
      return l.text(
        id: "baris deret '\(series)' (mulai baris \(firstLine)) terpisah oleh deret lain; "
          + "baris satu deret harus berurutan",
        en: "the rows of series '\(series)' (from line \(firstLine)) are split by another series; "
          + "keep a series' rows together")
    case .duplicateSeries(let series, let firstLine):
      return l.text(
        id: "deret '\(series)' sudah ada di baris \(firstLine); pada bentuk lebar setiap baris "
          + "satu deret (panel panjang memerlukan judul series,period,value)",
        en: "the series '\(series)' is already on line \(firstLine); in the wide form each line is "
          + "one series (a long panel needs the header series,period,value)")
    case .seriesGap(let series, let from, let through, let wide):
      let span = from == through ? "\(from)" : "\(from)–\(through)"
      let rest = l.text(
        id: "ikuplan tidak melompati atau mengisi lubang di dalam deret (periode adalah indeks "
          + "waktu): isi nilainya, atau pakai hanya nilai sesudah lubang",
        en: "ikuplan neither skips nor fills a gap inside a series (the period is the time "
          + "index): fill in the value, or keep only the values after the gap")
      return wide
        ? l.text(
          id: "deret '\(series)' berlubang: tidak ada nilai pada posisi \(span) barisnya; \(rest)",
          en: "series '\(series)' has a gap: no value at position \(span) of its line; \(rest)")
        : l.text(
          id: "deret '\(series)' berlubang: tidak ada nilai untuk periode \(span); \(rest)",
          en: "series '\(series)' has a gap: no value for period \(span); \(rest)")
    case .notAPanelNumber(let text, let decimalComma):
      return decimalComma
        ? l.text(
          id: "'\(text)' bukan angka; panel ini memakai koma desimal tanpa pemisah ribuan"
            + " (39,67 atau 5517)",
          en: "'\(text)' is not a number; this panel has decimal commas and no thousands"
            + " separators (39,67 or 5517)")
        : l.text(
          id: "'\(text)' bukan angka; panel ini memakai titik desimal tanpa pemisah ribuan"
            + " (39.67 atau 5517); untuk koma desimal pakai --angka id",
          en: "'\(text)' is not a number; this panel has decimal points and no thousands"
            + " separators (39.67 or 5517); for decimal commas use --angka id")
    case .yearsNotConsecutive(let year, let next):
      return l.text(
        id: "baris judul berisi tahun yang tidak naik satu per satu (\(year) lalu \(next)):"
          + " urutkan kolomnya dari tahun tertua tanpa tahun yang hilang (tahun adalah indeks"
          + " waktu); bila baris ini data, tambahkan baris judul seperti id;v1;v2;…",
        en: "the header's years do not rise one by one (\(year) then \(next)): put the columns"
          + " oldest year first with no year missing (the year is the time index); if this line"
          + " is data, add a header line such as id,v1,v2,…")
    case .emptySeriesID:
      return l.text(
        id: "id deret kosong; setiap deret perlu id di kolom pertamanya",
        en: "the series id is empty; every series needs an id in its first column")
    case .unpairedQuote:
      return l.text(
        id: "tanda kutip di kolom ini tidak berpasangan; pembaca panel tidak menerima pemisah"
          + " kolom atau ganti baris di dalam tanda kutip: hapus tanda kutipnya, atau ubah isi"
          + " selnya",
        en: "the double quotes of this field do not pair up; the panel reader takes no"
          + " delimiter or line break inside quotes: remove the quotes, or change the cell's"
          + " text")
    case .valueWithoutYear(let lastYear):
      return l.text(
        id: "nilai ini tidak punya tahun: baris judul berakhir pada \(lastYear) di kolom"
          + " sebelumnya; tambahkan tahunnya ke baris judul, atau hapus nilainya",
        en: "this value has no year: the header line ends at \(lastYear) in an earlier column;"
          + " add its year to the header line, or remove the value")
    case .decimalCommaBetweenCommas:
      return l.text(
        id: "koma desimal (--angka id) tidak dapat dibaca di antara kolom yang dipisah koma; "
          + "simpan panel dengan pemisah ';' atau tab",
        en: "decimal commas (--angka id) cannot be read between fields separated by commas; "
          + "save the panel with ';' or tabs between the fields")
    case .noPanelValues:
      return l.text(
        id: "panel tidak berisi satu nilai pun (pemisah kolom yang dikenal: koma, titik koma, tab)",
        en: "the panel holds no value at all (the known delimiters: comma, semicolon, tab)")
    case .seriesOutsideBounds(let series, let period, let value, let lower, let upper):
      let range = "\(lower.map(show) ?? "−∞")–\(upper.map(show) ?? "∞")"
      return l.text(
        id: "deret '\(series)', periode \(period): nilai \(show(value)) di luar batas \(range) "
          + "(--bounds)",
        en: "series '\(series)', period \(period): the value \(show(value)) is outside the bounds "
          + "\(range) (--bounds)")
    case .seriesLosesDigits(let series, let period, let value):
      return l.text(
        id: "deret '\(series)', periode \(period): nilai \(show(value)) kehilangan angkanya pada"
          + " skala logit, karena --bounds jauh lebih lebar daripada nilainya; persempit --bounds"
          + " atau pilih --transform none atau auto",
        en: "series '\(series)', period \(period): the value \(show(value)) loses its digits on"
          + " the logit scale, because --bounds is far wider than the values; narrow --bounds or"
          + " choose --transform none or auto")
    case .seriesOutsideScale(let series, let period, let value, let scale):
      let head = l.text(
        id: "deret '\(series)', periode \(period): nilai \(show(value)) tidak dapat dimodelkan ",
        en: "series '\(series)', period \(period): the value \(show(value)) cannot be modelled ")
      switch scale {
      case .log:
        return head
          + l.text(
            id: "pada skala log, yang hanya menerima nilai di atas 0; pilih --transform none "
              + "atau auto",
            en: "on the log scale, which takes only values above 0; choose --transform none or "
              + "auto")
      default:
        return head
          + l.text(
            id: "pada skala logit, yang hanya menerima nilai di dalam batas (bukan pada batas); "
              + "--transform none atau auto menyensor di batas",
            en: "on the logit scale, which takes only values strictly inside the bounds; "
              + "--transform none or auto censors at the bounds instead")
      }
    case .noQuarterlyData(let year, let quarter):
      switch (year, quarter) {
      case (let year?, let quarter?):
        return l.text(
          id: "tidak ada nilai triwulan (triwulan.csv) untuk triwulan \(quarter) tahun \(year)",
          en: "no quarterly values (triwulan.csv) for quarter \(quarter) of \(year)")
      case (let year?, nil):
        return l.text(
          id: "tidak ada nilai triwulan (triwulan.csv) untuk tahun \(year)",
          en: "no quarterly values (triwulan.csv) for \(year)")
      default:
        return l.text(
          id: "tidak ada nilai triwulan (triwulan.csv)", en: "no quarterly values (triwulan.csv)")
      }
    case .unplacedCell(let content, let expected):
      return l.text(
        id: "isi sel '\(content.text(in: l))' tidak dapat ditempatkan; diharapkan"
          + " \(expected.text(in: l))",
        en: "the cell's '\(content.text(in: l))' cannot be placed; expected"
          + " \(expected.text(in: l))")
    case .noWorkbookForm(let what):
      return l.text(
        id: "\(what.text(in: l)) tidak memiliki bentuk buku kerja; tidak ada yang ditulis,"
          + " jalankan berkas YAML-nya langsung",
        en: "\(what.text(in: l)) has no workbook form; nothing was written, run the YAML file"
          + " itself")
    case .uncomputedFormula(let formula):
      let shown = formula.isEmpty ? "" : " =" + formula
      return l.text(
        id: "sel berisi rumus Excel\(shown) tanpa nilai tersimpan; buka dan simpan berkas di Excel"
          + " atau LibreOffice agar nilainya terhitung",
        en: "the cell holds the Excel formula\(shown) without a stored value; open and save the"
          + " file in Excel or LibreOffice so that its value is computed")
    case .cannotForecast(let name, let reason):
      return l.text(
        id: "pemicu '\(name)' tidak dapat diproyeksikan: \(reason.text(in: l))",
        en: "the driver '\(name)' cannot be forecast: \(reason.text(in: l))")
    }
  }

  private static func describe(_ problem: Expression.ParseError.Problem, in l: Language)
    -> String
  {
    switch problem {
    case .unexpectedEnd:
      return l.text(id: "rumus berakhir terlalu cepat", en: "the formula ends too early")
    case .unexpected(let text):
      return l.text(id: "'\(text)' tidak diharapkan di sini", en: "unexpected '\(text)'")
    case .unknownFunction(let name):
      return l.text(
        id: "fungsi '\(name)' tidak dikenal; yang ada: min, max, clamp",
        en: "unknown function '\(name)'; the functions are min, max, clamp")
    case .argumentCount(let function, let found):
      let wanted = function == .clamp ? "3" : l.text(id: "2 atau lebih", en: "2 or more")
      return l.text(
        id: "\(function.rawValue) memerlukan \(wanted) argumen, ada \(found)"
          + " (koma di antara angka adalah koma desimal; pisahkan argumen dengan '; ')",
        en: "\(function.rawValue) takes \(wanted) arguments, found \(found)"
          + " (a comma between digits is a decimal comma; separate arguments with '; ')")
    case .badNumber(let text):
      return l.text(id: "'\(text)' bukan angka", en: "'\(text)' is not a number")
    case .tooLong(let limit):
      return l.text(
        id: "rumus lebih panjang dari \(limit) karakter",
        en: "the formula is longer than \(limit) characters")
    case .tooDeep(let limit):
      return l.text(
        id: "rumus bersarang lebih dari \(limit) tingkat",
        en: "the formula nests deeper than \(limit) levels")
    }
  }

  private static func describe(_ error: LeastSquaresError, in l: Language)
    -> String
  {
    switch error {
    case .tooFewObservations(let n, let p):
      return l.text(
        id: "\(n) observasi tidak cukup untuk menaksir \(p) koefisien",
        en: "\(n) observations cannot determine \(p) coefficients")
    case .nonFiniteValue(let column, _):
      return l.text(
        id: "nilai '\(column)' tidak hingga (terlalu besar untuk dihitung)",
        en: "the value of '\(column)' is not finite (too large to compute)")
    case .nonFiniteResponse:
      return l.text(
        id: "nilai respons tidak hingga", en: "the response is not finite")
    case .rankDeficient(let column, let names, let coefficients):
      if names.isEmpty {
        return l.text(
          id: "kolom '\(column)' seluruhnya nol; tidak dapat ditaksir",
          en: "column '\(column)' is all zeros and cannot be estimated")
      }
      let terms = zip(coefficients, names).map { "\($0) × \($1)" }
        .joined(separator: " + ")
      let list = names.joined(separator: ", ")
      return l.text(
        id: "kolom '\(column)' kolinear dengan \(list) (\(column) = \(terms));"
          + " hapus salah satunya",
        en: "column '\(column)' is collinear with \(list) (\(column) = \(terms));"
          + " remove one of them")
    case .illConditioned(let rcond):
      return l.text(
        id: "desain terlalu buruk kondisinya untuk diselesaikan (rcond ≈ \(rcond))",
        en: "the design is too ill-conditioned to solve (rcond ≈ \(rcond))")
    }
  }
}
