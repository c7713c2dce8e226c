import Foundation
import Hummingbird
import IKUForecast
import IKUPlan

/// `/opd/{agency}`: an agency's review — the decisions to make, then each
/// indicator's proposed target, editable in place by the agency's
/// planners, with its chance and flags updating as they type — and
/// `/opd/{agency}/pratinjau`, the preview behind that.
struct ReviewPage {
  let store: WorkspaceStore
  let reviews: ReviewCache

  func register(on router: Router<WorkspaceContext>) {
    router.get("/opd/:agency", use: page)
    router.get("/opd/:agency/pratinjau", use: preview)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    let account = try context.reader(of: agency)
    let year = request.uri.queryParameters["tahun"].flatMap { Int(String($0)) }
    let l = request.language
    let (name, versions) = try await offload {
      let name = try store.name(of: agency)
      return (name, try store.targetVersions(of: agency))
    }
    let body = try await offload {
      let review = try reviews.review(
        of: agency, year: year.flatMap { Dataset.years.contains($0) ? $0 : nil })
      return Self.body(
        review, agency: agency, versions: versions, editable: account.canEdit(agency: agency),
        in: l)
    }
    return Page(
      title: name, language: l, session: context.session, agency: (agency, name), body: body
    ).response()
  }

  static func body(
    _ review: DatasetReview, agency: String, versions: [String: Int], editable: Bool,
    in l: Language
  ) -> [Element] {
    let renderer = HTMLRenderer()
    var out = [
      Element(
        "h1",
        text: l.text(id: "Tinjauan target \(review.year)", en: "Target review \(review.year)")
          + " — " + review.title)
    ]
    out.append(
      renderer.section(
        HTMLReport(review: review, language: l).decisions.document(in: l),
        attributes: [("class", "decisions")]))
    out.append(downloads(agency: agency, in: l))
    if editable { out.append(contentsOf: upload(agency: agency, in: l)) }
    out.append(
      Element(
        "h2", text: l.text(id: "Target yang diusulkan", en: "Proposed targets")))
    if editable {
      out.append(
        Element(
          "p", [("class", "note source")],
          text: l.text(
            id: "Ketik target: peluang dan temuan diperbarui saat Anda mengetik; Simpan mencatat"
              + " perubahan beserta alasannya di jejak audit.",
            en: "Type a target: its chance and flags update as you type; Save records the"
              + " change with its reason in the audit log.")))
    }
    let header =
      [
        l.text(id: "Indikator", en: "Indicator"),
        l.text(id: "Realisasi terakhir", en: "Last actual"),
        l.text(id: "Proyeksi \(review.year)", en: "Forecast \(review.year)"),
        "Target \(review.year)", l.text(id: "Peluang", en: "Chance"),
        l.text(id: "Temuan", en: "Flags"), l.text(id: "Saran", en: "Suggested"),
      ] + (editable ? [l.text(id: "Alasan", en: "Reason"), ""] : [])
    let rows = review.indicators.map { r in
      Self.row(
        r, agency: agency, version: versions["\(r.indicator.code)|\(review.year)"] ?? 0,
        editable: editable, in: l)
    }
    out.append(
      Element.table(
        header: header, rows: rows, numeric: [1, 2, 3, 4, 6],
        attributes: [
          ("class", "editor"), ("data-agency", agency),
          ("data-preview", Paths.preview(agency)),
          ("data-saved", l.text(id: "Tersimpan.", en: "Saved.")),
        ]))
    return out
  }

  /// Links to the agency's files: the report, its workbook and the
  /// dataset folder.
  static func downloads(agency: String, in l: Language) -> Element {
    let links: [(DownloadAPI.File, String)] = [
      (.report, l.text(id: "Laporan (HTML)", en: "Report (HTML)")),
      (.workbook, l.text(id: "Buku kerja laporan (.xlsx)", en: "Report workbook (.xlsx)")),
      (.dataset, l.text(id: "Folder dataset (.zip)", en: "Dataset folder (.zip)")),
    ]
    return Element(
      "p", [("class", "downloads")],
      [.text(l.text(id: "Unduh: ", en: "Download: "))]
        + links.flatMap { file, title -> [Element.Node] in
          [
            .element(
              Element(
                "a", [("href", DownloadAPI.path(agency, file)), ("download", "")], text: title)),
            .text(" "),
          ]
        })
  }

