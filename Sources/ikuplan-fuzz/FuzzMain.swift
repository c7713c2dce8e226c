// The libFuzzer harness for ikuplan's parsers (`FuzzTarget`).
//
// Built with `-sanitize=fuzzer,address -DFUZZING` (scripts/fuzz.sh) it is a
// libFuzzer binary: the target is chosen by the environment variable
// IKUPLAN_FUZZ_TARGET. In an ordinary build it replays inputs instead:
// `ikuplan-fuzz TARGET FILE…`, so that a finding can be rerun without the
// sanitizer toolchain.
import Foundation
import IKUPlanFuzzing

#if FUZZING
// Read once: libFuzzer calls the entry point millions of times.
nonisolated(unsafe) private var selected: FuzzTarget? = nil

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  guard let name = ProcessInfo.processInfo.environment["IKUPLAN_FUZZ_TARGET"],
    let target = FuzzTarget(rawValue: name)
  else {
    FileHandle.standardError.write(
      Data("set IKUPLAN_FUZZ_TARGET to delimited, sheet, workbook, scenario or regression\n".utf8))
    exit(2)
  }
  selected = target
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  selected?.run(bytes)
  return 0
}

/// libFuzzer's driver (`-sanitize=fuzzer` links it).
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM points an executable's `main` at `<module>_main`; here it
/// starts libFuzzer's driver, which calls the initialiser above.
@_cdecl("ikuplan_fuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  guard let argv else { return 2 }
  _ = fuzzerInitialize(&count, argv)
  return runDriver(&count, &arguments) { data, size in fuzzerTestOneInput(data, size) }
}
#else
@main
struct Replay {
  static func main() {
    let arguments = CommandLine.arguments.dropFirst()
    guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
      print("usage: ikuplan-fuzz delimited|sheet|workbook|scenario|regression FILE…")
      return
    }
    for path in arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        continue
      }
      target.run(Array(data))
      print("\(path): ok")
    }
  }
}
#endif
