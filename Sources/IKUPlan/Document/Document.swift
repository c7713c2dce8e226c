/// What an analysis presents, before any output format: a title, notes on
/// the data (sources, the illustrative-data warning), and blocks of
/// headings, paragraphs and tables whose cells are typed values.
///
/// An analysis builds one document in the chosen language; each output
/// format is one renderer over it (``TextRenderer`` for aligned text and
/// Markdown, ``CSVRenderer``, ``XLSXRenderer``, ``HTMLRenderer``). The words are the
/// analysis's; how a number is written is the cell's ``ValueStyle`` and the
/// renderer's, in one place.
public struct Document: Sendable {
  /// A note about the data, shown under the title.
  public struct Note: Sendable, Hashable {
    /// What kind of note it is.
    public enum Kind: Sendable, Hashable {
      /// Where the data come from.
      case source
      /// Values that are not official (`ilustrasi`), or another caution.
      case warning
    }
    /// The kind.
    public var kind: Kind
    /// The text, in the document's language.
    public var text: String

    /// Creates a note.
    public init(_ kind: Kind, _ text: String) {
      self.kind = kind
      self.text = text
    }
  }

  /// A part of the document.
  public enum Block: Sendable {
    /// A section heading.
    case heading(String)
    /// A paragraph of text.
    case paragraph(String)
    /// A table.
    case table(Table)
    /// A bulleted list.
    case list([String])
    /// A chart (``Chart``): drawn in HTML, a one-line caption in text,
    /// left out of spreadsheets.
    case chart(Chart)
  }

  /// The title: what, which year, which agency.
  public var title: String
  /// Notes under the title.
  public var notes: [Note]
  /// The body.
  public var blocks: [Block]
  /// The language the words are in.
  public var language: Language

  /// Creates a document.
  public init(title: String, language: Language, notes: [Note] = [], blocks: [Block] = []) {
    self.title = title
    self.language = language
    self.notes = notes
    self.blocks = blocks
  }

  /// Several documents as one (a report's sections): this title, every
  /// note once, each document's blocks under its title as a heading.
  public static func combining(_ documents: [Document], title: String, language: Language)
    -> Document
  {
    var notes: [Note] = []
    var blocks: [Block] = []
    for document in documents {
      for note in document.notes where !notes.contains(note) { notes.append(note) }
      blocks.append(.heading(document.title))
      blocks += document.blocks
    }
    return Document(title: title, language: language, notes: notes, blocks: blocks)
  }

  /// The tables of the body, in order.
  public var tables: [Table] {
    blocks.compactMap {
      if case .table(let table) = $0 { return table }
      return nil
    }
  }
}
