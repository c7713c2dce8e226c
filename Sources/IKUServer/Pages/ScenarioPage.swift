import Foundation
import Hummingbird
import IKUPlan

/// `/opd/{agency}/skenario[/{file}]`: the agency's scenario files, and one
/// file's analysis — every scenario's result side by side, computed on the
/// server (the Monte Carlo of `ikuplan scenario`) — with a what-if: each
/// fixed driver as a field, whose values run as one more scenario,
/// `Coba`, beside the file's own.
///
/// The what-if is a plain GET form (`?coba.kapasitas=480`): it needs no
/// script, its address can be shared, and it stores nothing.
struct ScenarioPage {
  let store: WorkspaceStore

  /// The what-if scenario's name.
  static let whatIf = "Coba"

  func register(on router: Router<WorkspaceContext>) {
    router.get("/opd/:agency/skenario", use: list)
    router.get("/opd/:agency/skenario/:file", use: page)
  }

  @Sendable func list(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let l = request.language
    let (name, files) = try await offload {
      let name = try store.name(of: agency)
      return (name, try store.scenarioFiles(of: agency).keys.sorted())
    }
    var body = [Element("h1", text: l.text(id: "Skenario", en: "Scenarios") + " — " + name)]
    if files.isEmpty {
      body.append(
        Element(
          "p",
          text: l.text(
            id: "OPD ini belum memiliki berkas skenario (folder skenario/ dataset).",
            en: "This agency has no scenario file yet (the dataset's skenario/ folder).")))
    }
    body.append(
      Element(
        "ul", [],
        files.map { file in
          .element(
            Element(
              "li", [],
              [.element(Element("a", [("href", Self.path(agency, file))], text: Self.title(file)))])
          )
        } + [.text("")]))
    return Page(
      title: l.text(id: "Skenario", en: "Scenarios"), language: l, session: context.session,
      agency: (agency, name), body: body
    ).response()
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    let fileName = "skenario/" + (try context.pathParameter("file"))
    _ = try context.reader(of: agency)
    let l = request.language
    let convention: NumberConvention = l == .indonesian ? .indonesian : .english
    let query = request.uri.queryParameters
    let (name, dataset, content) = try await offload {
      let name = try store.name(of: agency)
      guard let content = try store.scenarioFiles(of: agency)[fileName] else {
        throw HTTPError(.notFound)
      }
      return (name, try store.dataset(of: agency), content)
    }
    let body = try await offload {
      var file = try Self.load(content, name: fileName)
      var typed: [(name: String, value: Double)] = []
      var unreadable: [String] = []
      for driver in file.fixedDrivers {
        guard let text = query["coba.\(driver.name)"].map(String.init), !text.isEmpty else {
          continue
        }
        if let value = convention.read(typed: text), value.isFinite {
          typed.append((driver.name, value))
        } else {
          unreadable.append(driver.name)
        }
      }
      if !typed.isEmpty { file = file.adding(scenario: Self.whatIf, fixing: typed) }
      let document =
        file.period == nil
        ? try ScenarioAnalysis(file, dataset: dataset).document(in: l)
        : try RenstraAnalysis(file, dataset: dataset).document(in: l)
      var out = [
        Element("h1", text: Self.title(fileName)),
        Self.whatIfForm(file, typed: typed, in: l),
      ]
      if !unreadable.isEmpty {
        out.append(
          Element(
            "p", [("class", "message")],
            text: l.text(id: "Bukan angka, tidak dipakai: ", en: "Not a number, not used: ")
              + unreadable.joined(separator: ", ")))
      }
      out.append(HTMLRenderer().section(document, attributes: [("class", "scenarios")]))
      return out
    }
    return Page(
      title: Self.title(fileName), language: l, session: context.session,
      agency: (agency, name), body: body
    ).response()
  }

  /// The fixed drivers as fields, prefilled with what was typed or the
  /// file's value.
  private static func whatIfForm(
    _ file: ScenarioFile, typed: [(name: String, value: Double)], in l: Language
  ) -> Element {
    let fixed = file.fixedDrivers
    guard !fixed.isEmpty, file.period == nil else {
      return Element(
        "p", [("class", "note source")],
        text: l.text(
          id: "Berkas ini tidak memiliki pendorong bernilai tetap untuk dicoba di sini; ubah"
            + " berkasnya untuk skenario lain.",
          en: "This file has no fixed-value driver to try here; change the file for other"
            + " scenarios."))
    }
    let number = NumberFormat(l)
    var form = Element("form", [("method", "get"), ("class", "value-entry")])
    for driver in fixed {
      let value = typed.first { $0.name == driver.name }?.value ?? driver.value
      form.add(
        Element(
          "label", [],
          [
            .text(driver.name + " "),
            .element(
              Element(
                "input",
                [
                  ("name", "coba.\(driver.name)"), ("class", "number"), ("inputmode", "decimal"),
                  ("value", number.exact(value)),
                ])),
          ]))
    }
    form.add(
      Element(
        "button", [("type", "submit")],
        text: l.text(id: "Hitung skenario \(whatIf)", en: "Run the scenario \(whatIf)")))
    return Element(
      "div", [("class", "what-if")],
      [
        .element(
          Element(
            "p", [("class", "note source")],
            text: l.text(
              id: "Ubah nilai pendorong lalu hitung: hasilnya tampil sebagai skenario \(whatIf)"
                + " di samping skenario berkas. Tidak ada yang disimpan.",
              en: "Change driver values and run: the result appears as the scenario \(whatIf)"
                + " beside the file's scenarios. Nothing is saved."))),
        .element(form),
      ])
  }

  /// A stored scenario file read as `ikuplan scenario` reads it (the
  /// readers take a path).
  private static func load(_ content: Data, name: String) throws -> ScenarioFile {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ikuplan-scenario-\(SessionToken.random().prefix(16))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let base = (name as NSString).lastPathComponent
    let path = directory.appendingPathComponent(base).path
    try content.write(to: URL(fileURLWithPath: path))
    do {
      return try ScenarioFile(contentsOf: path)
    } catch var error as InputError {
      if error.location.file == path { error.location.file = name }
      throw error
    }
  }

  static func path(_ agency: String, _ file: String) -> String {
    "/opd/\(Paths.escapedSegment(agency))/skenario/"
      + Paths.escapedSegment((file as NSString).lastPathComponent)
  }

  /// `pelatihan-iku1.yaml` as a title.
  static func title(_ file: String) -> String { (file as NSString).lastPathComponent }
}
