"""Workbooks that are valid ZIP files but hostile: each must give a located
error (exit 1), never a trap, a hang or a stack overflow. Made from the
cases a review found (2026-11-29); run `python3 make.py` here to rebuild."""
import zipfile


def mk(path, sheetxml):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1"/></sheets></workbook>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheetxml + "</sheetData></worksheet>")


header = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1" t="inlineStr"><is><t>y</t></is></c></row>'
mk("bigrow.xlsx", header + '<row r="9223372036854775807"><c r="A9223372036854775807"><v>1</v></c></row>')
mk("longcol.xlsx", header + '<row r="2"><c r="AAAAAAAAAAAAAAAAAAAA2"><v>1</v></c></row>')
mk("widecol.xlsx", header + '<row r="2"><c r="ZZZZZZZ2"><v>1</v></c></row>')
mk("nan.xlsx", header + '<row r="2"><c r="A2"><v>nan</v></c><c r="B2"><v>inf</v></c></row>')
# Past the double range: 1e400 read as inf and 5e-400 as 0 (2026-11-30).
mk("huge.xlsx", header + '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>1e400</v></c></row>')
mk("tiny.xlsx", header + '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>-5e-400</v></c></row>')
mk("deep.xlsx", header + '<row r="2"><c r="A2" t="inlineStr"><is>' + "<r>" * 5000 + "<t>x</t>" + "</r>" * 5000 + "</is></c></row>")
