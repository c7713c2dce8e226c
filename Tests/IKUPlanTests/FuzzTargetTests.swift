import Foundation
import IKUPlanFuzzing
import TestSupport
import Testing

@testable import IKUPlan

/// The fuzz targets replayed on their seed corpora and on every input a
/// fuzzer ever found (`Fixtures/fuzz-regressions/TARGET`): each must
/// return, whatever the bytes.
@Suite struct FuzzTargetTests {
  static func inputs(_ folder: String, _ target: FuzzTarget) -> [String] {
    guard let root = try? fixturePath("\(folder)/\(target.rawValue)"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: root)
    else { return [] }
    return names.sorted().map { (root as NSString).appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTarget.allCases)
  func seedsAndFindingsReplay(_ target: FuzzTarget) throws {
    let seeds = Self.inputs("fuzz", target)
    #expect(!seeds.isEmpty, "no seed corpus for \(target)")
    for path in seeds + Self.inputs("fuzz-regressions", target) {
      let bytes = try #require(FileManager.default.contents(atPath: path))
      target.run(Array(bytes))
    }
  }

  /// Found by the workbook fuzzer: a damaged ZIP is a clear error.
  ///
  /// Its central directory made ZIPFoundation's in-memory archive seek past
  /// its end and trap.
  @Test func aDamagedZipIsNotAWorkbook() throws {
    let path = try fixturePath("fuzz-regressions/workbook/zip-seek-past-end.xlsx")
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(throws: InputError.self) {
      _ = try CellGrid(workbook: Array(bytes), file: "x.xlsx")
    }
    #expect(throws: InputError.self) { _ = try CellGrid(contentsOfFile: path) }
  }

  /// Found by the workbook fuzzer: a deflate stream that never ends made
  /// ZIPFoundation loop for ever; now the part is refused after its
  /// deadline.
  @Test func anEndlessDeflateStreamIsRefused() throws {
    let path = try fixturePath("fuzz-regressions/workbook/deflate-never-ends.xlsx")
    #expect(throws: InputError.self) { _ = try CellGrid(contentsOfFile: path) }
  }

  /// Found by the sheet fuzzer: an optional column beyond a short row.
  @Test func aShortRowIsReadWithoutItsOptionalColumns() throws {
    let path = try fixturePath("fuzz-regressions/sheet/optional-column-beyond-row.txt")
    let grid = try CellGrid(contentsOfFile: path)
    // Whatever the sheet gives, it is an answer, not a trap.
    _ = try? IKUSheet(grid, sourceName: "x.txt")
  }

  /// Found by the workbook fuzzer: an element name that is not UTF-8.
  ///
  /// Foundation's XMLParser trapped on it; now the part is refused as
  /// malformed XML.
  @Test func aNameThatIsNotUTF8IsMalformedXML() throws {
    let path = try fixturePath("fuzz-regressions/workbook/xml-name-not-utf8.xlsx")
    #expect(throws: InputError.self) { _ = try CellGrid(contentsOfFile: path) }
    #expect(XMLElement.parse(Data([0x3C, 0x61, 0xD4, 0x3E, 0x3C, 0x2F, 0x61, 0xD4, 0x3E])) == nil)
  }
}
