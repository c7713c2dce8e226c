import Hummingbird
import IKUPlan

/// The stylesheet and the script of the pages, served from memory.
///
/// The script is small and hand-written (no framework, no build step): it
/// signs out, shows a proposed target's chance and flags as the planner
/// types (from the server's preview, which reads and formats every
/// number), and sends changes to the JSON API with the session's CSRF
/// token. It sets only `textContent`, never markup.
enum StaticFiles {
  static let scriptPath = "/static/ikuplan.js"

  static func stylesheetPath(language: Language) -> String {
    "/static/ikuplan-\(language.rawValue).css"
  }

  static func register(on router: Router<WorkspaceContext>) {
    for language in Language.allCases {
      let css = HTMLRenderer.stylesheet(in: language) + pageCSS
      router.get(RouterPath(stringLiteral: stylesheetPath(language: language))) { _, _ in
        file(css, type: "text/css; charset=utf-8")
      }
    }
    router.get(RouterPath(stringLiteral: scriptPath)) { _, _ in
      file(script, type: "text/javascript; charset=utf-8")
    }
    // Browsers ask for it on every page; there is none.
    router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
  }

  private static func file(_ text: String, type: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// The frame, forms and the target editor, after the documents'
  /// stylesheet (``HTMLRenderer/stylesheet(in:)``).
  static let pageCSS = """
    body { max-width: 1320px; }
    table.editor td:first-child { min-width: 13em; }
    table.editor td.flags { min-width: 18em; }
    header.top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px;
      align-items: center; border-bottom: 2px solid #d9e2ec; padding-bottom: 8px; }
    header.top nav a { margin-right: 14px; color: #1f4e79; text-decoration: none; }
    header.top nav a.brand { font-weight: bold; font-size: 1.15em; color: #1d2733; }
    header.top .tools { display: flex; gap: 10px; align-items: center; font-size: 0.9em; }
    main { margin-top: 12px; }
    form.sign-in { max-width: 22em; display: grid; gap: 8px; margin-top: 24px; }
    label { display: block; font-size: 0.9em; }
    input, select, button { font: inherit; padding: 4px 6px; }
    input.number { width: 7em; text-align: right; }
    input.reason { width: 12em; }
    button { cursor: pointer; }
    .message { padding: 6px 10px; border-left: 4px solid #d64545; background: #fdeaea; }
    .status { font-size: 0.85em; color: #52606d; }
    .status.error { color: #a61b1b; }
    .read { display: block; font-size: 0.8em; color: #52606d; }
    td.flags ul { margin: 0; padding-left: 16px; }
    table.editor td { vertical-align: middle; }
    pre.import-report { white-space: pre-wrap; font-size: 0.85em; background: #f0f4f8;
      padding: 6px 8px; }
    pre.import-report:empty { display: none; }
    form.import { display: grid; gap: 6px; max-width: 60em; }
    form.import button { justify-self: start; }
    form.value-entry { display: flex; flex-wrap: wrap; gap: 8px; align-items: end;
      margin: 8px 0; }
    th.number, td.number { text-align: right; }
    .chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr));
      gap: 16px; }
    section.midyear-card h3 { font-size: 0.95em; }
    section.midyear-card p { font-size: 0.86em; }

    """

  static let script = #"""
    "use strict";
    (function () {
      const meta = document.querySelector('meta[name="csrf-token"]');
      const csrf = meta ? meta.content : "";

      async function send(method, url, body, version) {
        const headers = { "Content-Type": "application/json", "X-CSRF-Token": csrf };
        if (version !== undefined) headers["If-Match"] = '"' + version + '"';
        const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
        let json = null;
        try { json = await response.json(); } catch (e) { json = null; }
        return { response, json };
      }

      function setList(cell, items) {
        cell.textContent = "";
        if (!items.length) return;
        const list = document.createElement("ul");
        for (const item of items) {
          const li = document.createElement("li");
          li.textContent = item;
          list.appendChild(li);
        }
        cell.appendChild(list);
      }

      for (const button of document.querySelectorAll("[data-signout]")) {
        button.addEventListener("click", async () => {
          await fetch("/api/session", { method: "DELETE", headers: { "X-CSRF-Token": csrf } });
          location.href = "/masuk";
        });
      }

      // The target editor: preview as the planner types, save through the API.
      for (const row of document.querySelectorAll("tr[data-target]")) {
        const table = row.closest("table");
        const input = row.querySelector('input[name="target"]');
        const upper = row.querySelector('input[name="upper"]');
        const reason = row.querySelector('input[name="reason"]');
        const save = row.querySelector("button[data-save]");
        const status = row.querySelector(".status");
        if (!input || !save) continue;
        let timer = null;
        let parsed = null;

        async function preview() {
          const query = new URLSearchParams({
            indikator: row.dataset.indicator, tahun: row.dataset.year, target: input.value,
            atas: upper ? upper.value : "" });
          const response = await fetch(table.dataset.preview + "?" + query.toString());
          const json = await response.json();
          const read = row.querySelector(".read");
          if (!json.ok) {
            parsed = null;
            read.textContent = json.message;
            status.textContent = "";
            save.disabled = true;
            return;
          }
          parsed = json;
          read.textContent = json.read;
          row.querySelector(".chance").textContent = json.chance;
          setList(row.querySelector(".flags"), json.flags);
          save.disabled = !json.changed;
        }

        input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(preview, 250); });
        if (upper) upper.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(preview, 250); });
        save.addEventListener("click", async () => {
          if (!parsed) return;
          save.disabled = true;
          const body = { value: parsed.value, reason: reason.value };
          if (parsed.upper !== null) body.upper = parsed.upper;
          const url = "/api/agencies/" + encodeURIComponent(table.dataset.agency) + "/targets/" +
            encodeURIComponent(row.dataset.indicator) + "/" + row.dataset.year;
          const { response, json } = await send("PUT", url, body, row.dataset.version);
          if (response.ok) {
            row.dataset.version = (response.headers.get("ETag") || "").replace(/"/g, "");
            status.className = "status";
            status.textContent = table.dataset.saved;
            reason.value = "";
            await preview();
          } else {
            status.className = "status error";
            status.textContent = json && json.error ? json.error.message : String(response.status);
            save.disabled = false;
          }
        });
      }

