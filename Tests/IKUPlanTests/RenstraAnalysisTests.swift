import Foundation
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct RenstraAnalysisTests {
  static func file(_ yaml: String) throws -> ScenarioFile {
    try ScenarioFile(yaml: yaml, file: "r.yaml")
  }

  /// With fixed drivers every year is the arithmetic: a constant, a
  /// compound growth and a linear step, through the formula and the budget.
  @Test func fixedDriversAreTheArithmetic() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2028]
        formula: "capacity / 10"
        drivers:
          capacity: {start: 400, growth: 0.10}
          price: {start: 1000, step: 250}
          fixed: 7
        outputs:
          budget: "capacity * price + fixed"
        draws: 50
        """), dataset: nil)
    let years = try #require(analysis.cases.first).years
    #expect(years.map(\.year) == [2025, 2026, 2027, 2028])
    for (n, year) in years.enumerated() {
      // start·(1 + rate)^n, the power first, as the file format defines.
      var factor = 1.0
      for _ in 0..<n { factor *= 1.1 }
      let capacity = 400 * factor
      let price = 1000 + 250 * Double(n)
      #expect(year.indicator.mean == capacity / 10)
      #expect(year.indicator.p10 == capacity / 10 && year.indicator.p90 == capacity / 10)
      // The budget is money: whole rupiah.
      #expect(year.outputs[0].summary.mean == (capacity * price + 7).rounded())
    }
    let total = years.map { $0.outputs[0].summary.mean }.reduce(0, +)
    #expect(
      agrees(try #require(analysis.cases.first).totals[0].summary.mean, total, relative: 1e-15))
  }

  /// A dataset's range target is the year's target at its binding end:
  /// the lower end when higher is better, the upper when lower is.
  @Test func aRangeTargetIsTakenAtItsBindingEnd() throws {
    for (polarity, expected) in [(Polarity.higher, 60.0), (.lower, 65.71)] {
      var dataset = try Dataset(
        folder: packageRoot.appendingPathComponent("history/tanjungpinang-disnakerkum").path)
      let index = try #require(
        dataset.annual.firstIndex { $0.code == "IKU-1" && $0.year == 2025 })
      dataset.annual[index].target = 60
      dataset.annual[index].targetUpper = 65.71
      let indicator = try #require(dataset.indicators.firstIndex { $0.code == "IKU-1" })
      dataset.indicators[indicator].polarity = polarity
      let analysis = try RenstraAnalysis(
        Self.file(
          """
          indicator: IKU-1
          years: [2025, 2026]
          formula: "x"
          drivers: {x: 50}
          draws: 10
          """), dataset: dataset)
      #expect(analysis.targets[2025] == expected)
    }
  }

  @Test func byYearValuesAndScenarioOverrides() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2027]
        formula: "a"
        drivers:
          a: 1
        scenarios:
          - name: Base
          - name: Steps
            set: {a: {by_year: {2025: 10, 2026: 20, 2027: 35}}}
        draws: 20
        """), dataset: nil)
    #expect(analysis.cases[0].years.map(\.indicator.median) == [1, 1, 1])
    #expect(analysis.cases[1].years.map(\.indicator.median) == [10, 20, 35])
  }

  @Test func aSeedGivesTheSameBytes() throws {
    let yaml = """
      years: [2025, 2029]
      formula: "min(k * g; 100)"
      drivers:
        k: {start: 50, step: 2}
        g: {normal: {mean: 1, sd: 0.1}, year_correlation: 0.6}
      outputs:
        cost: "k * 1000"
      targets: {2025: 50, 2026: 51, 2027: 52, 2028: 53, 2029: 54}
      target_path: {from: Baseline, probability: 0.7}
      draws: 5000
      seed: 9
      """
    let first = try RenstraAnalysis(Self.file(yaml), dataset: nil).json.rendered()
    let second = try RenstraAnalysis(Self.file(yaml), dataset: nil).json.rendered()
    #expect(first == second)
  }

  /// The derived path is monotone, and fresh draws (another seed) meet it
  /// with the probability asked, within Monte Carlo error (20,000 draws:
  /// a standard error of 0.32 points; the bound allows four).
  @Test func derivedPathIsMonotoneAndMetWhenResimulated() throws {
    func yaml(seed: Int, path: String) -> String {
      """
      years: [2025, 2029]
      formula: "k * g"
      drivers:
        k: {start: 40, growth: 0.08}
        g: {normal: {mean: 1, sd: 0.15}, year_correlation: 0.5}
      \(path)
      draws: 20000
      seed: \(seed)
      """
    }
    let derived = try RenstraAnalysis(
      Self.file(yaml(seed: 1, path: "target_path: {from: Baseline, probability: 0.7}")),
      dataset: nil)
    let path = try #require(derived.targetPath)
    #expect(path.count == 5)
    for (a, b) in zip(path, path.dropFirst()) { #expect(a.value <= b.value) }
    let typed = path.map { "\($0.year): \($0.value)" }.joined(separator: ", ")
    let check = try RenstraAnalysis(
      Self.file(yaml(seed: 2, path: "targets: {\(typed)}")), dataset: nil)
    for year in try #require(check.cases.first).years {
      let p = try #require(year.probabilityOfAttaining)
      #expect(abs(p - 0.7) < 0.013, "\(year.year): \(p)")
    }
  }

  @Test func schedulesNeedAPeriodAndByYearNeedsEveryYear() {
    #expect(throws: InputError.self) {
      _ = try Self.file("year: 2025\nformula: \"a\"\ndrivers:\n  a: {start: 1, step: 1}\n")
    }
    #expect(throws: InputError.self) {
      _ = try Self.file(
        "years: [2025, 2027]\nformula: \"a\"\ndrivers:\n  a: {by_year: {2025: 1, 2026: 2}}\n")
    }
    #expect(throws: InputError.self) {
      _ = try Self.file("years: [2029, 2025]\nformula: \"a\"\ndrivers:\n  a: 1\n")
    }
  }

  /// A typed target below the year before is flagged, and so is one that
  /// no scenario reaches with a chance of 10% and one that every scenario
  /// reaches with a chance above 90%, with the codes `check` uses:
  /// P(N(40, 1) ≥ 39) ≈ 84% is fair, P(≥ 38) ≈ 97,7% too easy, P(≥ 60) ≈ 0.
  @Test func typedTargetsAreFlagged() throws {
    let analysis = try RenstraAnalysis(
      Self.file(
        """
        years: [2025, 2027]
        formula: "a"
        drivers:
          a: {normal: {mean: 40, sd: 1}}
        targets: {2025: 39, 2026: 38, 2027: 60}
        draws: 2000
        """), dataset: nil)
    let flags = Dictionary(
      uniqueKeysWithValues: analysis.typedTargets.map { ($0.year, $0.flags.map(\.code)) })
    #expect(flags[2025] == [])
    #expect(flags[2026] == [.targetBelowPreviousTarget, .targetTooEasy])
    #expect(flags[2027] == [.targetUnrealistic])
    let fallBack = try #require(analysis.typedTargets.first { $0.year == 2026 }?.flags.first)
    #expect(
      fallBack.finding
        == .targetBelowPreviousTarget(
          target: TargetRange(38), year: 2026, previous: YearValue(year: 2025, value: 39)))
  }

  static let handPeriod = """
    indicator: IKU-9
    years: [2025, 2027]
    formula: "capacity / 10"
    drivers:
      capacity: {start: 400, step: 40}
      cost: 1000000
    outputs: {budget: "capacity * cost"}
    scenarios:
      - name: Base
      - name: Up
        set: {capacity: {start: 400, step: 80}}
    draws: 10
    source: "uji tangan"
    """

  /// The Renstra table in the Permendagri 86/2017 layout, by hand.
  ///
  /// Base's capacity 400, 440, 480 gives 40%, 44%, 48% and a budget of
  /// 400, 440, 480 juta (1,32 miliar over the period); Up's 400, 480, 560
  /// gives 40%, 48%, 56% and 1,44 miliar. The dataset's targets (41% in
  /// 2025, 43% in 2026) fill their years; 2027 has none, so it holds the
  /// projection and says so in its heading. The baseline is the 2024
  /// realisation, 38%.
  @Test func theRenstraTableIsTheHandArithmetic() throws {
    let analysis = try RenstraAnalysis(
      Self.file(Self.handPeriod),
      dataset: ScenarioAnalysisTests.percentDataset(targets: [2025: 41, 2026: 43]))
    let document = analysis.document(in: .indonesian)
    #expect(
      document.title
        == "Skenario Renstra 2025–2027 — IKU-9 Persentase peserta pelatihan yang lulus tepat"
        + " waktu — Dinas Uji")
    #expect(
      document.notes == [
        .init(.source, "Sumber skenario: uji tangan"), .init(.source, "Sumber data: lembar uji"),
      ])
    let table = try #require(document.tables.first)
    #expect(table.name == "Tabel Renstra")
    #expect(
      table.columns.map(\.title) == [
        "No", "Indikator", "Satuan", "Skenario",
        "Kondisi Kinerja pada Awal Periode Renstra (2024)",
        "Target Kinerja pada Tahun ke-1 (2025)", "Rp Tahun ke-1 (2025)",
        "Target Kinerja pada Tahun ke-2 (2026)", "Rp Tahun ke-2 (2026)",
        "Proyeksi Kinerja pada Tahun ke-3 (2027)", "Rp Tahun ke-3 (2027)",
        "Kondisi Kinerja pada Akhir Periode Renstra (2027)",
        "Rp Akhir Periode (Jumlah 2025–2027)",
      ])
    let percent = ValueStyle.percent(decimals: 2)
    let rupiah = ValueStyle.rupiah
    let expected: [(String, [Double], [Double])] = [
      ("Base", [41, 43, 48], [400e6, 440e6, 480e6]), ("Up", [41, 43, 56], [400e6, 480e6, 560e6]),
    ]
    #expect(table.rows.count == 2)
    for (index, (row, (name, values, budgets))) in zip(table.rows, expected).enumerated() {
      expectNumber(row[0], Double(index + 1), .decimal(0))
      #expect(row[1] == .text("IKU-9 Persentase peserta pelatihan yang lulus tepat waktu"))
      #expect(row[2] == .text("%") && row[3] == .text(name))
      expectNumber(row[4], 38, percent)
      for year in 0..<3 {
        expectNumber(row[5 + 2 * year], values[year], percent)
        expectNumber(row[6 + 2 * year], budgets[year], rupiah)
      }
      expectNumber(row[11], values[2], percent)
      expectNumber(row[12], budgets.reduce(0, +), rupiah)
    }

    // Up year by year against Base: the projection 4 and 8 percentage
    // points and the budget 40 and 80 juta ahead in 2026 and 2027; 2025's 40% misses the 41% target, 2026's
    // 48% attains 43%; 2027 has no target and no chance.
    let up = try #require(document.tables.first { $0.name == "Up" })
    #expect(
      up.columns.map(\.title) == [
        "Tahun", "Target", "Proyeksi", "Rentang P10–P90", "Peluang", "budget (rata-rata)",
        "Selisih proyeksi dari \"Base\" (poin persen)", "Selisih budget",
      ])
    let years: [(Double?, Double, Double?, Double, Double, Double)] = [
      (41, 40, 0, 400e6, 0, 0), (43, 48, 1, 480e6, 4, 40e6), (nil, 56, nil, 560e6, 8, 80e6),
    ]
    for (row, (target, median, chance, budget, ahead, more)) in zip(up.rows, years) {
      if let target {
        expectNumber(row[1], target, percent)
      } else {
        #expect(row[1] == .number(nil, percent))
      }
      expectNumber(row[2], median, percent)
      expectInterval(row[3], median, median, percent)
      if let chance {
        expectNumber(row[4], chance, .probability)
      } else {
        #expect(row[4] == .number(nil, .probability))
      }
      expectNumber(row[5], budget, .rupiah)
      expectNumber(row[6], ahead, .decimal(2))
      expectNumber(row[7], more, .rupiah)
    }
    // 2025's 41% is attained by neither scenario (40%), 2026's 43% by both
    // (44% and 48%): flagged in words, as `check` words them.
    let lists = document.blocks.compactMap {
      if case .list(let items) = $0 { return items }
      return nil
    }
    #expect(
      lists == [
        [
          "2025: peluang mencapai target hanya 0% menurut proyeksi: tidak realistis"
            + " (LKE SAKIP: dapat dicapai dan realistis)",
          "2026: peluang mencapai target 100% menurut proyeksi: terlalu mudah, kurang menantang",
        ]
      ])
  }

  /// The HTML table is the document's table, cell for cell as people read
  /// it.
  @Test func theHTMLTableIsTheDocumentsTable() throws {
    let analysis = try RenstraAnalysis(
      Self.file(Self.handPeriod),
      dataset: ScenarioAnalysisTests.percentDataset(targets: [2025: 41, 2026: 43]))
    let html = HTMLRenderer().render(analysis.document(in: .indonesian))
    #expect(html.contains(">Kondisi Kinerja pada Awal Periode Renstra (2024)</th>"))
    #expect(html.contains("\">Rp 1,32 miliar</td>"))  // 400 + 440 + 480 juta
    #expect(html.contains("<td>IKU-9 Persentase peserta pelatihan yang lulus tepat waktu</td>"))
    // The charts of each scenario are drawn: the fan and the budget.
    #expect(html.components(separatedBy: "<svg").count - 1 == 2 * analysis.cases.count)
  }

  /// English words only, and percentage points in words.
  @Test func theEnglishDocumentHasNoIndonesianWords() throws {
    let analysis = try RenstraAnalysis(
      Self.file(Self.handPeriod),
      dataset: ScenarioAnalysisTests.percentDataset(targets: [2025: 41, 2026: 43]))
    let english = TextRenderer(markdown: true).render(analysis.document(in: .english))
    #expect(english.contains("(percentage points)"))
    #expect(english.contains("Performance at the start of the Renstra period (2024)"))
    // The indicator's name is the planner's data, in Indonesian.
    let words = english.replacingOccurrences(
      of: "Persentase peserta pelatihan yang lulus tepat waktu", with: "")
    for word in scenarioIndonesianWords {
      #expect(!words.contains(word), "English text has \(word)")
    }
    let indonesian = TextRenderer(markdown: true).render(analysis.document(in: .indonesian))
    for word in scenarioForbiddenIndonesianWords {
      #expect(!indonesian.contains(word), "Indonesian text has \(word)")
    }
  }
}
