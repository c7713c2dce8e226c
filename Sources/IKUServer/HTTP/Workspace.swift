import Foundation
import Hummingbird
import Logging

/// The workspace application: the JSON API and the pages over one
/// ``WorkspaceStore``, with the review cache they share.
///
/// Middleware, outermost first: the security headers on every response,
/// the session (and the CSRF and Origin checks), then the error responses,
/// which therefore render a page in the signed-in frame.
public struct Workspace: Sendable {
  public let store: WorkspaceStore
  public let throttle: LoginThrottle

  public init(store: WorkspaceStore, throttle: LoginThrottle = LoginThrottle()) {
    self.store = store
    self.throttle = throttle
  }

  /// The router with every route and middleware.
  public func router() -> Router<WorkspaceContext> {
    let router = Router(context: WorkspaceContext.self)
    let reviews = ReviewCache(store: store)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: SessionMiddleware(store: store))
    router.add(middleware: ErrorMiddleware())
    SessionAPI(store: store, throttle: throttle).register(on: router)
    AgencyAPI(store: store, reviews: reviews).register(on: router)
    ValueAPI(store: store).register(on: router)
    DownloadAPI(store: store).register(on: router)
    ImportAPI(store: store).register(on: router)
    AccountAPI(store: store).register(on: router)
    StaticFiles.register(on: router)
    SignInPage(store: store, throttle: throttle).register(on: router)
    OverviewPage(store: store, reviews: reviews).register(on: router)
    ReviewPage(store: store, reviews: reviews).register(on: router)
    IndicatorPage(store: store, reviews: reviews).register(on: router)
    AuditPage(store: store).register(on: router)
    ScenarioPage(store: store).register(on: router)
    MidYearPage(store: store).register(on: router)
    SuggestPage(store: store, reviews: reviews).register(on: router)
    AccountsPage(store: store).register(on: router)
    router.get("/api/openapi.yaml") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
    }
    return router
  }

  /// The application listening on `host:port` (port 0: one the system
  /// picks); `onRunning` is told the port once it listens.
  public func application(
    host: String, port: Int, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    var logger = Logger(label: "ikuplan")
    logger.logLevel = .notice
    return Application(
      router: router(), configuration: .init(address: .hostname(host, port: port)),
      onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) },
      logger: logger)
  }
}
