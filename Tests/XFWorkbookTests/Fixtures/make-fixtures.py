#!/usr/bin/env python3
"""Writes the workbook fixtures with real writers and, beside each, what an
independent reader (openpyxl for .xlsx, xlrd for .xls) sees in it:
`<fixture>.expected.tsv`, one line per non-empty cell:
    sheet <TAB> ref <TAB> kind <TAB> value
kind is text/number/date/boolean/error; numbers are plain decimals of the
shortest literal, dates ISO civil dates. Also `<fixture>.sheets.tsv`: name and
visible/hidden, in workbook order.

Run from this folder: python3 make-fixtures.py   (needs xlsxwriter, openpyxl,
xlwt, xlrd, and soffice for the LibreOffice conversions)."""
import datetime, decimal, os, shutil, subprocess, sys, tempfile

import openpyxl, xlrd, xlsxwriter, xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["信访件编号", "登记日期", "信访形式", "内容分类", "问题领域", "责任单位", "姓名", "受理情况", "受理日期", "重复信访"]


def plain(number):
    if isinstance(number, bool):
        return "1" if number else "0"
    if float(number) == int(number) and abs(number) < 1e15:
        return str(int(number))
    text = format(decimal.Decimal(repr(float(number))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def xlsxwriter_book(path):
    book = xlsxwriter.Workbook(path)
    iso = book.add_format({"num_format": "yyyy-mm-dd"})
    chinese = book.add_format({"num_format": 'yyyy"年"m"月"d"日"'})
    builtin = book.add_format({"num_format": 14})
    slash = book.add_format({"num_format": "yyyy/m/d h:mm"})
    bold = book.add_format({"bold": True})
    red = book.add_format({"font_color": "red"})
    quoted = book.add_format({"num_format": '"第"0"号"'})
    sheet = book.add_worksheet("11月")
    sheet.merge_range("A1:J1", "2025年11月信访事项登记表", bold)
    sheet.write("A2", "导出时间：2025-12-01")
    for column, name in enumerate(HEADER):
        sheet.write(3, column, name)
    rows = [
        (202511000001, datetime.date(2025, 11, 3), iso, "来信", "申诉求决", "城乡建设", "城关镇", "张三", "受理", datetime.date(2025, 11, 5), True),
        (123456789012345678, datetime.date(2025, 11, 4), chinese, "来访", "建议意见", "教育", "rich", "李四", "", None, False),
        ("XF-2025-0003", "2025/11/5", None, "网上", "检举控告", "民政", "东湖街道", "王五", "不予受理", "2025年11月7日", None),
        (45, datetime.datetime(2025, 11, 6, 14, 30), slash, "电话", "申诉求决", "金融", "城关镇", "赵六", "", None, "是"),
        (46, datetime.date(2025, 11, 7), builtin, "来信", "申诉求决", "其他", "城关镇", "孙七", "", None, None),
    ]
    for offset, (case_id, registered, fmt, channel, category, domain, unit, name, acceptance, accepted, repeat) in enumerate(rows):
        r = 4 + offset
        sheet.write(r, 0, case_id)
        if fmt is None:
            sheet.write_string(r, 1, registered)
        else:
            sheet.write_datetime(r, 1, registered, fmt)
        sheet.write(r, 2, channel)
        sheet.write(r, 3, category)
        sheet.write(r, 4, domain)
        if unit == "rich":
            sheet.write_rich_string(r, 5, "东湖", red, "街道")
        else:
            sheet.write(r, 5, unit)
        sheet.write(r, 6, name)
        if acceptance:
            sheet.write(r, 7, acceptance)
        if isinstance(accepted, datetime.date):
            sheet.write_datetime(r, 8, accepted, iso)
        elif accepted:
            sheet.write_string(r, 8, accepted)
        if isinstance(repeat, bool):
            sheet.write_boolean(r, 9, repeat)
        elif repeat:
            sheet.write(r, 9, repeat)
    sheet.write_formula(9, 0, "=NA()", None, "#N/A")
    sheet.write_formula(9, 1, "=A5&\"\"", None, "202511000001")
    sheet.write_number(9, 2, 7, quoted)
    sheet.write_number(9, 3, 0.1)
    sheet.write_number(9, 4, -2.5e-7)
    second = book.add_worksheet("12月")
    for column, name in enumerate(HEADER):
        second.write(0, column, name)
    second.write(1, 0, "XF-2025-1201")
    second.write_datetime(1, 1, datetime.date(2025, 12, 1), iso)
    second.write(3, 0, "XF-2025-1203")
    second.write(3, 25, "Z列")
    second.write(3, 26, "AA列")
    hidden = book.add_worksheet("说明")
    hidden.write(0, 0, "本表为说明，隐藏")
    hidden.hide()
    book.close()


def openpyxl_book(path):
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "登记表"
    sheet.append(["信访件编号", "登记日期", "人数"])
    sheet.append(["A-1", datetime.date(2024, 2, 29), 3])
    sheet.append(["A-2", datetime.date(1904, 1, 2), 1])
    sheet.append(["A-3", datetime.datetime(2024, 12, 31, 23, 59), 2])
    sheet["B3"].number_format = "yyyy-mm-dd"
    sheet.append(["A-4", "2024-03-01", True])
    hidden = book.create_sheet("旧表")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "x"
    book.save(path)


def xlwt_book(path):
    book = xlwt.Workbook(encoding="utf-8")
    iso = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    chinese = xlwt.easyxf(num_format_str='YYYY"年"M"月"D"日"')
    sheet = book.add_sheet("2025年11月")
    sheet.write_merge(0, 0, 0, 9, "信访事项登记表（系统导出）")
    sheet.write(1, 0, "导出时间：2025-12-01")
    for column, name in enumerate(HEADER):
        sheet.write(2, column, name)
    sheet.write(3, 0, 202511000001)
    sheet.write(3, 1, datetime.date(2025, 11, 3), iso)
    sheet.write(3, 2, "来信")
    sheet.write(3, 5, "城关镇")
    sheet.write(3, 6, "张三")
    sheet.write(3, 9, True)
    sheet.write(4, 0, "XF-0002")
    sheet.write(4, 1, datetime.date(2025, 11, 30), chinese)
    sheet.write(4, 2, "网上")
    sheet.write(4, 3, 12.5)
    sheet.write(4, 4, 100)
    sheet.write(4, 5, "东湖街道" * 3)
    sheet.write(5, 0, "XF-0003")
    sheet.write(5, 1, "2025/11/5")
    sheet.write(5, 7, xlwt.Formula('"受"&"理"'))
    hidden = book.add_sheet("隐藏")
    hidden.write(0, 0, "x")
    hidden.visibility = 1
    book.add_sheet("空表")
    book.save(path)


def expected_openpyxl(path):
    book = openpyxl.load_workbook(path, data_only=True)
    lines, sheets = [], []
    for sheet in book.worksheets:
        sheets.append(f"{sheet.title}\t{'visible' if sheet.sheet_state == 'visible' else 'hidden'}")
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if value is None or value == "":
                    continue
                if isinstance(value, bool):
                    kind, text = "boolean", "1" if value else "0"
                elif isinstance(value, (datetime.datetime, datetime.date)):
                    kind, text = "date", value.strftime("%Y-%m-%d")
                elif isinstance(value, (int, float)):
                    kind, text = "number", plain(value)
                elif cell.data_type == "e":
                    kind, text = "error", value
                else:
                    kind, text = "text", str(value)
                lines.append(f"{sheet.title}\t{cell.coordinate}\t{kind}\t{text}")
    return lines, sheets


def expected_xlrd(path):
    book = xlrd.open_workbook(path, formatting_info=True)
    lines, sheets = [], []
    for sheet in book.sheets():
        sheets.append(f"{sheet.name}\t{'visible' if sheet.visibility == 0 else 'hidden'}")
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                ref = xlrd.formula.cellname(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) or cell.value == "":
                    continue
                if cell.ctype == xlrd.XL_CELL_DATE:
                    y, m, d, *_ = xlrd.xldate_as_tuple(cell.value, book.datemode)
                    kind, text = "date", f"{y:04d}-{m:02d}-{d:02d}"
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    kind, text = "number", plain(cell.value)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    kind, text = "boolean", "1" if cell.value else "0"
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    kind, text = "error", xlrd.error_text_from_code[cell.value]
                else:
                    kind, text = "text", cell.value
                lines.append(f"{sheet.name}\t{ref}\t{kind}\t{text}")
    return lines, sheets


def write_expected(path, reader):
    lines, sheets = reader(path)
    with open(path + ".expected.tsv", "w", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in lines))
    with open(path + ".sheets.tsv", "w", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in sheets))


