import Foundation
import IKUPlan
import TestSupport
import Testing

/// End-to-end tests of `ikuplan regress`: the built binary, run as a user
/// runs it.
@Suite struct RegressTests {
  private func json(_ result: CommandResult) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(
      with: Data(result.standardOutput.utf8))
    return try #require(object as? [String: Any])
  }
}

// MARK: - NIST StRD through the command line

extension RegressTests {
  /// The command line for a NIST model on a CSV with columns y, x (or
  /// y, x1…xk).
  static func arguments(for data: NISTDataset, file: String) -> [String] {
    var arguments = ["regress", file, "--response", "y", "--format", "json"]
    if data.predictors.count > 1 {
      let names = (1...data.predictors.count).map { "x\($0)" }
      arguments += ["--predictors", names.joined(separator: ",")]
    } else if data.degree == 1 {
      arguments += ["--predictors", "x"]
    } else {
      arguments += ["--polynomial", "x", "--degree", String(data.degree)]
    }
    if !data.hasIntercept { arguments.append("--no-intercept") }
    return arguments
  }

  @Test(
    "regress reproduces NIST certified values to LRE ≥ 10",
    arguments: try NISTDataset.all())
  func nist(_ data: NISTDataset) throws {
    // The data lines of the .dat file, converted to CSV as they are.
    let folder = try temporaryFolder()
    let header =
      data.predictors.count > 1
      ? (["y"] + (1...data.predictors.count).map { "x\($0)" }) : ["y", "x"]
    let csv =
      ([header] + data.rows).map { $0.joined(separator: ",") }
      .joined(separator: "\n") + "\n"
    let file = try writeFile("\(data.name).csv", csv, in: folder)
    let result = try runIKUPlan(Self.arguments(for: data, file: file))
    #expect(result.status == 0, "\(result.standardError)")
    let output = try json(result)
    let coefficients = try #require(output["coefficients"] as? [Double])
    let errors = try #require(output["standardErrors"] as? [Double])
    let residualSD = try #require(
      output["residualStandardDeviation"] as? Double)
    let rSquared = try #require(output["rSquared"] as? Double)
    #expect(coefficients.count == data.certifiedCoefficients.count)
    #expect(output["observations"] as? Int == data.response.count)
    for j in coefficients.indices {
      #expect(
        logRelativeError(coefficients[j], certified: data.certifiedCoefficients[j])
          >= 10)
      #expect(
        logRelativeError(errors[j], certified: data.certifiedStandardErrors[j])
          >= 10)
    }
    #expect(
      logRelativeError(
        residualSD, certified: data.certifiedResidualStandardDeviation) >= 10)
    #expect(logRelativeError(rSquared, certified: data.certifiedRSquared) >= 10)
  }

  @Test(
    "the bundled NIST CSVs in history/ reproduce the certified values",
    arguments: ["Norris", "Pontius", "NoInt1", "NoInt2"])
  func bundledCSV(_ name: String) throws {
    let data = try #require(try NISTDataset.all().first { $0.name == name })
    let result = try runIKUPlan(
      Self.arguments(for: data, file: "history/nist-strd/\(name).csv"))
    #expect(result.status == 0, "\(result.standardError)")
    let coefficients = try #require(
      try json(result)["coefficients"] as? [Double])
    for j in coefficients.indices {
      #expect(
        logRelativeError(coefficients[j], certified: data.certifiedCoefficients[j])
          >= 10)
    }
  }
}

extension RegressTests {
  @Test func aWorkbookOfStoredNumbers() throws {
    let data = try #require(try NISTDataset.all().first { $0.name == "Norris" })
    let result = try runIKUPlan(
      Self.arguments(for: data, file: try fixturePath("datasets/norris.xlsx")))
    #expect(result.status == 0, "\(result.standardError)")
    let coefficients = try #require(try json(result)["coefficients"] as? [Double])
    for j in coefficients.indices {
      #expect(
        logRelativeError(coefficients[j], certified: data.certifiedCoefficients[j]) >= 10)
    }
  }
}

// MARK: - A fit known in closed form

extension RegressTests {
  /// y = 1 + 2x + e with e = (0.1, −0.1, −0.1, 0.1), which is orthogonal to
  /// 1 and x, so β = (1, 2), RSS = 0.04, s² = 0.02, Sxx = 5,
  /// se(β₁) = s/√5, se(β₀) = s·√(1/4 + 2.5²/5), SST = 20.04, and with two
  /// degrees of freedom the two-sided p-value is 1 − |t|/√(2 + t²).
  static let exactCSV = "x,y\n1,3.1\n2,4.9\n3,6.9\n4,9.1\n"

