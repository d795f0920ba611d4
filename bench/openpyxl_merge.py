#!/usr/bin/env python3
"""The merge as a secretary's colleague would script it: openpyxl, one file
after another, header row found by its text, marks counted, one row per
answer written to a result workbook. Used by bench/run.sh as the baseline.

    python3 bench/openpyxl_merge.py DIR OUT.xlsx
"""
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook

MARKS = {"x", "✓", "✔", "kyllä", "k", "1", "true"}


def is_mark(value):
    return value is not None and str(value).strip().lower() in MARKS


def read_response(path):
    book = load_workbook(path, read_only=True, data_only=True)
    unit, rows = path.stem, []
    for sheet in book.worksheets:
        columns = None
        for row in sheet.iter_rows(values_only=True):
            texts = ["" if v is None else str(v) for v in row]
            for text in texts:
                if text.lower().startswith("toimialue:"):
                    unit = text.split(":", 1)[1].strip()
            lowered = [t.lower() for t in texts]
            if any(t.startswith("toimenpi") for t in lowered) and any("toteutunut" in t for t in lowered):
                columns = {
                    "measure": next(i for i, t in enumerate(lowered) if t.startswith("toimenpi") and "toteutunut" not in t),
                    "done": next((i for i, t in enumerate(lowered) if "toteutunut" in t and "ei" not in t.split()), None),
                    "not": next((i for i, t in enumerate(lowered) if "ei" in t.split() and "toteutunut" in t), None),
                    "text": next((i for i, t in enumerate(lowered) if t.startswith("miten")), None),
                }
                continue
            if columns and texts[columns["measure"]].strip():
                get = lambda key: row[columns[key]] if columns[key] is not None and columns[key] < len(row) else None
                done, not_done = is_mark(get("done")), is_mark(get("not"))
                status = "partial" if done and not_done else "implemented" if done else "not_implemented" if not_done else "unanswered"
                rows.append((texts[columns["measure"]].strip(), status, str(get("text") or "").strip()))
    book.close()
    return unit, rows


def main():
    folder, out = Path(sys.argv[1]), sys.argv[2]
    result = Workbook()
    sheet = result.active
    sheet.append(["Yksikkö", "Toimenpide", "Tila", "Vastaus", "Tiedosto"])
    for path in sorted(folder.rglob("*.xlsx")):
        unit, rows = read_response(path)
        for measure, status, text in rows:
            sheet.append([unit, measure, status, text, path.name])
    result.save(out)


if __name__ == "__main__":
    main()
