"""The editor's first window (the start page) comes up without the parts only a map
needs: importing them is most of a cold start (issue 18), so they wait for the first map."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: packages the start page must not import (each costs tens of milliseconds)
LATER = ("pydantic", "cjdesigner.model", "reportlab", "PIL", "cjdesigner.layout",
         "cjdesigner.compare",
         "cjdesigner.ui.canvas", "cjdesigner.fileio.cjm", "cjdesigner.pdf",
         "cjdesigner.export", "cjdesigner.exchange", "cjdesigner.csvio",
         # the room's facilitation state, the status bar's timer and the presentation
         # mode wait for a session, the timer or presenting
         "cjdesigner.ui.room_state", "cjdesigner.ui.workshop", "cjdesigner.ui.presenting",
         # the room (live sessions): its server, CRDT, discovery and QR codes wait for
         # Share › Start or Join Session
         "cjdesigner.room", "cjdesigner.ui.room_link", "cjdesigner.ui.room_dialogs", "pycrdt",
         "zeroconf", "uvicorn", "segno")
#: the top-level packages whose modules the child lists
WATCHED = sorted({name.split(".")[0] for name in LATER})

CHILD = """
import json, sys
WATCHED = set(sys.argv[1:])  # the packages to list
from cjdesigner.ui.app import make_app
app = make_app(sys.argv[:1])
from cjdesigner.ui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
window.grab()
first = sorted(m for m in sys.modules if m.split(".")[0] in WATCHED)
templates = window.start_page.templates.count()
window.inspector  # a panel asked for: the panels, and the model with them, are made
print(json.dumps({"modules": first, "templates": templates,
                  "panels": window.inspector_dock.widget() is window.inspector}))
"""


def test_the_start_page_needs_no_model_canvas_or_exports(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               CJDESIGNER_CACHE_DIR=str(tmp_path / "cache"),
               CJDESIGNER_RECOVERY_DIR=str(tmp_path / "recovery"),
               CJDESIGNER_SETTINGS=str(tmp_path / "settings.ini"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    for _ in range(2):  # the first start draws the templates' thumbnails (with the model)
        done = subprocess.run([sys.executable, "-c", CHILD, *WATCHED], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        found = json.loads(done.stdout.strip().splitlines()[-1])
        assert found["templates"] >= 5 and found["panels"]
    loaded = [m for m in found["modules"]
              if any(m == p or m.startswith(p + ".") for p in LATER)]
    assert loaded == []
