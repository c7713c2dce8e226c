import IKUPlan
import Synchronization

/// Agencies' reviews, each computed once per revision of the agency's data
/// (``WorkspaceStore/revision(of:)``) and served until the next change.
///
/// A review is the same value whoever asks (the words are the renderers'),
/// so every page and the API share it: one number per quantity, and the
/// Bappeda overview of every agency costs a lookup per agency rather than
/// a forecast per indicator. Every write of an agency's values raises its
/// revision in the write's own transaction, so a cached review is never
/// older than the data it is served with.
final class ReviewCache: Sendable {
  private struct Key: Hashable {
    let agency: String
    let year: Int?
  }

  private let entries = Mutex<[Key: (revision: Int, reviewed: Reviewed)]>([:])
  let store: WorkspaceStore

  init(store: WorkspaceStore) { self.store = store }

  /// A review with the dataset it was computed from.
  struct Reviewed: Sendable {
    let dataset: Dataset
    let review: DatasetReview
  }

  /// The review of `ikuplan review` (`--year` as `year`) for the agency's
  /// data as it is now.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``.
  func review(of agency: String, year: Int? = nil) throws -> DatasetReview {
    try reviewed(agency, year: year).review
  }

  /// The review with the dataset it reviews, read in the same transaction,
  /// for a page that shows both.
  ///
  /// - Throws: ``WorkspaceError/unknownAgency(_:)``.
  func reviewed(_ agency: String, year: Int? = nil) throws -> Reviewed {
    let key = Key(agency: agency, year: year)
    guard let revision = try store.revision(of: agency) else {
      throw WorkspaceError.unknownAgency(agency)
    }
    if let entry = entries.withLock({ $0[key] }), entry.revision == revision {
      return entry.reviewed
    }
    let snapshot = try store.snapshot(of: agency)
    let reviewed = Reviewed(
      dataset: snapshot.dataset,
      review: DatasetReview(
        snapshot.dataset, settings: ReviewSettings(year: year, assessesFinishedYear: true)))
    entries.withLock { entries in
      if (entries[key]?.revision ?? -1) < snapshot.revision {
        entries[key] = (snapshot.revision, reviewed)
      }
    }
    return reviewed
  }
}
