import Foundation
import TestSupport
import Testing

/// One number per quantity: the same indicator and year get the same median
/// and chance in every command that shows them (review, forecast, check,
/// suggest, midyear's annual basis, the scenario's direct forecast); the
/// suggested targets pass `check`; a target outside the bounds is a
/// finding, not a refusal.
@Suite struct OneNumberPerQuantityTests {
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try runIKUPlan(arguments + ["--format", "json"])
    #expect(result.status == 0, "\(arguments): \(result.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
  }

  /// code → (median, chance) from a review-shaped JSON.
  static func forecasts(_ root: [String: Any]) throws -> [String: (Double, Double?)] {
    var out: [String: (Double, Double?)] = [:]
    for indicator in try #require(root["indicators"] as? [[String: Any]]) {
      let code = try #require(indicator["code"] as? String)
      guard let forecast = indicator["forecast"] as? [String: Any] else { continue }
      out[code] = (
        try #require(forecast["median"] as? Double),
        indicator["probabilityOfAttaining"] as? Double
      )
    }
    return out
  }

  @Test func everyCommandShowsTheSameForecast() throws {
    let review = try Self.forecasts(Self.json(["review"]))
    #expect(review.count == 6)
    for command in ["forecast", "check", "suggest"] {
      let other = try Self.forecasts(Self.json([command]))
      #expect(Set(other.keys) == Set(review.keys), "\(command)")
      for (code, (median, chance)) in other {
        let expected = try #require(review[code])
        #expect(median == expected.0 && chance == expected.1, "\(command) \(code)")
      }
    }
    // midyear's annual basis: the review's forecast of the same year.
    let midyear = try Self.json(["midyear"])
    let projections = try #require(midyear["indicators"] as? [[String: Any]])
    #expect(!projections.isEmpty)
    for projection in projections {
      let code = try #require(projection["code"] as? String)
      let annual = try #require(projection["annualForecast"] as? [String: Any])
      let expected = try #require(review[code])
      #expect(annual["median"] as? Double == expected.0, "midyear \(code)")
      #expect(annual["probabilityOfAttaining"] as? Double == expected.1, "midyear \(code)")
    }
    // The scenario names the direct forecast beside its driver-built one.
    let scenario = try Self.json([
      "scenario", "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml",
    ])
    let direct = try #require(scenario["directForecast"] as? [String: Any])
    let iku1 = try #require(review["IKU-1"])
    #expect(direct["median"] as? Double == iku1.0)
    #expect(direct["probabilityOfAttaining"] as? Double == iku1.1)
  }

  /// A copy of the bundled dataset with the 2025 targets replaced.
  static func dataset(targets: [String: String]) throws -> String {
    let folder = try temporaryFolder()
    let source = packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum")
    for name in ["indikator.csv", "triwulan.csv", "dataset.csv"] {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let text = try String(
      contentsOf: source.appendingPathComponent("realisasi.csv"), encoding: .utf8)
    // The bundled file ends its lines with CR LF, one Character in Swift.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
      line in
      var cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      if cells.count > 3, cells[1] == "2025", let target = targets[cells[0]] { cells[3] = target }
      return cells.joined(separator: ";")
    }
    try lines.joined(separator: "\r\n").write(
      to: folder.appendingPathComponent("realisasi.csv"), atomically: true, encoding: .utf8)
    return folder.path
  }

  /// `suggest`'s recommended targets, typed in as the 2025 targets, pass
  /// `check --strict` (exit 0), unless a recommendation itself carries a
  /// flag (none does for the bundled dataset).
  @Test func suggestedTargetsPassCheck() throws {
    let suggest = try #require(Self.json(["suggest"])["indicators"] as? [[String: Any]])
    var targets: [String: String] = [:]
    for indicator in suggest {
      let code = try #require(indicator["code"] as? String)
      let recommended = try #require(
        (indicator["suggestions"] as? [String: Any])?["recommended"] as? [String: Any])
      #expect((recommended["flags"] as? [String])?.isEmpty == true, "\(code)")
      let value = try #require(recommended["value"] as? Double)
      // Indonesian number format, as the bundled file writes it.
      targets[code] = String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }
    #expect(targets.count == 6)
    let folder = try Self.dataset(targets: targets)
    let check = try runIKUPlan(["check", "--history", folder, "--strict", "--lang", "en"])
    #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
  }

  /// A 105% target on a 0–100 indicator: flagged `target-outside-bounds`
  /// by `check`, and `report` still renders.
  @Test func targetOutsideTheBoundsIsAFinding() throws {
    let folder = try Self.dataset(targets: ["IKU-2": "105"])
    let check = try Self.json(["check", "--history", folder])
    let iku2 = try #require(
      (check["indicators"] as? [[String: Any]])?.first { $0["code"] as? String == "IKU-2" })
    let codes = (iku2["flags"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
    #expect(codes.contains("target-outside-bounds"))
    let output = try temporaryFolder().appendingPathComponent("r.html").path
    let report = try runIKUPlan(["report", "--history", folder, "--output", output])
    #expect(report.status == 0, "\(report.standardError)")
    #expect(FileManager.default.fileExists(atPath: output))
  }

  /// Histories of the kinds a newcomer's review found failing (a value near
  /// a bound, a tight 0–1 ratio realised at three decimals, a
  /// lower-is-better Gini and case count, a percentage reaching 99,99%):
  /// unit, polarity, bounds, values.
  static let histories: [(String, String, String, String, [Double])] = [
    ("near-zero", "%", "turun", "0,100", [0.01, 3, 2.8, 2.5, 2.4]),
    ("ratio", "rasio", "naik", "0,1", [0.701, 0.705, 0.712, 0.716, 0.721]),
    ("gini", "rasio", "turun", "0,1", [0.301, 0.298, 0.295, 0.292, 0.29]),
    ("cases", "kasus", "turun", ",", [12, 9, 6, 3, 1]),
    ("near-100", "%", "naik", "0,100", [99.99, 97, 96, 98, 99]),
    ("tight", "%", "naik", "0,100", [66.0, 66.03, 66.06, 66.09, 66.125]),
  ]

  /// A dataset folder (dot decimals) with one indicator K1 from 2015 and
  /// the target for the year after the last value.
  static func dataset(
    unit: String, polarity: String, bounds: String, values: [Double], target: Double?
  ) throws -> String {
    let folder = try temporaryFolder()
    _ = try writeFile(
      "indikator.csv",
      "kode,sasaran,indikator,formula,satuan,polaritas,min,maks,pembilang,penyebut,konsolidasi\n"
        + "K1,,Indikator uji,,\(unit),\(polarity),\(bounds),,,terakhir\n", in: folder)
    var rows = "kode,tahun,realisasi,target,pembilang,penyebut,sumber\n"
    for (index, value) in values.enumerated() {
      rows += "K1,\(2015 + index),\(value),,,,ilustrasi: uji\n"
    }
    if let target { rows += "K1,\(2015 + values.count),,\(target),,,ilustrasi: uji\n" }
    _ = try writeFile("realisasi.csv", rows, in: folder)
    return folder.path
  }

  /// Typed in as the target, the recommendation passes `check --strict`, or
  /// carries exactly the flags `check` raises; it is never worse than the
  /// last realisation.
  @Test(arguments: histories.map(\.0))
  func recommendationsPassCheck(_ name: String) throws {
    let (_, unit, polarity, bounds, values) = try #require(Self.histories.first { $0.0 == name })
    let plain = try Self.dataset(
      unit: unit, polarity: polarity, bounds: bounds, values: values, target: nil)
    let suggest = try Self.json(["suggest", "--history", plain, "--angka", "en"])
    let indicator = try #require((suggest["indicators"] as? [[String: Any]])?.first)
    let recommended = try #require(
      (indicator["suggestions"] as? [String: Any])?["recommended"] as? [String: Any])
    let value = try #require(recommended["value"] as? Double)
    let last = try #require(values.last)
    #expect(polarity == "naik" ? value >= last : value <= last, "\(name): \(value)")
    let flags = try #require(recommended["flags"] as? [String])
    let typed = try Self.dataset(
      unit: unit, polarity: polarity, bounds: bounds, values: values, target: value)
    let check = try Self.json(["check", "--history", typed, "--angka", "en"])
    let checked = try #require((check["indicators"] as? [[String: Any]])?.first)
    let raised = (checked["flags"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
      .filter { $0 != "illustrative-data" }
    #expect(raised == flags, "\(name): check \(raised), suggest \(flags)")
  }
}
