import ArgumentParser
import Foundation
import IKUPlan

/// `ikuplan evaluate`: the backtest that keeps the models honest.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: UsageText.text(
      id: "Uji-balik model proyeksi pada panel deret.",
      en: "Backtest the forecasting models on a panel of series."),
    discussion: UsageText.text(
      id: """
        TRAIN dan TEST adalah panel dalam bentuk lebar kompetisi M (id,v1,…,vn)
        atau bentuk panjang (series,period,value); deret dicocokkan menurut id.
        Skor: sMAPE (definisi M3/M4), MASE (diskalakan dengan rata-rata selisih
        pertama absolut tiap deret latih), bagian nilai uji di dalam interval
        prediksi 50%, 80% dan 95%, serta skor interval terskala rata-rata M4
        (MSIS) untuk interval 95%. auto belajar dari seluruh panel: seberapa
        kuat tren deret-deretnya bertahan, dan interval dari galat uji-balik
        bagian latih yang digabung; --no-pooling memproyeksikan tiap deret
        seperti satu indikator (bobot tren acuan, interval dari catatannya
        sendiri). --bounds dan --transform memilih skala pemodelan tiap deret
        latih, seperti pada forecast --panel; skor dihitung pada skala asli.
        """,
      en: """
        TRAIN and TEST are panels in the M-competition wide form (id,v1,…,vn)
        or the long form (series,period,value); series are matched by id.
        Scores: sMAPE (M3/M4 definition), MASE (scaled by each training
        series' mean absolute first difference), the share of test values
        inside the 50%, 80% and 95% prediction intervals, and the M4 mean
        scaled interval score (MSIS) of the 95% interval. auto learns from the
        whole panel: how far its series' trends last, and its intervals from
        the backtest errors of the training parts pooled; --no-pooling
        forecasts each series as a single indicator is (the reference trend
        weight, intervals from its own record). --bounds and --transform choose the scale each
        training series is modelled on, as in forecast --panel; scores are taken
        on the original scale.
        """))

  @Option(help: UsageText.help(id: "Panel latih.", en: "The training panel."))
  var train: String

  @Option(
    help: UsageText.help(
      id: "Panel uji (nilai yang diproyeksikan).", en: "The test panel (the values to forecast)."))
  var test: String

  @Option(
    help: UsageText.help(
      id: "Jumlah tahun yang diproyeksikan dan dinilai (bawaan: lebar baris panel uji).",
      en: "Years to forecast and score (default: the width of the test rows)."))
  var horizon: Int?

  @Option(
    help: UsageText.help(
      id: "Cocokkan hanya K nilai latih terakhir tiap deret.",
      en: "Fit only the last K training values of each series."))
  var window: Int?

  @Option(
    help: UsageText.help(
      id: "Jumlah thread kerja (bawaan: semua inti).", en: "Worker threads (default: all cores)."))
  var jobs: Int?

  @Flag(
    inversion: .prefixedNo,
    help: UsageText.help(
      id: "auto belajar dari seluruh panel: bobot tren dan interval dari galat uji-balik gabungan.",
      en:
        "auto learns from the whole panel: its trend weight, and its intervals from the pooled backtest errors."
    ))
  var pooling = true

  @OptionGroup var out: OutputOptions

  @OptionGroup var scale: PanelScaleOptions

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if let horizon, !(1...100).contains(horizon) {
      throw UsageText.error(
        id: "--horizon menerima 1 sampai 100 periode.", en: "--horizon takes 1 to 100 periods.")
    }
    if let window, !(1...1_000_000).contains(window) {
      throw UsageText.error(
        id: "--window menerima 1 sampai 1000000 nilai.", en: "--window takes 1 to 1000000 values.")
    }
    if let jobs, !(1...256).contains(jobs) {
      throw UsageText.error(id: "--jobs menerima 1 sampai 256.", en: "--jobs takes 1 to 256.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: global.language) {
      let jobs = max(self.jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1)
      let trainPanel = try PanelFile(
        contentsOfFile: train, convention: global.numbers, threads: jobs)
      // Under a training file headed by years, a test file of one year
      // (`kabkota;2024`) is headed by that year.
      let testPanel = try PanelFile(
        contentsOfFile: test, convention: global.numbers, threads: jobs,
        oneYearHeader: !trainPanel.periodsArePositions && trainPanel.layout == .wide)
      let report = try Backtest(
        horizon: horizon, window: window, jobs: jobs, pooling: pooling,
        scale: scale.scale
      ).run(
        train: trainPanel, test: testPanel)
      guard report.seriesCount > 0 else {
        throw InputError(
          .invalidValue(
            expected: .init(
              id: "id deret yang ada di --train dan di --test",
              en: "series ids that appear in both --train and --test")),
          at: SourceLocation(file: test, line: 1))
      }
      let l = global.language
      try out.emitter(global, inputs: { [train, test] }).emit(
        { report.document(in: l) }, json: { report.json })
    }
  }
}
