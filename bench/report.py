"""The stdout table and the JSON file."""

from __future__ import annotations

import importlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .stats import Row, Stat


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "bytes":
        if value >= 1024 * 1024:
            return f"{value / 1024 / 1024:.1f} MB"
        return f"{value / 1024:.0f} KB"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.01:
        return f"{value * 1000:.0f} ms"
    return f"{value * 1000:.2f} ms"


def spread(stat: Stat) -> str:
    if len(stat.runs) < 2:
        return ""
    low, high = fmt(stat.low, stat.unit), fmt(stat.high, stat.unit)
    low_num, _, low_unit = low.partition(" ")
    if low_unit and high.endswith(" " + low_unit):
        return f"{low_num}–{high}"  # "1.51–1.98 ms"
    return f"{low}–{high}"


def table(rows: list[Row]) -> str:
    head = ("path", "cards", "median", "min–max", "n", "alternative", "alt median", "ratio",
            "target")
    lines: list[tuple[str, ...]] = [head]
    for row in rows:
        if row.stat is None:
            median, rng = row.na or "n/a", ""
        else:
            median, rng = fmt(row.stat.median, row.stat.unit), spread(row.stat)
        if row.alt is not None:
            alt = fmt(row.alt.median, row.alt.unit)
        else:
            alt = row.alt_na or "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        target = "; ".join(f"{t['verdict']} {t['text']}" for t in row.targets) or ""
        runs = str(len(row.stat.runs)) if row.stat is not None else ""
        lines.append((row.label, f"{row.size:,}" if row.size else "—", median, rng, runs,
                      row.alt_label or "—", alt, ratio, target))
    # long n/a texts should not blow up the column widths
    caps = {5: 64}  # the alternative says what it is, e.g. pdfposter's page counts
    widths = [min(max(len(line[i]) for line in lines), caps.get(i, 44))
              for i in range(len(head))]
    out = []
    for k, line in enumerate(lines):
        cells = [cell if len(cell) <= widths[i] or i == len(head) - 1 else cell[: widths[i] - 1]
                 + "…" for i, cell in enumerate(line)]
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def verdicts(rows: list[Row]) -> str:
    """One line: how many targets pass and fail (and cannot be judged) in this run."""
    seen = [t["verdict"] for row in rows for t in row.targets]
    return (f"targets: {seen.count('pass')} pass, {seen.count('FAIL')} FAIL"
            + (f", {seen.count('n/a')} n/a" if "n/a" in seen else ""))


def _git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, cwd=Path(__file__).parent, timeout=10).stdout.strip()
    except Exception:  # noqa: BLE001
        return None


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"python": sys.version.split()[0], "platform": platform.platform(),
                            "processor": platform.processor() or platform.machine()}
    info["cpus"] = os.cpu_count()
    info["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM")
    # each on its own: one missing package must not drop the others
    for key, module, attr in (("pyside6", "PySide6", "__version__"),
                              ("pydantic", "pydantic", "VERSION"),
                              ("reportlab", "reportlab", "Version"),
                              ("pdfposter", "pdfposter", "__version__"),
                              ("pypdf", "pypdf", "__version__")):
        try:
            info[key] = str(getattr(importlib.import_module(module), attr))
        except Exception as exc:  # noqa: BLE001
            info[key] = f"n/a ({type(exc).__name__}: {exc})"[:200]
    return info


def write_json(rows: list[Row], path: Path, settings: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "commit": _git_commit(),
        "machine": machine(),
        "settings": settings,
        "results": [row.as_dict() for row in rows],
        "summary": {
            "pass": sum(t["verdict"] == "pass" for r in rows for t in r.targets),
            "fail": sum(t["verdict"] == "FAIL" for r in rows for t in r.targets),
            "n/a": sum(t["verdict"] == "n/a" for r in rows for t in r.targets),
        },
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
