extension ScenarioSheet {
  /// The text of the `Petunjuk` sheet: what each block holds, the
  /// distribution words, what a blank scenario cell means, Excel formulas
  /// in cells, and how to run the workbook; the illustrative-data warning
  /// first when the scenario is illustrative.
  ///
  /// - Parameters:
  ///   - file: The scenario the workbook holds.
  ///   - l: The language.
  ///   - valueCell: A driver's value cell in the sheet `Skenario` (`C14`)
  ///     and the driver, for an example of an Excel formula; `nil` for
  ///     none.
  /// - Returns: The lines, each a heading or not.
  static func instructions(
    for file: ScenarioFile, in l: Language,
    valueCell: (reference: String, driver: String)?
  ) -> [(text: String, heading: Bool)] {
    var lines: [(text: String, heading: Bool)] = []
    func heading(_ id: String, _ en: String) { lines.append((l.text(id: id, en: en), true)) }
    func line(_ id: String, _ en: String) { lines.append((l.text(id: id, en: en), false)) }
    let period = file.period
    let subject = [file.indicator, file.year.map(String.init)].compactMap { $0 }
      .joined(separator: " ")
    let span = period.map { "\($0.lowerBound)–\($0.upperBound)" }
    heading(
      "Skenario bagaimana-jika ikuplan" + (subject.isEmpty ? "" : " — " + subject)
        + (span.map { " — Renstra " + $0 } ?? ""),
      "ikuplan what-if scenario" + (subject.isEmpty ? "" : " — " + subject)
        + (span.map { " — Renstra " + $0 } ?? ""))
    if file.illustrative {
      line(
        "ILUSTRASI: angka dalam buku kerja ini adalah contoh, bukan data resmi. Ganti dengan"
          + " angka dinas sebelum dipakai; selama Ilustrasi = ya, setiap keluaran ikuplan"
          + " menandainya.",
        "ILLUSTRATIVE: the numbers of this workbook are examples, not official data. Replace"
          + " them with the agency's before use; while Illustrative = yes, every ikuplan output"
          + " says so.")
    }
    lines.append(("", false))
    heading("Cara menjalankan", "How to run it")
    line(
      "1. Isi lembar Skenario (hanya lembar itu yang dibaca), lalu simpan dengan Excel atau"
        + " LibreOffice sebagai .xlsx.",
      "1. Fill in the sheet Scenario (only that sheet is read), then save it from Excel or"
        + " LibreOffice as .xlsx.")
    line(
      "2. Jalankan: ikuplan scenario NAMA.xlsx (dataset lain: --history FOLDER; keluaran lain:"
        + " --format markdown, csv, xlsx, html, json).",
      "2. Run: ikuplan scenario NAME.xlsx (another dataset: --history FOLDER; other outputs:"
        + " --format markdown, csv, xlsx, html, json).")
    line(
      "3. Lembar Skenario saja yang disimpan sebagai CSV (Simpan Sebagai → CSV, pemisah ; dan"
        + " koma desimal, atau pemisah ,) juga dapat dijalankan: ikuplan scenario NAMA.csv.",
      "3. The sheet Scenario saved alone as CSV (Save As → CSV, with ; and decimal commas, or"
        + " with ,) runs too: ikuplan scenario NAME.csv.")
    let example = valueCell.map { cell in
      (
        id: " (mis. =\(cell.reference)*1,1 di sel skenario: Nilai \(cell.driver) ditambah 10%)",
        en: " (e.g. =\(cell.reference)*1.1 in a scenario cell: the Value of \(cell.driver) plus"
          + " 10%)"
      )
    }
    line(
      "Rumus Excel boleh dipakai di sel\(example?.id ?? ""): ikuplan membaca nilai hasil"
        + " hitungannya yang tersimpan di berkas, jadi berkas harus disimpan oleh Excel atau"
        + " LibreOffice agar nilainya terhitung; rumus tanpa nilai tersimpan (ditulis program"
        + " lain) ditolak.",
      "Excel formulas are fine in cells\(example?.en ?? ""): ikuplan reads the computed values"
        + " stored in the file, so the file must be saved by Excel or LibreOffice for the values"
        + " to be computed; a formula without a stored value (written by another program) is"
        + " refused.")
    line(
      "Kesalahan disebut dengan sel tempatnya (Skenario!C7), atau baris dan kolom untuk CSV;"
        + " sel berisi yang tidak dapat ditempatkan ditolak, tidak diabaikan.",
      "Errors name their cell (Scenario!C7), or line and column in a CSV; a filled cell that"
        + " cannot be placed is refused, never ignored.")
    lines.append(("", false))
    heading("Blok lembar Skenario", "The blocks of the sheet Scenario")
    line(
      "Setiap blok dimulai dengan judulnya sendirian di kolom A (Pengaturan, Pemicu, Keluaran,"
        + " Korelasi, " + (period == nil ? "Hitung balik" : "Target per tahun, Jalur target")
        + "), diikuti baris judul kolom. Urutan blok bebas; baris kosong boleh.",
      "Each block starts with its heading alone in column A (Settings, Drivers, Outputs,"
        + " Correlations, " + (period == nil ? "Goal seek" : "Targets by year, Target path")
        + "), followed by a row of column names. Blocks may come in any order; blank rows are"
        + " fine.")
    line(
      "Pengaturan: kunci di kolom A, nilai di kolom B, catatan di kolom C (tidak dibaca)."
        + (period == nil
          ? " Tahun: tahun skenario."
          : " Tahun awal dan Tahun akhir: periode Renstra; Anggaran: keluaran yang menjadi"
            + " anggaran (kosong: keluaran pertama).")
        + " Rumus: indikator dari pemicu, dengan + - * /, kurung, min, max, clamp; pisahkan"
        + " argumen dengan ; (mis. min(kapasitas * kelulusan; pendaftar) / pendaftar * 100)."
        + (period == nil ? " Target kosong: target dataset." : "")
        + " Jumlah penarikan, Benih acak (benih sama, hasil sama), Sumber, Ilustrasi (ya/tidak).",
      "Settings: keys in column A, values in column B, notes in column C (not read)."
        + (period == nil
          ? " Year: the scenario's year."
          : " First year and Last year: the Renstra period; Budget: the output that is the"
            + " budget (blank: the first output).")
        + " Formula: the indicator from the drivers, with + - * /, parentheses, min, max,"
        + " clamp; separate arguments with ; (e.g. min(capacity * completion; registrants) /"
        + " registrants * 100)." + (period == nil ? " A blank Target: the dataset's." : "")
        + " Draws, Seed (same seed, same result), Source, Illustrative (yes/no).")
    line(
      "Pemicu: satu baris per pemicu; namanya dipakai di Rumus. Sebaran dan kolom yang diisi:"
        + " tetap (Nilai), normal (Nilai = rata-rata, Simpangan baku), seragam (Min, Maks),"
        + " segitiga (Min, Modus, Maks), lognormal (Nilai = rata-rata, Simpangan baku, dari"
        + " nilainya sendiri), proyeksi penyebut / proyeksi pembilang / proyeksi nilai"
        + " (diproyeksikan dari riwayat indikator; kolom lain kosong). Kata Inggris juga"
        + " diterima (fixed, uniform, triangular, forecast denominator …). Pemicu baru:"
        + " sisipkan baris di dalam blok.",
      "Drivers: one row per driver; its name is used in the Formula. Distribution and the"
        + " columns it fills: fixed (Value), normal (Value = mean, Standard deviation), uniform"
        + " (Min, Max), triangular (Min, Mode, Max), lognormal (Value = mean, Standard"
        + " deviation, of the value itself), forecast denominator / forecast numerator /"
        + " forecast value (forecast from the indicator's history; other columns blank)."
        + " Indonesian words are accepted too (tetap, seragam, segitiga, proyeksi penyebut …)."
        + " A new driver: insert a row inside the block.")
    if period != nil {
      line(
        "Periode: Pertumbuhan per tahun (pecahan antara -1 dan 1: 0,05 atau 5% = 5% per tahun)"
          + " atau Tambahan per tahun (mis. 40) bersama sebaran tetap menjadwalkan Nilai"
          + " sepanjang periode; Korelasi antartahun (-1 sampai 1) bersama sebaran acak"
          + " mengaitkan tarikan tahun-tahunnya.",
        "A period: Growth per year (a fraction between -1 and 1: 0.05 or 5% = 5% a year) or"
          + " Increase per year (e.g. 40) beside a fixed distribution schedules the Value over"
          + " the period; Year-to-year correlation (-1 to 1) beside a random distribution links"
          + " its yearly draws.")
    }
    line(
      "Skenario: satu kolom per skenario sesudah kolom "
        + (period == nil ? "Maks" : "Korelasi antartahun")
        + "; judulnya nama skenario. Sel kosong: seperti dasar (kolom Sebaran dan"
        + " parameternya). Angka: nilai tetap. Teks: sebaran, mis. normal 0,96; 0,02 —"
        + " seragam 0,85; 0,98 — segitiga 900; 1000; 1200 — lognormal 5; 1 — tetap 400 —"
        + " proyeksi penyebut. Skenario baru: tambah kolom dengan judul namanya.",
      "Scenarios: one column per scenario after the column "
        + (period == nil ? "Max" : "Year-to-year correlation")
        + "; its heading is the scenario's name. A blank cell: as in the base (the"
        + " Distribution column and its parameters). A number: a fixed value. Text: a"
        + " distribution, e.g. normal 0.96; 0.02 — uniform 0.85; 0.98 — triangular 900; 1000;"
        + " 1200 — lognormal 5; 1 — fixed 400 — forecast denominator. A new scenario: add a"
        + " column headed by its name.")
    if period != nil {
      line(
        "Periode: nama skenario berada di atas tahun-tahunnya. Isi semua tahun (nilai tiap"
          + " tahun), sebagian tahun (tahun kosong: seperti dasar), atau hanya tahun pertama"
          + " dengan jadwal: tumbuh 400; 0,1 (400 lalu naik 10% per tahun) atau tambah 400; 40"
          + " (400 lalu bertambah 40 per tahun). Nilai sama di semua tahun berarti satu nilai"
          + " untuk seluruh periode.",
        "A period: the scenario's name stands above its years. Fill in every year (a value"
          + " per year), some years (blank years: as in the base), or only the first year with"
          + " a schedule: growth 400; 0.1 (400, then 10% more a year) or step 400; 40 (400,"
          + " then 40 more a year). The same value in every year is one value for the whole"
          + " period.")
    }
    line(
      "Keluaran: Nama dan Rumus (mis. anggaran = kapasitas * biaya_per_kursi); rumus boleh"
        + " memakai keluaran sebelumnya.",
      "Outputs: Name and Formula (e.g. budget = capacity * cost_per_seat); a formula may use"
        + " earlier outputs.")
    line(
      "Korelasi: Pemicu A, Pemicu B dan r (-1 sampai 1) antara dua pemicu acak.",
      "Correlations: Driver A, Driver B and r (-1 to 1) between two random drivers.")
    if period == nil {
      line(
        "Hitung balik: nilai Pemicu yang mencapai Target (kosong: target dataset) dengan"
          + " Peluang (mis. 0,8), dicari antara Min dan Maks (kosong: 0 dan sepuluh kali"
          + " nilainya). Blok kosong: tanpa hitung balik.",
        "Goal seek: the value of the Driver that attains the Target (blank: the dataset's) with"
          + " the Probability (e.g. 0.8), searched between Min and Max (blank: 0 and ten times"
          + " its value). An empty block: no goal seek.")
    } else {
      line(
        "Target per tahun: Tahun dan Target (kosong: target dataset tahun itu). Jalur target:"
          + " jalur yang dicapai skenario (Dari skenario) dengan Peluang (mis. 0,7); blok"
          + " kosong: tanpa jalur.",
        "Targets by year: Year and Target (blank: the dataset's target of that year). Target"
          + " path: the path a scenario (From scenario) attains with a Probability (e.g. 0.7);"
          + " an empty block: no path.")
    }
    line(
      "Angka: ketik sebagai angka. Peluang dan pertumbuhan sebagai pecahan (0,8) atau persen"
        + " (80%); target indikator persen seperti di YAML (65,71).",
      "Numbers: type them as numbers. Probabilities and growth as fractions (0.8) or"
        + " percentages (80%); an indicator's percentage targets as in YAML (65.71).")
    return lines
  }
}
