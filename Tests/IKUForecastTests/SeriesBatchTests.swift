import Testing

@testable import IKUForecast

@Suite struct SeriesBatchTests {
  @Test func builtValueByValueOrFromStarts() {
    var built = SeriesBatch()
    built.append([1, 2, 3])
    built.closeSeries()  // an empty series
    built.appendValue(4)
    built.closeSeries()
    let direct = SeriesBatch(values: [1, 2, 3, 4], starts: [0, 3, 3, 4])
    #expect(built.values == direct.values && built.starts == direct.starts)
    #expect(direct.count == 3 && direct.length(1) == 0 && Array(direct[2]) == [4])
  }

  @Test func batchesAppendTheirSeries() {
    var first = SeriesBatch(values: [1, 2], starts: [0, 2])
    first.append(contentsOf: SeriesBatch(values: [3, 4, 5], starts: [0, 1, 3]))
    #expect(first.values == [1, 2, 3, 4, 5] && first.starts == [0, 2, 3, 5])
    first.append(contentsOf: SeriesBatch())
    #expect(first.count == 3 && Array(first[2]) == [4, 5])
  }
}