def soffice_convert(source, extension, target):
    with tempfile.TemporaryDirectory() as work:
        filter_name = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97"}[extension]
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", filter_name,
                        "--outdir", work, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + "." + extension)
        shutil.copyfile(produced, target)


def deflate_streams():
    """Raw deflate streams (default and fixed-Huffman-only) of text with far
    matches and an incompressible stretch, for the inflater alone."""
    import random, zlib
    random.seed(7)
    noise = bytes(random.getrandbits(8) for _ in range(6000))
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>' % (i, i, i % 97) for i in range(1500))
    data = ("信访事项登记表," * 50).encode() + noise + rows + noise[:3000]
    for name, compressor in (("deflate-mixed.bin", zlib.compressobj(9, zlib.DEFLATED, -15)),
                             ("deflate-fixed.bin", zlib.compressobj(1, zlib.DEFLATED, -15, 8, zlib.Z_FIXED))):
        with open(name, "wb") as out:
            out.write(compressor.compress(data) + compressor.flush())
    with open("deflate-source.txt", "w") as out:
        out.write("%d %d\n" % (len(data), zlib.crc32(data)))


def deflate_long_codes():
    """A raw deflate stream whose literal code runs to 15 bits (byte k is about
    2^-k of the text, in random order), so the inflater's second-level tables are used."""
    import random, zlib
    random.seed(15)
    data = bytearray()
    for k in range(20):
        data += bytes([0x41 + k]) * max(1, (1 << 16) >> k)
    random.shuffle(data)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    with open("deflate-long-codes.bin", "wb") as out:
        out.write(compressor.compress(bytes(data)) + compressor.flush())
    with open("deflate-long-codes.txt", "w") as out:
        out.write("%d %d\n" % (len(data), zlib.crc32(bytes(data))))


