"""A map tab in a live session: the Qt side of :mod:`cjdesigner.room.session`.

:class:`TabSession` binds a tab's controller to a host or peer session: the controller's
``changed`` signal writes local edits into the shared document; the session's notices
(heard in its loop thread) come back through queued signals, and remote changes are
applied with ``controller.apply_remote`` in the window's thread. Presence (who is here,
their colour, selection and view) travels the same way.
"""

from __future__ import annotations

import contextlib
import getpass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cjdesigner.model import JourneyMap
from cjdesigner.room import presence
from cjdesigner.room.session import HostSession, PeerSession, Session
from cjdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from .document_tab import DocumentTab

#: the key of the facilitation state in the document's "session" area
FACILITATION = "facilitation"

#: colours for people in a session, picked by their client id
PALETTE = ["#d7263d", "#1b998b", "#2e86ab", "#f46036", "#7b2cbf", "#c5a100", "#3a7d44", "#e84393"]


def colour_for(client_id: int) -> str:
    return PALETTE[client_id % len(PALETTE)]


def default_name(author: str = "") -> str:
    if author:
        return author
    try:
        return getpass.getuser() or translate("RoomLink", "Someone")
    except (OSError, KeyError):
        return translate("RoomLink", "Someone")


class _Bridge(QObject):
    """Carries notices from the session's loop thread into the window's thread."""

    remote = Signal()
    presence = Signal()
    status = Signal(str)
    shared_state = Signal()


