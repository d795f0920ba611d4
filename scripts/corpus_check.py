#!/usr/bin/env python3
"""Real-world corpus check (issue 11): for each spreadsheet in a folder,
what an independent reader finds, what koonti's reader finds, and what a
`koonti merge` of the file alone costs.

    python3 scripts/corpus_check.py DIR KOONTI CELLS [--max-rss-mib 512]

KOONTI is the koonti binary, CELLS the `cells` example of koonti-ingest.
Per file it prints: the independent reader's non-empty cells and text
characters (openpyxl for xlsx/xlsm, xlrd for xls, odfpy for ods, LibreOffice
converting to xlsx for anything else), koonti's, the cells lost on reading
(independent minus koonti's; characters too, for texts cut short), the
merge's exit status, peak memory and time, and the cells it lists as
unmatched. A file koonti refuses with a finding (a limit) is "refused", not
lost; cells past a sheet's cell limit (or the file's), counted in a
`cells_not_read` (`file_cells_not_read`) finding, are not lost either: such
a finding must name the file, the sheet and the cells read and not read,
and the cells read must be the sheet's first, row by row (an .ods's cells
by odfpy then), each listed as unmatched, the rest not.

For an .xlsx/.xlsm/.xls merged without any table read from it (every file
of a real-world corpus that is no response), and for each generated file
whose cells its generator lists in `.expected-cells.json` (an .xlsb's
cached errors, a macro sheet, cells at a sheet's far corners in every
format), each cell the independent reader (or the generator) has must also
be in the report (issue 22: nothing lost, as a property):
listed as unmatched at its sheet and address with its value (a text exactly,
a number as the same number, a date as its ISO date), or read as feedback
or a support request from that cell; a number in a date format that is no
date also named in a `number_not_a_date` finding. A file with cells not so
placed is a problem ("UNPLACED"). Exits 1 when a file lost cells or characters, a cell
was unplaced, a merge failed or took more memory than allowed.
"""
import concurrent.futures
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile


ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}


def text_cells(values):
    """(cells, characters of the texts) of an iterable of cell values."""
    cells = chars = 0
    for value in values:
        if value is None:
            continue
        if isinstance(value, str):
            value = value.replace("\0", "")
            if not value.strip():
                continue
            # Error values are cells, not text (openpyxl also makes one of a
            # number in a date format past 9999).
            if value not in ERROR_VALUES:
                chars += len(value)
        cells += 1
    return cells, chars


def xlsx_cells(path):
    """{(sheet, address): value} of an .xlsx's non-empty cells (openpyxl)."""
    import openpyxl
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, data_only=True)
    cells = {}
    for sheet in book.worksheets:
        for cell in getattr(sheet, "_cells", {}).values():
            value = cell.value
            if value is None or (isinstance(value, str) and not value.replace("\0", "").strip()):
                continue
            # openpyxl makes a date of a negative serial (before 1900).
            if isinstance(value, datetime.datetime) and value.year < 1900:
                value = NoDate(excel_serial(value))
            cells[(sheet.title, cell.coordinate)] = value
    return cells


class NoDate(float):
    """A number in a date or time format that is no date (before 1900):
    koonti keeps the number and names the cell in a `number_not_a_date`
    finding."""


def excel_serial(day):
    """The 1900-system serial of a datetime (Excel's leap day aside)."""
    return (day - datetime.datetime(1899, 12, 30)).total_seconds() / 86400


def xls_cells(path):
    """{(sheet, address): value} of an .xls's non-empty cells (xlrd): a date
    cell as a date, time or datetime, one that is no date as a NoDate."""
    import xlrd

    book = xlrd.open_workbook(path, formatting_info=True)

    def elapsed(cell):
        """Whether the cell's format is an elapsed time ([h]:mm:ss): a
        duration, a number to koonti, not a date."""
        xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
        fmt = book.format_map.get(xf.format_key) if xf else None
        return bool(fmt and re.search(r"\[(h+|m+|s+)\]", fmt.format_str, re.I))

    cells = {}
    for sheet in book.sheets():
        for row in range(sheet.nrows):
            for col, cell in enumerate(sheet.row(row)):
                kind, value = cell.ctype, cell.value
                if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                if kind == xlrd.XL_CELL_TEXT and not value.replace("\0", "").strip():
                    continue
                if kind == xlrd.XL_CELL_DATE and elapsed(cell):
                    pass
                elif kind == xlrd.XL_CELL_DATE:
                    if not 0 <= value < 2958466:
                        value = NoDate(value)
                    elif value < 1:
                        value = xlrd.xldate_as_datetime(value, book.datemode).time()
                    else:
                        value = xlrd.xldate_as_datetime(value, book.datemode)
                elif kind == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif kind == xlrd.XL_CELL_ERROR:
                    value = xlrd.error_text_from_code.get(value, "#N/A")
                cells[(sheet.name, xlrd.cellname(row, col))] = value
    return cells


