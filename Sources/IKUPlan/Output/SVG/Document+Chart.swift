extension Document {
  /// A chart in a document: drawn as SVG by ``HTMLRenderer``, named by a
  /// one-line caption by ``TextRenderer``, left out of CSV and workbooks
  /// (their tables hold the numbers).
  ///
  /// What it draws (lines, bands, markers, axis titles, legend) is built
  /// by the analysis that owns the numbers; the drawing itself is
  /// internal to the package.
  public struct Chart: Sendable {
    /// The drawing.
    let drawing: LineChart

    /// What the chart shows.
    public var title: String { drawing.title }

    /// Wraps a drawing.
    init(_ drawing: LineChart) {
      self.drawing = drawing
    }
  }
}
