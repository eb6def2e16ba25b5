"""Every measured path, each beside its natural alternative measured in the same run.

A path whose code has not landed yet (an ImportError / missing attribute of the part
it needs) becomes a row marked ``n/a (not available: …)``; a path that fails for any
other reason is marked ``error: …``. No figure is ever invented.
"""

from __future__ import annotations

import csv
import importlib
import json
import os
import tempfile
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cjdesigner.fileio import dumps, load, save
from cjdesigner.model import JourneyMap

from .generate import generate_map
from .stats import Row, Stat, constant, measure


class NotAvailable(Exception):
    """The code a path measures has not landed (yet)."""


def need(module: str, *names: str) -> Any:
    """Import ``module`` and return its attribute(s); NotAvailable if they do not exist."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise NotAvailable(f"{module} ({exc.name or exc})") from None
    found = []
    for name in names:
        if not hasattr(mod, name):
            raise NotAvailable(f"{module}.{name}")
        found.append(getattr(mod, name))
    return found[0] if len(found) == 1 else tuple(found)


@dataclass
class Case:
    """One map size and the files made from it, shared by every path of that size."""

    size: int
    doc: JourneyMap
    workdir: Path
    repeat: int
    cjm: Path = field(init=False)
    raw: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.cjm = self.workdir / f"map-{self.size}.cjm"
        save(self.doc, self.cjm)
        self.raw = self.cjm.read_bytes()


def make_case(size: int, workdir: Path, repeat: int, seed: int = 0) -> Case:
    return Case(size, generate_map(size, seed=seed), workdir, repeat)


def guarded(rows: list[Row], size: int, names: list[tuple[str, str]],
            body: Callable[[], list[Row] | Row]) -> None:
    """Run some paths' measurements; record n/a or the error instead of a figure.

    ``names`` are the (path, label) pairs the body measures, so that each of them gets
    its own n/a row when the code under test is missing.
    """
    try:
        out = body()
    except NotAvailable as exc:
        rows.extend(Row(p, size, label, na=f"n/a (not available: {exc})") for p, label in names)
        return
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not crash
        text = f"error: {type(exc).__name__}: {exc}"[:300]
        rows.extend(Row(p, size, label, na=text) for p, label in names)
        return
    rows.extend(out if isinstance(out, list) else [out])


# --------------------------------------------------------------------------- file
def file_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat

    def _load() -> Row:
        stat = measure(lambda _: load(case.cjm), r, warmup=1)
        alt = measure(lambda _: json.loads(case.cjm.read_bytes()), r, warmup=1)
        return Row("load", n, "load .cjm", stat, "read + json.loads", alt,
                   extra={"file_bytes": len(case.raw)})

    def _save() -> list[Row]:
        data = json.loads(case.raw)
        target = case.workdir / f"save-{n}.cjm"
        plain = case.workdir / f"plain-{n}.cjm"
        # a real save: the file there is the map before an edit (saved untimed, so known
        # good), and the new text replaces it, keeping it as .bak
        before = case.doc.model_copy(update={"meta": case.doc.meta.model_copy(
            update={"title": case.doc.meta.title + " (before)"})})
        stat = measure(lambda _: save(case.doc, target), r, warmup=1,
                       setup=lambda: save(before, target))

        def write_bytes(raw: bytes) -> None:  # the I/O of an atomic save
            tmp = plain.with_suffix(".tmp")
            with open(tmp, "wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, plain)

        # issue 18: a save costs at most 1.5 × serialising the map and writing it
        # atomically, the least any safe save does; serialised the quickest way the
        # editor has (the canonical bytes straight from the serializer, when there)
        try:
            canonical_bytes = need("cjdesigner.fileio", "dumps_bytes")
        except NotAvailable:
            def canonical_bytes(doc: JourneyMap) -> bytes:
                return dumps(doc).encode("utf-8")
        plain_save = measure(lambda _: write_bytes(canonical_bytes(case.doc)), r, warmup=1)
        ser = measure(lambda _: dumps(case.doc), r, warmup=1)
        indented = measure(lambda _: json.dumps(data, ensure_ascii=False, indent=2), r,
                           warmup=1)
        compact = measure(lambda _: json.dumps(data, ensure_ascii=False), r, warmup=1)
        return [
            Row("save", n, "save .cjm (atomic, fsync, checked)", stat,
                "dumps + write + fsync + rename", plain_save),
            Row("dumps", n, "serialise (dumps, no I/O)", ser,
                "json.dumps same data, indent=2", indented),
            Row("dumps_compact", n, "serialise (dumps, no I/O)", ser,
                "json.dumps same data, no indent", compact),
        ]

    def _memory() -> Row:
        def peak(fn: Callable[[], Any]) -> float:
            tracemalloc.start()
            try:
                keep = fn()
                _, top = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            del keep
            return float(top)

        runs = 1 if n >= 50_000 else min(r, 2)  # traced, a big load takes seconds
        stat = Stat([peak(lambda: load(case.cjm)) for _ in range(runs)], "bytes")
        alt = Stat([peak(lambda: json.loads(case.raw)) for _ in range(runs)], "bytes")
        return Row("load_memory", n, "peak Python memory of load", stat,
                   "json.loads same bytes", alt, note="tracemalloc")

    guarded(rows, n, [("load", "load .cjm")], _load)
    guarded(rows, n, [("save", "save .cjm"), ("dumps", "serialise (dumps)"),
                      ("dumps_compact", "serialise (dumps)")], _save)
    guarded(rows, n, [("load_memory", "peak Python memory of load")], _memory)
    return rows


# --------------------------------------------------------------------------- CSV
def csv_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat

    def _csv() -> list[Row]:
        import_csv, export_csv = need("cjdesigner.csvio", "import_csv", "export_csv")
        out = case.workdir / f"cards-{n}.csv"
        export_csv(case.doc, out)
        with out.open(newline="", encoding="utf-8-sig") as handle:
            table = list(csv.reader(handle))

        def csv_read(_: Any) -> list:
            with out.open(newline="", encoding="utf-8-sig") as handle:
                return list(csv.reader(handle))

        def csv_write(_: Any) -> None:
            with (case.workdir / f"plain-{n}.csv").open("w", newline="", encoding="utf-8") as h:
                csv.writer(h).writerows(table)

        imp = measure(lambda _: import_csv(out), r, warmup=1)
        imp_alt = measure(csv_read, r, warmup=1)
        exp = measure(lambda _: export_csv(case.doc, out), r, warmup=1)
        exp_alt = measure(csv_write, r, warmup=1)
        extra = {"csv_bytes": out.stat().st_size, "csv_rows": len(table)}
        return [
            Row("csv_import", n, "CSV import", imp, "csv.reader same file", imp_alt, extra=extra),
            Row("csv_export", n, "CSV export", exp, "csv.writer same rows", exp_alt, extra=extra),
        ]

    guarded(rows, n, [("csv_import", "CSV import"), ("csv_export", "CSV export")], _csv)
    return rows


# --------------------------------------------------------------------------- layout
def layout_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat

    def _layout() -> list[Row]:
        layout_engine = need("cjdesigner.layout.engine", "LayoutEngine")
        cold = measure(lambda _: layout_engine().layout(case.doc), r, warmup=1)
        engine = layout_engine()
        engine.layout(case.doc)
        warm = measure(lambda _: engine.layout(case.doc), r, warmup=1)
        return [
            Row("layout_cold", n, "layout, nothing cached", cold,
                "relayout, measurements cached", warm),
        ]

    guarded(rows, n, [("layout_cold", "layout, nothing cached")], _layout)
    return rows


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="cjbench-"))


def file_size(path: str | os.PathLike[str]) -> int:
    return Path(path).stat().st_size


__all__ = ["Case", "NotAvailable", "constant", "csv_rows", "file_rows", "guarded",
           "layout_rows", "make_case", "need", "tmpdir", "file_size"]
