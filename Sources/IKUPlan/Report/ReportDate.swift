internal import Foundation

/// The day a report is made, as its first page dates it: `29 November
/// 2025` (the same order in both languages, the month in words).
public struct ReportDate: Sendable, Hashable {
  /// The year.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// Creates a date.
  public init(year: Int, month: Int, day: Int) {
    precondition((1...12).contains(month) && (1...31).contains(day), "a calendar date")
    self.year = year
    self.month = month
    self.day = day
  }

  /// Today in the computer's time zone (Gregorian calendar).
  public static func today() -> ReportDate {
    let parts = Calendar(identifier: .gregorian).dateComponents(
      [.year, .month, .day], from: Date())
    return ReportDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }

  /// `29 November 2025`; `29 Agustus 2025` in Indonesian.
  public func text(in l: Language) -> String {
    let indonesian = [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember",
    ]
    let english = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    return "\(day) \(l.text(id: indonesian[month - 1], en: english[month - 1])) \(year)"
  }
}
