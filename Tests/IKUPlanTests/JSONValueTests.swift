import Testing

@testable import IKUPlan

@Suite struct JSONValueTests {
  @Test func keysKeepTheirOrderAndDoublesRoundTrip() {
    let value = JSONValue.object([
      ("b", .double(0.1)), ("a", .array([.double(1e-5), .int(3), .null])),
      ("c", .object([("x", .bool(true))])),
    ])
    #expect(
      value.rendered() == """
        {
          "b": 0.1,
          "a": [1e-05, 3, null],
          "c": {
            "x": true
          }
        }

        """)
    for x in [0.1, 1.0 / 3, 7.32059160401003e-07, -3.16081871345029e-15] {
      #expect(Double(JSONValue.double(x).rendered(pretty: false)) == x)
    }
  }

  @Test func nonFiniteIsNull() {
    #expect(JSONValue.double(.nan).rendered(pretty: false) == "null")
    #expect(JSONValue.double(.infinity).rendered(pretty: false) == "null")
  }

  @Test func stringsAreEscaped() {
    #expect(
      JSONValue.string("a\"b\\c\nd\u{1}é").rendered(pretty: false)
        == "\"a\\\"b\\\\c\\nd\\u0001é\"")
  }

  @Test func emptyContainers() {
    #expect(JSONValue.array([]).rendered(pretty: false) == "[]")
    #expect(JSONValue.object([]).rendered(pretty: false) == "{}")
  }
}
