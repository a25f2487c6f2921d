#!/usr/bin/env python3
"""Converts a content folder's tables to Excel workbooks the way bureaus keep
them, for the workbook equivalence test and the benchmark:

    csv-to-workbooks.py SOURCE DEST [--xls] [--plain] [--shared-strings] [--months-in-one A,B,C]

Copies SOURCE to DEST, then replaces every table CSV (cases/, receptions/,
publicity/, units.csv, domains.csv) by an .xlsx written with XlsxWriter (or, with
--xls, an .xls written with xlwt): a merged title row, an 导出时间 line and a blank
row above the header (unless --plain), dates as date cells in several number
formats (some left as text dates), all-digit case numbers as numbers, 是/否 as
booleans in some rows. --months-in-one puts the named case files (in order) into
one workbook, one sheet per file, under the first file's name. A hidden 说明 sheet
and a visible 汇总 sheet without a table are added to the first case workbook.
XlsxWriter's constant-memory mode keeps big sets (a million rows) in bounds; it
writes inline strings, so --shared-strings turns it off to write the shared-string
table Excel itself writes (one workbook per month file stays small enough).
The cells' values are the CSV's exactly as the builder reads them, so a build
from DEST must give the same figures as one from SOURCE."""
import csv, datetime, os, re, shutil, sys