      // An IKU sheet: checked first (nothing saved), then confirmed.
      for (const form of document.querySelectorAll("form[data-import-form]")) {
        const report = form.querySelector(".import-report");
        const confirm = form.querySelector("button[data-confirm]");
        const base = "/api/agencies/" + encodeURIComponent(form.dataset.agency) + "/imports";
        let pending = null;
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          const file = form.querySelector('input[type="file"]').files[0];
          if (!file) return;
          const replace = form.querySelector('input[name="ganti"]').checked;
          const url = base + "?name=" + encodeURIComponent(file.name) + (replace ? "&replace=true" : "");
          const response = await fetch(url, {
            method: "POST", body: file,
            headers: { "X-CSRF-Token": csrf, "Content-Type": "application/octet-stream" } });
          let json = null;
          try { json = await response.json(); } catch (e) { json = null; }
          if (response.ok) {
            pending = json.import;
            report.textContent = json.summary + "\n" + json.report;
            confirm.hidden = false;
          } else {
            pending = null;
            report.textContent = json && json.error ? json.error.message : String(response.status);
            confirm.hidden = true;
          }
        });
        confirm.addEventListener("click", async () => {
          if (!pending) return;
          const { response, json } = await send("POST", base + "/" + encodeURIComponent(pending), {});
          if (response.ok) {
            location.reload();
          } else {
            report.textContent = json && json.error ? json.error.message : String(response.status);
          }
        });
      }

      // An admin removes an account.
      for (const button of document.querySelectorAll("button[data-remove-account]")) {
        button.addEventListener("click", async () => {
          const name = button.dataset.removeAccount;
          const response = await fetch("/api/accounts/" + encodeURIComponent(name), {
            method: "DELETE", headers: { "X-CSRF-Token": csrf } });
          if (response.ok) location.reload();
        });
      }

      // An admin adds an account.
      for (const form of document.querySelectorAll("form[data-account-form]")) {
        const status = form.querySelector(".status");
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          const data = new FormData(form);
          const { response, json } = await send("POST", "/api/accounts", {
            username: data.get("username"), password: data.get("password"),
            role: data.get("role"), agencies: data.getAll("agencies") });
          if (response.ok) {
            location.reload();
          } else {
            status.className = "status error";
            status.textContent = json && json.error ? json.error.message : String(response.status);
          }
        });
      }

      // A realisation for a year or a quarter, with its source.
      for (const form of document.querySelectorAll("form[data-value-form]")) {
        const status = form.querySelector(".status");
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          const data = new FormData(form);
          const query = new URLSearchParams({
            indikator: form.dataset.indicator, tahun: data.get("tahun"),
            realisasi: data.get("nilai") });
          const check = await (await fetch(form.dataset.preview + "?" + query.toString())).json();
          if (!check.ok) {
            status.className = "status error";
            status.textContent = check.message;
            return;
          }
          const quarter = data.get("triwulan");
          const url = "/api/agencies/" + encodeURIComponent(form.dataset.agency) + "/values/" +
            encodeURIComponent(form.dataset.indicator) + "/" + data.get("tahun") +
            (quarter ? "/" + quarter : "");
          const { response, json } = await send(
            "PUT", url, { value: check.value, source: data.get("sumber"), reason: data.get("alasan") });
          if (response.ok) {
            location.reload();
          } else {
            status.className = "status error";
            status.textContent = json && json.error ? json.error.message : String(response.status);
          }
        });
      }
    })();

    """#
}
