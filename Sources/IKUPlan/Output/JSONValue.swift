/// A JSON document written with keys in a fixed order and doubles in
/// Swift's shortest round-trip form, so that `0.1` reads back as the same
/// double (Steele & White / Ryū-style printing of `Double.description`).
///
/// Foundation's `JSONEncoder` sorts keys alphabetically or not at all and
/// does not promise round-trip doubles; ikuplan's JSON is a documented
/// contract for other tools, hence this small writer. Non-finite numbers,
/// which JSON cannot hold, are written as `null`.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// An object, its members in the order given.
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    a.rendered() == b.rendered()
  }

  /// The document as text, indented by two spaces, with a final newline
  /// when `pretty`.
  public func rendered(pretty: Bool = true) -> String {
    var out = ""
    write(to: &out, indent: pretty ? 0 : nil)
    return pretty ? out + "\n" : out
  }

  private func write(to out: inout String, indent: Int?) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += d.isFinite ? d.description : "null"
    case .string(let s): Self.writeString(s, to: &out)
    case .array(let items):
      writeContainer(
        items.map { (nil, $0) }, open: "[", close: "]", to: &out,
        indent: indent)
    case .object(let members):
      writeContainer(
        members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out,
        indent: indent)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String,
    to out: inout String, indent: Int?
  ) {
    out += open
    if items.isEmpty {
      out += close
      return
    }
    // Arrays of scalars stay on one line: they read like table rows.
    let scalarArray =
      open == "[" && items.allSatisfy { !$0.1.isContainer }
    for (index, (key, value)) in items.enumerated() {
      if index > 0 { out += scalarArray || indent == nil ? ", " : "," }
      if let indent, !scalarArray {
        out += "\n" + String(repeating: "  ", count: indent + 1)
      }
      if let key {
        Self.writeString(key, to: &out)
        out += ": "
      }
      value.write(to: &out, indent: indent.map { $0 + 1 })
    }
    if let indent, !scalarArray {
      out += "\n" + String(repeating: "  ", count: indent)
    }
    out += close
  }

  private var isContainer: Bool {
    switch self {
    case .array, .object: return true
    default: return false
    }
  }

  private static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
