import IKUForecast

/// A fitted regression with what is needed to present it: the request, the
/// file it came from and the ``IKUForecast/LeastSquaresFit``.
public struct RegressionReport: Sendable {
  /// What was asked for.
  public let request: RegressionRequest
  /// The data file.
  public let file: String
  /// The fit.
  public let fit: LeastSquaresFit
}

extension RegressionReport {
  /// The JSON document of `ikuplan regress --format json`.
  ///
  /// Keys (stable, documented in the README): `terms`, `coefficients`,
  /// `standardErrors`, `tStatistics`, `pValues` (arrays in term order:
  /// intercept, predictors as given, powers 1…K),
  /// `residualStandardDeviation`, `rSquared` (uncentred without an
  /// intercept, as NIST StRD defines it), `residualSumOfSquares`,
  /// `degreesOfFreedom`, `observations`, `intercept`, and the diagnostics
  /// `refinementSteps` and `reciprocalCondition`. Doubles are in shortest
  /// round-trip form; a statistic that is undefined (no residual degrees of
  /// freedom) is `null`.
  public var json: JSONValue {
    func numbers(_ values: [Double]) -> JSONValue {
      .array(values.map(JSONValue.double))
    }
    return .object([
      ("terms", .array(fit.termNames.map(JSONValue.string))),
      ("coefficients", numbers(fit.coefficients)),
      ("standardErrors", numbers(fit.standardErrors)),
      ("tStatistics", numbers(fit.tStatistics)),
      ("pValues", numbers(fit.pValues)),
      ("residualStandardDeviation", .double(fit.residualStandardDeviation)),
      ("rSquared", .double(fit.rSquared)),
      ("residualSumOfSquares", .double(fit.residualSumOfSquares)),
      ("degreesOfFreedom", .int(fit.degreesOfFreedom)),
      ("observations", .int(fit.observations)),
      ("intercept", .bool(fit.hasIntercept)),
      ("refinementSteps", .int(fit.refinementSteps)),
      ("reciprocalCondition", .double(fit.reciprocalCondition)),
    ])
  }

  /// The aligned table of `ikuplan regress --format table`, for people:
  /// coefficients with standard errors, t statistics and two-sided p-values,
  /// then the fit statistics, in the language's words and number format.
  public func table(in language: Language, markdown: Bool = false) -> String {
    let l = language
    let number = NumberFormat(language)
    let terms = fit.termNames.joined(separator: " + ")
    var out = l.text(
      id: "Regresi kuadrat terkecil (QR + penghalusan iteratif): ",
      en: "Least squares (QR + iterative refinement): ")
    out += "\(request.response) ~ \(terms)\n"
    out += l.text(id: "Data: ", en: "Data: ") + file + ", "
    out += l.text(
      id: "\(fit.observations) observasi, derajat bebas residu \(fit.degreesOfFreedom)",
      en: "\(fit.observations) observations, \(fit.degreesOfFreedom) residual degrees of freedom")
    out += "\n\n"

    let header = [
      l.text(id: "Suku", en: "Term"), l.text(id: "Koefisien", en: "Coefficient"),
      l.text(id: "Galat baku", en: "Std. error"), "t",
      l.text(id: "Nilai p", en: "p-value"),
    ]
    var rows = [header]
    for j in fit.termNames.indices {
      rows.append([
        fit.termNames[j],
        number.significant(fit.coefficients[j], digits: 10),
        number.significant(fit.standardErrors[j], digits: 10),
        number.significant(fit.tStatistics[j], digits: 5),
        number.significant(fit.pValues[j], digits: 4),
      ])
    }
    out += textTable(rows, rightAligned: [false, true, true, true, true], markdown: markdown)

    out += "\n"
    let statistics: [(String, String)] = [
      (
        l.text(id: "Simpangan baku residu", en: "Residual standard deviation"),
        number.significant(fit.residualStandardDeviation, digits: 10)
      ),
      (
        fit.hasIntercept
          ? "R²" : l.text(id: "R² (tak terpusat)", en: "R² (uncentred)"),
        number.significant(fit.rSquared, digits: 10)
      ),
      (
        l.text(id: "Jumlah kuadrat residu", en: "Residual sum of squares"),
        number.significant(fit.residualSumOfSquares, digits: 10)
      ),
    ]
    if markdown {
      return out
        + markdownTable(
          [[l.text(id: "Statistik", en: "Statistic"), l.text(id: "Nilai", en: "Value")]]
            + statistics.map { [$0.0, $0.1] }, rightAligned: [false, true])
    }
    let width = statistics.map(\.0.count).max() ?? 0
    for (label, value) in statistics {
      out +=
        label + String(repeating: " ", count: width - label.count)
        + "  " + value + "\n"
    }
    return out
  }
}
