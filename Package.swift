// swift-tools-version:6.1
//
// ikuplan: forecasting and target planning for Indonesian government
// performance indicators (IKU, SAKIP). See README.md and DESIGN in the
// project's shared notes.

import PackageDescription

let package = Package(
  name: "ikuplan",
  products: [
    .library(name: "IKUForecast", targets: ["IKUForecast"]),
    .library(name: "IKUPlan", targets: ["IKUPlan"]),
    .executable(name: "ikuplan", targets: ["ikuplan"]),
  ],
  dependencies: [
    .package(
      url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(
      url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1",
      traits: ["FullFoundation"]),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
  ],
  targets: [
    // MARK: - Public API

    /// The numerical core: least squares through LAPACK, distributions.
    /// No Foundation; the only module that imports `CBLAS`.
    .target(
      name: "IKUForecast",
      dependencies: [
        "CBLAS",
        .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),

    /// The planning domain: indicator data, loaders, renderers, texts.
    .target(
      name: "IKUPlan",
      dependencies: ["IKUForecast", "CXLSXWriter", "CDragonbox", "ZIPFoundation", "Yams"]
    ),

    /// The workspace: the HTTP server, its SQLite store, accounts, the
    /// audit log, the pages and the JSON API over `IKUPlan`.
    .target(
      name: "IKUServer",
      dependencies: [
        "IKUPlan",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOPosix", package: "swift-nio"),
        "ZIPFoundation",
      ]
    ),

    /// The command-line tool: one small command per file.
    .executableTarget(
      name: "ikuplan",
      dependencies: [
        "IKUForecast",
        "IKUPlan",
        "IKUServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    /// Benchmarks (not tests): bench/scenario_draws.sh runs this beside
    /// numpy.
    .executableTarget(
      name: "ikuplan-bench",
      dependencies: ["IKUForecast", "IKUPlan"],
      path: "bench/swift"
    ),

    /// The parsers that meet untrusted bytes, as fuzz targets.
    .target(
      name: "IKUPlanFuzzing",
      dependencies: ["IKUForecast", "IKUPlan"]
    ),

    /// The libFuzzer harness (scripts/fuzz.sh builds it with
    /// -sanitize=fuzzer,address -DFUZZING); otherwise it replays inputs.
    .executableTarget(
      name: "ikuplan-fuzz",
      dependencies: ["IKUPlanFuzzing"]
    ),

    // MARK: - Implementation details

    /// OpenBLAS (CBLAS) and our own prototypes of the Fortran LAPACK
    /// routines; Debian's libopenblas-dev ships no lapack.h.
    .systemLibrary(
      name: "CBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]
    ),

    /// libxlsxwriter, which writes the `.xlsx` workbooks ikuplan produces
    /// (Debian's libxlsxwriter-dev). Only `Output/XLSXWorkbook.swift`
    /// imports it.
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),

    /// Dragonbox, the shortest decimal of a double, from {fmt} (Debian's
    /// libfmt-dev): a C function over the C++ library. Only
    /// `Output/ShortestDecimal.swift` imports it.
    .target(
      name: "CDragonbox",
      linkerSettings: [.linkedLibrary("fmt")]
    ),

    /// Fixtures (NIST StRD files, ...) and helpers shared by the tests.
    .target(
      name: "TestSupport",
      path: "Tests/TestSupport",
      resources: [.copy("Fixtures")]
    ),

    // MARK: - Tests

    .testTarget(
      name: "IKUForecastTests",
      dependencies: [
        "IKUForecast", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "IKUPlanTests",
      dependencies: [
        "IKUPlan", "IKUPlanFuzzing", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "IKUServerTests",
      dependencies: [
        "IKUServer", "IKUPlan", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    /// End-to-end tests: run the built `ikuplan` binary.
    .testTarget(
      name: "ikuplanTests",
      dependencies: ["ikuplan", "IKUForecast", "TestSupport"]
    ),
  ]
)