DATE_COLUMNS = {"登记日期", "信访日期", "来信来访日期", "受理日期", "告知日期", "办结日期", "答复日期", "评价日期", "复查日期", "复核日期", "日期"}
NUMBER_COLUMNS = {"人数", "批次", "人次", "交办件数", "参与单位数", "发放资料", "接受咨询", "展板", "参训人数", "考试人数", "合格人数", "序号"}
BOOLEAN_COLUMNS = {"初信初访", "重复信访", "越级", "延期", "是否化解", "积案", "重点领域"}
ID_COLUMNS = {"信访件编号", "编号", "件号"}
DATE_FORMATS = ["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "yyyy/m/d", 14, "yyyy-mm-dd hh:mm"]
XLS_DATE_FORMATS = ["YYYY-MM-DD", 'YYYY"年"M"月"D"日"', "YYYY/M/D", "M/D/YY", "YYYY-MM-DD HH:MM"]

DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def parse_date(text):
    match = DATE.match(text.strip())
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        return None


def read_csv(path):
    """UTF-8 (with or without BOM) or GB18030, as the builder decides."""
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    rows = [row for row in csv.reader(text.splitlines(keepends=True)) if any(cell.strip() for cell in row)]
    return rows


class XlsxBook:
    def __init__(self, path):
        import xlsxwriter
        self.book = xlsxwriter.Workbook(path, {"constant_memory": not SHARED_STRINGS, "strings_to_numbers": False})
        self.formats = [self.book.add_format({"num_format": f}) for f in DATE_FORMATS]
        self.bold = self.book.add_format({"bold": True})

    def sheet(self, name):
        return XlsxSheet(self, self.book.add_worksheet(name))

    def close(self):
        self.book.close()


class XlsxSheet:
    def __init__(self, book, sheet):
        self.book, self.sheet = book, sheet

    def title(self, row, text, width):
        if width > 1:
            self.sheet.merge_range(row, 0, row, width - 1, text, self.book.bold)
        else:
            self.sheet.write_string(row, 0, text)

    def text(self, r, c, value):
        self.sheet.write_string(r, c, value)

    def number(self, r, c, value):
        self.sheet.write_number(r, c, value)

    def boolean(self, r, c, value):
        self.sheet.write_boolean(r, c, value)

    def date(self, r, c, value, style):
        self.sheet.write_datetime(r, c, datetime.datetime(value.year, value.month, value.day, 9 if style == 4 else 0, 30 if style == 4 else 0),
                                  self.book.formats[style])

    def hide(self):
        self.sheet.hide()


class XlsBook:
    def __init__(self, path):
        import xlwt
        self.xlwt = xlwt
        self.path = path
        self.book = xlwt.Workbook(encoding="utf-8")
        self.formats = [xlwt.easyxf(num_format_str=f) for f in XLS_DATE_FORMATS]

    def sheet(self, name):
        return XlsSheet(self, self.book.add_sheet(name))

    def close(self):
        self.book.save(self.path)


class XlsSheet:
    def __init__(self, book, sheet):
        self.book, self.sheet = book, sheet

    def title(self, row, text, width):
        if width > 1:
            self.sheet.write_merge(row, row, 0, width - 1, text)
        else:
            self.sheet.write(row, 0, text)

    def text(self, r, c, value):
        self.sheet.write(r, c, value)

    def number(self, r, c, value):
        self.sheet.write(r, c, value)

    def boolean(self, r, c, value):
        self.sheet.write(r, c, value)

    def date(self, r, c, value, style):
        self.sheet.write(r, c, datetime.datetime(value.year, value.month, value.day), self.book.formats[style])

    def hide(self):
        self.sheet.visibility = 1


def write_table(sheet, rows, title, plain, salt):
    header = rows[0]
    offset = 0
    if not plain:
        sheet.title(0, title, len(header))
        sheet.text(1, 0, "导出时间：2025-12-01 09:00")
        offset = 3
    for c, name in enumerate(header):
        sheet.text(offset, c, name)
    for n, row in enumerate(rows[1:], start=1):
        r = offset + n
        for c, value in enumerate(row):
            if c >= len(header) or value == "":
                continue
            name = header[c].strip()
            key = (n + c + salt) % 7
            if name in DATE_COLUMNS and key != 3 and parse_date(value):
                sheet.date(r, c, parse_date(value), (n + c) % len(DATE_FORMATS))
            elif name in NUMBER_COLUMNS and value.isdigit():
                sheet.number(r, c, int(value))
            elif name in ID_COLUMNS and value.isdigit() and len(value) <= 15 and not value.startswith("0"):
                sheet.number(r, c, int(value))
            elif name in BOOLEAN_COLUMNS and value in ("是", "否") and key == 1:
                sheet.boolean(r, c, value == "是")
            else:
                sheet.text(r, c, value)


def convert(source, dest, xls=False, plain=False, months_in_one=()):
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(source, dest)
    extension = ".xls" if xls else ".xlsx"
    Book = XlsBook if xls else XlsxBook
    tables = []
    for folder in ("cases", "receptions", "publicity"):
        root = os.path.join(dest, folder)
        if os.path.isdir(root):
            tables += sorted(os.path.join(folder, name) for name in os.listdir(root) if name.endswith(".csv"))
    tables += [name for name in ("units.csv", "domains.csv") if os.path.exists(os.path.join(dest, name))]
    grouped = [os.path.join("cases", name) for name in months_in_one]
    first_case = True
    for relative in tables:
        if relative in grouped[1:]:
            continue
        group = grouped if grouped and relative == grouped[0] else [relative]
        target = os.path.join(dest, os.path.splitext(relative)[0] + extension)
        book = Book(target)
        for salt, member in enumerate(group):
            path = os.path.join(dest, member)
            rows = read_csv(path)
            name = os.path.splitext(os.path.basename(member))[0]
            sheet = book.sheet(name[-2:] + "月" if len(group) > 1 else name[:31])
            write_table(sheet, rows, f"{name} 登记表（系统导出）", plain, salt)
            os.remove(path)
        if relative.startswith("cases") and first_case:
            first_case = False
            summary = book.sheet("汇总")
            summary.text(0, 0, "本月合计")
            notes = book.sheet("说明")
            notes.text(0, 0, "信访件编号")
            notes.text(0, 1, "说明")
            notes.hide()
        book.close()


SHARED_STRINGS = False


def main(argv):
    global SHARED_STRINGS
    SHARED_STRINGS = "--shared-strings" in argv
    args = [a for a in argv if not a.startswith("--")]
    months = []
    if "--months-in-one" in argv:
        months = argv[argv.index("--months-in-one") + 1].split(",")
        args.remove(argv[argv.index("--months-in-one") + 1])
    convert(args[0], args[1], xls="--xls" in argv, plain="--plain" in argv, months_in_one=months)


if __name__ == "__main__":
    main(sys.argv[1:])
