"""``cjdesigner host map.cjm``: a session without a window.

The host loads the map, starts the session server, prints the page link for phones and
the y-websocket address for Yjs clients (one per line, on standard output), announces
the session on the network, saves the map atomically whenever it changed (at most every
:data:`SAVE_EVERY` seconds), and on Ctrl+C (or SIGTERM) stops the server and saves a last
time. The file is the truth: the shared document is only how the room edits it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from pathlib import Path
from typing import TextIO

from cjdesigner.fileio import cjm
from cjdesigner.model.document import now_iso

from .discovery import Announcer, session_id
from .server import SessionServer

#: seconds between saves while the map changes
SAVE_EVERY = 2.0


class Host:
    """A running window-less session over one file."""

    def __init__(
        self, path: Path, *, bind: str = "0.0.0.0", port: int = 0, announce: bool = True,
        advertised_host: str | None = None,
    ) -> None:
        self.path = path
        doc = cjm.load(path)
        self.server = SessionServer(doc, host=bind, port=port, advertised_host=advertised_host)
        self._dirty = threading.Event()
        self._saved_text = cjm.dumps(doc)
        self._announce = announce
        self._announcer: Announcer | None = None
        self.saves = 0

    def start(self) -> None:
        self.server.start()
        self.server.call(self.server.room_doc.observe, lambda _local: self._dirty.set())
        if self._announce:
            title = self.server.current_map().meta.title
            with contextlib.suppress(OSError, ValueError, Exception):
                self._announcer = Announcer(title, self.server.address.host, self.server.port,
                                            session_id(self.server.token))

    def save(self) -> bool:
        """Write the map if it changed since the last save; True when written."""
        self._dirty.clear()
        current = self.server.current_map()
        text = cjm.dumps(current)
        if text == self._saved_text:
            return False
        stamped = current.model_copy(update={"meta": current.meta.model_copy(update={"modified": now_iso()})})
        cjm.save(stamped, self.path)
        self._saved_text = text
        self.saves += 1
        return True

    def run_until_stopped(self, stop: threading.Event, err: TextIO) -> None:
        while not stop.is_set():
            if self._dirty.wait(0.2) and not stop.is_set():
                stop.wait(SAVE_EVERY)
                try:
                    self.save()
                except cjm.SaveError as exc:
                    print(f"cjdesigner host: {exc}", file=err, flush=True)

    def close(self) -> None:
        if self._announcer is not None:
            with contextlib.suppress(Exception):
                self._announcer.close()
            self._announcer = None
        self.server.stop()
        try:
            self.save()
        finally:
            self.server.close()


def run(path: Path, port: int, bind: str, announce: bool, out: TextIO, err: TextIO) -> int:
    """The ``host`` command; exit status 0 after a clean stop."""
    try:
        host = Host(path, bind=bind, port=port, announce=announce)
    except cjm.LoadError as exc:
        print(f"cjdesigner host: {exc}", file=err)
        return 1
    try:
        host.start()
    except OSError as exc:
        print(f"cjdesigner host: cannot listen on port {port}: {exc.strerror or exc}", file=err)
        host.server.close()
        return 1
    stop = threading.Event()

    def stopping(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(host.server.page_url, file=out, flush=True)
        print(host.server.ws_url, file=out, flush=True)
        print(
            f"cjdesigner host: session on {path.name}, code {host.server.code}; "
            "Ctrl+C stops it and saves the map",
            file=err,
            flush=True,
        )
        host.run_until_stopped(stop, err)
    finally:
        try:
            host.close()
            print(f"cjdesigner host: saved {path}", file=err, flush=True)
        except cjm.SaveError as exc:
            print(f"cjdesigner host: {exc}", file=err, flush=True)
            return 1
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    return 0
