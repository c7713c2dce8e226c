import Foundation

/// The path of a file or folder in `Tests/TestSupport/Fixtures`.
public func fixturePath(_ relative: String) throws -> String {
  guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
    throw CocoaError(.fileNoSuchFile)
  }
  return root.appendingPathComponent(relative).path
}
