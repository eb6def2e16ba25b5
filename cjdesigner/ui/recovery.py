"""Never lose work: autosave copies in a recovery folder, and finding them after a crash.

Each open map writes ``<key>.cjm`` (a plain, valid map) and ``<key>.json`` (where it came
from, when, which process) into the recovery folder a short while after the first
unsaved change and then regularly while the user is idle. A clean save or a close
removes both. Whatever is left over when the app starts belongs to a session that died:
those are the maps to offer back.

The folder is ``platformdirs.user_data_dir("cjdesigner")/recovery``; the environment
variable ``CJDESIGNER_RECOVERY_DIR`` or an explicit argument overrides it (tests).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the start page lists recovered maps without loading them
    from cjdesigner.model import JourneyMap

#: keys of autosaves owned by live documents of this process
_LIVE: set[str] = set()


def default_recovery_dir() -> Path:
    override = os.environ.get("CJDESIGNER_RECOVERY_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("cjdesigner", "cjdesigner")) / "recovery"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class RecoveredMap:
    key: str
    map_path: Path
    source: str | None  # the file the map was opened from, or None for an untitled map
    title: str
    saved_at: float  # seconds since the epoch

    def load(self) -> JourneyMap:
        from cjdesigner.fileio import load

        return load(self.map_path)

    def source_mtime(self) -> float | None:
        if self.source and Path(self.source).exists():
            return Path(self.source).stat().st_mtime
        return None


class RecoveryStore:
    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_recovery_dir()

    def new_key(self) -> str:
        key = uuid.uuid4().hex[:16]
        _LIVE.add(key)
        return key

    def release(self, key: str) -> None:
        """The document owning ``key`` is gone; forget it and its files."""
        self.discard(key)
        _LIVE.discard(key)

    def write(self, key: str, doc: JourneyMap | None, source: str | None,
              text: str | None = None, title: str | None = None) -> Path:
        """The copy of ``doc`` (``text``: ``dumps(doc)`` when already made; without a map,
        ``text`` and its ``title``)."""
        from cjdesigner.fileio import dumps

        if text is None:
            if doc is None:
                raise ValueError("a recovery copy needs the map or its text")
            text = dumps(doc)
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{key}.cjm"
        tmp = self.folder / f".{key}.cjm.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
        meta = {
            "source": source,
            "title": title if title is not None or doc is None else doc.meta.title,
            "saved_at": time.time(),
            "pid": os.getpid(),
        }
        meta_tmp = self.folder / f".{key}.json.tmp"
        meta_tmp.write_text(json.dumps(meta), encoding="utf-8")
        os.replace(meta_tmp, self.folder / f"{key}.json")
        return target

    def discard(self, key: str) -> None:
        for suffix in (".cjm", ".json"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink(missing_ok=True)

    def orphans(self) -> list[RecoveredMap]:
        """Autosaves left by sessions that ended without saving, newest first."""
        found: list[RecoveredMap] = []
        if not self.folder.is_dir():
            return found
        for meta_path in self.folder.glob("*.json"):
            key = meta_path.stem
            map_path = self.folder / f"{key}.cjm"
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not map_path.exists():
                continue
            pid = int(meta.get("pid", 0) or 0)
            if pid == os.getpid():
                if key in _LIVE:
                    continue
            elif _pid_alive(pid):
                continue  # another running editor owns it
            found.append(
                RecoveredMap(
                    key=key,
                    map_path=map_path,
                    source=meta.get("source"),
                    title=str(meta.get("title") or "Untitled journey"),
                    saved_at=float(meta.get("saved_at") or map_path.stat().st_mtime),
                )
            )
        found.sort(key=lambda r: r.saved_at, reverse=True)
        return found


class Autosaver(QObject):
    """Writes a recovery copy of one document when it has unsaved changes.

    ``written`` carries the time (seconds since the epoch) of each copy written.

    ``too_large`` carries why, when edits have made the map too large to be loaded back
    (over the file limits, ``fileio.limit_problems``): then neither its recovery copy
    nor a save of it could be opened again, and the window tells the user while the work
    is still open. Said once each time the map grows over the limits.

    The first unsaved change starts the clock: after ``idle_ms`` without further edits
    (or at the latest ``max_wait_ms`` after the first unsaved edit, so constant typing is
    covered too) a copy is written. A clean document has no copy.

    A map of ``background_cards`` cards or more is written by a worker thread, from a
    snapshot taken when the clock runs out (``fileio.cjm.Snapshot``: its lists copied,
    its immutable items shared), in pieces: typing and dragging go on meanwhile, and the
    edits made meanwhile start the clock again. ``save_now`` writes right away, here.
    """

    written = Signal(float)
    too_large = Signal(str)
    _written_elsewhere = Signal(object)  # from the worker: (path or None, problems)

    #: maps with at least this many cards are written in a worker thread (tests lower it)
    background_cards = 2_000

    def __init__(
        self,
        store: RecoveryStore,
        controller,
        source: Callable[[], str | None],
        idle_ms: int = 3_000,
        max_wait_ms: int = 30_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.controller = controller
        self.source = source
        self.key = store.new_key()
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._deadline = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._idle.timeout.connect(self._due)
        self._deadline.timeout.connect(self._due)
        self.last_written: Path | None = None
        self.over_limits = False
        self._released = False
        self._writing = threading.Lock()  # one copy written at a time, here or there
        self._worker: threading.Thread | None = None
        self._again = False  # the clock ran out while the worker was writing
        self._written_elsewhere.connect(self._worker_done)
        # every applied edit (local, undone, redone or from another writer), not the
        # undo stack's index: a remote change must be saved too
        controller.changed.connect(self._changed)
        controller.modifiedChanged.connect(self._modified_changed)
        controller.documentReset.connect(self._changed)

    def _changed(self, *_args) -> None:
        if self._released or not self.controller.is_modified():
            return
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _modified_changed(self, modified: bool) -> None:
        if self._released:
            return
        if not modified:
            self._idle.stop()
            self._deadline.stop()
            self.store.discard(self.key)
            self.last_written = None
        else:
            self._changed()

    def pending(self) -> bool:
        return self._idle.isActive() or self._deadline.isActive()

    def writing(self) -> bool:
        """A worker is writing a copy now."""
        return self._worker is not None and self._worker.is_alive()

    def _due(self) -> None:
        if len(self.controller.doc.cards) >= self.background_cards:
            self.save_in_background()
        else:
            self.save_now()

    def save_now(self) -> Path | None:
        self._idle.stop()
        self._deadline.stop()
        if self._released or not self.controller.is_modified():
            return None
        from cjdesigner.fileio import dumps, limit_problems

        doc = self.controller.doc
        text = dumps(doc)
        problems = limit_problems(text)
        try:
            with self._writing:
                self.last_written = self.store.write(self.key, doc, self.source(), text)
        except OSError:
            self.last_written = None  # a full disk must not take the editor down
            return None
        self._report(problems)
        return self.last_written

    def save_in_background(self) -> bool:
        """Start writing a copy in a worker thread; False when there is nothing to write.
        ``written`` (or ``too_large``) follows, in this thread, once it is done."""
        self._idle.stop()
        self._deadline.stop()
        if self._released or not self.controller.is_modified():
            return False
        if self.writing():
            self._again = True
            return True
        from cjdesigner.fileio.cjm import Snapshot

        doc = self.controller.doc
        snapshot = Snapshot(doc)
        title, source = doc.meta.title, self.source()

        def work() -> None:
            from cjdesigner.fileio import limit_problems

            try:
                text = snapshot.text()
                problems = limit_problems(text)
                with self._writing:
                    path = self.store.write(self.key, None, source, text, title)
            except OSError:  # a full disk must not take the editor down
                self._written_elsewhere.emit((None, []))
                return
            self._written_elsewhere.emit((path, problems))

        self._worker = threading.Thread(target=work, name="cjdesigner: autosave", daemon=True)
        self._worker.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Until the worker (if any) has written its copy."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _worker_done(self, outcome: tuple[Path | None, list[str]]) -> None:
        path, problems = outcome
        self._worker = None
        if self._released or not self.controller.is_modified():
            # closed or saved while the copy was written: it must not outlive that
            self.store.discard(self.key)
            return
        self.last_written = path
        if path is not None:
            self._report(problems)
        if self._again:
            self._again = False
            self._changed()

    def _report(self, problems: list[str]) -> None:
        self.written.emit(time.time())
        if problems and not self.over_limits:
            self.too_large.emit(problems[0])
        self.over_limits = bool(problems)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        for signal, slot in (
            (self.controller.changed, self._changed),
            (self.controller.modifiedChanged, self._modified_changed),
            (self.controller.documentReset, self._changed),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self._idle.stop()
        self._deadline.stop()
        self.wait()  # a copy being written goes with the others
        self.store.release(self.key)
