import Foundation
import Hummingbird
import IKUPlan

/// `/masuk`: signing in with a plain form (it works without the script),
/// and `/bahasa/{id|en}`: the language switch, kept in a cookie.
struct SignInPage {
  let store: WorkspaceStore
  let throttle: LoginThrottle

  func register(on router: Router<WorkspaceContext>) {
    router.get("/masuk") { request, context in
      form(request.language, session: context.session, message: nil).response()
    }
    router.post("/masuk", use: signIn)
    router.get("/bahasa/:language") { request, context in
      let language = Language(rawValue: try context.pathParameter("language")) ?? .indonesian
      var response = Response(status: .seeOther, headers: [.location: "/"])
      response.setCookie(
        Cookie(
          name: Request.languageCookie, value: language.rawValue, maxAge: 365 * 24 * 3600,
          path: "/", httpOnly: true, sameSite: .strict))
      return response
    }
  }

  struct Credentials: Decodable {
    var username: String
    var password: String
  }

  @Sendable func signIn(_ request: Request, context: WorkspaceContext) async throws -> Response {
    let l = request.language
    let body = try await request.body.collect(upTo: 64 * 1024)
    guard
      let credentials = try? URLEncodedFormDecoder().decode(
        Credentials.self, from: String(buffer: body))
    else {
      return form(l, session: nil, message: APIError.wrongPassword.words(l))
        .response(status: .badRequest)
    }
    let throttle = throttle
    let result = try await offload {
      try store.signIn(
        username: credentials.username, password: credentials.password, throttle: throttle)
    }
    switch result {
    case .refused:
      return form(l, session: nil, message: APIError.wrongPassword.words(l))
        .response(status: .unauthorized)
    case .throttled(let seconds):
      var response = form(
        l, session: nil, message: APIError.throttled(retryAfter: seconds).words(l)
      ).response(status: .tooManyRequests)
      response.headers[.retryAfter] = String(seconds)
      return response
    case .signedIn(let token, _, _):
      var response = Response(status: .seeOther, headers: [.location: "/"])
      response.setCookie(SessionAPI.cookie(token))
      return response
    }
  }

  private func form(_ l: Language, session: Session?, message: String?) -> Page {
    var form = Element("form", [("method", "post"), ("action", "/masuk"), ("class", "sign-in")])
    form.add(
      Element("h1", text: l.text(id: "Masuk ke ruang kerja", en: "Sign in to the workspace")))
    if let message { form.add(Element("p", [("class", "message")], text: message)) }
    form.add(
      Element(
        "label", [],
        [
          .text(l.text(id: "Nama pengguna", en: "Username")),
          .element(
            Element(
              "input",
              [("name", "username"), ("autocomplete", "username"), ("required", "required")])),
        ]))
    form.add(
      Element(
        "label", [],
        [
          .text(l.text(id: "Kata sandi", en: "Password")),
          .element(
            Element(
              "input",
              [
                ("name", "password"), ("type", "password"), ("autocomplete", "current-password"),
                ("required", "required"),
              ])),
        ]))
    form.add(Element("button", [("type", "submit")], text: l.text(id: "Masuk", en: "Sign in")))
    return Page(
      title: l.text(id: "Masuk", en: "Sign in"), language: l, session: session, body: [form])
  }
}
