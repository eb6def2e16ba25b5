"""Poster paths: single A0 sheet and tiled A4, beside QPdfWriter and pdfposter.

- single A0 (cjdesigner.pdf) vs QPdfWriter rendering the canvas scene onto A0: time, size
- tiled A4 vs the single sheet (issue 5: ≤ 1.2× time, ≤ 1.5× size)
- tiled A4 vs the single sheet cut up by the ``pdfposter`` tool (PyPI ``pdfposter``)
"""

from __future__ import annotations

import importlib
import inspect
import warnings
from pathlib import Path
from typing import Any

from . import qtbits
from .paths import Case, NotAvailable, guarded, need
from .stats import Row, Stat, constant, measure
from .targets import LARGE


def _pdf_module() -> Any:
    try:
        return importlib.import_module("cjdesigner.pdf")
    except ImportError as exc:
        raise NotAvailable(f"cjdesigner.pdf ({exc})") from None


def _options(pdf: Any, **values: Any) -> Any:
    """Build the export options object of cjdesigner.pdf, whatever it is called."""
    for name in ("PosterOptions", "ExportOptions", "PdfOptions", "Options"):
        cls = getattr(pdf, name, None)
        if cls is None:
            continue
        params = inspect.signature(cls).parameters
        return cls(**{k: v for k, v in values.items() if k in params})
    return None


def poster_api() -> tuple[Any, Any]:
    """(single(doc, path), tiled(doc, path)) callables over cjdesigner.pdf's entry points."""
    pdf = _pdf_module()
    export = getattr(pdf, "export_pdf", None) or getattr(pdf, "export_poster", None)
    if export is None:
        raise NotAvailable("cjdesigner.pdf.export_pdf")
    tiled_fn = getattr(pdf, "export_tiled", None) or getattr(pdf, "export_tiled_pdf", None)

    def single(doc: Any, path: Path) -> None:
        opts = _options(pdf, paper="A0", orientation="landscape")
        export(doc, path, opts) if opts is not None else export(doc, path)

    def tiled(doc: Any, path: Path) -> None:
        opts = _options(pdf, paper="A0", orientation="landscape", tile="A4")
        if tiled_fn is not None:
            tiled_fn(doc, path, opts) if opts is not None else tiled_fn(doc, path)
        elif opts is not None and hasattr(opts, "tile"):
            export(doc, path, opts)
        else:
            raise NotAvailable("cjdesigner.pdf tiled export")

    return single, tiled


def qpdfwriter_scene(scene: Any, path: Path) -> None:
    """The obvious alternative: QPdfWriter painting the canvas scene onto one A0 sheet."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    # The scene's own export switch (vector cards, no selection): what a developer
    # taking this route would use. Without it the on-screen pixmap cache of the cards
    # ends up in the PDF as one bitmap per card.
    set_export = getattr(scene, "set_export_mode", None)
    if set_export is not None:
        set_export(True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A0))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    try:
        source = scene.map_rect() if hasattr(scene, "map_rect") else scene.sceneRect()
        scene.render(painter, QRectF(), source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
        if set_export is not None:
            set_export(False)


def pdfposter_cut(single: Path, out: Path) -> None:
    """The single sheet cut onto A4 by the pdfposter tool, at scale 1."""
    try:
        from pdfposter.cmd import run
    except ImportError as exc:
        raise NotAvailable(f"pdfposter ({exc}); pip install -e '.[bench]'") from None
    with warnings.catch_warnings():  # pypdf 6 warns about pdfposter's use of its API
        warnings.simplefilter("ignore", DeprecationWarning)
        run(["-m", "a4", "-s", "1", str(single), str(out)])


def _pages(path: Path) -> int | None:
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages)
    except Exception:  # noqa: BLE001 - informational only
        return None


def _fresh_row(case: Case, work: Path, warm: Stat) -> Row:
    """The first export of a fresh process, beside QPdfWriter's first in a fresh process."""
    from .process import fresh_poster

    n = case.size
    runs = max(1, min(case.repeat, 3))
    label = "poster A0, first export in a fresh process"
    ours = fresh_poster("app", case, work / f"fresh-{n}-A0.pdf", runs)
    theirs = fresh_poster("qpdf", case, work / f"fresh-qpdf-{n}-A0.pdf", runs)
    alt_label = "QPdfWriter, first render in a fresh process"
    note = "timed in the child around the export call; imports and load not counted"
    alt = theirs if isinstance(theirs, Stat) else None
    alt_na = theirs if isinstance(theirs, str) else None
    if isinstance(ours, str):
        return Row("poster_a0_fresh", n, label, na=ours, alt_label=alt_label, alt=alt,
                   alt_na=alt_na, note=note)
    return Row("poster_a0_fresh", n, label, ours, alt_label, alt, alt_na=alt_na, note=note,
               extra={"warm_median": warm.median})