class TabSession(QObject):
    """One tab in one session (hosting it or joined to it)."""

    presenceChanged = Signal()  # noqa: N815 - Qt naming
    statusChanged = Signal(str)  # noqa: N815

    def __init__(self, tab: DocumentTab, name: str) -> None:
        super().__init__(tab)
        self.tab = tab
        self.name = name
        self.session: Session | None = None
        self.presenting = False
        self.following = False
        self.status = ""
        self._bridge = _Bridge(self)
        self._bridge.remote.connect(self._receive, Qt.ConnectionType.QueuedConnection)
        self._bridge.presence.connect(self.presenceChanged, Qt.ConnectionType.QueuedConnection)
        self._bridge.status.connect(self._status, Qt.ConnectionType.QueuedConnection)
        self._bridge.shared_state.connect(self._state_from_document, Qt.ConnectionType.QueuedConnection)
        #: the window's facilitation state (timer, votes…), kept in the document's "session"
        self.room_state: Any = None
        # the facilitation state as this window and the document last agreed on it
        self._shared: Any = None
        self._taking_state = False
        self._view_timer = QTimer(self, singleShot=True, interval=80)
        self._view_timer.timeout.connect(self.publish_presence)

    # -- binding --------------------------------------------------------------------------
    def _get(self) -> JourneyMap:
        return self.tab.controller.doc

    def _reset(self, doc: JourneyMap) -> None:
        self.tab.controller.reset(doc)

    def _notify(self) -> None:
        self._bridge.remote.emit()

    def _receive(self) -> None:
        if self.session is not None:
            self.session.receive()

    def _local(self, edit: object = None) -> None:
        if self.session is not None:
            self.session.local_changed(edit)

    def _status(self, status: str) -> None:
        if isinstance(self.session, HostSession) and status != "hosting":
            return  # the client this tab had before it hosted again, saying goodbye
        self.status = status
        self.statusChanged.emit(status)

    def _connect_signals(self) -> None:
        controller = self.tab.controller
        controller.changed.connect(self._local)
        controller.documentReset.connect(self._local)
        self.tab.selectionChanged.connect(lambda _s: self.publish_presence())
        canvas = self.tab.canvas
        canvas.horizontalScrollBar().valueChanged.connect(self._view_moved)
        canvas.verticalScrollBar().valueChanged.connect(self._view_moved)
        canvas.zoomChanged.connect(self._view_moved)

    def _view_moved(self, *_args: Any) -> None:
        if self.presenting:
            self._view_timer.start()

    def host(self, bind: str = "0.0.0.0", advertised_host: str | None = None) -> HostSession:
        controller = self.tab.controller
        session = HostSession(
            self._get, controller.apply_remote, self._reset, self._notify,
            bind=bind, advertised_host=advertised_host,
        )
        self.session = session
        session.start()
        self._watch_presence()
        self._connect_signals()
        self._status("hosting")
        self.publish_presence()
        return session

    def join(self, url: str, seed_if_empty: bool = False, timeout: float = 10.0) -> bool:
        controller = self.tab.controller
        session = PeerSession(
            url, self._get, controller.apply_remote, self._reset, self._notify,
            on_status=self._bridge.status.emit,
        )
        self.session = session
        self._connect_signals()
        ok = session.start(timeout=timeout, seed_if_empty=seed_if_empty)
        self._watch_presence()
        self._status("connected" if ok else "offline")
        self.publish_presence()
        return ok

    def host_again(self, bind: str = "0.0.0.0", advertised_host: str | None = None) -> None:
        """The host is gone: serve this tab's copy (with the shared history) to the others."""
        if not isinstance(self.session, PeerSession):
            return
        self.session = self.session.host_again(self._notify, bind=bind, advertised_host=advertised_host)
        assert isinstance(self.session, HostSession)
        self.session.start()
        self._watch_presence()
        self._status("hosting")
        self.publish_presence()

    @property
    def url(self) -> str:
        """Where this tab's peer connects ("" while it hosts)."""
        return self.session.client.url if isinstance(self.session, PeerSession) else ""

    @property
    def token(self) -> str | None:
        """The session's token (the same after someone hosts it again)."""
        if isinstance(self.session, HostSession):
            return self.session.server.token
        if isinstance(self.session, PeerSession):
            return self.session.token
        return None

    def rejoin(self, url: str) -> None:
        """Follow the session to ``url`` (someone hosts it again): this tab's copy, with
        whatever was edited here meanwhile, merges into the new host's."""
        if not isinstance(self.session, PeerSession):
            return
        self.session.rejoin(url)
        self._watch_presence()
        self.publish_presence()

    def leave(self) -> None:
        session, self.session = self.session, None
        controller = self.tab.controller
        for signal in (controller.changed, controller.documentReset):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._local)
        if self.room_state is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.room_state.changed.disconnect(self._state_to_document)
            self.room_state = None
        if session is not None:
            session.stop()  # type: ignore[attr-defined]
        self._status("")

    # -- facilitation state ------------------------------------------------------------------
    def share_state(self, room_state: Any, publish: bool) -> None:
        """Keep ``room_state`` (the window's RoomState) equal on every copy: kept in the
        document's ``session`` area one part per entry (``cjdesigner.phone.store``), read
        back from it. ``publish``: this side's state goes in now (the host); else the
        shared one is taken (a joiner)."""
        if self.session is None or room_state is None:
            return
        self.room_state = room_state
        self._shared = None
        room_state.changed.connect(self._state_to_document)
        mapdoc = self.session.mapdoc
        self.session.call(mapdoc.observe_session, self._bridge.shared_state.emit)
        if publish:
            self._state_to_document()
        else:
            self._state_from_document()

    def _state_to_document(self) -> None:
        """Write what changed in this window's state since it last agreed with the
        document (only those parts: a phone's vote or card written meanwhile stays)."""
        if self._taking_state or self.session is None or self.room_state is None:
            return
        from cjdesigner.phone.store import write_state

        mapdoc = self.session.mapdoc
        new, old = self.room_state.state, self._shared

        def write() -> None:
            with mapdoc.ydoc.transaction(origin=mapdoc.origin):
                write_state(mapdoc.session, new, old)

        self.session.call(write)
        self._shared = new

    def _state_from_document(self) -> None:
        if self.session is None or self.room_state is None:
            return
        from cjdesigner.phone.store import read_state

        mapdoc = self.session.mapdoc
        if self.session.call(lambda: mapdoc.session.get(FACILITATION)) is None:
            return  # nobody has written the room's state yet
        shared = self.session.call(read_state, mapdoc.session)
        self._shared = shared
        self._taking_state = True
        try:
            self.room_state.replace(shared)
        finally:
            self._taking_state = False

    # -- presence --------------------------------------------------------------------------
    def _awareness(self) -> Any:
        session = self.session
        if isinstance(session, HostSession):
            room = session.server.room
            return room.awareness if room is not None else None
        if isinstance(session, PeerSession):
            return session.client.awareness
        return None

    def _watch_presence(self) -> None:
        awareness = self._awareness()
        if awareness is not None and self.session is not None:
            self.session.call(awareness.observe, lambda _topic, _changes: self._bridge.presence.emit())

    @property
    def client_id(self) -> int:
        return int(self.session.mapdoc.ydoc.client_id) if self.session is not None else 0

    def own_state(self) -> dict[str, Any]:
        canvas = self.tab.canvas
        chosen = self.tab.selection
        focus = presence.Focus(cards=tuple(chosen.cards[:presence.MAX_IDS]), stage=chosen.stage,
                               step=chosen.step, lane=chosen.lane, curve=chosen.curve)
        view = None
        if self.presenting:
            centre = canvas.mapToScene(canvas.viewport().rect().center())
            view = (centre.x(), centre.y(), canvas.zoom_factor())
        return presence.state(self.name, colour_for(self.client_id), focus, self.presenting, view)

    def publish_presence(self) -> None:
        awareness = self._awareness()
        if awareness is not None and self.session is not None:
            state = self.own_state()
            self.session.call(awareness.set_local_state, state)
            self.presenceChanged.emit()

    def people(self) -> list[tuple[int, dict[str, Any]]]:
        """Everyone here (this side first) as (client id, state)."""
        awareness = self._awareness()
        if awareness is None or self.session is None:
            return []
        states: dict[int, Any] = self.session.call(lambda: dict(awareness.states))
        own = self.client_id
        out = [(cid, s) for cid, s in states.items() if isinstance(s, dict) and s.get("user")]
        out.sort(key=lambda pair: (pair[0] != own, str(pair[1].get("user", {}).get("name", ""))))
        return out

    def others(self) -> list[presence.Person]:
        """Everyone else here, as their (validated) presence says."""
        own = self.client_id
        people = (presence.read(cid, state) for cid, state in self.people() if cid != own)
        return [person for person in people if person is not None]

    def presenter_view(self) -> dict[str, float] | None:
        for person in self.others():
            if person.presenting and person.view is not None:
                return dict(zip(("x", "y", "zoom"), person.view, strict=True))
        return None
