import Hummingbird
import IKUPlan

/// `/opd/{agency}/audit`: the agency's audit log, newest first; it can be
/// read, never edited.
struct AuditPage {
  let store: WorkspaceStore

  func register(on router: Router<WorkspaceContext>) {
    router.get("/opd/:agency/audit", use: page)
  }

  @Sendable func page(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let agency = try context.pathParameter("agency")
    _ = try context.reader(of: agency)
    let l = request.language
    let (name, entries) = try await offload {
      let name = try store.name(of: agency)
      return (name, try store.auditLog(of: agency))
    }
    let body = [
      Element("h1", text: l.text(id: "Jejak audit", en: "Audit log") + " — " + name),
      Element(
        "p", [("class", "note source")],
        text: l.text(
          id: "Setiap perubahan nilai atau target dicatat: siapa, kapan, nilai lama, nilai baru"
            + " dan alasannya. Catatan ini tidak dapat diubah atau dihapus.",
          en: "Every change of a value or target is recorded: who, when, the old and new value"
            + " and the reason. The log cannot be edited or deleted.")),
      Self.table(entries, in: l),
    ]
    return Page(
      title: l.text(id: "Jejak audit", en: "Audit log"), language: l, session: context.session,
      agency: (agency, name), body: body
    ).response()
  }

  /// Log entries as a table, in the order given.
  static func table(_ entries: [AuditEntry], in l: Language) -> Element {
    Element.table(
      header: [
        l.text(id: "Waktu (UTC)", en: "Time (UTC)"), l.text(id: "Oleh", en: "By"),
        l.text(id: "Tindakan", en: "Action"), l.text(id: "Indikator", en: "Indicator"),
        l.text(id: "Periode", en: "Period"), l.text(id: "Nilai", en: "Value"),
        l.text(id: "Lama", en: "Old"), l.text(id: "Baru", en: "New"),
        l.text(id: "Alasan", en: "Reason"),
      ], rows: rows(entries, in: l), numeric: [6, 7])
  }

  /// One row per entry.
  private static func rows(_ entries: [AuditEntry], in l: Language) -> [Element] {
    entries.map { entry in
      Element.row([
        Element.cell(entry.at.replacingOccurrences(of: "T", with: " ")),
        Element.cell(entry.actor),
        Element.cell(entry.action.words(in: l)),
        Element.cell(entry.indicator ?? "–"),
        Element.cell(
          entry.year.map { year in entry.quarter.map { "\(year) TW \($0)" } ?? String(year) }
            ?? "–"),
        Element.cell(entry.fieldWords(in: l)),
        Element.cell(entry.oldValue.map { Self.number($0, in: l) } ?? "–", numeric: true),
        Element.cell(entry.newValue.map { Self.number($0, in: l) } ?? "–", numeric: true),
        Element.cell(entry.reason ?? ""),
      ])
    }
  }

  /// A logged number (`55.04`) as people read it (`55,04`); other text
  /// as it is.
  static func number(_ text: String, in l: Language) -> String {
    Double(text).map { NumberFormat(l).exact($0) } ?? text
  }
}

extension AuditEntry.Action {
  /// The action in words.
  func words(in l: Language) -> String {
    switch self {
    case .agencyAdded: return l.text(id: "OPD ditambahkan", en: "agency added")
    case .accountAdded: return l.text(id: "akun ditambahkan", en: "account added")
    case .accountRemoved: return l.text(id: "akun dihapus", en: "account removed")
    case .passwordChanged: return l.text(id: "kata sandi diganti", en: "password changed")
    case .targetChanged: return l.text(id: "target diubah", en: "target changed")
    case .valueEntered: return l.text(id: "realisasi diisi", en: "actual entered")
    case .imported: return l.text(id: "diimpor dari lembar", en: "imported from a sheet")
    default: return rawValue
    }
  }
}

extension AuditEntry {
  /// The value changed, in words.
  func fieldWords(in l: Language) -> String {
    switch field {
    case "target": return "target"
    case "targetUpper": return l.text(id: "batas atas target", en: "target's upper end")
    case "actual": return l.text(id: "realisasi", en: "actual")
    case "budget": return l.text(id: "anggaran", en: "budget")
    case "budgetSpent": return l.text(id: "realisasi anggaran", en: "budget spent")
    case "indicators": return l.text(id: "jumlah indikator", en: "indicators")
    case let role? where Role(rawValue: role) != nil:
      return l.text(id: "akun ", en: "account, ") + (Role(rawValue: role)?.name(in: l) ?? role)
    case let other?: return other
    case nil: return "–"
    }
  }
}
