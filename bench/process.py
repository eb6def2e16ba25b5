"""Measurements in subprocesses: cold start to a shown window, and peak memory (RSS)."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .paths import Case
from .stats import Row, Stat, settled
from .targets import LARGE

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120


_HOME = tempfile.mkdtemp(prefix="cjbench-home-")
atexit.register(shutil.rmtree, _HOME, True)


def _env() -> dict[str, str]:
    """Offscreen, and settings, recent files and autosaves in a scratch folder, so
    benchmark runs neither read nor change the user's."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = os.path.join(_HOME, name.lower())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # Compiled bytecode, as an installed editor has it (pip and the bundle compile every
    # module): kept in a scratch folder, not beside the sources, and written by the first
    # (untimed) run. Without it every start compiles the whole editor from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(_HOME, "pycache")
    return env


def _start_once(mode: str, path: str | None) -> float | str:
    args = [sys.executable, "-m", "bench.child", "start", mode] + ([path] if path else [])
    begin = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=_env())
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        elapsed = time.perf_counter() - begin
        proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return "error: timed out"
    if line == "ready":
        return elapsed
    err = (proc.stderr.read() if proc.stderr else "").strip().splitlines()
    return line or ("error: " + (err[-1] if err else f"exit {proc.returncode}"))


def startup_rows(repeat: int, case: Case | None) -> list[Row]:
    """Cold start to a painted main window (with the map when given) vs a bare QMainWindow."""
    path = str(case.cjm) if case is not None else None
    size = case.size if case is not None else 0
    bare_runs: list[float] = []
    app_runs: list[float] = []
    problem: str | None = None
    if repeat >= 3:  # untimed: bytecode compiled and cached, the templates' thumbnails
        # drawn and cached, as on every start but the first after installing
        _start_once("bare", None)
        _start_once("app", path)
    for _ in range(repeat):
        if settled(bare_runs) and (problem or settled(app_runs)):
            break  # three starts of each that agree: more would only cost time
        # alternate, so drift of a noisy machine falls on both
        for mode, runs in (("bare", bare_runs), ("app", app_runs)):
            if mode == "app" and problem:
                continue
            out = _start_once(mode, path if mode == "app" else None)
            if isinstance(out, float):
                runs.append(out)
            elif mode == "app":
                problem = out
            else:
                return [Row("cold_start", size, "cold start to shown window", na=out)]
    label = "cold start to shown window" + (" with the map" if path else "")
    bare = Stat(bare_runs)
    if problem:
        na = problem if problem.startswith(("n/a", "error")) else f"error: {problem}"
        return [Row("cold_start", size, label, na=na, alt_label="bare PySide6 QMainWindow",
                    alt=bare)]
    return [Row("cold_start", size, label, Stat(app_runs), "bare PySide6 QMainWindow", bare)]


def _memory_once(mode: str, path: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "bench.child", "memory", mode, path],
                          capture_output=True, text=True, cwd=ROOT, env=_env(),
                          timeout=TIMEOUT)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = proc.stderr.strip().splitlines()
        return {"na": "error: " + (tail[-1] if tail else f"exit {proc.returncode}")}
    return json.loads(lines[-1])


def memory_rows(case: Case) -> list[Row]:
    """Peak RSS of a process that opens the map on the canvas vs the bare baseline."""
    runs = 1 if case.size >= LARGE else max(1, min(case.repeat, 2))  # RSS barely varies
    app = [_memory_once("editor", str(case.cjm)) for _ in range(runs)]
    bare = [_memory_once("bare", str(case.cjm)) for _ in range(runs)]
    label = "peak RSS: open map on the canvas"
    alt_label = "json.loads + bare scene (RSS)"
    bare_stat = None if any("na" in b for b in bare) else Stat(
        [b["peak_bytes"] for b in bare], "bytes")
    for a in app:
        if "na" in a:
            return [Row("peak_rss", case.size, label, na=a["na"], alt_label=alt_label,
                        alt=bare_stat)]
    return [Row("peak_rss", case.size, label, Stat([a["peak_bytes"] for a in app], "bytes"),
                alt_label, bare_stat)]


def fresh_poster(mode: str, case: Case, out: Path, runs: int) -> Stat | str:
    """First A0 export in a fresh process (``mode`` "app" or "qpdf"), timed in the child
    around the export call only: imports, loading the map and (for QPdfWriter) building
    the scene are not counted. Returns the times, or an error / n/a text."""
    times: list[float] = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-m", "bench.child", "poster", mode,
                               str(case.cjm), str(out)], capture_output=True, text=True,
                              cwd=ROOT, env=_env(), timeout=TIMEOUT * 3)
        lines = proc.stdout.strip().splitlines()
        if proc.returncode != 0 or not lines:
            tail = proc.stderr.strip().splitlines()
            last = tail[-1] if tail else f"exit {proc.returncode}"
            if "NotAvailable" in last or "ModuleNotFoundError" in last:
                return f"n/a (not available: {last})"[:300]
            return f"error: {last}"[:300]
        times.append(float(json.loads(lines[-1])["seconds"]))
    return Stat(times)


def fresh_export(case: Case, out: Path | None, args: tuple[str, ...], runs: int = 1) -> dict:
    """``cjdesigner export`` of the case's map to ``out`` in a fresh process (or, without
    ``out``, ``cjdesigner validate``: only loading): its time and peak RSS, or {"na": …}."""
    command = [sys.executable, "-m", "bench.child", "export", str(case.cjm)]
    if out is not None:
        command += [str(out), *args]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=_env(),
                          timeout=TIMEOUT * 5)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
        return {"na": "error: " + (tail[-1] if tail else f"exit {proc.returncode}")[:300]}
    return json.loads(lines[-1])
