"""The .cjm file: canonical JSON, clear errors, atomic saves with a backup."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from cjdesigner.model import JourneyMap


class LoadError(Exception):
    """A file that could not be read as a journey map; the message is for people."""


def dumps(doc: JourneyMap) -> str:
    """Canonical text: same map, same bytes (stable key order, 2-space indent, LF)."""
    data = doc.model_dump(mode="json")
    step_order = doc.step_ids()
    for curve in data["curves"]:
        curve["points"] = {s: curve["points"][s] for s in step_order if s in curve["points"]}
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def loads(text: str | bytes, source: str = "<text>") -> JourneyMap:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise LoadError(f"{source}: not a journey map file (not valid JSON: {exc})") from None
    try:
        return JourneyMap.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        path = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise LoadError(f"{source}: {path}: {first['msg']}") from None


def load(path: str | os.PathLike[str]) -> JourneyMap:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror})") from None
    return loads(raw, str(path))


def save(doc: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write atomically: temp file in the same folder, fsync, keep a .bak, replace."""
    path = Path(path)
    data = dumps(doc).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            backup = path.with_name(path.name + ".bak")
            os.replace(path, backup)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
