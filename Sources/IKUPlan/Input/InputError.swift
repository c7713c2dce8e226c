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

  /// What can be wrong with input data.
  public enum Problem: Sendable, Equatable {
    /// The file could not be opened or read.
    case unreadable(reason: String)
    /// The file holds no header line.
    case empty
    /// The bytes at this place are not UTF-8.
    case notUTF8
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
    /// A cell that must hold a number is empty or marked missing.
    case missingValue
    /// The header has no data records below it.
    case noRecords
    /// The least-squares fit cannot be computed from these data.
    case regression(LeastSquaresError)
  }

  /// The full message: location, then the problem.
  public func message(in language: Language) -> String {
    "\(location.description(in: language)): \(describe(in: language))"
  }

  private func describe(in l: Language) -> String {
    switch problem {
    case .unreadable(let reason):
      return l.text(
        id: "berkas tidak dapat dibaca (\(reason))",
        en: "the file cannot be read (\(reason))")
    case .empty:
      return l.text(
        id: "berkas kosong; diharapkan baris judul kolom",
        en: "the file is empty; expected a header line")
    case .notUTF8:
      return l.text(
        id: "teks bukan UTF-8; simpan ulang berkas sebagai UTF-8",
        en: "the text is not UTF-8; save the file again as UTF-8")
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
        id: "'\(text)' bukan angka; diharapkan angka seperti 12.5 atau -0.03",
        en: "'\(text)' is not a number; expected a number like 12.5 or -0.03")
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
