import Hummingbird
import IKUPlan

/// `/opd/{agency}/triwulan`: the mid-year status — each indicator's
/// year-to-date realisation, its projected year end and the chance of
/// attaining the target (`ikuplan midyear`), with the report's small
/// charts.
struct MidYearPage {
  let store: WorkspaceStore

  func register(on router: Router<WorkspaceContext>) {
    router.get("/opd/:agency/triwulan", use: page)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let l = request.language
    let (name, dataset) = try await offload {
      let name = try store.name(of: agency)
      return (name, try store.dataset(of: agency))
    }
    let body = try await offload {
      var out = [Element("h1", text: l.text(id: "Status triwulan", en: "Mid-year status"))]
      do {
        let section = MidYearSection(review: try MidYearReview(dataset))
        let renderer = HTMLRenderer()
        out.append(renderer.section(section.document(in: l), attributes: [("class", "midyear")]))
        out.append(
          Element(
            "div", [("class", "chart-grid")],
            section.charts(in: l).map {
              .element(renderer.section($0, level: 3, attributes: [("class", "midyear-card")]))
            }))
      } catch let error as InputError {
        out.append(Element("p", [("class", "message")], text: error.message(in: l)))
      }
      return out
    }
    return Page(
      title: l.text(id: "Status triwulan", en: "Mid-year status"), language: l,
      session: context.session, agency: (agency, name), body: body
    ).response()
  }
}