def bomb():
    """A valid workbook whose first sheet part inflates to 40 MB of spaces."""
    import io, zipfile
    source = zipfile.ZipFile("xlsxwriter-cases.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 << 20))
            z.writestr(info.filename, data)
    with open("bomb.xlsx", "wb") as f:
        f.write(out.getvalue())


def xlwt_many_strings(path):
    """Enough distinct strings (UTF-16 and Latin-1) that the SST runs on into CONTINUE records."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("共享文字")
    for r in range(700):
        sheet.write(r, 0, "第%d号信访事项东湖街道城关镇" % r if r % 3 else "plain ascii text %05d" % r)
    book.save(path)


def main():
    os.chdir(HERE)
    deflate_streams()
    deflate_long_codes()
    xlwt_many_strings("xlwt-continue.xls")
    write_expected("xlwt-continue.xls", expected_xlrd)
    xlsxwriter_book("xlsxwriter-cases.xlsx")
    write_expected("xlsxwriter-cases.xlsx", expected_openpyxl)
    bomb()
    openpyxl_book("openpyxl-1904.xlsx")
    write_expected("openpyxl-1904.xlsx", expected_openpyxl)
    xlwt_book("xlwt-cases.xls")
    write_expected("xlwt-cases.xls", expected_xlrd)
    if shutil.which("soffice"):
        soffice_convert("xlsxwriter-cases.xlsx", "xls", "libreoffice-cases.xls")
        write_expected("libreoffice-cases.xls", expected_xlrd)
        soffice_convert("xlwt-cases.xls", "xlsx", "libreoffice-cases.xlsx")
        write_expected("libreoffice-cases.xlsx", expected_openpyxl)
    else:
        print("soffice not found: LibreOffice fixtures not rewritten", file=sys.stderr)


if __name__ == "__main__":
    main()
