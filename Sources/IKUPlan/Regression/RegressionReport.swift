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

  /// The fit as a ``Document`` (`ikuplan regress`), for people and
  /// spreadsheets: coefficients with standard errors, t statistics and
  /// two-sided p-values, then the fit statistics, in the language's words;
  /// coefficients with ten significant digits, t five, p four.
  public func document(in l: Language) -> Document {
    // The intercept's name in the reader's language (JSON keeps
    // `intercept`).
    let names = fit.termNames.map {
      $0 == "intercept" ? l.text(id: "intersep", en: "intercept") : $0
    }
    let terms = names.joined(separator: " + ")
    var coefficients = Document.Table(
      name: l.text(id: "Koefisien", en: "Coefficients"),
      columns: [
        l.text(id: "Suku", en: "Term"), l.text(id: "Koefisien", en: "Coefficient"),
        l.text(id: "Galat baku", en: "Std. error"), "t", l.text(id: "Nilai p", en: "p-value"),
      ])
    for j in fit.termNames.indices {
      coefficients.append([
        .text(names[j]), .number(fit.coefficients[j], .significant(10)),
        .number(fit.standardErrors[j], .significant(10)),
        .number(fit.tStatistics[j], .significant(5)), .number(fit.pValues[j], .significant(4)),
      ])
    }
    var statistics = Document.Table(
      name: l.text(id: "Statistik", en: "Statistics"),
      columns: [l.text(id: "Statistik", en: "Statistic"), l.text(id: "Nilai", en: "Value")])
    statistics.append([
      .text(l.text(id: "Simpangan baku residu", en: "Residual standard deviation")),
      .number(fit.residualStandardDeviation, .significant(10)),
    ])
    statistics.append([
      .text(fit.hasIntercept ? "R²" : l.text(id: "R² (tak terpusat)", en: "R² (uncentred)")),
      .number(fit.rSquared, .significant(10)),
    ])
    statistics.append([
      .text(l.text(id: "Jumlah kuadrat residu", en: "Residual sum of squares")),
      .number(fit.residualSumOfSquares, .significant(10)),
    ])
    return Document(
      title: l.text(
        id: "Regresi kuadrat terkecil (QR + penghalusan iteratif): ",
        en: "Least squares (QR + iterative refinement): ") + "\(request.response) ~ \(terms)",
      language: l,
      notes: [
        .init(
          .source,
          l.text(id: "Data: ", en: "Data: ") + file + ", "
            + l.text(
              id: "\(fit.observations) observasi, derajat bebas residu \(fit.degreesOfFreedom)",
              en: "\(fit.observations) observations, \(fit.degreesOfFreedom) residual degrees of"
                + " freedom"))
      ],
      blocks: [.table(coefficients), .table(statistics)])
  }
}
