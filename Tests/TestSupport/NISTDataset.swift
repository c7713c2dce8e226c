import Foundation

/// A NIST StRD linear least-squares dataset read from its `.dat` file, with
/// the certified values as NIST publishes them.
///
/// The model is read from the header: with one predictor, the parameters
/// `B0…Bk` are a polynomial of degree `k` in `x` (no `B0` means no
/// intercept, as in NoInt1/NoInt2); with several predictors each is a linear
/// term (Longley). This covers all eleven StRD linear datasets, so any of
/// them can be dropped into the fixtures folder or into
/// `$IKUPLAN_EXTRA_NIST_DIR` and is checked the same way.
public struct NISTDataset: Sendable {
  public let name: String
  public let response: [Double]
  /// Predictor columns: `predictors[k][i]` is predictor `k`, observation `i`.
  public let predictors: [[Double]]
  /// The response column and predictor columns as they appear in the file,
  /// for writing a CSV (the literal text, not reformatted).
  public let rows: [[String]]
  public let hasIntercept: Bool
  /// The polynomial degree for one predictor; 1 for several predictors.
  public let degree: Int
  /// The certified parameters' names as in the file (`B0`, `B1`, …).
  public let parameterNames: [String]
  public let certifiedCoefficients: [Double]
  public let certifiedStandardErrors: [Double]
  public let certifiedResidualStandardDeviation: Double
  public let certifiedRSquared: Double

  public struct ParseError: Error, CustomStringConvertible {
    public let description: String
  }

  public init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    // CRLF line endings: split on any newline character.
    let lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    ).map(String.init)
    // "\r\n" is one Character in Swift, so the split above yields no
    // empty lines between \r and \n.
    func fail(_ message: String) -> ParseError {
      ParseError(description: "\(url.lastPathComponent): \(message)")
    }
    func words(_ line: String) -> [String] {
      line.split(whereSeparator: \.isWhitespace).map(String.init)
    }
    func range(after label: String) throws -> ClosedRange<Int> {
      guard let line = lines.first(where: { $0.contains(label) }) else {
        throw fail("no '\(label)' line")
      }
      let numbers = words(
        line.replacingOccurrences(of: "(", with: " ")
          .replacingOccurrences(of: ")", with: " ")
      ).compactMap(Int.init)
      guard numbers.count == 2 else { throw fail("bad '\(label)' line") }
      return numbers[0]...numbers[1]
    }
    name = url.deletingPathExtension().lastPathComponent
    let certified = try range(after: "Certified Values")
    let data = try range(after: "Data  ")
    guard data.upperBound <= lines.count else { throw fail("data truncated") }

    var parameters: [(index: Int, estimate: Double, sd: Double)] = []
    var residualSD: Double?
    var rSquared: Double?
    for line in lines[(certified.lowerBound - 1)..<certified.upperBound] {
      let w = words(line)
      if w.count == 3, w[0].hasPrefix("B"), let index = Int(w[0].dropFirst()),
        let estimate = Double(w[1]), let sd = Double(w[2])
      {
        parameters.append((index, estimate, sd))
      } else if w.starts(with: ["Standard", "Deviation"]), let v = w.last {
        residualSD = Double(v)
      } else if w.first == "R-Squared", let v = w.last {
        rSquared = Double(v)
      }
    }
    guard !parameters.isEmpty, let residualSD, let rSquared else {
      throw fail("certified values incomplete")
    }
    guard
      let predictorLine = lines.first(where: {
        $0.contains("Predictor Variable")
      }),
      let predictorCount = words(predictorLine).first.flatMap({ Int($0) })
    else { throw fail("no predictor count") }

    rows = lines[(data.lowerBound - 1)..<data.upperBound].map(words)
    let values = try rows.map { row -> [Double] in
      guard row.count == predictorCount + 1 else { throw fail("ragged data") }
      return try row.map {
        guard let v = Double($0) else { throw fail("bad number \($0)") }
        return v
      }
    }
    response = values.map { $0[0] }
    predictors = (1...predictorCount).map { k in values.map { $0[k] } }
    hasIntercept = parameters.contains { $0.index == 0 }
    degree =
      predictorCount == 1
      ? parameters.count - (hasIntercept ? 1 : 0) : 1
    parameterNames = parameters.map { "B\($0.index)" }
    certifiedCoefficients = parameters.map(\.estimate)
    certifiedStandardErrors = parameters.map(\.sd)
    certifiedResidualStandardDeviation = residualSD
    certifiedRSquared = rSquared
  }

  /// The datasets in the bundled fixtures, then any in
  /// `$IKUPLAN_EXTRA_NIST_DIR`.
  public static func all() throws -> [NISTDataset] {
    var urls: [URL] = []
    if let folder = Bundle.module.url(
      forResource: "nist-strd", withExtension: nil, subdirectory: "Fixtures")
    {
      urls += try datFiles(in: folder)
    }
    if let extra = ProcessInfo.processInfo.environment["IKUPLAN_EXTRA_NIST_DIR"] {
      urls += try datFiles(in: URL(fileURLWithPath: extra))
    }
    return try urls.map(NISTDataset.init(contentsOf:))
  }

  private static func datFiles(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "dat" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}

/// The log relative error of an estimate against a certified value,
/// `−log₁₀(|est − cert| / |cert|)`, or `−log₁₀|est|` when `cert = 0`,
/// capped at 15 (McCullough 1998; the scoring NIST StRD suggests).
public func logRelativeError(_ estimate: Double, certified: Double) -> Double {
  let error =
    certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
  guard error.isFinite else { return 0 }
  return error == 0 ? 15 : min(15, max(0, -log10(error)))
}

extension NISTDataset: CustomStringConvertible {
  public var description: String { name }
}
