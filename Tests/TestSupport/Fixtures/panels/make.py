"""Panels as .xlsx workbooks, for the panel reader's workbook path
(PanelFileTests). Run `python3 make.py` here to rebuild."""
import zipfile


def cell(ref, value):
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def mk(path, rows):
    xml = ""
    for number, values in rows:
        cells = "".join(cell(f"{'ABCDEFGH'[i]}{number}", v) for i, v in enumerate(values) if v is not None)
        xml += f'<row r="{number}">{cells}</row>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Panel" sheetId="1"/></sheets></workbook>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + xml + "</sheetData></worksheet>")


# The wide form: a header, numbers stored as numbers, a sheet row missing
# (row 3), a leading "n/a" and a trailing empty cell.
mk("wide.xlsx", [
    (1, ["id", "v1", "v2", "v3"]),
    (2, ["A", 1, 2.5, 3]),
    (4, ["B", "n/a", 4, 5.25]),
    (5, ["C", 7, 8, None]),
])
# A gap: C4 is missing between two values of row 4.
mk("gap.xlsx", [
    (1, ["id", "v1", "v2", "v3", "v4"]),
    (2, ["A", 1, 2, 3, 4]),
    (4, ["B", 1, 2, None, 4]),
])
