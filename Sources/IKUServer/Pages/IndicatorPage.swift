import Foundation
import Hummingbird
import IKUPlan

/// `/opd/{agency}/indikator/{indicator}`: one indicator — the report's
/// chart and findings, its yearly and quarterly values with their
/// sources, and for the agency's planners a form to enter a realisation.
struct IndicatorPage {
  let store: WorkspaceStore
  let reviews: ReviewCache

  func register(on router: Router<WorkspaceContext>) {
    router.get("/opd/:agency/indikator/:indicator", use: page)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    let code = try context.pathParameter("indicator")
    let account = try context.reader(of: agency)
    let l = request.language
    // The values shown and the review come from one snapshot of the data.
    let (name, reviewed) = try await offload {
      (try store.name(of: agency), try reviews.reviewed(agency))
    }
    guard let indicator = reviewed.dataset.indicator(code) else {
      throw WorkspaceError.unknownIndicator(agency: agency, code: code)
    }
    let body = try await offload {
      Self.body(
        indicator, dataset: reviewed.dataset, review: reviewed.review, agency: agency,
        editable: account.canEdit(agency: agency), in: l)
    }
    return Page(
      title: "\(indicator.code) \(indicator.name)", language: l, session: context.session,
      agency: (agency, name), body: body
    ).response()
  }

  static func body(
    _ indicator: Indicator, dataset: Dataset, review: DatasetReview, agency: String,
    editable: Bool, in l: Language
  ) -> [Element] {
    var out = [Element("h1", text: "\(indicator.code) \(indicator.name)")]
    if let reviewed = review.indicators.first(where: { $0.indicator.code == indicator.code }) {
      let section = IndicatorSection(
        review: reviewed,
        assessed: review.assessment?.rows.first { $0.indicator.code == indicator.code },
        assessedYear: review.assessment?.year)
      out.append(
        HTMLRenderer().section(section.document(in: l), attributes: [("class", "indicator")]))
    }
    let style = ValueStyle.value(of: indicator)
    func text(_ value: Double?) -> String { value.map { style.text($0, in: l) } ?? "–" }
    out.append(Element("h2", text: l.text(id: "Nilai tahunan", en: "Yearly values")))
    out.append(
      Element.table(
        header: [
          l.text(id: "Tahun", en: "Year"), "Target", l.text(id: "Realisasi", en: "Actual"),
          l.text(id: "Sumber", en: "Source"),
        ],
        rows: dataset.history(of: indicator.code).map { row in
          Element.row([
            Element.cell(String(row.year), numeric: true),
            Element.cell(
              row.targetRange.map {
                $0.isRange
                  ? style.text(lower: $0.lower, upper: $0.upper, in: l)
                  : style.text($0.lower, in: l)
              } ?? "–", numeric: true),
            Element.cell(text(row.actual), numeric: true), Element.cell(row.source),
          ])
        }, numeric: [0, 1, 2]))
    let quarters = dataset.quarterly.filter { $0.code == indicator.code }
      .sorted { ($0.year, $0.quarter) < ($1.year, $1.quarter) }
    if !quarters.isEmpty {
      out.append(
        Element(
          "h2",
          text: l.text(id: "Realisasi triwulan (kumulatif)", en: "Quarterly actuals (to date)")))
      out.append(
        Element.table(
          header: [
            l.text(id: "Tahun", en: "Year"), l.text(id: "Triwulan", en: "Quarter"),
            l.text(id: "Realisasi", en: "Actual"), l.text(id: "Sumber", en: "Source"),
          ],
          rows: quarters.map { row in
            Element.row([
              Element.cell(String(row.year), numeric: true),
              Element.cell(String(row.quarter), numeric: true),
              Element.cell(text(row.actual), numeric: true), Element.cell(row.source),
            ])
          }, numeric: [0, 1, 2]))
    }
    if editable {
      out.append(contentsOf: entryForm(indicator, agency: agency, year: review.year, in: l))
    }
    return out
  }

  /// The form for a realisation of a year or a quarter, with its source.
  private static func entryForm(
    _ indicator: Indicator, agency: String, year: Int, in l: Language
  ) -> [Element] {
    func field(_ label: String, _ input: Element) -> Element.Node {
      .element(Element("label", [], [.text(label), .element(input)]))
    }
    var quarter = Element("select", [("name", "triwulan")])
    quarter.add(Element("option", [("value", "")], text: l.text(id: "Setahun", en: "Whole year")))
    for q in 1...4 {
      quarter.add(Element("option", [("value", String(q))], text: "TW \(q)"))
    }
    let form = Element(
      "form",
      [
        ("class", "value-entry"), ("data-value-form", ""), ("data-agency", agency),
        ("data-indicator", indicator.code), ("data-preview", Paths.preview(agency)),
      ],
      [
        field(
          l.text(id: "Tahun", en: "Year"),
          Element(
            "input",
            [
              ("name", "tahun"), ("class", "number"), ("inputmode", "numeric"),
              ("value", String(year)), ("required", "required"),
            ])),
        field(l.text(id: "Periode", en: "Period"), quarter),
        field(
          l.text(id: "Realisasi", en: "Actual") + " (\(indicator.unit))",
          Element(
            "input",
            [
              ("name", "nilai"), ("class", "number"), ("inputmode", "decimal"),
              ("required", "required"),
            ])),
        field(
          l.text(id: "Sumber (dokumen, halaman)", en: "Source (document, page)"),
          Element("input", [("name", "sumber"), ("required", "required"), ("maxlength", "500")])),
        field(
          l.text(id: "Alasan", en: "Reason"),
          Element("input", [("name", "alasan"), ("class", "reason"), ("maxlength", "1000")])),
        .element(
          Element("button", [("type", "submit")], text: l.text(id: "Simpan", en: "Save"))),
        .element(Element("span", [("class", "status")], [.text("")])),
      ])
    return [
      Element("h2", text: l.text(id: "Isi realisasi", en: "Enter an actual")),
      form,
    ]
  }
}