  @Test func closedFormStatistics() throws {
    let folder = try temporaryFolder()
    let file = try writeFile("exact.csv", Self.exactCSV, in: folder)
    let result = try runIKUPlan([
      "regress", file, "--response", "y", "--predictors", "x", "--format",
      "json",
    ])
    #expect(result.status == 0)
    let output = try json(result)
    let s = 0.02.squareRoot()
    let beta = try #require(output["coefficients"] as? [Double])
    let se = try #require(output["standardErrors"] as? [Double])
    let p = try #require(output["pValues"] as? [Double])
    #expect(output["terms"] as? [String] == ["intercept", "x"])
    #expect(agrees(beta[0], 1, relative: 1e-14))
    #expect(agrees(beta[1], 2, relative: 1e-14))
    #expect(agrees(se[0], s * 1.5.squareRoot(), relative: 1e-13))
    #expect(agrees(se[1], s / 5.0.squareRoot(), relative: 1e-13))
    let t1 = 2 / (s / 5.0.squareRoot())
    #expect(agrees(p[1], 1 - t1 / (2 + t1 * t1).squareRoot(), relative: 1e-9))
    #expect(
      agrees(
        try #require(output["residualSumOfSquares"] as? Double), 0.04,
        relative: 1e-13))
    #expect(
      agrees(
        try #require(output["rSquared"] as? Double), 1 - 0.04 / 20.04,
        relative: 1e-14))
    #expect(output["degreesOfFreedom"] as? Int == 2)
    #expect(output["observations"] as? Int == 4)
  }

  @Test func tableInIndonesian() throws {
    let folder = try temporaryFolder()
    let file = try writeFile("exact.csv", Self.exactCSV, in: folder)
    let result = try runIKUPlan([
      "regress", file, "--response", "y", "--predictors", "x",
    ])
    #expect(result.status == 0)
    // Values from the closed form above: 10 significant digits with
    // trailing zeros dropped; t to 5 digits, p to 4, without E-notation;
    // the intercept in Indonesian.
    #expect(
      result.standardOutput == """
        Regresi kuadrat terkecil (QR + penghalusan iteratif): y ~ intersep + x
        Data: \(file), 4 observasi, derajat bebas residu 2

        Suku      Koefisien    Galat baku       t    Nilai p
        intersep          1  0,1732050808  5,7735    0,02871
        x                 2  0,0632455532  31,623  0,0009985

        Statistik                     Nilai
        Simpangan baku residu  0,1414213562
        R²                      0,998003992
        Jumlah kuadrat residu          0,04

        """)
  }

  /// The fit as a workbook: the coefficients are numbers (1 and 2 by the
  /// closed form above).
  @Test func aWorkbookOfTheFit() throws {
    let folder = try temporaryFolder()
    let file = try writeFile("exact.csv", Self.exactCSV, in: folder)
    let path = folder.appendingPathComponent("fit.xlsx").path
    let result = try runIKUPlan([
      "regress", file, "--response", "y", "--predictors", "x", "--format", "xlsx", "--output", path,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let grid = try CellGrid(contentsOfFile: path, sheet: "Koefisien")
    let slope = try #require(grid.rows.first { $0.cells.first?.text == "x" })
    guard case .number(let value) = slope.cells[1] else {
      Issue.record("the coefficient is not a number: \(slope.cells[1])")
      return
    }
    #expect(abs(value - 2) < 1e-9)
  }

  /// The response is not its own predictor.
  @Test func theResponseIsNotAPredictor() throws {
    let folder = try temporaryFolder()
    let file = try writeFile("exact.csv", Self.exactCSV, in: folder)
    let result = try runIKUPlan(["regress", file, "--response", "y", "--predictors", "x,y"])
    #expect(result.status == 2)
    #expect(
      result.standardError.hasPrefix("Galat: --response y tidak bisa sekaligus menjadi prediktor."))
  }

  @Test func tableInEnglishUsesDotDecimals() throws {
    let folder = try temporaryFolder()
    let file = try writeFile("exact.csv", Self.exactCSV, in: folder)
    let result = try runIKUPlan([
      "regress", file, "--response", "y", "--predictors", "x", "--lang", "en",
    ])
    #expect(result.status == 0)
    #expect(
      result.standardOutput.contains("Residual standard deviation  0.1414213562"))
    #expect(result.standardOutput.contains("0.0632455532  31.623  0.0009985"))
  }
}

// MARK: - Bad input

extension RegressTests {
  struct BadInput: Sendable, CustomStringConvertible {
    let name: String
    let contents: [UInt8]
    let arguments: [String]
    /// Parts the English message must contain (after the file name).
    let english: [String]
    /// Parts the Indonesian message must contain.
    let indonesian: [String]
    var description: String { name }
  }

