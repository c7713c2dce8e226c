import Foundation
import TestSupport
import Testing

/// The same commands give the same answers whichever OpenBLAS kernel runs.
///
/// OpenBLAS picks its kernels by CPU (`OPENBLAS_CORETYPE` forces one), and
/// kernels round differently. Each command here runs once per kernel this
/// CPU can execute; every decision (flags, categories, which values have an
/// interval, texts) must be identical and every number must agree to 10⁻⁹
/// relative. `Prescott` (SSE3, no FMA) runs on any x86-64; `Haswell`
/// (AVX2 + FMA) and `SkylakeX` (AVX-512) where the CPU has them
/// (`scripts/openblas-kernels.sh`). On other architectures, or with fewer
/// than two kernels, the test has nothing to compare and says so.
@Suite struct OpenBLASKernelTests {
  /// The kernels this CPU can run, as `scripts/openblas-kernels.sh` (the
  /// list `.ci/run` uses) prints them.
  static let kernels: [String] = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [packageRoot.appendingPathComponent("scripts/openblas-kernels.sh").path]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return [] }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }()

  static let commands: [[String]] = [
    ["review", "--format", "json"],
    ["forecast", "--format", "json"],
    ["suggest", "--format", "json", "--through", "2029"],
    ["check", "--format", "json"],
    ["midyear", "--format", "json"],
    [
      "scenario", "history/tanjungpinang-disnakerkum/skenario/pelatihan-iku1.yaml", "--format",
      "json",
    ],
    [
      "scenario", "history/tanjungpinang-disnakerkum/skenario/renstra-iku1-2025-2029.yaml",
      "--format", "json",
    ],
    ["regress", "history/nist-strd/Pontius.csv", "--response", "y", "--format", "json"],
  ]

  @Test(arguments: commands)
  func sameAnswersOnEveryKernel(_ arguments: [String]) throws {
    guard Self.kernels.count >= 2 else {
      print("OpenBLASKernelTests: fewer than two kernels runnable here; nothing compared")
      return
    }
    let outputs = try Self.kernels.map { kernel in
      let result = try runIKUPlan(arguments, environment: ["OPENBLAS_CORETYPE": kernel])
      #expect(result.status == 0, "\(kernel): \(result.standardError)")
      return try JSONSerialization.jsonObject(
        with: Data(result.standardOutput.utf8), options: [.fragmentsAllowed])
    }
    for (kernel, output) in zip(Self.kernels.dropFirst(), outputs.dropFirst()) {
      for difference in Self.differences(outputs[0], output, at: "$") {
        Issue.record("\(arguments[0]), \(Self.kernels[0]) vs \(kernel): \(difference)")
      }
    }
  }

  /// The panel forecast of series that are exact fits (a constant, a
  /// straight line, a constant with one jump) and a noisy one: the CSV
  /// cells agree, empty where one kernel has no interval.
  @Test func panelForecastOnEveryKernel() throws {
    guard Self.kernels.count >= 2 else { return }
    let folder = try temporaryFolder()
    let panel = try writeFile(
      "p.csv",
      "flat,7,7,7,7,7,7\nline,3,5,7,9,11,13\nzero,0,0,0,0,0,0\njump,5,5,5,5,5,8\n"
        + "noisy,5.2,6.1,5.4,6.8,6.2,7.9\n",
      in: folder)
    let tables = try Self.kernels.map { kernel in
      let result = try runIKUPlan(
        [
          "forecast", "--panel", panel, "--model", "naive,drift,linear,damped,theta,dotm,holt,auto",
        ],
        environment: ["OPENBLAS_CORETYPE": kernel])
      #expect(result.status == 0, "\(kernel): \(result.standardError)")
      return result.standardOutput.split(separator: "\n").map {
        $0.split(separator: ",", omittingEmptySubsequences: false)
      }
    }
    for (kernel, table) in zip(Self.kernels.dropFirst(), tables.dropFirst()) {
      #expect(table.count == tables[0].count)
      for (row, (a, b)) in zip(tables[0], table).enumerated() {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) where !Self.agree(String(x), String(y)) {
          Issue.record("row \(row), \(Self.kernels[0]) '\(x)' vs \(kernel) '\(y)'")
        }
      }
    }
  }

  /// Two cells agree when equal as text or as numbers within 10⁻⁹ relative
  /// (10⁻¹² absolute).
  static func agree(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard let x = Double(a), let y = Double(b) else { return false }
    return agrees(x, y, relative: 1e-9, absolute: 1e-12)
  }

  /// Where two JSON values differ beyond rounding.
  static func differences(_ a: Any, _ b: Any, at path: String) -> [String] {
    switch (a, b) {
    case (let x as [String: Any], let y as [String: Any]):
      guard Set(x.keys) == Set(y.keys) else {
        return ["\(path): keys \(x.keys.sorted()) vs \(y.keys.sorted())"]
      }
      return x.keys.sorted().flatMap { key in
        differences(x[key] as Any, y[key] as Any, at: "\(path).\(key)")
      }
    case (let x as [Any], let y as [Any]):
      guard x.count == y.count else { return ["\(path): \(x.count) vs \(y.count) elements"] }
      return zip(x, y).enumerated().flatMap { differences($1.0, $1.1, at: "\(path)[\($0)]") }
    case (let x as NSNumber, let y as NSNumber):
      // Booleans are numbers 0 and 1 here.
      return agrees(x.doubleValue, y.doubleValue, relative: 1e-9, absolute: 1e-12)
        ? [] : ["\(path): \(x) vs \(y)"]
    case (let x as String, let y as String):
      return x == y ? [] : ["\(path): '\(x)' vs '\(y)'"]
    case (is NSNull, is NSNull):
      return []
    default:
      return ["\(path): \(a) vs \(b)"]
    }
  }
}
