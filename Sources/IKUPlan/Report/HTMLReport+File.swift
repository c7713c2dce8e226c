internal import Foundation

extension HTMLReport {
  /// The report of a dataset folder: its review (a finished `year` is
  /// assessed and the year after it reviewed), its mid-year review where
  /// some indicator has a value at the latest quarter, and the analysis of
  /// each scenario file of its `skenario` folder (a file with a period is
  /// a Renstra path).
  ///
  /// What `ikuplan report` writes and the workspace's download serves.
  ///
  /// - Throws: ``InputError`` for the folder's files or a scenario file.
  public init(
    folder: String, year: Int? = nil, convention: NumberConvention? = nil, language: Language,
    date: ReportDate = .today()
  ) throws {
    let dataset = try Dataset(folder: folder, convention: convention)
    let review = DatasetReview(
      dataset, settings: ReviewSettings(year: year, assessesFinishedYear: true))
    // No mid-year section where no indicator has a value at the latest
    // quarter.
    let midYear = try? MidYearReview(dataset)
    var scenarios: [(name: String, analysis: ScenarioAnalysis)] = []
    var renstra: [(name: String, analysis: RenstraAnalysis)] = []
    for path in Self.scenarioFiles(in: folder) {
      let file = try ScenarioFile(contentsOf: path, convention: convention)
      let name = (path as NSString).lastPathComponent
      if file.period != nil {
        renstra.append((name, try RenstraAnalysis(file, dataset: dataset)))
      } else {
        scenarios.append((name, try ScenarioAnalysis(file, dataset: dataset)))
      }
    }
    self.init(
      review: review, midYear: midYear, scenarios: scenarios, renstra: renstra,
      language: language, date: date)
  }

  /// The year the report reviews.
  public var year: Int { review.year }

  /// Writes the report to a file, atomically (a temporary file renamed
  /// into place); refuses a folder or one of `inputs` as the destination.
  public func write(to path: String, protecting inputs: [String] = []) throws {
    try AtomicFiles.write(html, toFile: path, protecting: inputs)
  }

  /// The files of a dataset folder, and of its `skenario` folder: the
  /// inputs a report must not overwrite.
  public static func inputFiles(in folder: String) -> [String] {
    [folder, (folder as NSString).appendingPathComponent("skenario")].flatMap { directory in
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).map {
        (directory as NSString).appendingPathComponent($0)
      }
    }
  }

  /// The scenario files of a dataset folder (`skenario/*.yaml`, `.yml`,
  /// and scenario workbooks `.xlsx`, `.csv` and `.tsv`), sorted by name;
  /// hidden files and Excel's lock files (`~$…`) are left out.
  public static func scenarioFiles(in folder: String) -> [String] {
    let directory = (folder as NSString).appendingPathComponent("skenario")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let extensions = [".yaml", ".yml", ".xlsx", ".csv", ".tsv"]
    return names.filter { name in
      !name.hasPrefix(".") && !name.hasPrefix("~$")
        && extensions.contains { name.lowercased().hasSuffix($0) }
    }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
  }
}