  static let badInputs: [BadInput] = [
    BadInput(
      name: "empty", contents: [], arguments: ["--predictors", "x"],
      english: ["line 1", "the file is empty"],
      indonesian: ["baris 1", "berkas kosong"]),
    BadInput(
      name: "ragged", contents: Array("x,y\n1,2\n3\n".utf8),
      arguments: ["--predictors", "x"],
      english: ["line 3, column 2 (y)", "1 fields, but the header has 2"],
      indonesian: ["baris 3, kolom 2 (y)", "ada 1 kolom"]),
    BadInput(
      name: "non-numeric", contents: Array("x,y\n1,2\n2,abc\n3,4\n".utf8),
      arguments: ["--predictors", "x"],
      english: ["line 3, column 2 (y)", "'abc' is not a number"],
      indonesian: ["baris 3, kolom 2 (y)", "'abc' bukan angka"]),
    BadInput(
      name: "missing", contents: Array("x,y\n1,2\n,3\n3,4\n".utf8),
      arguments: ["--predictors", "x"],
      english: ["line 3, column 1 (x)", "missing value"],
      indonesian: ["baris 3, kolom 1 (x)", "nilai kosong"]),
    BadInput(
      name: "unknown column", contents: Array("x,y\n1,2\n2,3\n3,5\n".utf8),
      arguments: ["--predictors", "z"],
      english: ["line 1", "no column 'z'", "x, y"],
      indonesian: ["baris 1", "kolom 'z' tidak ada"]),
    BadInput(
      name: "collinear",
      contents: Array("x,z,y\n1,3,2\n2,5,3\n3,7,5\n4,9,4\n".utf8),
      arguments: ["--predictors", "x,z"],
      english: ["column 'z' is collinear with intercept, x"],
      indonesian: ["kolom 'z' kolinear dengan intercept, x"]),
    BadInput(
      name: "not UTF-8", contents: Array("x,y\n1,2\n".utf8) + [0xFF, 0x2C, 0x33],
      arguments: ["--predictors", "x"],
      english: ["line 3", "not UTF-8"], indonesian: ["baris 3", "bukan UTF-8"]),
    BadInput(
      name: "open quote", contents: Array("x,y\n1,2\n\"2,3\n".utf8),
      arguments: ["--predictors", "x"],
      english: ["line 3", "quoted field is not closed"],
      indonesian: ["baris 3", "tanda kutip tidak ditutup"]),
    BadInput(
      name: "header only", contents: Array("x,y\n".utf8),
      arguments: ["--predictors", "x"],
      english: ["no data lines"], indonesian: ["tidak ada baris data"]),
    BadInput(
      name: "too few lines", contents: Array("x,y\n1,2\n".utf8),
      arguments: ["--polynomial", "x", "--degree", "2"],
      english: ["1 observations cannot determine 3 coefficients"],
      indonesian: ["1 observasi tidak cukup"]),
    BadInput(
      name: "overflowing power",
      contents: Array("x,y\n1e100,2\n2,3\n3,4\n4,5\n5,6\n".utf8),
      arguments: ["--polynomial", "x", "--degree", "4"],
      english: ["line 2, column 1 (x)", "not finite"],
      indonesian: ["baris 2, kolom 1 (x)", "tidak hingga"]),
    BadInput(
      name: "a value past the models' range",
      contents: Array("x,y\n1e200,2\n2,3\n3,4\n4,5\n".utf8),
      arguments: ["--predictors", "x"],
      english: ["line 2, column 1 (x)", "'1e200' is too large to compute with"],
      indonesian: ["baris 2, kolom 1 (x)", "'1e200' terlalu besar untuk dihitung"]),
  ]

  @Test("bad input: message names the place, exit code 1", arguments: badInputs)
  func badInput(_ bad: BadInput) throws {
    let folder = try temporaryFolder()
    let file = try writeFile("bad.csv", bad.contents, in: folder)
    for (language, parts) in [("en", bad.english), ("id", bad.indonesian)] {
      let result = try runIKUPlan(
        ["regress", file, "--response", "y", "--lang", language]
          + bad.arguments)
      #expect(result.status == 1, "\(bad.name) \(language)")
      #expect(result.standardOutput.isEmpty)
      #expect(result.standardError.hasPrefix(file), "\(result.standardError)")
      for part in parts {
        #expect(result.standardError.contains(part), "\(result.standardError)")
      }
    }
  }

  @Test func missingFileIsExitCode1() throws {
    let result = try runIKUPlan([
      "regress", "no/such/file.csv", "--response", "y", "--predictors", "x",
      "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.contains("no/such/file.csv"))
    #expect(result.standardError.contains("not found"))
  }

  @Test func usageErrorsAreExitCode2() throws {
    let unknown = try runIKUPlan(["regress", "x.csv", "--response", "y", "--bogus"])
    #expect(unknown.status == 2)
    let degreeWithout = try runIKUPlan([
      "regress", "x.csv", "--response", "y", "--degree", "2",
    ])
    #expect(degreeWithout.status == 2)
    #expect(degreeWithout.standardError.contains("--degree memerlukan --polynomial"))
  }

  @Test func helpIsExitCode0() throws {
    let result = try runIKUPlan(["regress", "--help"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("--polynomial"))
  }
}
