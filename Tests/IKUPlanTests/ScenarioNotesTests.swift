import Testing

@testable import IKUPlan

@Suite struct ScenarioNotesTests {
  /// Draws outside an indicator's bounds are named per scenario with their
  /// share; none outside, no note.
  @Test func drawsOutsideTheBoundsAreNamed() throws {
    let file = try ScenarioFile(
      yaml: """
        indicator: IKU-9
        year: 2025
        formula: "x"
        drivers: {x: {uniform: {min: 50, max: 150}}}
        scenarios:
          - name: Lebar
          - name: Sempit
            set: {x: {uniform: {min: 10, max: 90}}}
        draws: 4000
        """, file: "s.yaml")
    let analysis = try ScenarioAnalysis(file, dataset: ScenarioAnalysisTests.percentDataset())
    // Half of U(50, 150) lies above 100; none of U(10, 90).
    let wide = try #require(analysis.cases[0].shareOutsideBounds)
    #expect(abs(wide - 0.5) <= 4 * (0.25 / 4000).squareRoot())
    #expect(analysis.cases[1].shareOutsideBounds == 0)
    let note = try #require(
      ScenarioNotes.outsideBounds(
        analysis.cases.map { ($0.name, $0.shareOutsideBounds) },
        indicator: analysis.indicator, in: .indonesian))
    #expect(note.contains("di luar batas IKU-9 (0,00–100,00%)"))
    #expect(note.contains("Lebar (") && !note.contains("Sempit"))
    #expect(
      ScenarioNotes.outsideBounds(
        [("Sempit", 0)], indicator: analysis.indicator, in: .indonesian) == nil)
    #expect(
      ScenarioNotes.outsideBounds([("Lebar", 0.5)], indicator: nil, in: .indonesian) == nil)
  }

  /// Drivers no formula uses are listed, in both languages.
  @Test func unusedDriversAreListed() throws {
    let file = try ScenarioFile(
      yaml: """
        year: 2025
        formula: "a * 2"
        drivers: {a: 1, b: 2, c: 3}
        outputs: {biaya: "c * 10"}
        """, file: "s.yaml")
    #expect(file.unusedDrivers == ["b"])
    #expect(
      ScenarioNotes.unusedDrivers(["b"], in: .indonesian)?.contains("rumus mana pun: b") == true)
    #expect(
      ScenarioNotes.unusedDrivers(["b"], in: .english)?.contains("no formula uses: b") == true)
    #expect(ScenarioNotes.unusedDrivers([], in: .indonesian) == nil)
  }
}
