"""Writes one dataset in three forms, for the loader tests:

  id-csv/  Indonesian Excel export: ';', decimal comma, thousands dot,
           units after numbers (39,67%, 5.517 Orang), UTF-8 BOM, CRLF,
           quoted fields;
  en-csv/  dot-decimal ',' CSV with the English column aliases
           (code, year, actual, ...), thousands comma (5,517), LF and
           trailing blank lines;
  xlsx/    .xlsx workbooks written as Excel writes them (shared strings, a
           rich-text run, numbers stored as numbers, numbers typed as text
           in the Indonesian format) - one part, triwulan.xlsx, written by
           openpyxl (inline strings);
the seed IKU sheet as a workbook (seed-sheet.xlsx), cell for cell; and the
NIST Norris data as a workbook of stored numbers (norris.xlsx), for
`ikuplan regress`.

The indicators and the 2024/2025 values are those of the signed
Tanjungpinang IKU sheet (Tests/TestSupport/Fixtures/seed); the quarterly
values are made up for the test and marked 'ilustrasi'.

Run: python3 make_fixtures.py   (needs openpyxl only for triwulan.xlsx)
"""
import os
import zipfile
from xml.sax.saxutils import escape

SHEET = "lembar IKU 000_c3b032ff4e606fc2.txt (ditetapkan Maret 2025)"
TITLE = "Dinas Tenaga Kerja Koperasi dan Usaha Mikro Kota Tanjungpinang"
INDICATORS = [
    # code, objective, name, unit, polarity, min, max, numerator, denominator, rollup
    ("IKU-1", "Meningkatnya kualitas dan penyerapan tenaga kerja.",
     "Prosentase Peningkatan Tenaga Kerja Yang Kompeten", "%", "naik", 0, 100,
     "Jumlah tenaga kerja yang dilatih", "jumlah Pendaftar pelatihan; berbasis kompetensi", "terakhir"),
    ("IKU-2", "Meningkatnya Penempatan dan Perluasan Kesempatan Kerja",
     "Prosentase Pencari Kerja yang Ditempatkan", "%", "naik", 0, 100, "", "", "terakhir"),
    ("IKU-5", "Meningkatnya pembinaan dan pemberdayaan Usaha Mikro di Kota Tanjungpinang",
     "Jumlah Usaha Mikro yang dibina", "orang", "naik", 0, None, "", "", "jumlah"),
]
# code, year, actual, target (as numbers)
ANNUAL = [
    ("IKU-1", 2024, 39.67, None), ("IKU-1", 2025, None, 65.71),
    ("IKU-2", 2024, 55.04, None), ("IKU-2", 2025, None, 39.0),
    ("IKU-5", 2024, 5517, None), ("IKU-5", 2025, None, 5575),
]
QUARTERLY = [
    # code, year, quarter, actual, numerator, denominator
    ("IKU-1", 2025, 1, 12.5, 25, 200), ("IKU-1", 2025, 2, 25.75, 103, 400),
    ("IKU-5", 2025, 1, 1234, None, None), ("IKU-5", 2025, 2, 2468, None, None),
]
ILLUSTRATIVE = "ilustrasi (nilai uji, bukan data resmi)"


def id_number(value, unit=None, group=True):
    """39.67 -> '39,67'; 5517 -> '5.517'."""
    if value is None:
        return ""
    text = repr(float(value)).rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    whole, _, fraction = text.partition(".")
    if group and len(whole) > 3:
        whole = f"{int(whole):,}".replace(",", ".")
    out = whole + ("," + fraction if fraction else "")
    return out + (unit or "")


def en_number(value, unit=None):
    if value is None:
        return ""
    text = f"{value:,}" if value == int(value) and value >= 1000 else repr(float(value)).rstrip("0").rstrip(".")
    return text + (unit or "")


def csv_field(text, delimiter):
    if delimiter in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path, rows, delimiter, ending, bom=False, trailer=""):
    with open(path, "w", encoding="utf-8", newline="") as out:
        if bom:
            out.write("\ufeff")
        for row in rows:
            out.write(delimiter.join(csv_field(str(c), delimiter) for c in row) + ending)
        out.write(trailer)


def indonesian_csv(folder):
    os.makedirs(folder, exist_ok=True)
    write_csv(f"{folder}/dataset.csv", [["judul", "sumber"], [TITLE, SHEET]], ";", "\r\n", bom=True)
    rows = [["kode", "sasaran", "indikator", "satuan", "polaritas", "min", "maks", "pembilang", "penyebut", "konsolidasi"]]
    for c, o, n, u, p, lo, hi, num, den, r in INDICATORS:
        rows.append([c, o, n, u, p, id_number(lo), id_number(hi), num, den, r])
    write_csv(f"{folder}/indikator.csv", rows, ";", "\r\n", bom=True)
    rows = [["kode", "tahun", "realisasi", "target", "sumber"]]
    for code, year, actual, target in ANNUAL:
        unit = "%" if code != "IKU-5" else " Orang"
        rows.append([code, year, id_number(actual, unit), id_number(target, unit if code == "IKU-1" else None), SHEET])
    write_csv(f"{folder}/realisasi.csv", rows, ";", "\r\n", bom=True, trailer="\r\n\r\n")
    rows = [["kode", "tahun", "triwulan", "realisasi", "pembilang", "penyebut", "sumber"]]
    for code, year, q, actual, num, den in QUARTERLY:
        rows.append([code, year, q, id_number(actual, " %" if code == "IKU-1" else None), id_number(num), id_number(den), ILLUSTRATIVE])
    write_csv(f"{folder}/triwulan.csv", rows, ";", "\r\n", bom=True)


