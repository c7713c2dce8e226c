extension ScenarioSummary {
  /// `mean`, `median`, `p10`, `p90` as JSON members.
  static func jsonMembers(_ s: Self) -> [(String, JSONValue)] {
    [
      ("mean", .double(s.mean)), ("median", .double(s.median)), ("p10", .double(s.p10)),
      ("p90", .double(s.p90)),
    ]
  }

  /// Named summaries (outputs) as a JSON object; the budget's in whole
  /// rupiah (money as money: its draws are whole, but a mean or an
  /// interpolated percentile of whole numbers need not be).
  static func jsonObject(_ list: [(name: String, summary: Self)], budget: String?) -> JSONValue {
    .object(
      list.map {
        ($0.name, .object(jsonMembers($0.name == budget ? $0.summary.whole : $0.summary)))
      })
  }
}
