/// The language of human-facing text: Bahasa Indonesia by default, English
/// on request (`--lang en`).
///
/// Only text for people is translated. JSON keys, flag codes and
/// identifiers stay English in both. Numbers in human output follow the
/// language: `39,67` and `5.517` in Indonesian, `39.67` and `5,517` in
/// English.
public enum Language: String, Sendable, CaseIterable {
  /// Bahasa Indonesia (the default).
  case indonesian = "id"
  /// English.
  case english = "en"

  /// Picks the text for this language.
  public func text(id: String, en: String) -> String {
    self == .indonesian ? id : en
  }
}
