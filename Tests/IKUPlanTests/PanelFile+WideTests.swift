import Foundation
import IKUForecast
import TestSupport
import Testing

@testable import IKUPlan

/// The wide reader in chunks on several threads reads what one thread
/// reads, and names the problem a reader going line by line meets first,
/// at its line in the file.
@Suite struct PanelFileWideTests {
  /// `count` lines `S<i>,v…` of about 60 bytes (the panel is over 1 MB
  /// from 20,000 lines on, so that it is split), with `edit` applied to
  /// the lines (0-based) it names.
  static func panel(_ count: Int, edit: [Int: String] = [:]) -> String {
    (0..<count).map { i in
      edit[i] ?? "S\(i),\(Double(i) / 8),\(i % 97),\(i % 13).25,-\(i % 7).5,1e-3,\(i)"
    }.joined(separator: "\n") + "\n"
  }

  static func read(_ text: String, threads: Int) throws -> PanelFile {
    let folder = try temporaryFolder()
    return try PanelFile(
      contentsOfFile: writeFile("p.csv", Array(text.utf8), in: folder), threads: threads)
  }

  static func refusal(_ text: String, threads: Int) -> InputError? {
    do {
      _ = try read(text, threads: threads)
      return nil
    } catch {
      return error as? InputError
    }
  }

  @Test func chunksReadWhatOneThreadReads() throws {
    // A header, blank lines and CR LF line ends, also at chunk boundaries.
    var text =
      "id,a,b,c,d,e,f\r\n" + Self.panel(30_000).replacingOccurrences(of: "\n", with: "\r\n")
    text = text.replacingOccurrences(of: "S7777,", with: "\r\n\r\nS7777,")
    let one = try Self.read(text, threads: 1)
    for threads in [2, 3, 8] {
      let many = try Self.read(text, threads: threads)
      #expect(many.ids == one.ids)
      #expect(many.batch.values == one.batch.values)
      #expect(many.batch.starts == one.batch.starts)
      #expect(many.lastPeriods == one.lastPeriods)
      #expect(many.firstLines == one.firstLines)
      #expect(many.lastLines == one.lastLines)
    }
    #expect(one.ids.count == 30_000)
    // Line 1 is the header; S7777 is pushed down by two blank lines.
    #expect(one.firstLines[7776] == 7778 && one.firstLines[7777] == 7781)
    #expect(one.firstLines.last == 30_003)
    #expect(Array(one.batch[5]) == [0.625, 5, 5.25, -5.5, 0.001, 5])
  }

  @Test func aProblemInALaterChunkIsAtItsLine() throws {
    let text = Self.panel(40_000, edit: [35_000: "S35000,1,2,x3"])
    for threads in [1, 4] {
      let error = try #require(Self.refusal(text, threads: threads))
      #expect(error.problem == .notAPanelNumber("x3", decimalComma: false))
      #expect(error.location == SourceLocation(file: error.location.file, line: 35_001, column: 4))
    }
  }

  @Test func repeatsAcrossChunksNameBothLines() throws {
    let text = Self.panel(40_000, edit: [30_000: "S12,1,2", 39_000: "S500,1,2"])
    for threads in [1, 4] {
      let error = try #require(Self.refusal(text, threads: threads))
      #expect(error.problem == .duplicateSeries("S12", firstLine: 13))
      #expect(error.location.line == 30_001 && error.location.column == 1)
    }
  }

  /// Whichever comes first in the file is named: a repeat before a bad
  /// number, a bad number before a repeat, and a repeated id on the line
  /// of a bad number (its id is read first).
  @Test func theFirstProblemInTheFileIsNamed() throws {
    let repeatFirst = Self.panel(40_000, edit: [20_000: "S3,1", 36_000: "S36000,x"])
    let numberFirst = Self.panel(40_000, edit: [20_000: "S20000,x", 36_000: "S3,1"])
    let both = Self.panel(40_000, edit: [36_000: "S3,1,x"])
    for threads in [1, 4] {
      let a = try #require(Self.refusal(repeatFirst, threads: threads))
      #expect(a.problem == .duplicateSeries("S3", firstLine: 4) && a.location.line == 20_001)
      let b = try #require(Self.refusal(numberFirst, threads: threads))
      #expect(b.problem == .notAPanelNumber("x", decimalComma: false) && b.location.line == 20_001)
      let c = try #require(Self.refusal(both, threads: threads))
      #expect(c.problem == .duplicateSeries("S3", firstLine: 4) && c.location.line == 36_001)
    }
  }

  /// Under a header of years every chunk turns positions into years, and
  /// a value past the last year is named at its line in a later chunk.
  @Test func chunksReadAHeaderOfYears() throws {
    let text = "kode,2001,2002,2003,2004,2005,2006\n" + Self.panel(30_000)
    let one = try Self.read(text, threads: 1)
    let two = try Self.read(text, threads: 2)
    #expect(one.lastPeriods.allSatisfy { $0 == 2006 })
    #expect(two.lastPeriods == one.lastPeriods && two.batch.values == one.batch.values)
    let past =
      "kode,2001,2002,2003,2004,2005,2006\n"
      + Self.panel(30_000, edit: [25_000: "X,1,2,3,4,5,6,7"])
    for threads in [1, 2] {
      let error = try #require(Self.refusal(past, threads: threads))
      #expect(error.problem == .valueWithoutYear(lastYear: 2006))
      #expect(error.location.line == 25_002 && error.location.column == 8)
    }
  }

  @Test func chunksEndAfterLineFeeds() {
    let text = Array(Self.panel(50_000).utf8)
    text.withUnsafeBufferPointer { bytes in
      let ends = PanelFile.chunkEnds(bytes, from: 0, threads: 3)
      #expect(ends.count == 6 && ends.last == bytes.count)
      #expect(zip(ends, ends.dropFirst()).allSatisfy { $0 < $1 })
      #expect(ends.dropLast().allSatisfy { bytes[$0 - 1] == 10 })
      #expect(PanelFile.chunkEnds(bytes, from: 0, threads: 1) == [bytes.count])
      let small = PanelFile.chunkEnds(
        UnsafeBufferPointer(rebasing: bytes[0..<1000]), from: 0, threads: 4)
      #expect(small == [1000])
    }
  }
}
