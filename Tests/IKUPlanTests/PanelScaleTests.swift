import IKUForecast
import Testing

@testable import IKUPlan

@Suite struct PanelScaleTests {
  private func panel(_ text: String) throws -> PanelFile {
    try PanelFile(bytes: Array(text.utf8), file: "p.csv")
  }

  /// Without bounds `auto` and `none` are the identity for every series,
  /// as panels were modelled before `--bounds`.
  @Test func theDefaultIsTheIdentity() throws {
    let file = try panel("A,1,2,3\nB,-4,0,6\n")
    for scale in [PanelScale(), PanelScale(choice: .none)] {
      #expect(scale.isIdentity)
      #expect(try scale.transforms(for: file) == [.identity, .identity])
    }
    #expect(!PanelScale(choice: .log).isIdentity)
    #expect(!PanelScale(lower: 0).isIdentity)
  }

  /// `auto` with bounds: the logit at least 2% of the range inside them
  /// (`Transform.automatic`), else censored at them; `none` censors; `log`
  /// takes positive values.
  @Test func eachSeriesGetsItsScale() throws {
    let file = try panel("A,10,25,30\nB,0,2,3\nC,4,100,5\n")
    #expect(
      try PanelScale(lower: 0, upper: 100).transforms(for: file) == [
        .logit(lower: 0, upper: 100), .censored(lower: 0, upper: 100),
        .censored(lower: 0, upper: 100),
      ])
    #expect(
      try PanelScale(choice: .none, lower: 0, upper: 100).transforms(for: file)
        == Array(repeating: .censored(lower: 0, upper: 100), count: 3))
    #expect(
      try PanelScale(lower: 0).transforms(for: file)
        == Array(repeating: .censored(lower: 0, upper: .infinity), count: 3))
    let positive = try panel("A,1,2,3\n")
    #expect(try PanelScale(choice: .log).transforms(for: positive) == [.log])
  }

  /// Refusals name the series, the period, the value and where it is.
  @Test func refusalsNameTheValue() throws {
    let file = try panel("series,period,value\nA,2020,3\nA,2021,4\nB,2020,5\nB,2021,0\n")
    #expect(
      throws: InputError(
        .seriesOutsideScale("B", period: 2021, value: 0, scale: .log),
        at: SourceLocation(file: "p.csv", line: 5, column: 3))
    ) { try PanelScale(choice: .log).transforms(for: file) }
    #expect(
      throws: InputError(
        .seriesOutsideScale("B", period: 2021, value: 0, scale: .logit),
        at: SourceLocation(file: "p.csv", line: 5, column: 3))
    ) { try PanelScale(choice: .logit, lower: 0, upper: 100).transforms(for: file) }
    #expect(
      throws: InputError(
        .seriesOutsideBounds("A", period: 2021, value: 4, lower: nil, upper: 3.5),
        at: SourceLocation(file: "p.csv", line: 3, column: 3))
    ) { try PanelScale(upper: 3.5).transforms(for: file) }
    #expect(
      throws: InputError(
        .seriesLosesDigits("A", period: 2020, value: 3),
        at: SourceLocation(file: "p.csv", line: 2, column: 3))
    ) { try PanelScale(choice: .logit, lower: -1e150, upper: 1e150).transforms(for: file) }
    // A window: the index is counted from the series' start.
    let wide = try panel("A,1,0,3,4\n")
    #expect(
      throws: InputError(
        .seriesOutsideScale("A", period: 2, value: 0, scale: .log),
        at: SourceLocation(file: "p.csv", line: 1, column: 3))
    ) { try PanelScale(choice: .log).transform(for: [0, 3, 4], offset: 1, series: 0, in: wide) }
    let error = InputError(
      .seriesOutsideScale("B", period: 2021, value: 0, scale: .log),
      at: SourceLocation(file: "p.csv", line: 5, column: 3))
    #expect(
      error.message(in: .english)
        == "p.csv, line 5, column 3: series 'B', period 2021: the value 0 cannot be modelled on "
        + "the log scale, which takes only values above 0; choose --transform none or auto")
    #expect(
      error.message(in: .indonesian).hasPrefix("p.csv, baris 5, kolom 3: deret 'B', periode 2021"))
  }
}
