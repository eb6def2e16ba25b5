"""The table of the bundled faces' metrics, as the layout reads them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from cjdesigner import resources
from cjdesigner.layout.text import METRICS, face_metrics

#: the faces measured beforehand: the card and heading faces (the fallback face and the
#: script faces are read from their files when a map needs them)
FACES = ("FONT_REGULAR", "FONT_SEMIBOLD", "FONT_BOLD", "FONT_ITALIC")


def table() -> dict[str, Any]:
    """Each face's file name → its size, SHA-256 and metrics."""
    out: dict[str, Any] = {}
    for name in FACES:
        path = Path(getattr(resources, name))
        data = path.read_bytes()
        metrics = face_metrics(str(path))
        out[path.name] = {
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            **metrics,
            "widths": {str(code): width for code, width in sorted(metrics["widths"].items())},
        }
    return out


def text() -> str:
    return json.dumps(table(), indent=1, sort_keys=True) + "\n"


def write() -> Path:
    path = resources.resource_path("fonts", METRICS)
    path.write_text(text(), encoding="utf-8")
    return path