  /// The form that uploads an IKU sheet: checked and shown first, saved
  /// on confirmation (``ImportAPI``).
  static func upload(agency: String, in l: Language) -> [Element] {
    let form = Element(
      "form", [("class", "import"), ("data-import-form", ""), ("data-agency", agency)],
      [
        .element(
          Element(
            "label", [],
            [
              .text(
                l.text(id: "Lembar IKU (.xlsx, .csv, .txt) ", en: "IKU sheet (.xlsx, .csv, .txt) ")),
              .element(
                Element(
                  "input",
                  [
                    ("type", "file"), ("name", "lembar"), ("accept", ".xlsx,.csv,.tsv,.txt"),
                    ("required", "required"),
                  ])),
            ])),
        .element(
          Element(
            "label", [],
            [
              .element(Element("input", [("type", "checkbox"), ("name", "ganti")])),
              .text(
                l.text(
                  id: " ganti (--ganti): nilai lembar menggantikan nilai OPD yang berbeda",
                  en: " replace (--ganti): the sheet's values replace the agency's differing ones")),
            ])),
        .element(
          Element("button", [("type", "submit")], text: l.text(id: "Periksa", en: "Check"))),
        .element(
          Element(
            "button", [("type", "button"), ("data-confirm", ""), ("hidden", "hidden")],
            text: l.text(id: "Simpan ke OPD", en: "Save to the agency"))),
        .element(Element("pre", [("class", "import-report")], [.text("")])),
      ])
    return [
      Element("h2", text: l.text(id: "Unggah lembar IKU", en: "Upload an IKU sheet")),
      Element(
        "p", [("class", "note source")],
        text: l.text(
          id: "Lembar diperiksa lebih dulu: nilai yang ditambahkan atau yang bertentangan"
            + " ditampilkan, dan tidak ada yang disimpan sebelum Anda menekan Simpan.",
          en: "The sheet is checked first: the values it adds or that conflict are shown, and"
            + " nothing is saved before you press Save.")),
      form,
    ]
  }

  private static func row(
    _ r: IndicatorReview, agency: String, version: Int, editable: Bool, in l: Language
  ) -> Element {
    let words = IndicatorWords(review: r, language: l)
    var target = Element("td", [("class", "number")])
    if editable {
      target.add(words.input(name: "target", value: r.targetRange?.lower))
      if r.indicator.polarity == .range {
        target.add(Element("span", text: " – "))
        target.add(
          words.input(name: "upper", value: r.targetRange.flatMap { $0.isRange ? $0.upper : nil }))
      }
      target.add(Element("span", [("class", "read")], text: words.target))
    } else {
      target.add(Element("span", text: words.target))
    }
    var flags = Element("td", [("class", "flags")])
    flags.add(words.flagList)
    var cells = [
      Element(
        "td", [],
        [
          .element(
            Element(
              "a", [("href", Paths.indicator(agency, r.indicator.code))],
              text: "\(r.indicator.code) \(r.indicator.name)"))
        ]),
      Element.cell(words.lastActual, numeric: true),
      Element.cell(words.forecast, numeric: true),
      target,
      Element("td", [("class", "number chance")], text: words.chance),
      flags,
      Element.cell(words.suggested, numeric: true),
    ]
    if editable {
      cells.append(
        Element(
          "td", [],
          [
            .element(
              Element(
                "input",
                [
                  ("name", "reason"), ("class", "reason"), ("maxlength", "1000"),
                  ("aria-label", l.text(id: "Alasan", en: "Reason")),
                ]))
          ]))
      cells.append(
        Element(
          "td", [],
          [
            .element(
              Element(
                "button", [("type", "button"), ("data-save", ""), ("disabled", "disabled")],
                text: l.text(id: "Simpan", en: "Save"))),
            .element(Element("span", [("class", "status")], [.text("")])),
          ]))
    }
    // Only an editable row is the script's (`data-target`).
    let marks: [(String, String)] =
      editable
      ? [
        ("data-target", ""), ("data-indicator", r.indicator.code), ("data-year", String(r.year)),
        ("data-version", String(version)),
      ] : [("data-indicator", r.indicator.code)]
    return Element("tr", marks, cells.map { .element($0) })
  }

