"""A map's owner without a window: what the editor's controller is to a session."""

from __future__ import annotations

import threading

from cjdesigner.model import JourneyMap
from cjdesigner.model import edits as e
from cjdesigner.room.session import HostSession, PeerSession, Session


class Owner:
    """Holds a map; hears the session's notices and applies them when pumped."""

    def __init__(self, doc: JourneyMap) -> None:
        self.doc = doc
        self.heard = threading.Event()
        self.session: Session | None = None

    def get(self) -> JourneyMap:
        return self.doc

    def apply(self, edit: e.Edit) -> None:
        edit.apply(self.doc, lenient=True)

    def reset(self, doc: JourneyMap) -> None:
        self.doc = doc

    def notify(self) -> None:
        self.heard.set()

    def pump(self) -> None:
        """Take in what the session heard (the editor does this in its event loop)."""
        if self.heard.is_set() and self.session is not None:
            self.heard.clear()
            self.session.receive()

    def edit(self, edit: e.Edit) -> None:
        edit.apply(self.doc)
        assert self.session is not None
        self.session.local_changed(edit)

    def host(self, **options: object) -> HostSession:
        session = HostSession(self.get, self.apply, self.reset, self.notify, bind="127.0.0.1",
                              **options)  # type: ignore[arg-type]
        self.session = session
        session.start()
        return session

    def join(self, url: str, seed_if_empty: bool = False) -> PeerSession:
        session = PeerSession(url, self.get, self.apply, self.reset, self.notify)
        self.session = session
        assert session.start(seed_if_empty=seed_if_empty)
        return session
