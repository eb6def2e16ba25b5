"""Run every path at every size; print the table, write the JSON."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .paths import Case, csv_rows, file_rows, layout_rows, make_case, tmpdir
from .stats import Row, Stat
from .targets import LARGE, evaluate

DEFAULT_SIZES = (200, 2_000, 10_000, LARGE)
POSTER_SIZES = (1_000, 5_000)  # issue 5's targets are stated at these sizes
EXPORT_SIZES = (50_000, 100_000)  # issue 9: every export of 100,000 cards under 1 GB
RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
GROUPS = ("file", "csv", "layout", "edits", "canvas", "poster", "memory", "start", "exports",
          "compare")
LARGE_GROUPS = ("file", "csv", "canvas", "poster", "memory")
"""At 50,000 cards only what issue 18 sets targets for (and load, save and CSV, which
have theirs at every size): each run there takes seconds."""


def repeat_at(size: int, repeat: int) -> int:
    """Fewer runs of the slow paths of big maps, whose spread is small next to their
    length (fast paths still get up to 15 runs within their time budget)."""
    if size >= LARGE:
        return min(repeat, 2)
    if size >= 10_000:
        return min(repeat, 3)
    return repeat


def _group_fns() -> dict[str, Callable[[Case], list[Row]]]:
    from .canvas import canvas_rows
    from .compare import compare_rows
    from .edits import edit_rows
    from .exports import export_rows
    from .poster import poster_rows
    from .process import memory_rows

    return {
        "file": file_rows,
        "csv": csv_rows,
        "layout": layout_rows,
        "edits": edit_rows,
        "canvas": canvas_rows,
        "poster": poster_rows,
        "memory": memory_rows,
        "exports": export_rows,
        "compare": compare_rows,
    }


def run(sizes: list[int], repeat: int, groups: tuple[str, ...] = GROUPS,
        poster_sizes: list[int] | None = None, start_repeat: int | None = None,
        workdir: Path | None = None, log: Callable[[str], None] | None = None,
        export_sizes: list[int] | None = None) -> list[Row]:
    """All rows for the given sizes, targets evaluated. ``poster_sizes`` only run posters,
    ``export_sizes`` only the large exports."""
    say = log or (lambda _msg: None)
    own_dir = workdir is None
    work = workdir or tmpdir()
    rows: list[Row] = []
    fns = _group_fns()
    wanted_at: dict[int, list[str]] = {}
    for n in sizes:
        wanted_at.setdefault(n, []).extend(
            g for g in groups if g != "exports" and (n < LARGE or g in LARGE_GROUPS))
    if "poster" in groups:
        for n in poster_sizes or []:
            wanted_at.setdefault(n, []).append("poster")
    if "exports" in groups:
        for n in export_sizes or []:
            wanted_at.setdefault(n, []).append("exports")
    plan = sorted((n, tuple(dict.fromkeys(wanted))) for n, wanted in wanted_at.items()
                  if wanted)
    start_case: Case | None = None
    try:
        for n, wanted in plan:
            begin = time.perf_counter()
            case = make_case(n, work, repeat_at(n, repeat))
            for group in wanted:
                if group in fns:
                    said = time.perf_counter()
                    rows.extend(fns[group](case))
                    say(f"  {n:>6,} cards: {group} {time.perf_counter() - said:.1f} s")
            if n in sizes and n < LARGE and (start_case is None
                               or abs(n - 2000) < abs(start_case.size - 2000)):
                start_case = case
            say(f"  {n:>6,} cards done in {time.perf_counter() - begin:.1f} s")
        if "start" in groups:
            from .process import startup_rows

            said = time.perf_counter()
            rows.extend(startup_rows(start_repeat or repeat, None))
            if start_case is not None:
                rows.extend(startup_rows(start_repeat or repeat, start_case))
            say(f"  cold start {time.perf_counter() - said:.1f} s")
    finally:
        if own_dir:
            shutil.rmtree(work, ignore_errors=True)
    order = {}
    for row in rows:
        order.setdefault(row.path, len(order))
    rows.sort(key=lambda row: (order[row.path], row.size))
    evaluate(rows)
    return rows


def _ints(text: str) -> list[int]:
    return [int(part.replace("_", "").replace(",", "")) for part in text.split(",") if part]


def main(argv: list[str] | None = None) -> int:
    from .report import table, verdicts, write_json

    parser = argparse.ArgumentParser(prog="python -m bench",
                                     description="cjdesigner benchmarks, each path beside "
                                                 "its natural alternative")
    parser.add_argument("--sizes", type=_ints, default=list(DEFAULT_SIZES),
                        help="card counts, comma-separated (default 200,2000,10000,50000; "
                             "at 50,000 and more only the groups " + ",".join(LARGE_GROUPS)
                             + ")")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--poster-sizes", type=_ints, default=list(POSTER_SIZES),
                        help="extra sizes measured for the poster only (issue 5 targets)")
    parser.add_argument("--export-sizes", type=_ints, default=list(EXPORT_SIZES),
                        help="sizes of the large-export group (default 50000,100000)")
    parser.add_argument("--only", default=",".join(GROUPS),
                        help="groups to run: " + ",".join(GROUPS))
    parser.add_argument("--quick", action="store_true",
                        help="200 and 2,000 cards, 3 runs, no extra poster sizes")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = [s for s in args.sizes if s <= 2000] or [200]
        args.repeat = min(args.repeat, 3)
        args.poster_sizes = []
        args.export_sizes = []
    groups = tuple(g for g in args.only.split(",") if g)
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    from .qtbits import qapp

    qapp()
    print(f"cjdesigner bench: sizes {args.sizes}, repeat {args.repeat}", file=sys.stderr)
    start_repeat = max(3, args.repeat)
    begin = time.perf_counter()
    rows = run(args.sizes, args.repeat, groups, args.poster_sizes,
               start_repeat=start_repeat, log=lambda m: print(m, file=sys.stderr),
               export_sizes=args.export_sizes)
    whole = args.sizes == list(DEFAULT_SIZES) and set(groups) == set(GROUPS) and not args.quick
    rows.append(Row("bench_total", 0, "make bench, every path" if whole
                    else "this bench run (not all of make bench)",
                    Stat([time.perf_counter() - begin]), note="wall time of the whole run"))
    evaluate(rows[-1:])
    if not whole:
        rows[-1].targets.clear()
    print(table(rows))
    print(verdicts(rows))
    write_json(rows, args.json, {"sizes": args.sizes, "repeat": args.repeat,
                                 "poster_sizes": args.poster_sizes, "groups": groups,
                                 "export_sizes": args.export_sizes,
                                 "start_repeat": start_repeat, "quick": args.quick,
                                 "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM")})
    print(f"\nwritten {args.json}", file=sys.stderr)
    return 0
