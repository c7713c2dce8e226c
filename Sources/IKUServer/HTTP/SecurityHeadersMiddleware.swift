import HTTPTypes
import Hummingbird

/// Headers every response carries: nothing is loaded from elsewhere
/// (Content-Security-Policy `default-src 'self'`), no page is framed, no
/// type is sniffed, and no address leaves for another site.
///
/// Scripts run only from the workspace's own file (`script-src 'self'`,
/// no inline script). Inline *styles* are allowed: the document renderer
/// right-aligns number columns with a `style` attribute so that tables
/// pasted into Word keep it, and a style attribute cannot run code.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as any HTTPResponseError {
      response = try error.response(from: request, context: context)
    }
    response.headers[.contentSecurityPolicy] =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.referrerPolicy] = "same-origin"
    response.headers[.xFrameOptions] = "DENY"
    return response
  }
}
