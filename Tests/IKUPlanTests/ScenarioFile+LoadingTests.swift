import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

/// The scenario loader picks the reader by the file's extension, as the
/// README says: `.xlsx` a workbook, `.csv` and `.tsv` its sheet as
/// delimited text, every other name YAML.
@Suite struct ScenarioFileLoadingTests {
  @Test func theReaderFollowsTheExtension() throws {
    let folder = try temporaryFolder()
    let example = packageRoot.appendingPathComponent(ScenarioFileGridTests.oneYear).path
    let yaml = try ScenarioFile(contentsOf: example)
    let text = try String(contentsOfFile: example, encoding: .utf8)
    // YAML under another name.
    for name in ["s.txt", "s", "s.skenario"] {
      let path = try writeFile(name, text, in: folder)
      expectSameValues(try ScenarioFile(contentsOf: path), yaml)
    }
    // The sheet Skenario saved as tab-separated text.
    let (_, grid) = try ScenarioFileGridTests.template()
    let tabbed = grid.csv(delimiter: "\t", convention: .indonesian)
    let tsv = try writeFile("s.tsv", tabbed, in: folder)
    expectSameValues(try ScenarioFile(contentsOf: tsv), yaml)
    // The same text named .txt is read as YAML, and refused as such.
    let txt = try writeFile("t.txt", tabbed, in: folder)
    let error = try #require(throws: InputError.self) { try ScenarioFile(contentsOf: txt) }
    guard case .yaml = error.problem else {
      Issue.record("\(error.message(in: .english))")
      return
    }
  }
}
