import Foundation
import TestSupport
import Testing

@testable import IKUPlan

@Suite struct SpreadsheetTextTests {
  @Test func formulaStartsGetTheTextMarker() {
    for text in ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
      #expect(SpreadsheetText.neutralised(text) == "'" + text)
      #expect(SpreadsheetText.restored(SpreadsheetText.neutralised(text)) == text)
    }
    for text in ["IKU-1", "39,67%", "", "'plain", "a=b"] {
      #expect(SpreadsheetText.neutralised(text) == text)
      #expect(SpreadsheetText.restored(text) == text)
    }
  }

  @Test func fieldsAreNeutralisedThenQuoted() {
    #expect(SpreadsheetText.csvField("=A1;B1", delimiter: ";") == "\"'=A1;B1\"")
    #expect(SpreadsheetText.csvField("say \"hi\"", delimiter: ",") == "\"say \"\"hi\"\"\"")
    #expect(SpreadsheetText.csvField("x", delimiter: ",") == "x")
  }

  /// A CR LF pair is one character but two line-break bytes: the field is
  /// quoted, and one that starts with it is marked.
  @Test func aCarriageReturnLineFeedIsALineBreak() {
    #expect(SpreadsheetText.csvField("a\r\nb", delimiter: ",") == "\"a\r\nb\"")
    #expect(SpreadsheetText.neutralised("\r\nb") == "'\r\nb")
    #expect(SpreadsheetText.csvField("a;b", delimiter: ";") == "\"a;b\"")
    #expect(SpreadsheetText.csvField("a;b", delimiter: ",") == "a;b")
  }

  /// ikuplan's own files read back as written: the marker is dropped.
  @Test func datasetRoundTripKeepsFormulaLikeText() throws {
    let dataset = Dataset(
      title: "=T", indicators: [Indicator(code: "-A", name: "@name", unit: "%")],
      annual: [AnnualObservation(code: "-A", year: 2024, actual: 1, source: "+s")])
    let files = dataset.csvFiles(in: .indonesian)
    #expect(files["indikator.csv"]?.contains("'-A;") == true)
    let folder = try temporaryFolder().path
    try dataset.write(toFolder: folder)
    let back = try Dataset(folder: folder)
    #expect(back.title == "=T")
    #expect(back.indicators.map(\.code) == ["-A"] && back.indicators.map(\.name) == ["@name"])
    #expect(back.annual.map(\.code) == ["-A"] && back.annual.map(\.source) == ["+s"])
  }
}
