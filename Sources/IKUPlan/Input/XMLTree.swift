internal import Foundation

#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// A small element tree built with Foundation's `XMLParser`, enough to read
/// the parts of an `.xlsx` workbook.
final class XMLElement: @unchecked Sendable {
  /// The element name without namespace prefix (`c`, `row`, `t`).
  let name: String
  /// The attributes, with prefixes as written (`r:id`).
  let attributes: [String: String]
  /// The child elements in order.
  private(set) var children: [XMLElement] = []
  /// The character data directly inside the element.
  private(set) var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name.split(separator: ":").last.map(String.init) ?? name
    self.attributes = attributes
  }

  /// The children with a name.
  func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

  /// All child elements.
  var allChildren: [XMLElement] { children }

  /// The first child with a name.
  func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

  /// All text of this element and its descendants named `t` (shared and
  /// inline strings, with rich-text runs concatenated); for other markup,
  /// the element's own text followed by its children's.
  var stringText: String {
    if name == "t" { return text }
    let inner = children.filter { $0.name != "rPh" }.map(\.stringText).joined()
    return name == "si" || name == "is" || name == "r" ? inner : text + inner
  }

  /// Parses a document.
  ///
  /// - Returns: The root element, or `nil` when the data are not
  ///   well-formed XML.
  static func parse(_ data: Data) -> XMLElement? {
    // Foundation's XMLParser traps on a name that is not UTF-8 (found by
    // fuzzing: Tests/TestSupport/Fixtures/fuzz-regressions/workbook); the
    // parts of a workbook are UTF-8, so anything else is refused first.
    guard String(validating: data, as: UTF8.self) != nil else { return nil }
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse() else { return nil }
    return builder.root
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: XMLElement?
    var stack: [XMLElement] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String]
    ) {
      // Spreadsheet parts nest a handful of levels; a document nested
      // deeper than this is refused as malformed, since walking and
      // freeing the tree recurse over its depth.
      guard stack.count < 100 else {
        parser.abortParsing()
        return
      }
      let element = XMLElement(name: elementName, attributes: attributes)
      stack.last?.children.append(element)
      if root == nil { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}
