import ArgumentParser
import Foundation
import IKUForecast
import IKUPlan

/// `ikuplan forecast`: each indicator's forecast with its intervals, or
/// with `--panel` a batch forecast of many series.
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: UsageText.text(
      id:
        "Proyeksi tiap indikator untuk satu tahun, dengan interval dan peluang tercapainya target.",
      en: "Forecast each indicator for a year, with intervals and the chance of the target."),
    discussion: UsageText.text(
      id: """
        Dengan --panel BERKAS, memproyeksikan setiap deret sebuah panel (bentuk
        panjang series,period,value atau lebar id,v1,…,vn) dan menulis
        series,period,model,mean,lo80,hi80,lo95,hi95; dengan --bounds atau
        --transform deret dimodelkan pada skala itu dan kolom titiknya adalah
        median yang ditransformasi balik (bernama median).
        """,
      en: """
        With --panel FILE, forecasts every series of a panel (long series,period,value
        or wide id,v1,…,vn) and writes series,period,model,mean,lo80,hi80,lo95,hi95;
        with --bounds or --transform the series are modelled on that scale and the
        point column is the back-transformed median (named median).
        """))

  @Option(
    help: UsageText.help(
      id: "Panel berisi banyak deret untuk diproyeksikan sekaligus.",
      en: "A panel of many series to forecast in one batch."))
  var panel: String?

  @Option(
    help: UsageText.help(
      id: "Dengan --panel: jumlah tahun ke depan.", en: "With --panel: years ahead."))
  var horizon: Int = 1

  @Option(
    help:
      UsageText.help(
        id:
          "Dengan --panel: model, dipisah koma (auto, naive, drift, linear, damped, theta, dotm, holt).",
        en:
          "With --panel: models, comma-separated (auto, naive, drift, linear, damped, theta, dotm, holt)."
      ),
    transform: { text in
      try text.split(separator: ",").map { name in
        guard let model = BatchForecaster.Model(rawValue: name.trimmingCharacters(in: .whitespaces))
        else {
          throw UsageText.error(id: "model '\(name)' tidak dikenal", en: "unknown model '\(name)'")
        }
        return model
      }
    })
  var model: [BatchForecaster.Model] = [.auto]

  @Option(
    help: UsageText.help(
      id: "Dengan --panel: jumlah thread kerja (bawaan: semua inti).",
      en: "With --panel: worker threads (default: all cores)."))
  var threads: Int?

  @OptionGroup var scale: PanelScaleOptions

  @OptionGroup var options: ReviewOptions

  func validate() throws {
    // `--output` is the review's file, or with --panel the forecast CSV
    // ('-' or absent: standard output).
    if panel == nil && (!scale.bounds.isEmpty || scale.transform != .auto) {
      throw UsageText.error(
        id: "--bounds dan --transform hanya untuk --panel.",
        en: "--bounds and --transform apply to --panel.")
    }
    if panel != nil, options.format != .table, options.format != .csv {
      throw UsageText.error(
        id:
          "--panel menulis CSV proyeksi (ke --output atau terminal); --format \(options.format.rawValue) tidak berlaku.",
        en:
          "--panel writes the forecast CSV (to --output or the terminal); --format \(options.format.rawValue) does not apply."
      )
    }
    if !(1...100).contains(horizon) {
      throw UsageText.error(
        id: "--horizon menerima 1 sampai 100 tahun.", en: "--horizon takes 1 to 100 years.")
    }
    if let threads, !(1...256).contains(threads) {
      throw UsageText.error(id: "--threads menerima 1 sampai 256.", en: "--threads takes 1 to 256.")
    }
  }

  func run() throws {
    try reportingInputErrors(in: options.global.language) {
      guard let panel else {
        try options.print(try options.review(), .forecast, suggestions: false)
        return
      }
      let threads = max(self.threads ?? ProcessInfo.processInfo.activeProcessorCount, 1)
      let file = try PanelFile(
        contentsOfFile: panel, convention: options.global.numbers, threads: threads)
      let transforms = try scale.scale.transforms(for: file)
      let progress = ProgressBar(total: file.ids.count, language: options.global.language)
      let forecasts = BatchForecaster(
        models: model, horizon: horizon, levels: options.level, threads: threads
      ).forecast(file.batch, transforms: transforms) { progress.advance($0) }
      progress.finish()
      try PanelForecastWriter(
        panel: file, forecasts: forecasts, horizon: horizon, levels: options.level,
        median: transforms.contains { $0 != .identity }, threads: threads
      ).write(to: options.output ?? "-", protecting: [panel])
    }
  }
}
