/// The scenario documents' own Indonesian words.
///
/// Headings, columns and sentences, which English output must not have.
/// The planner's data — indicator, scenario and driver names, sources —
/// may be in Indonesian in either language.
public let scenarioIndonesianWords = [
  "Skenario", "Proyeksi", "Peluang", "Selisih", "poin persen", "nilai tengah", "Pemicu",
  "Hitung balik", "Rentang", "penarikan", "Tahun", "Kondisi", "Catatan", "Jumlah", "Sumber",
  "Memakai", "Kategori", "Rata-rata", "Keluaran", "Satuan", "Indikator", "Hasil", "Jalur",
  "Sensitivitas", "tidak", "diperlukan", "bukan", "peluang", "Tabel",
]

/// What Indonesian scenario output must not say: `pp` for percentage
/// points, "Median" for the projection, SAKIP's *sasaran* for the goal
/// seek.
public let scenarioForbiddenIndonesianWords = [" pp", "Median", "Sasaran", "sasaran"]