def column_name(col):
    """The letters of a zero-based column (0 → A, 26 → AA)."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name


def row_col(address):
    """(row, column), zero-based, of an A1 address: the order a reader
    stores cells in, row by row."""
    letters = address.rstrip("0123456789")
    col = 0
    for letter in letters:
        col = col * 26 + ord(letter) - 64
    return int(address[len(letters):]) - 1, col - 1


def ods_walk(path):
    """Each cell element of an .ods's tables (odfpy), with where it stands:
    (table, row, column, rows it repeats down, columns across, value type,
    shown text, the element)."""
    from odf.opendocument import load
    from odf.table import Table, TableRow
    from odf import teletype

    for table in load(path).spreadsheet.getElementsByType(Table):
        name = table.getAttribute("name")
        row = 0
        for table_row in table.getElementsByType(TableRow):
            rows = int(table_row.getAttribute("numberrowsrepeated") or 1)
            col = 0
            for cell in table_row.childNodes:
                if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                    continue
                cols = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                kind = cell.getAttribute("valuetype")
                yield name, row, col, rows, cols, kind, teletype.extractText(cell), cell
                col += cols
            row += rows


def ods_cells(path):
    """{(sheet, address): value} of an .ods's non-empty cells (odfpy): a
    text as its text, a number as a float, anything else as its shown
    text."""
    cells = {}
    for name, row, col, rows, cols, kind, text, cell in ods_walk(path):
        if kind in ("float", "percentage", "currency"):
            value = float(cell.getAttribute("value"))
        else:
            value = text if text.strip() else None
        if value is not None:
            for r in range(row, row + rows):
                for c in range(col, col + cols):
                    cells[(name, f"{column_name(c)}{r + 1}")] = value
    return cells


def same_value(indep, shown):
    """Whether koonti's text `shown` is the independent reader's value."""
    if isinstance(indep, bool):
        return shown == ("TRUE" if indep else "FALSE")
    if isinstance(indep, (int, float)):
        try:
            return float(shown) == float(indep)
        except ValueError:
            return False
    if isinstance(indep, (datetime.datetime, datetime.date, datetime.time)):
        # A number in a date format that is no date (before 1900: openpyxl
        # makes one of a negative serial) stays the number in koonti.
        try:
            number = float(shown)
        except ValueError:
            number = None
        if number is not None and not isinstance(indep, datetime.time):
            day = indep if isinstance(indep, datetime.datetime) else datetime.datetime.combine(indep, datetime.time(0))
            serial = (day - datetime.datetime(1899, 12, 30)).total_seconds() / 86400
            return abs(serial - number) < 1e-6
    if isinstance(indep, datetime.datetime):
        if indep.time() == datetime.time(0):
            return shown == indep.date().isoformat()
        return shown.replace("T", " ").startswith(indep.isoformat(sep=" ")[:19])
    if isinstance(indep, datetime.time):
        return shown == indep.isoformat()[:8]
    if isinstance(indep, datetime.date):
        return shown == indep.isoformat()
    if isinstance(indep, datetime.timedelta):
        try:
            return abs(float(shown) - indep.total_seconds() / 86400) < 1e-6
        except ValueError:
            return False
    text = str(indep).replace("\0", "")
    if text.startswith("#"):
        # openpyxl turns a number in a date format past 9999 into an error;
        # koonti keeps the number.
        try:
            float(shown)
            return True
        except ValueError:
            pass
    # xlrd stops a LABEL at its first CONTINUE record (as calamine does;
    # koonti reads it whole): the independent reader's text is then the
    # start of koonti's.
    return shown == text or (len(text) >= 8000 and shown.startswith(text))


def unplaced(path, report, name, expected=None, cut=None):
    """Cells of `path` the report neither lists nor read, when no table was
    read from it; None when the check does not apply. `expected` is the
    file's cells as its generator wrote them (sheet, address, text), else an
    independent reader's are taken (openpyxl for .xlsx/.xlsm, xlrd for
    .xls, odfpy for an .ods read in part). A number in a date format that is
    no date must also be named in a `number_not_a_date` finding. `cut` is
    {sheet: cells read} of the sheets read in part: their first cells, row
    by row, must be listed and the rest not (issue 22: the cells up to the
    limit are read, the rest counted)."""
    ext = os.path.splitext(path)[1].lower()
    if expected is not None:
        cells = {(sheet, cell): text for sheet, cell, text in expected}
    elif ext in (".xlsx", ".xlsm"):
        cells = xlsx_cells(path)
    elif ext == ".xls":
        cells = xls_cells(path)
    elif ext == ".ods" and cut:
        cells = ods_cells(path)
    else:
        return None
    cut = cut or {}
    not_read = set()
    for sheet, read in cut.items():
        at = sorted((row_col(a), a) for s, a in cells if s == sheet)
        not_read.update((sheet, a) for _, a in at[read:])
    if any(a.get("source") and a["source"].get("file") in (name, path) for a in report.get("answers", [])):
        return None
    placed = {}
    for u in report.get("unmatched", []):
        placed[(u["sheet"], u["cell"])] = u["text"]
    for key in ("feedback", "support_requests"):
        for item in report.get(key, []):
            placed.setdefault((item["source"]["sheet"], item["source"]["cell"]), None)
    noted = {(f.get("sheet"), f.get("cell")) for f in report.get("findings", []) if f.get("code") == "number_not_a_date"}
    missing = []
    for at, value in cells.items():
        if at in not_read:
            if at in placed:
                missing.append(f"{at[0]}!{at[1]} past the limit but listed: not the first cells read")
            continue
        if at not in placed:
            missing.append(f"{at[0]}!{at[1]} {str(value)[:30]!r} lost")
        elif placed[at] is not None and not same_value(value, placed[at]):
            missing.append(f"{at[0]}!{at[1]} {str(value)[:30]!r} shown as {placed[at][:40]!r}")
        elif isinstance(value, NoDate) and at not in noted:
            missing.append(f"{at[0]}!{at[1]} {float(value)!r} in a date format: no number_not_a_date finding")
    return missing


def uncounted(report, names, cut):
    """The sheets read in part whose cells not read no finding counts: each
    must have a `cells_not_read` or `file_cells_not_read` finding naming the
    file and the sheet, its message the cells read and not read."""
    problems = []
    for part in cut:
        sheet, read, rest = part["sheet"], part["read"], part["rest"]
        if not any(
            f.get("code") in ("cells_not_read", "file_cells_not_read")
            and f.get("file") in names
            and f.get("sheet") == sheet
            and re.search(rf"\b{read}\b", f.get("message", ""))
            and re.search(rf"\b{rest}\b", f.get("message", ""))
            for f in report.get("findings", [])
        ):
            problems.append(f"{sheet}: {rest} cells not read, no finding counting them")
    return problems


def read_xlsx(path):
    import openpyxl
    import warnings

    # Not read-only: the cells are kept sparse (a value in XFD1048576
    # costs one cell, where read-only mode walks the whole grid). Its
    # warnings (a date serial past 9999 made an error) are its own.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, data_only=True)
    values = []
    for sheet in book.worksheets:
        values.extend(cell.value for cell in getattr(sheet, "_cells", {}).values())
    return text_cells(values)


def read_xls(path):
    import xlrd

    book = xlrd.open_workbook(path, on_demand=True)
    values = []
    for index in range(book.nsheets):
        sheet = book.get_sheet(index)
        for row in range(sheet.nrows):
            for cell in sheet.row(row):
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                values.append(cell.value)
    return text_cells(values)


def read_ods(path):
    values = []
    for _, _, _, rows, cols, kind, text, _ in ods_walk(path):
        if kind in (None, "", "string"):
            value = text if text else None
        else:
            # A number, date or boolean: a cell, its shown text no
            # text characters (koonti counts a text cell's only).
            value = 0
        if value is not None:  # empty cells repeat by the million
            values.extend([value] * (rows * cols))
    return text_cells(values)


def read_with_libreoffice(path):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, path],
            check=True,
            capture_output=True,
            timeout=120,
        )
        converted = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
        return read_xlsx(converted)


def independent(path):
    ext = os.path.splitext(path)[1].lower()
    reader = {".xlsx": read_xlsx, ".xlsm": read_xlsx, ".xls": read_xls, ".ods": read_ods}
    try:
        return reader.get(ext, read_with_libreoffice)(path), None
    except Exception as err:  # an unreadable file is reported, not fatal
        return None, f"{type(err).__name__}: {err}"[:80]


def koonti_cells(cells_bin, path):
    out = subprocess.run([cells_bin, path], capture_output=True, text=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def merge(koonti, path, work):
    json_out = os.path.join(work, "koonti.json")
    timing = os.path.join(work, "time")
    for stale in (json_out, timing):
        if os.path.exists(stale):
            os.remove(stale)
    run = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", "-o", timing, koonti, "merge", path,
         "--programme", "siun-sote-2023-2025", "-o", os.path.join(work, "koonti.xlsx"),
         "--json", json_out],
        capture_output=True, text=True, timeout=600,
    )
    secs, kib = open(timing).read().split()[-2:]
    report = json.load(open(json_out)) if os.path.exists(json_out) else None
    return run.returncode, float(secs), int(kib), report, run.stderr.strip()


def main():
    args = sys.argv[1:]
    max_rss = 512
    if "--max-rss-mib" in args:
        at = args.index("--max-rss-mib")
        max_rss = int(args[at + 1])
        del args[at:at + 2]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, koonti, cells_bin = args
    files = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(folder)
        for name in names
        if not name.startswith((".", "~$"))
    )
    # The cells of generated files built byte by byte, as their generator
    # wrote them (crates/ingest/examples/realworld_corpus.rs).
    expected = {}
    for root, _, names in os.walk(folder):
        if ".expected-cells.json" in names:
            with open(os.path.join(root, ".expected-cells.json")) as manifest:
                for name, cells in json.load(manifest).items():
                    expected[os.path.join(root, name)] = cells
    header = f"{'file':34} {'indep':>7} {'koonti':>7} {'lost':>5} {'lost ch':>7} {'exit':>4} {'MiB':>5} {'s':>5} {'unmatched':>9}  note"
    print(header)
    # Files are checked two at a time (CORPUS_JOBS): the merges of the
    # files past the cell limit are most of the time, and CI has 2 cores.
    # Lines are printed in the files' order.
    jobs = max(1, int(os.environ.get("CORPUS_JOBS", "2")))

    def one(path):
        with tempfile.TemporaryDirectory() as work:
            return check_file(path, folder, koonti, cells_bin, work, expected.get(path), max_rss)

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for line, problems in pool.map(one, files):
            print(line, flush=True)
            failures += problems
    print(f"{len(files)} files, {failures} problems")
    return 1 if failures else 0


def check_file(path, folder, koonti, cells_bin, work, expected, max_rss):
    """One file's line of the table, and its number of problems."""
    failures = 0
    name = os.path.relpath(path, folder)
    ours = koonti_cells(cells_bin, path)
    code, secs, kib, report, stderr = merge(koonti, path, work)
    unmatched = len(report["unmatched"]) if report else None
    mib = kib / 1024
    notes = []
    lost = lost_chars = "-"
    if ours.get("refused"):
        indep = "-"
        notes.append("refused with a finding: " + ours["error"].split(": ", 1)[-1][:60])
    else:
        counted, error = independent(path)
        if counted is None:
            indep = "-"
            failures += 1
            notes.append("INDEPENDENT READER FAILED: " + error)
        else:
            indep = counted[0]
            not_read = ours.get("not_read", 0)
            lost = max(0, counted[0] - ours.get("cells", 0) - not_read)
            lost_chars = 0 if not_read else max(0, counted[1] - ours.get("chars", 0))
            if not_read:
                notes.append(f"{not_read} cells past the limit, counted in a finding")
            if lost or lost_chars:
                failures += 1
                notes.append("LOST")
        if report:
            base = os.path.relpath(path, os.path.dirname(path))
            cut = ours.get("cut", [])
            missing = uncounted(report, (base, path), cut)
            missing += unplaced(path, report, base, expected, {c["sheet"]: c["read"] for c in cut}) or []
            if missing:
                failures += 1
                notes.append(f"UNPLACED {len(missing)}: " + "; ".join(missing[:3]))
        if ours.get("skipped"):
            notes.append("not worksheets: " + ", ".join(ours["skipped"]))
        if ours.get("error"):
            notes.append("koonti: " + ours["error"][:60])
    # A file koonti refuses (ours["error"]) is, given alone, nothing
    # to merge: exit 1 with one sentence naming it (issue 21) is the
    # refusal working, not a failed merge.
    refused_alone = code == 1 and ours.get("error") and os.path.basename(path) in stderr
    if (code != 0 and not refused_alone) or mib > max_rss:
        failures += 1
        notes.append(f"MERGE FAILED: {stderr[:60]}" if code else f"OVER {max_rss} MiB")
    # koonti's console is several lines now (issue 21: findings by
    # unit, the summary, the missing units, the output): what is not
    # koonti's is a panic or a library's own print.
    elif any(word in stderr for word in ("panicked", "thread '", "RUST_BACKTRACE", "calamine")):
        failures += 1
        notes.append("STDERR NOT KOONTI'S: " + stderr[:60])
    line = (f"{name[:34]:34} {indep!s:>7} {ours.get('cells', '-')!s:>7} {lost!s:>5} {lost_chars!s:>7} "
            f"{code:>4} {mib:>5.0f} {secs:>5.2f} {unmatched!s:>9}  {'; '.join(notes)}")
    return line, failures


if __name__ == "__main__":
    sys.exit(main())
