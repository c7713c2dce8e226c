import Hummingbird
import IKUPlan

/// A page of the workspace: the common frame (header with the
/// navigation, the account, sign-out and the language switch) around a
/// page's own content, built from ``Element``s so that every text is
/// escaped in one place.
///
/// Pages link one stylesheet and one small hand-written script
/// (``StaticFiles``), both served by the workspace: nothing is loaded from
/// anywhere else, and no build step makes them.
struct Page {
  let title: String
  let language: Language
  let session: Session?
  /// The agency the page is about, for the navigation.
  var agency: (code: String, name: String)?
  var body: [Element]

  init(
    title: String, language: Language, session: Session?,
    agency: (code: String, name: String)? = nil, body: [Element]
  ) {
    self.title = title
    self.language = language
    self.session = session
    self.agency = agency
    self.body = body
  }

  /// The page as a response.
  func response(status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  var html: String {
    let l = language
    var head = Element("head")
    head.add(Element("meta", [("charset", "utf-8")]))
    head.add(
      Element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]))
    head.add(Element("title", text: title + " — ikuplan"))
    head.add(
      Element(
        "link", [("rel", "stylesheet"), ("href", StaticFiles.stylesheetPath(language: l))]))
    if let session {
      head.add(Element("meta", [("name", "csrf-token"), ("content", session.csrfToken)]))
    }
    head.add(Element("script", [("src", StaticFiles.scriptPath), ("defer", "defer")], [.text("")]))
    let html = Element(
      "html", [("lang", l.rawValue)],
      [
        .element(head),
        .element(
          Element(
            "body", [],
            [.element(header), .element(Element("main", [], body.map { .element($0) }))])),
      ])
    return "<!DOCTYPE html>\n" + html.rendered + "\n"
  }

  private var header: Element {
    let l = language
    var nav = Element("nav")
    nav.add(Element("a", [("href", "/"), ("class", "brand")], text: "ikuplan"))
    if let session {
      if session.account.role != .planner {
        nav.add(Element("a", [("href", "/")], text: l.text(id: "Ikhtisar", en: "Overview")))
      }
      if session.account.managesAccounts {
        nav.add(Element("a", [("href", "/akun")], text: l.text(id: "Akun", en: "Accounts")))
      }
      if let agency {
        let links = [
          (Paths.agency(agency.code), agency.name),
          (
            Paths.suggestions(agency.code),
            l.text(id: "Saran & Renstra", en: "Suggestions & Renstra")
          ),
          (Paths.midYear(agency.code), l.text(id: "Triwulan", en: "Mid-year")),
          (Paths.scenarios(agency.code), l.text(id: "Skenario", en: "Scenarios")),
          (Paths.audit(agency.code), l.text(id: "Jejak audit", en: "Audit log")),
        ]
        for (path, words) in links { nav.add(Element("a", [("href", path)], text: words)) }
      }
    }
    var tools = Element("div", [("class", "tools")])
    let other: Language = l == .indonesian ? .english : .indonesian
    tools.add(
      Element(
        "a", [("href", "/bahasa/" + other.rawValue), ("class", "language")],
        text: l == .indonesian ? "English" : "Bahasa Indonesia"))
    if let session {
      tools.add(
        Element(
          "span", [("class", "who")],
          text: "\(session.account.username) (\(session.account.role.name(in: l)))"))
      tools.add(
        Element(
          "button", [("type", "button"), ("data-signout", "")],
          text: l.text(id: "Keluar", en: "Sign out")))
    }
    return Element("header", [("class", "top")], [.element(nav), .element(tools)])
  }
}

/// The addresses of the pages.
enum Paths {
  static func agency(_ code: String) -> String { "/opd/" + escapedSegment(code) }
  static func indicator(_ agency: String, _ indicator: String) -> String {
    "/opd/\(escapedSegment(agency))/indikator/\(escapedSegment(indicator))"
  }
  static func audit(_ code: String) -> String { "/opd/\(escapedSegment(code))/audit" }
  static func suggestions(_ code: String) -> String { "/opd/\(escapedSegment(code))/saran" }
  static func midYear(_ code: String) -> String { "/opd/\(escapedSegment(code))/triwulan" }
  static func scenarios(_ code: String) -> String { "/opd/\(escapedSegment(code))/skenario" }
  static func preview(_ code: String) -> String { "/opd/\(escapedSegment(code))/pratinjau" }

  /// A path segment with everything but unreserved characters
  /// percent-encoded (an indicator code may hold a space or `/`).
  static func escapedSegment(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c)) {
        out.append(c)
      } else {
        out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return out
  }
}

/// Small builders for page elements.
extension Element {
  /// A table with a header row and rows (`tr` elements, ``row(_:)``);
  /// `numeric` marks the columns that hold numbers (right-aligned).
  static func table(
    header: [String], rows: [Element], numeric: Set<Int> = [], attributes: [(String, String)] = []
  ) -> Element {
    var head = Element("tr")
    for (index, title) in header.enumerated() {
      head.add(Element("th", numeric.contains(index) ? [("class", "number")] : [], text: title))
    }
    var body = Element("tbody")
    for row in rows { body.add(row) }
    return Element(
      "div", [("class", "table-wrap")],
      [
        .element(
          Element(
            "table", attributes,
            [.element(Element("thead", [], [.element(head)])), .element(body)]))
      ])
  }

  /// A table row of cells.
  static func row(_ cells: [Element]) -> Element { Element("tr", [], cells.map { .element($0) }) }

  /// A table cell holding text.
  static func cell(_ text: String, numeric: Bool = false) -> Element {
    Element("td", numeric ? [("class", "number")] : [], text: text)
  }
}
