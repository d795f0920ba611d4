"""Reads a deck koonti wrote with an independent reader (python-pptx) and
prints what tests/slides.rs checks, as JSON: per slide its title (from the
title placeholder), its texts in shape order, its tables (header flag and
cell texts), its charts and pictures with their alternative text, the
smallest text size in text boxes and in tables, and runs without a
language."""
import json
import sys

from pptx import Presentation
from pptx.util import Pt

QN_DESCR = "descr"


def alt_text(shape):
    return shape._element.xpath("./*[1]/p:cNvPr")[0].get(QN_DESCR) or ""


def runs_of(text_frame):
    for paragraph in text_frame.paragraphs:
        for run in paragraph.runs:
            yield run


def main(path):
    deck = Presentation(path)
    out = {
        "width": deck.slide_width,
        "height": deck.slide_height,
        "slides": [],
    }
    for slide in deck.slides:
        title = slide.shapes.title
        item = {
            "title": title.text_frame.text if title is not None else None,
            "texts": [],
            "tables": [],
            "charts": [],
            "pictures": [],
            "min_body_pt": None,
            "min_table_pt": None,
            "runs_without_lang": 0,
            "shapes_outside": 0,
            "tops": [],
        }

        def note(key, run):
            if run.font.size is None:
                size = 0
            else:
                size = run.font.size.pt
            if item[key] is None or size < item[key]:
                item[key] = size
            if run._r.find(
                "{http://schemas.openxmlformats.org/drawingml/2006/main}rPr"
            ) is None or not run._r.rPr.get("lang"):
                item["runs_without_lang"] += 1

        for shape in slide.shapes:
            right = shape.left + shape.width
            bottom = shape.top + shape.height
            if shape.left < 0 or shape.top < 0 or right > deck.slide_width or bottom > deck.slide_height:
                item["shapes_outside"] += 1
            item["tops"].append(shape.top)
            if shape.has_text_frame:
                item["texts"].append(shape.text_frame.text)
                if shape != title:
                    for run in runs_of(shape.text_frame):
                        note("min_body_pt", run)
            if getattr(shape, "has_table", False) and shape.has_table:
                table = shape.table
                rows = [[cell.text for cell in row.cells] for row in table.rows]
                item["tables"].append(
                    {"first_row": bool(table.first_row), "rows": rows, "alt": alt_text(shape)}
                )
                for row in table.rows:
                    for cell in row.cells:
                        for run in runs_of(cell.text_frame):
                            note("min_table_pt", run)
            if getattr(shape, "has_chart", False) and shape.has_chart:
                chart = shape.chart
                values = [list(s.values) for s in chart.plots[0].series]
                item["charts"].append(
                    {
                        "alt": alt_text(shape),
                        "categories": list(chart.plots[0].categories),
                        "series": [s.name for s in chart.plots[0].series],
                        "values": values,
                    }
                )
            if shape.shape_type == 13:  # a picture
                item["pictures"].append({"alt": alt_text(shape)})
        out["slides"].append(item)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
