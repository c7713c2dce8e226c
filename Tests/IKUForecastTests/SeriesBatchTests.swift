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
}
