import IKUForecast
import Testing

@testable import IKUPlan

/// The one check readers make (`ValueMagnitude+Input.swift`).
@Suite struct ValueMagnitudeInputTests {
  @Test func aValueInsideIsReturnedAndOneOutsideIsNamedWhereItIs() throws {
    let at = SourceLocation(file: "x.csv", line: 4, column: 2)
    #expect(try ValueMagnitude.checked(-1e150, written: "-1e150", at: at) == -1e150)
    #expect(try ValueMagnitude.checked(0, written: "0", at: at) == 0)
    #expect(throws: InputError(.beyondMagnitude("2e150", tooLarge: true), at: at)) {
      try ValueMagnitude.checked(2e150, written: "2e150", at: at)
    }
    #expect(throws: InputError(.beyondMagnitude("-1e-151", tooLarge: false), at: at)) {
      try ValueMagnitude.checked(-1e-151, written: "-1e-151", at: at)
    }
    // An infinity is too large; the message says which way.
    #expect(throws: InputError(.beyondMagnitude("1e400", tooLarge: true), at: at)) {
      try ValueMagnitude.checked(.infinity, written: "1e400", at: at)
    }
    let message = InputError(.beyondMagnitude("5e-400", tooLarge: false), at: at)
      .message(in: .indonesian)
    #expect(message.hasPrefix("x.csv, baris 4, kolom 2: '5e-400' terlalu kecil untuk dihitung"))
  }

  @Test func whatUnderflows() {
    #expect(ValueMagnitude.underflows("5e-400", to: 0))
    #expect(ValueMagnitude.underflows("-0,0001E-999", to: 0))
    #expect(!ValueMagnitude.underflows("0e-400", to: 0))
    #expect(!ValueMagnitude.underflows("0,000", to: 0))
    #expect(!ValueMagnitude.underflows("1e-300", to: 1e-300))
  }
}
