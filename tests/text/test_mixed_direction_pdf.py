"""Mixed-direction lines in the PDF: an Arabic or Hebrew sentence with "VAT 15%", a price
or brackets in it extracts (pdftotext, NFKC) as typed: its words in the typed order and
the spaces where they were typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.pdf.fonts import TextWriter
from cjdesigner.pdf.poster import PosterOptions, export_poster

from .maps import TEXTS, script_map
from .test_pdf_text import _extracted, _norm

LINES = [
    "ضريبة VAT 15% هنا",
    "السعر 1,234.50 دولار مع VAT 15% على الفاتورة",
    "שלום VAT 17% עולם",
    "كل متجر (يعرض) باقة مختلفة",
    "המחיר (כולל מע״מ) 120 ש״ח",
]


def _lines_pdf(path: Path, lines: list[str]) -> list[str]:
    canvas = Canvas(str(path), pagesize=(900, 60 + 40 * len(lines)))
    writer = TextWriter(canvas)
    for i, text in enumerate(lines):
        writer.draw(20, 30 + 40 * (len(lines) - 1 - i), text, "Regular", 16, "#000000")
    writer.flush()
    canvas.save()
    return [line for line in (_norm(raw) for raw in _raw_lines(path)) if line]


def _raw_lines(path: Path) -> list[str]:
    import subprocess

    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.splitlines()


@pytest.mark.parametrize("line", LINES)
def test_a_mixed_line_extracts_in_typed_order(line, tmp_path):
    assert _lines_pdf(tmp_path / "line.pdf", [line]) == [_norm(line)]


def test_the_wrapped_arabic_description_with_vat_extracts_whole(tmp_path):
    path = tmp_path / "ar.pdf"
    export_poster(script_map("ar"), path, PosterOptions())
    description = next(d for _, d in TEXTS["ar"]["cards"] if d)
    assert "VAT 15%" in description
    assert _norm(description) in _extracted(path)
