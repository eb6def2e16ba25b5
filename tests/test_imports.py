"""Every module of cjdesigner imports on its own, in an interpreter that has imported no
other part of cjdesigner first: an import cycle hidden by the usual import order fails here.

One child interpreter imports the heavy third-party libraries once, then forks one process
per module (as many at a time as there are CPUs), each importing just that module: no
interpreter start-up per module."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import importlib, json, os, sys, traceback
for lib in ("pydantic", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
            "PySide6.QtPrintSupport", "reportlab.pdfgen.canvas", "reportlab.pdfbase.ttfonts",
            "fontTools.ttLib", "platformdirs", "pypdf"):
    try:
        importlib.import_module(lib)
    except ImportError:
        pass
assert not any(m == "cjdesigner" or m.startswith("cjdesigner.") for m in sys.modules)
failures = {}
running = {}  # pid -> (module, read end of its error pipe)
pending = list(json.loads(sys.argv[1]))


def reap():
    pid, status = os.wait()
    name, read = running.pop(pid)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    if status != 0:
        failures[name] = b"".join(chunks).decode(errors="replace") or f"status {status}"


while pending or running:
    if pending and len(running) < (os.cpu_count() or 1):
        name = pending.pop()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                importlib.import_module(name)
                code = 0
            except BaseException:
                os.write(write, traceback.format_exc().encode()[:60000])
                code = 1
            os._exit(code)
        os.close(write)
        running[pid] = (name, read)
    else:
        reap()
print(json.dumps(failures))
"""


def all_modules() -> list[str]:
    names = ["cjdesigner"]
    for info in pkgutil.walk_packages([str(ROOT / "cjdesigner")], "cjdesigner."):
        names.append(info.name)
    return sorted(names)


def test_the_module_list_is_complete():
    names = all_modules()
    assert "cjdesigner.export.formats" in names
    assert "cjdesigner.ui.canvas.items.cards" in names  # subpackages are walked
    files = [p for p in (ROOT / "cjdesigner").rglob("*.py")]
    assert len(names) == len(files)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_every_module_imports_in_a_fresh_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(all_modules())],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    failures = json.loads(result.stdout.strip().splitlines()[-1])
    assert failures == {}, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())
