"""Workbooks holding Excel formulas, with and without the values a
spreadsheet program computes and stores with them (CellGrid+WorkbookTests,
ImportTests, PanelFileTests, ScenarioTemplateTests).

openpyxl writes a formula without its value (`<f>C2*1.1</f><v/>`): the
files made with it are what a planner's script leaves. `cached.xlsx` is
written by hand as Excel and LibreOffice save formulas: with their values.

Run `python3 make.py IKUPLAN` here to rebuild, IKUPLAN being the built
binary (`.build/debug/ikuplan`), which writes the scenario template that
`skenario-rumus.xlsx` is made from."""
import os
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

# A dataset's realisations: the 2024 value a formula of the 2023 one.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Realisasi"
sheet.append(["kode", "tahun", "realisasi", "target", "sumber"])
sheet.append(["IKU-1", 2023, 39.67, 60, "ilustrasi"])
sheet.append(["IKU-1", 2024, "=C2*1.1", 65.71, "ilustrasi"])
book.save("realisasi.xlsx")

# An IKU sheet: the 2025 target a formula of the 2024 realisation.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "IKU 2025"
sheet.append(["NO", "INDIKATOR KINERJA", "SATUAN", "REALISASI 2024", "TARGET 2025"])
sheet.append(["1.", "Persentase tenaga kerja kompeten", "%", 39.67, "=D2*1.1"])
book.save("iku.xlsx")

# A wide panel: one value a formula.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Panel"
sheet.append(["id", "v1", "v2", "v3"])
sheet.append(["A", 1, "=B2+1", 3])
book.save("panel.xlsx")

# Formulas as Excel saves them, with their values: a number, a computed
# empty text (`t="str"`, an empty `<v>`), a boolean; and, written without
# values, a text formula and a number formula.
cells = (
    '<c r="A1"><f>1+1</f><v>2</v></c>'
    '<c r="B1" t="str"><f>IF(A1=2,"","x")</f><v></v></c>'
    '<c r="C1" t="b"><f>A1=2</f><v>1</v></c>'
    '<c r="D1" t="str"><f>"a"&amp;"b"</f></c>'
    '<c r="E1"><f>A1*2</f></c>'
)
with zipfile.ZipFile("cached.xlsx", "w") as z:
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1"/></sheets></workbook>')
    z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' + cells + "</row></sheetData></worksheet>")

# The bundled one-year scenario template with "+2 angkatan"'s capacity
# (I14) a formula of the base capacity (C14), as a planner's script writes
# it.
with tempfile.TemporaryDirectory() as folder:
    template = os.path.join(folder, "t.xlsx")
    subprocess.run([sys.argv[1], "scenario", "--template", template], check=True)
    book = openpyxl.load_workbook(template)
    book["Skenario"]["I14"] = "=C14*1.2"
    book.save("skenario-rumus.xlsx")