  /// The preview of a typed value; nothing is stored.
  ///
  /// `?indikator=&tahun=&target=&atas=` (a proposed target as typed) or
  /// `?indikator=&tahun=&realisasi=` (a realisation as typed) → JSON
  /// `{"ok", "value", "upper", "read", "chance", "flags", "changed"}` or
  /// `{"ok": false, "message"}`.
  @Sendable func preview(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let l = request.language
    let query = request.uri.queryParameters
    let indicator = query["indikator"].map(String.init) ?? ""
    let year = query["tahun"].flatMap { Int(String($0)) }
    let convention: NumberConvention = l == .indonesian ? .indonesian : .english
    func refusal(_ message: String) -> Response {
      JSONResponse.make(.object([("ok", .bool(false)), ("message", .string(message))]))
    }
    guard let year else {
      let typed = query["tahun"].map(String.init) ?? ""
      return refusal(
        l.text(
          id: "Tahun harus berupa angka, mis. 2025 (tertulis \"\(typed)\").",
          en: "The year must be a number, e.g. 2025 (it says \"\(typed)\")."))
    }
    guard Dataset.years.contains(year) else {
      return refusal(WorkspaceError.invalidYear(year).message(in: l))
    }
    let dataset = try await offload { try store.dataset(of: agency) }
    guard let reviewed = dataset.indicator(indicator) else {
      return refusal(
        WorkspaceError.unknownIndicator(agency: agency, code: indicator).message(in: l))
    }
    let notANumber = l.text(id: "Ketik sebuah angka, mis. 55,04.", en: "Type a number, e.g. 55.04.")
    if let typed = query["realisasi"] {
      guard let value = convention.read(typed: String(typed)), value.isFinite else {
        return refusal(notANumber)
      }
      guard ValueMagnitude.allows(value) else {
        return refusal(WorkspaceError.beyondMagnitude(value).message(in: l))
      }
      guard reviewed.allows(value) else {
        return refusal(
          WorkspaceError.outOfBounds(
            value, lower: reviewed.lowerBound, upper: reviewed.upperBound
          ).message(in: l))
      }
      return JSONResponse.make(
        .object([
          ("ok", .bool(true)), ("value", .double(value)),
          ("read", .string(ValueStyle.value(of: reviewed).text(value, in: l))),
        ]))
    }
    guard let value = query["target"].flatMap({ convention.read(typed: String($0)) }),
      value.isFinite
    else { return refusal(notANumber) }
    let typedUpper = query["atas"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    let upper = typedUpper.flatMap { convention.read(typed: $0) }
    if typedUpper != nil && upper == nil { return refusal(notANumber) }
    if let upper, !(upper.isFinite && upper >= value) {
      return refusal(WorkspaceError.invalidTarget(lower: value, upper: upper).message(in: l))
    }
    for end in [value, upper].compactMap(\.self) where !ValueMagnitude.allows(end) {
      return refusal(WorkspaceError.beyondMagnitude(end).message(in: l))
    }
    let range = TargetRange(lower: value, upper: upper ?? value)
    let json = try await offload {
      let current = dataset.history(of: indicator).first { $0.year == year }?.targetRange
      let proposed = dataset.proposing(range, for: indicator, year: year)
      let review = IndicatorReview(
        reviewed, in: proposed, year: year, settings: ReviewSettings(year: year))
      let words = IndicatorWords(review: review, language: l)
      return JSONValue.object([
        ("ok", .bool(true)), ("value", .double(range.lower)),
        ("upper", range.isRange ? .double(range.upper) : .null),
        ("read", .string(words.target)), ("chance", .string(words.chance)),
        ("flags", .array(words.flagTexts.map(JSONValue.string))),
        ("changed", .bool(current != range)),
      ])
    }
    return JSONResponse.make(json)
  }
}

extension Dataset {
  /// The dataset with an indicator's target for a year replaced by a
  /// proposal (a year without a row gets one), for a preview: nothing is
  /// stored.
  func proposing(_ target: TargetRange, for code: String, year: Int) -> Dataset {
    var annual = self.annual
    if let index = annual.firstIndex(where: { $0.code == code && $0.year == year }) {
      annual[index].target = target.lower
      annual[index].targetUpper = target.isRange ? target.upper : nil
    } else {
      annual.append(
        AnnualObservation(
          code: code, year: year, target: target.lower, source: "pratinjau",
          targetUpper: target.isRange ? target.upper : nil))
    }
    return Dataset(
      title: title, source: source, indicators: indicators, annual: annual, quarterly: quarterly)
  }
}