def english_csv(folder):
    os.makedirs(folder, exist_ok=True)
    write_csv(f"{folder}/dataset.csv", [["title", "source"], [TITLE, SHEET]], ",", "\n")
    rows = [["code", "objective", "indicator", "unit", "polarity", "min", "max", "numerator", "denominator", "rollup"]]
    words = {"naik": "higher", "terakhir": "last", "jumlah": "sum"}
    for c, o, n, u, p, lo, hi, num, den, r in INDICATORS:
        rows.append([c, o, n, u, words[p], en_number(lo), en_number(hi), num, den, words[r]])
    write_csv(f"{folder}/indikator.csv", rows, ",", "\n")
    rows = [["code", "year", "actual", "target", "source"]]
    for code, year, actual, target in ANNUAL:
        rows.append([code, year, en_number(actual), en_number(target), SHEET])
    write_csv(f"{folder}/realisasi.csv", rows, ",", "\n", trailer="\n\n")
    rows = [["code", "year", "quarter", "actual", "numerator", "denominator", "source"]]
    for code, year, q, actual, num, den in QUARTERLY:
        rows.append([code, year, q, en_number(actual), en_number(num), en_number(den), ILLUSTRATIVE])
    write_csv(f"{folder}/triwulan.csv", rows, ",", "\n")


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def excel_workbook(path, rows, sheet_name="Sheet1", rich_first=False):
    """A workbook as Excel writes it: strings shared, numbers as numbers.
    A cell value is a str (shared string), ("num", x) (stored number) or
    None (no cell)."""
    shared, index = [], {}
    cells_xml = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            if value is None:
                continue
            ref = f"{column_letter(c)}{r}"
            if isinstance(value, tuple):
                cells.append(f'<c r="{ref}"><v>{value[1]!r}</v></c>')
            else:
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    si = []
    for i, text in enumerate(shared):
        if rich_first and i == 0 and len(text) > 2:
            si.append(f'<si><r><t>{escape(text[:2])}</t></r><r><rPr><b/></rPr><t>{escape(text[2:])}</t></r></si>')
        else:
            si.append(f'<si><t xml:space="preserve">{escape(text)}</t></si>')
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {main} {rel}><sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId7"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {main} {rel}><sheetData>{"".join(cells_xml)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {main} count="{len(shared)}" uniqueCount="{len(shared)}">{"".join(si)}</sst>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            # A fixed timestamp keeps the bytes the same from run to run.
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def xlsx(folder):
    os.makedirs(folder, exist_ok=True)
    excel_workbook(f"{folder}/dataset.xlsx", [["judul", "sumber"], [TITLE, SHEET]])
    rows = [["kode", "sasaran", "indikator", "satuan", "polaritas", "min", "maks", "pembilang", "penyebut", "konsolidasi"]]
    for c, o, n, u, p, lo, hi, num, den, r in INDICATORS:
        rows.append([c, o, n, u, p, ("num", lo), None if hi is None else ("num", hi), num or None, den or None, r])
    excel_workbook(f"{folder}/indikator.xlsx", rows, sheet_name="Indikator", rich_first=True)
    rows = [["kode", "tahun", "realisasi", "target", "sumber"]]
    for code, year, actual, target in ANNUAL:
        # IKU-1 stored as numbers; IKU-2 and IKU-5 typed as Indonesian text.
        def cell(v):
            if v is None:
                return None
            if code == "IKU-1":
                return ("num", v)
            return id_number(v, " Orang" if code == "IKU-5" else "%")
        rows.append([code, ("num", year), cell(actual), cell(target), SHEET])
    excel_workbook(f"{folder}/realisasi.xlsx", rows, sheet_name="Realisasi")
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Triwulan"
    ws.append(["kode", "tahun", "triwulan", "realisasi", "pembilang", "penyebut", "sumber"])
    for code, year, q, actual, num, den in QUARTERLY:
        ws.append([code, year, q, actual, num, den, ILLUSTRATIVE])
    wb.save(f"{folder}/triwulan.xlsx")


def seed_workbook(path):
    here = os.path.dirname(os.path.abspath(__file__))
    text = open(os.path.join(here, "..", "seed", "000_c3b032ff4e606fc2.txt"), encoding="utf-8").read()
    rows = [[c if c.strip() else None for c in line.split("\t")] for line in text.splitlines()]
    excel_workbook(path, rows, sheet_name="IKU 2025")


def norris_workbook(path):
    here = os.path.dirname(os.path.abspath(__file__))
    lines = open(os.path.join(here, "..", "nist-strd", "Norris.dat"), encoding="ascii").read().splitlines()
    rows = [["y", "x"]] + [[("num", float(y)), ("num", float(x))] for y, x in (l.split() for l in lines[60:96])]
    excel_workbook(path, rows, sheet_name="Norris")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    indonesian_csv("id-csv")
    english_csv("en-csv")
    xlsx("xlsx")
    seed_workbook("seed-sheet.xlsx")
    norris_workbook("norris.xlsx")
