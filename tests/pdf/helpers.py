"""PDF inspection helpers for the poster tests (pypdf)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def reader(path: Path) -> PdfReader:
    return PdfReader(str(path))


def text_of(path: Path) -> str:
    """All extracted text (forms included), whitespace folded."""
    pdf = reader(path)
    return " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font in the file (pages and forms) → whether its program is embedded."""
    pdf = reader(path)
    found: dict[str, bool] = {}

    def visit_resources(res) -> None:
        if res is None:
            return
        res = res.get_object()
        fonts = res.get("/Font")
        if fonts:
            for ref in fonts.get_object().values():
                font = ref.get_object()
                name = str(font.get("/BaseFont"))
                desc = font.get("/FontDescriptor")
                embedded = False
                if desc is not None:
                    desc = desc.get_object()
                    embedded = any(k in desc for k in ("/FontFile2", "/FontFile", "/FontFile3"))
                found[name] = embedded
        xobjects = res.get("/XObject")
        if xobjects:
            for ref in xobjects.get_object().values():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Form":
                    visit_resources(obj.get("/Resources"))

    for page in pdf.pages:
        visit_resources(page.get("/Resources"))
    return found


def image_count(path: Path) -> int:
    """Number of /Image XObjects anywhere (pages and forms)."""
    pdf = reader(path)
    seen: set[int] = set()

    def visit(res) -> int:
        if res is None:
            return 0
        res = res.get_object()
        n = 0
        xobjects = res.get("/XObject")
        if xobjects:
            for ref in xobjects.get_object().values():
                key = getattr(ref, "idnum", id(ref))
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Image" and key not in seen:
                    seen.add(key)
                    n += 1
                elif obj.get("/Subtype") == "/Form":
                    n += visit(obj.get("/Resources"))
        return n

    return sum(visit(page.get("/Resources")) for page in pdf.pages)
