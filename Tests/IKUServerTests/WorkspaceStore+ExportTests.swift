import Foundation
import IKUPlan
import TestSupport
import Testing

@testable import IKUServer

/// An agency written as the dataset folder every command reads.
@Suite struct WorkspaceStoreExportTests {
  @Test func theFolderReadsBackAsTheAgencyWithItsScenarioFiles() throws {
    let store = try WorkspaceFixture.store()
    let scenarios = try WorkspaceFixture.scenarioFiles()
    try store.addAgency(
      code: "a", name: "A", dataset: try WorkspaceFixture.dataset(), scenarios: scenarios,
      actor: "uji")
    _ = try store.setTarget(
      agency: "a", indicator: "IKU-2", year: 2026, value: 58, reason: nil, actor: "ana",
      expectedVersion: nil)
    _ = try store.setValue(
      agency: "a", indicator: "IKU-2", year: 2025, quarter: 3, value: 30, source: "TW III",
      reason: nil, actor: "ana", expectedVersion: nil)
    let folder = try temporaryFolder().appendingPathComponent("a")
    try store.exportFolder(of: "a", to: folder.path)
    #expect(try Dataset(folder: folder.path) == (try store.dataset(of: "a")))
    #expect(scenarios.count == 2)
    for (name, content) in scenarios {
      #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == content, "\(name)")
    }
  }

  @Test func anAgencyWithoutScenariosHasNoScenarioFolder() throws {
    let store = try WorkspaceFixture.store()
    try store.addAgency(code: "a", name: "A", dataset: try WorkspaceFixture.dataset(), actor: "uji")
    let folder = try temporaryFolder().appendingPathComponent("a")
    try store.exportFolder(of: "a", to: folder.path)
    #expect(try Dataset(folder: folder.path) == (try WorkspaceFixture.dataset()))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("skenario").path))
  }

  @Test func anUnknownAgency() throws {
    let store = try WorkspaceFixture.store()
    let folder = try temporaryFolder().appendingPathComponent("x")
    #expect(throws: WorkspaceError.unknownAgency("x")) {
      try store.exportFolder(of: "x", to: folder.path)
    }
  }
}
