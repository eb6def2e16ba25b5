"""The bundled faces' metrics are measured beforehand (``resources/fonts/metrics.json``,
``python -m tools.fonts``): laying out a map needs neither ReportLab's TrueType parser
nor parsing the fonts, and reads exactly what parsing them gives."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from cjdesigner import resources
from cjdesigner.layout import text
from tools.fonts.metrics import FACES
from tools.fonts.metrics import text as metrics_text

ROOT = Path(__file__).resolve().parents[2]


def test_the_table_is_current() -> None:
    written = resources.resource_path("fonts", text.METRICS).read_text(encoding="utf-8")
    assert json.loads(written) == json.loads(metrics_text()), \
        "a bundled font changed: run python -m tools.fonts"


def test_a_face_from_the_table_is_the_face_from_its_file() -> None:
    for name in FACES:
        path = str(getattr(resources, name))
        assert text._bundled_metrics(path) is not None
        from_table = text.load_face(name, path)
        parsed = text.face_metrics(path)
        assert from_table.widths == parsed["widths"]
        assert (from_table.default_width, from_table.ascent, from_table.descent) == (
            parsed["default_width"], parsed["ascent"], parsed["descent"])


def test_another_file_of_the_same_name_is_read_from_itself(tmp_path: Path) -> None:
    impostor = tmp_path / Path(resources.FONT_REGULAR).name
    shutil.copy(resources.FONT_FALLBACK, impostor)
    assert text._bundled_metrics(str(impostor)) is None
    face = text.load_face("Impostor", str(impostor))
    assert face.widths == text.face_metrics(str(resources.FONT_FALLBACK))["widths"]


def test_laying_out_a_latin_map_imports_no_reportlab() -> None:
    child = ("import sys\n"
             "from cjdesigner.layout.engine import LayoutEngine\n"
             "from cjdesigner.model.sample import sample_map\n"
             "LayoutEngine().layout(sample_map())\n"
             "print(sorted(m for m in ('reportlab', 'PIL') if m in sys.modules))\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
