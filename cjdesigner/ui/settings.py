"""Settings remembered between runs (QSettings): window, recent files, defaults for new maps.

Tests point the store at a temporary INI file with :meth:`Settings.at`; the environment
variable ``CJDESIGNER_SETTINGS`` does the same for a whole run (handy under xvfb).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from cjdesigner.model import EmotionScale

MAX_RECENT = 10

#: names the poster export understands (cjdesigner.pdf); the export dialog reads this default
PAPER_SIZES: tuple[str, ...] = (
    "2A0", "A0", "A1", "A2", "A3", "A4", "Letter", "Tabloid", "ANSI D", "ANSI E", "Arch D", "Arch E"
)

#: named emotion scales offered for new maps (the scale belongs to the curve)
SCALE_PRESETS: dict[str, EmotionScale] = {
    "−2 … +2, five levels": EmotionScale(),
    "1 … 5, five levels": EmotionScale(
        min=1, max=5, levels=["Awful", "Poor", "Okay", "Good", "Delighted"]
    ),
    "1 … 10, ten levels": EmotionScale(min=1, max=10, levels=[str(i) for i in range(1, 11)]),
    "−1 … +1, three levels": EmotionScale(min=-1, max=1, levels=["Negative", "Neutral", "Positive"]),
}


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
            value = [value] if value else []
        return [str(v) for v in (value or [])]

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

    # -- defaults for new maps and exports -------------------------------------------------
    @property
    def author(self) -> str:
        return str(self.store.value("defaults/author", "") or "")

    @author.setter
    def author(self, value: str) -> None:
        self.store.setValue("defaults/author", value.strip())

    @property
    def paper_size(self) -> str:
        value = str(self.store.value("export/paper_size", "A0") or "A0")
        return value if value in PAPER_SIZES else "A0"

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
    def emotion_scale(self) -> EmotionScale:
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