def _large_poster_rows(case: Case, out: Path) -> list[Row]:
    """At 50,000 cards only the single A0 sheet, against issue 18's 10 s: the tiled
    sheets, pdfposter and QPdfWriter (minutes there) are measured at the smaller sizes."""
    rows: list[Row] = []
    n = case.size
    skipped = f"not measured at {n:,} cards (see the smaller sizes)"

    def body() -> Row:
        single, _tiled = poster_api()
        stat = measure(lambda _: single(case.doc, out), max(1, min(case.repeat, 2)))
        return Row("poster_a0", n, "poster, single A0 (no warm-up)", stat,
                   "QPdfWriter renders the scene", alt_na=skipped,
                   extra={"bytes": out.stat().st_size})

    guarded(rows, n, [("poster_a0", "poster, single A0")], body)
    return rows


def poster_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat
    work = case.workdir
    single_pdf, tiled_pdf = work / f"poster-{n}-A0.pdf", work / f"poster-{n}-A4.pdf"
    qt_pdf, cut_pdf = work / f"qpdf-{n}-A0.pdf", work / f"pdfposter-{n}-A4.pdf"

    if n >= LARGE:
        return _large_poster_rows(case, single_pdf)
    # The QPdfWriter alternative (needs the canvas scene), measured on its own so it is
    # reported even while the poster export has not landed.
    qt_time: Stat | None = None
    qt_na: str | None = None
    try:
        view_cls = need("cjdesigner.ui.canvas.view", "CanvasView")
        controller_cls = need("cjdesigner.ui.controller", "DocumentController")
        qtbits.qapp()
        view = view_cls(controller_cls(case.doc.model_copy(deep=True)))
        try:
            # warmed like the poster export below (one untimed run first)
            qt_time = measure(lambda _: qpdfwriter_scene(view.scene(), qt_pdf), r, warmup=1)
        finally:
            qtbits.dispose(view)
    except NotAvailable as exc:
        qt_na = f"n/a (not available: {exc})"
    except Exception as exc:  # noqa: BLE001
        qt_na = f"error: {type(exc).__name__}: {exc}"[:300]
    qt_size = constant(qt_pdf.stat().st_size) if qt_time is not None else None

    def _posters() -> list[Row]:
        single, tiled = poster_api()
        one = measure(lambda _: single(case.doc, single_pdf), r, warmup=1)
        one_size = constant(single_pdf.stat().st_size)
        out = [
            Row("poster_a0", n, "poster, single A0 (warm)", one,
                "QPdfWriter renders the scene (warm)", qt_time, alt_na=qt_na,
                note="both sides get one untimed warm-up run in this process"),
            Row("poster_a0_size", n, "poster A0 file size", one_size, "QPdfWriter file size",
                qt_size, alt_na=qt_na, extra={"pages": _pages(single_pdf)}),
        ]
        out.append(_fresh_row(case, work, one))
        try:
            many = measure(lambda _: tiled(case.doc, tiled_pdf), r, warmup=1)
        except NotAvailable as exc:
            na = f"n/a (not available: {exc})"
            return out + [Row("poster_tiled", n, "poster, tiled A4", na=na),
                          Row("poster_tiled_vs_single", n, "tiled A4 vs single A0", na=na)]
        many_size = constant(tiled_pdf.stat().st_size)
        cut: Stat | None = None
        cut_na: str | None = None
        try:
            # pdfposter takes tens of seconds on big maps: two runs give its spread
            cut = measure(lambda _: pdfposter_cut(single_pdf, cut_pdf), r if n <= 2000 else min(r, 2))
        except NotAvailable as exc:
            cut_na = f"n/a (not available: {exc})"
        except Exception as exc:  # noqa: BLE001
            cut_na = f"error: {type(exc).__name__}: {exc}"[:300]
        cut_size = constant(cut_pdf.stat().st_size) if cut is not None else None
        pages = {"pages": _pages(tiled_pdf),
                 "pdfposter_pages": _pages(cut_pdf) if cut is not None else None}
        n_ours, n_cut = pages["pages"], pages["pdfposter_pages"]
        cut_label = "pdfposter cutting our finished A0 PDF"
        if cut is not None:
            cut_label += (f"; pages: {n_ours} vs {n_cut}" if n_ours == n_cut
                          else f"; page counts differ: {n_ours} vs {n_cut}")
        cut_note = ("not like-with-like: pdfposter only cuts the A0 sheet we already made "
                    "(its time excludes making it) and uses its own tiling and margins")
        return out + [
            Row("poster_tiled_vs_single", n, "poster tiled A4 (time)", many,
                "single A0 sheet", one),
            Row("poster_tiled_vs_single_size", n, "poster tiled A4 (size)", many_size,
                "single A0 sheet", one_size, extra=pages),
            Row("poster_tiled", n, "poster tiled A4 (time)", many, cut_label, cut,
                alt_na=cut_na, note=cut_note, extra=pages),
            Row("poster_tiled_size", n, "poster tiled A4 (size)", many_size,
                cut_label, cut_size, alt_na=cut_na, note=cut_note, extra=pages),
        ]

    guarded(rows, n, [("poster_a0", "poster, single A0"),
                      ("poster_a0_fresh", "poster A0, first export in a fresh process"),
                      ("poster_tiled", "poster, tiled A4")], _posters)
    for row in rows:
        if row.stat is None and row.path == "poster_a0" and qt_time is not None:
            row.alt, row.alt_label = qt_time, "QPdfWriter renders the scene"
    return rows
