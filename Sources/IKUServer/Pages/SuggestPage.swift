import Hummingbird
import IKUPlan

/// `/opd/{agency}/saran[?sampai=2029]`: the suggested targets — realistic,
/// challenging and recommended, with their chances — and, up to a year
/// given, the target path for a Renstra (`ikuplan suggest --through`).
struct SuggestPage {
  let store: WorkspaceStore
  let reviews: ReviewCache

  func register(on router: Router<WorkspaceContext>) {
    router.get("/opd/:agency/saran", use: page)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let l = request.language
    let through = request.uri.queryParameters["sampai"].flatMap { Int(String($0)) }
    let (name, reviewed) = try await offload {
      (try store.name(of: agency), try reviews.reviewed(agency))
    }
    let body = try await offload {
      let probe = reviewed.review
      // A path runs from the year reviewed to at most ten years on.
      let path = through.flatMap { ($0 > probe.year && $0 <= probe.year + 10) ? $0 : nil }
      let review = DatasetReview(
        reviewed.dataset,
        settings: ReviewSettings(pathThrough: path, assessesFinishedYear: true))
      var form = Element("form", [("method", "get"), ("class", "value-entry")])
      form.add(
        Element(
          "label", [],
          [
            .text(l.text(id: "Jalur target sampai tahun ", en: "Target path through ")),
            .element(
              Element(
                "input",
                [
                  ("name", "sampai"), ("class", "number"), ("inputmode", "numeric"),
                  ("value", path.map(String.init) ?? String(probe.year + 4)),
                ])),
          ]))
      form.add(
        Element("button", [("type", "submit")], text: l.text(id: "Tampilkan", en: "Show")))
      return [
        Element("h1", text: l.text(id: "Saran target", en: "Suggested targets")),
        form,
        HTMLRenderer().section(review.document(.suggest, in: l), attributes: [("class", "review")]),
      ]
    }
    return Page(
      title: l.text(id: "Saran target", en: "Suggested targets"), language: l,
      session: context.session, agency: (agency, name), body: body
    ).response()
  }
}
