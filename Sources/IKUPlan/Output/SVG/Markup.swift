/// Escapes text for HTML and XML: `&`, `<` and `>` become entities, and in
/// an attribute value (`attribute`) also `"` and `'`, so that names,
/// formulas and sources from input files always render as text.
///
/// Quotes stay as they are in element content, where they mean nothing to
/// either parser: a `<style>` element is raw text to an HTML parser, which
/// would not decode `&quot;` in `font-family` or `content` strings.
func escapeMarkup(_ text: String, attribute: Bool = true) -> String {
  var out = ""
  out.reserveCapacity(text.count)
  for character in text {
    switch character {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"" where attribute: out += "&quot;"
    case "'" where attribute: out += "&#39;"
    default: out.append(character)
    }
  }
  return out
}

/// A markup element (SVG or XHTML) with escaped attributes and children:
/// the one place where markup text is produced, so that nothing unescaped
/// reaches the page.
public struct Element: Sendable {
  /// The element's name (`td`, `svg`).
  public let name: String
  /// Its attributes, in order, unescaped.
  public var attributes: [(String, String)]
  /// Its content.
  public var children: [Node]

  /// Element content.
  public enum Node: Sendable {
    case element(Element)
    case text(String)
  }

  public init(_ name: String, _ attributes: [(String, String)] = [], _ children: [Node] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  /// An element holding text.
  public init(_ name: String, _ attributes: [(String, String)] = [], text: String) {
    self.init(name, attributes, [.text(text)])
  }

  /// Appends a child element.
  public mutating func add(_ child: Element) { children.append(.element(child)) }

  /// The markup; empty elements close themselves (XHTML-compatible).
  public var rendered: String {
    var out = "<" + name
    for (key, value) in attributes { out += " \(key)=\"\(escapeMarkup(value))\"" }
    guard !children.isEmpty else { return out + "/>" }
    out += ">"
    for child in children {
      switch child {
      case .element(let element): out += element.rendered
      case .text(let text): out += escapeMarkup(text, attribute: false)
      }
    }
    return out + "</\(name)>"
  }
}

/// A number for an SVG coordinate: two decimals, dot decimal, no
/// thousands separator.
func coordinate(_ value: Double) -> String {
  // A value that is not a finite coordinate (a chart of data at the limits
  // of a double) is drawn at 0 rather than trapping on the conversion.
  guard value.isFinite, abs(value) < 1e15 else { return "0" }
  let rounded = (value * 100).rounded() / 100
  return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
