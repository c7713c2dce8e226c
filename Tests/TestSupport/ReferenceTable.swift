import Foundation

/// One row of a reference table `function,df,argument,value` written by
/// `Fixtures/distributions/make_references.py` (mpmath at 60 digits).
public struct ReferenceValue: Sendable, CustomStringConvertible {
  public let function: String
  public let degreesOfFreedom: Double
  public let argument: Double
  public let value: Double

  public var description: String {
    "\(function)(\(argument); ν=\(degreesOfFreedom)) = \(value)"
  }

  /// The rows of `Fixtures/distributions/NAME.csv`.
  public static func table(_ name: String) throws -> [ReferenceValue] {
    guard
      let url = Bundle.module.url(
        forResource: name, withExtension: "csv",
        subdirectory: "Fixtures/distributions")
    else { throw CocoaError(.fileNoSuchFile) }
    let lines = try String(contentsOf: url, encoding: .utf8)
      .split(whereSeparator: \.isNewline).dropFirst()
    return try lines.map { line in
      let f = line.split(separator: ",").map(String.init)
      guard f.count == 4, let df = Double(f[1]), let x = Double(f[2]),
        let v = Double(f[3])
      else { throw CocoaError(.fileReadCorruptFile) }
      return ReferenceValue(
        function: f[0], degreesOfFreedom: df, argument: x, value: v)
    }
  }
}
