"""Settings remembered between runs (QSettings): window, recent files, defaults for new maps.

Tests point the store at a temporary INI file with :meth:`Settings.at`; the environment
variable ``CJDESIGNER_SETTINGS`` does the same for a whole run (handy under xvfb).
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

if TYPE_CHECKING:  # the model is imported when a scale is first asked for
    from cjdesigner.model import EmotionScale

MAX_RECENT = 10

#: names the poster export understands (cjdesigner.pdf); the export dialog reads this default
PAPER_SIZES: tuple[str, ...] = (
    "2A0", "A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid", "ANSI D", "ANSI E", "Arch D", "Arch E"
)

@cache
def scale_presets() -> dict[str, EmotionScale]:
    """Named emotion scales offered for new maps (the scale belongs to the curve), by
    their English names (translated where shown); also ``SCALE_PRESETS``, made when first
    asked for."""
    from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
    from cjdesigner.model import EmotionScale

    return {
        QT_TRANSLATE_NOOP("Preferences", "−2 … +2, five levels"): EmotionScale(),
        QT_TRANSLATE_NOOP("Preferences", "1 … 5, five levels"): EmotionScale(
            min=1, max=5, levels=["Awful", "Poor", "Okay", "Good", "Delighted"]
        ),
        QT_TRANSLATE_NOOP("Preferences", "1 … 10, ten levels"): EmotionScale(
            min=1, max=10, levels=[str(i) for i in range(1, 11)]),
        QT_TRANSLATE_NOOP("Preferences", "−1 … +1, three levels"): EmotionScale(
            min=-1, max=1, levels=["Negative", "Neutral", "Positive"]),
    }


def __getattr__(name: str) -> Any:
    if name == "SCALE_PRESETS":
        return scale_presets()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Settings:
    """Typed access to the application's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            override = os.environ.get("CJDESIGNER_SETTINGS")
            store = (
                QSettings(override, QSettings.Format.IniFormat) if override else QSettings()
            )
        self.store = store

    @classmethod
    def at(cls, path: str | os.PathLike[str]) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.store.sync()

    # -- recent files ------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        path = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != path]
        files.insert(0, path)
        self.store.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.store.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent(self) -> None:
        self.store.setValue("files/recent", [])

    # -- window --------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    # -- language --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The editor's language (a code of ``i18n.words.LANGUAGES``); "" follows the system."""
        value = str(self.store.value("ui/language", "") or "")
        from cjdesigner.i18n.words import LANGUAGES

        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        from cjdesigner.i18n.words import LANGUAGES

        self.store.setValue("ui/language", value if value in LANGUAGES else "")

    # -- defaults for new maps and exports -------------------------------------------------
    @property
    def author(self) -> str:
        return str(self.store.value("defaults/author", "") or "")

    @author.setter
    def author(self, value: str) -> None:
        self.store.setValue("defaults/author", value.strip())

    @property
    def paper_size(self) -> str:
        from cjdesigner.i18n.paper import paper_defaults

        default = paper_defaults(QLocale.system().name()).poster
        value = str(self.store.value("export/paper_size", default) or default)
        return value if value in PAPER_SIZES else default

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        self.store.setValue("export/paper_size", value)

    @property
    def export_folder(self) -> str:
        """The folder of the last export ("" before the first)."""
        return str(self.store.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self.store.setValue("export/folder", str(value))

    @property
    def export_choices(self) -> dict:
        """The export dialog's last choices: {"format": id, "panels": {id: state}}."""
        raw = self.store.value("export/choices", "")
        try:
            value = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @export_choices.setter
    def export_choices(self, value: dict) -> None:
        self.store.setValue("export/choices", json.dumps(value, sort_keys=True))

    @property
    def emotion_scale(self) -> EmotionScale:
        from cjdesigner.model import EmotionScale

        raw = self.store.value("defaults/emotion_scale", "")
        if raw:
            try:
                return EmotionScale.model_validate(json.loads(str(raw)))
            except ValueError:
                pass
        return EmotionScale()

    @emotion_scale.setter
    def emotion_scale(self, scale: EmotionScale) -> None:
        self.store.setValue("defaults/emotion_scale", scale.model_dump_json())

    # -- printing --------------------------------------------------------------------------
    def page_setup(self) -> dict | None:
        """The last page setup: ``printer`` (name, "" for the default), ``width`` and
        ``height`` (points, portrait), ``name`` of the paper, ``landscape``, ``margins``
        (left, top, right, bottom in mm); None before the first."""
        raw = self.store.value("print/page_setup", "")
        if not raw:
            return None
        try:
            value = json.loads(str(raw))
            setup: dict[str, Any] = {
                "printer": str(value.get("printer", "")),
                "width": float(value["width"]),
                "height": float(value["height"]),
                "name": str(value.get("name", "")),
                "landscape": bool(value.get("landscape", False)),
                "margins": [float(m) for m in value.get("margins", [])][:4],
            }
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        if not (0 < setup["width"] < 20_000 and 0 < setup["height"] < 20_000):
            return None
        return setup

    def set_page_setup(self, setup: dict) -> None:
        self.store.setValue("print/page_setup", json.dumps(setup))

    @property
    def print_overlap_mm(self) -> float:
        """Overlap of tiled printouts (mm), the tiled PDF's default until changed."""
        try:
            value = float(self.store.value("print/overlap_mm", 10.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 10.0
        return value if 0 <= value <= 50 else 10.0

    @print_overlap_mm.setter
    def print_overlap_mm(self, value: float) -> None:
        self.store.setValue("print/overlap_mm", float(value))

    @property
    def print_poster_paper(self) -> str:
        """Poster size of tiled printouts; the export's default size until changed."""
        value = str(self.store.value("print/poster_paper", "") or "")
        return value if value in PAPER_SIZES else self.paper_size

    @print_poster_paper.setter
    def print_poster_paper(self, value: str) -> None:
        self.store.setValue("print/poster_paper", value)
