import Hummingbird
import IKUPlan

/// `/`: a planner goes to their agency; everyone else sees the
/// city-wide overview — the agencies they read, and every flagged target
/// of them in one table.
struct OverviewPage {
  let store: WorkspaceStore
  let reviews: ReviewCache

  func register(on router: Router<WorkspaceContext>) {
    router.get("/", use: page)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    guard let session = context.session else {
      return Response(status: .seeOther, headers: [.location: "/masuk"])
    }
    let account = session.account
    if account.role == .planner, let agency = account.agencies.first {
      return Response(status: .seeOther, headers: [.location: Paths.agency(agency)])
    }
    let l = request.language
    let reviewed = try await offload {
      try store.agencies().filter { account.canRead(agency: $0.code) }.map { agency in
        (agency, try reviews.review(of: agency.code))
      }
    }
    var body = [Element("h1", text: l.text(id: "Ikhtisar OPD", en: "Agencies overview"))]
    let illustrative = reviewed.filter { !$0.1.illustrativeYears.isEmpty }.map(\.0.name)
    if !illustrative.isEmpty {
      body.append(
        Element(
          "p", [("class", "note warning")],
          text: l.text(
            id: "Perhatian: proyeksi dan peluang OPD berikut memakai nilai ilustrasi, bukan data"
              + " resmi: ",
            en: "Note: the forecasts and chances of these agencies use illustrative values, not"
              + " official data: ") + illustrative.joined(separator: "; ") + "."))
    }
    body.append(
      Element.table(
        header: [
          l.text(id: "OPD", en: "Agency"), l.text(id: "Tahun ditinjau", en: "Year reviewed"),
          l.text(id: "Indikator", en: "Indicators"),
          l.text(id: "Target bertanda", en: "Flagged targets"),
        ],
        rows: reviewed.map { agency, review in
          Element.row([
            Element(
              "td", [],
              [.element(Element("a", [("href", Paths.agency(agency.code))], text: agency.name))]),
            Element.cell(String(review.year), numeric: true),
            Element.cell(String(review.indicators.count), numeric: true),
            Element.cell(String(review.indicators.filter(Self.isFlagged).count), numeric: true),
          ])
        }, numeric: [1, 2, 3]))
    body.append(
      Element("h2", text: l.text(id: "Semua target bertanda", en: "Every flagged target")))
    let flagged = reviewed.flatMap { agency, review in
      review.indicators.filter(Self.isFlagged).map { (agency, $0) }
    }
    if flagged.isEmpty {
      body.append(
        Element(
          "p", text: l.text(id: "Tidak ada target yang bertanda.", en: "No target is flagged.")))
    } else {
      body.append(
        Element.table(
          header: [
            l.text(id: "OPD", en: "Agency"), l.text(id: "Indikator", en: "Indicator"),
            "Target", l.text(id: "Peluang", en: "Chance"), l.text(id: "Temuan", en: "Flags"),
          ],
          rows: flagged.map { agency, r in
            let words = IndicatorWords(review: r, language: l)
            return Element.row([
              Element.cell(agency.name),
              Element(
                "td", [],
                [
                  .element(
                    Element(
                      "a", [("href", Paths.indicator(agency.code, r.indicator.code))],
                      text: "\(r.indicator.code) \(r.indicator.name)"))
                ]),
              Element.cell(words.target, numeric: true),
              Element.cell(words.chance, numeric: true),
              Element("td", [("class", "flags")], [.element(words.warningList)]),
            ])
          }, numeric: [2, 3]))
    }
    return Page(
      title: l.text(id: "Ikhtisar", en: "Overview"), language: l, session: session, body: body
    ).response()
  }

  /// Whether a review has a flag that is a warning or an error (what
  /// `check --strict` counts).
  static func isFlagged(_ review: IndicatorReview) -> Bool {
    review.flags.contains { $0.severity != .info }
  }
}
