"""The Share menu: start a session for the current map, join one, follow the presenter.

``window.room`` (:class:`RoomCommands`) sees the window through :class:`RoomHost`. A
hosting tab saves its file every :attr:`RoomCommands.save_every_ms` while the map changes
(atomically, as Save does), so the file stays the truth; each peer saves its own copy when
it likes. Other people's selections show on the canvas as outlines in their colours.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QMenu,
    QWidget,
)

from cjdesigner.ui.i18n import translate

if TYPE_CHECKING:  # the room's modules (pycrdt, the server, zeroconf) wait for a session
    from cjdesigner.model import JourneyMap
    from cjdesigner.room.discovery import Announcer
    from cjdesigner.room.session import HostSession

    from .document_tab import DocumentTab
    from .room_dialogs import SessionDialog
    from .room_link import TabSession


def _hosting(link: TabSession | None) -> bool:
    """Whether ``link`` hosts its session (False without one). The room's modules are
    imported here, when a session exists, not when the window starts (issue 18)."""
    if link is None:
        return False
    from cjdesigner.room.session import HostSession

    return isinstance(link.session, HostSession)


class RoomHost(Protocol):
    def current_tab(self) -> DocumentTab | None: ...
    def save(self, tab: DocumentTab | None = None) -> bool: ...
    def show_message(self, text: str) -> None: ...
    def _add_tab(self, doc: JourneyMap, path: str | None) -> DocumentTab: ...
    def _activate(self, tab: DocumentTab) -> None: ...
    def presenting(self) -> bool: ...


class RoomCommands(QObject):
    """Share › Start Session…, Join Session…, Leave, Follow the Presenter, Present."""

    #: how often a hosting tab saves its file while the map changes
    save_every_ms = 3_000
    #: where sessions listen; tests use the loopback address
    bind = "0.0.0.0"
    advertised_host: str | None = None
    announce = True
    # the Join dialog looks for announced sessions (tests type the address), and a peer
    # whose host is gone looks for the session hosted again (on these interfaces; None: all)
    discover = True
    discover_interfaces: list[str] | None = None

    def __init__(self, window: Any, author: str = "") -> None:
        super().__init__(window)
        self.window: RoomHost = window
        self.parent_widget: QWidget = window
        self.author = author
        self.sessions: dict[DocumentTab, TabSession] = {}
        self.dialogs: dict[DocumentTab, SessionDialog] = {}
        self._announcers: dict[DocumentTab, Announcer] = {}
        self._overlays: dict[DocumentTab, list[Any]] = {}
        self._seekers: dict[DocumentTab, tuple[Any, QTimer]] = {}
        self.menu = QMenu(translate("WindowRoom", "&Share"), window)
        self.start_action = self._action(translate("WindowRoom", "&Start Session…"), self.start_session)
        self.join_action = self._action(translate("WindowRoom", "&Join Session…"), self.join_session)
        self.relay_action = self._action(translate("WindowRoom", "Meet on a &Relay Server…"), self.ask_relay)
        self.show_action = self._action(translate("WindowRoom", "Show Session &Code…"), self.show_session)
        self.leave_action = self._action(translate("WindowRoom", "&Leave or Stop Session"), self.leave_session)
        self.menu.addSeparator()
        self.follow_action = self._action(translate("WindowRoom", "&Follow the Presenter"), self._follow_toggled, checkable=True)
        self.present_action = self._action(translate("WindowRoom", "&Present to Others"), self._present_toggled, checkable=True)
        self.menu.addSeparator()
        self.host_again_action = self._action(translate("WindowRoom", "&Host Again (the host is gone)"), self.host_again)
        self.menu.aboutToShow.connect(self._update_actions)
        self._save_timer = QTimer(self, interval=self.save_every_ms)
        self._save_timer.timeout.connect(self._save_hosted)

    def _action(self, text: str, slot: Any, checkable: bool = False) -> QAction:
        action = QAction(text, self.menu)
        action.setCheckable(checkable)
        action.triggered.connect(lambda *_a: slot())
        self.menu.addAction(action)
        return action

    def _update_actions(self) -> None:
        tab = self.window.current_tab()
        link = self.sessions.get(tab) if tab is not None else None
        self.start_action.setEnabled(tab is not None and link is None)
        self.relay_action.setEnabled(tab is not None and link is None)
        self.show_action.setEnabled(_hosting(link))
        self.leave_action.setEnabled(link is not None)
        self.follow_action.setEnabled(link is not None)
        self.present_action.setEnabled(link is not None)
        self.host_again_action.setEnabled(
            link is not None and link.status == "offline" and not _hosting(link)
        )
        self.follow_action.setChecked(bool(link is not None and link.following))
        self.present_action.setChecked(bool(link is not None and link.presenting))

    def link(self, tab: DocumentTab | None = None) -> TabSession | None:
        tab = tab or self.window.current_tab()
        return self.sessions.get(tab) if tab is not None else None

    # -- hosting ---------------------------------------------------------------------------
    def start_session(self) -> TabSession | None:
        tab = self.window.current_tab()
        if tab is None or tab in self.sessions:
            return None
        from cjdesigner.room.session import HostSession

        from .room_link import TabSession, default_name

        link = TabSession(tab, default_name(self.author))
        try:
            link.host(bind=self.bind, advertised_host=self.advertised_host)
        except OSError as exc:
            self.window.show_message(translate("WindowRoom", "Cannot start the session: {value}").format(value=exc.strerror or exc))
            return None
        self._bound(tab, link)
        link.share_state(getattr(self.window, "room_state", None), publish=True)
        session = link.session
        assert isinstance(session, HostSession)
        self._announce(tab, session)
        self._save_timer.start()
        self.show_session(tab)
        self.window.show_message(translate("WindowRoom", "Session running: code {code}").format(code=session.server.code))
        return link

    def show_session(self, tab: DocumentTab | None = None) -> SessionDialog | None:
        tab = tab or self.window.current_tab()
        link = self.sessions.get(tab) if tab is not None else None
        if tab is None or link is None or not _hosting(link):
            return None
        dialog = self.dialogs.get(tab)
        if dialog is None:
            from .room_dialogs import SessionDialog

            server = link.session.server
            address = f"{server.address.host}:{server.port}"
            dialog = SessionDialog(server.page_url, address, server.code, self.parent_widget)
            dialog.stop_button.clicked.connect(lambda _c=False, t=tab: self.leave_session(t))
            self.dialogs[tab] = dialog
        self._show_people(tab)
        dialog.show()
        dialog.raise_()
        return dialog

    def _announce(self, tab: DocumentTab, session: HostSession) -> None:
        from cjdesigner.room.discovery import Announcer, session_id

        if self.announce:
            with contextlib.suppress(Exception):
                self._announcers[tab] = Announcer(
                    tab.controller.doc.meta.title, session.server.address.host, session.server.port,
                    session_id(session.server.token),
                )

    def _save_hosted(self) -> None:
        for tab, link in list(self.sessions.items()):
            if _hosting(link) and tab.path and tab.is_modified():
                self.window.save(tab)

    def host_again(self) -> None:
        """The host is gone: this tab serves its copy (with everything edited meanwhile)
        under the session's code and token; the others join it in their own tabs
        (Share › Join Session, :meth:`join_session`) and their offline edits merge."""
        tab = self.window.current_tab()
        link = self.link(tab)
        if tab is None or link is None or _hosting(link):
            return
        from cjdesigner.room.session import HostSession

        try:
            link.host_again(bind=self.bind, advertised_host=self.advertised_host)
        except OSError as exc:
            self.window.show_message(translate("WindowRoom", "Cannot start the session: {value}").format(value=exc.strerror or exc))
            return
        session = link.session
        assert isinstance(session, HostSession)
        self._announce(tab, session)
        self._save_timer.start()
        self.show_session(tab)
        self.window.show_message(translate("WindowRoom", "Session running here now: code {code}").format(code=session.server.code))

    # -- joining ---------------------------------------------------------------------------
    def join_session(self, url: str | None = None, name: str | None = None) -> TabSession | None:
        from cjdesigner.model import JourneyMap

        from .room_dialogs import JoinDialog
        from .room_link import TabSession, default_name

        if url is None:
            dialog = JoinDialog(self.parent_widget, discover=self.discover)
            dialog.name.setText(default_name(self.author))
            if dialog.exec() != JoinDialog.DialogCode.Accepted:
                return None
            url, name = dialog.ws_url, dialog.name.text().strip()
        again = self._same_session(url)
        if again is not None:
            return self._rejoin(again, url)
        tab = self.window._add_tab(JourneyMap(), None)
        link = TabSession(tab, name or default_name(self.author))
        if not link.join(url):
            self.window.show_message(translate("WindowRoom", "The session does not answer yet; still trying…"))
        self._bound(tab, link)
        link.share_state(getattr(self.window, "room_state", None), publish=False)
        tab.controller.mark_saved()
        return link

    def _same_session(self, url: str) -> DocumentTab | None:
        """The tab already in the session at ``url`` (same token: someone hosts it again
        at a new address, or the same address was typed twice)."""
        from cjdesigner.room.server import token_in

        token = token_in(url)
        if token is None:
            return None
        for tab, link in self.sessions.items():
            if link.token == token:
                return tab
        return None

    def _rejoin(self, tab: DocumentTab, url: str) -> TabSession | None:
        from cjdesigner.room.session import PeerSession

        link = self.sessions[tab]
        self.window._activate(tab)
        if _hosting(link):
            self.show_session(tab)
            return link
        session = link.session
        if isinstance(session, PeerSession) and session.client.url != url:
            link.rejoin(url)
            self.window.show_message(translate("WindowRoom", "Session: joining again at its new address; what you edited "
                                               "meanwhile merges"))
        return link

    def ask_relay(self) -> TabSession | None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(
            self.parent_widget, translate("WindowRoom", "Meet on a Relay Server"),
            translate("WindowRoom", "Address of a y-websocket server and room (ws://relay.example:1234/map):"),
        )
        url = url.strip()
        if not ok or not url:
            return None
        if not url.startswith(("ws://", "wss://")):
            self.window.show_message(translate("WindowRoom", "A relay's address starts with ws:// or wss://"))
            return None
        return self.meet_on_relay(url)

    def meet_on_relay(self, url: str) -> TabSession | None:
        """Meet on a y-websocket server (the Yjs project's relay): the current map goes in
        if the room there is empty, else the tab takes the room's map."""
        tab = self.window.current_tab()
        if tab is None or tab in self.sessions:
            return None
        from .room_link import TabSession, default_name

        link = TabSession(tab, default_name(self.author))
        link.join(url, seed_if_empty=True)
        self._bound(tab, link)
        link.share_state(getattr(self.window, "room_state", None), publish=False)
        return link

    # -- leaving ---------------------------------------------------------------------------
    def leave_session(self, tab: DocumentTab | None = None) -> None:
        tab = tab or self.window.current_tab()
        if tab is None:
            return
        link = self.sessions.pop(tab, None)
        self._stop_seeking(tab)
        announcer = self._announcers.pop(tab, None)
        if announcer is not None:
            with contextlib.suppress(Exception):
                announcer.close()
        dialog = self.dialogs.pop(tab, None)
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        self._clear_overlays(tab)
        if link is not None:
            hosting = _hosting(link)
            link.leave()
            if hosting and tab.path and tab.is_modified():
                self.window.save(tab)
        if not any(_hosting(x) for x in self.sessions.values()):
            self._save_timer.stop()

    def close_all(self) -> None:
        for tab in list(self.sessions):
            self.leave_session(tab)

    # -- presence ----------------------------------------------------------------------------
    def _bound(self, tab: DocumentTab, link: TabSession) -> None:
        self.sessions[tab] = link
        link.presenceChanged.connect(lambda t=tab: self._presence_changed(t))
        link.statusChanged.connect(lambda s, t=tab: self._status_changed(t, s))
        tab.controller.changed.connect(lambda _e, t=tab: self._draw_others(t))
        tab.destroyed.connect(lambda *_a, t=tab, x=link: self._tab_gone(t, x))

    def _tab_gone(self, tab: DocumentTab, link: TabSession) -> None:
        """A tab in a session was closed: leave (or stop) its session."""
        self.sessions.pop(tab, None)
        self.dialogs.pop(tab, None)
        self._overlays.pop(tab, None)
        self._stop_seeking(tab)
        announcer = self._announcers.pop(tab, None)
        if announcer is not None:
            with contextlib.suppress(Exception):
                announcer.close()
        session = link.__dict__.get("session")
        if session is not None:
            with contextlib.suppress(Exception):
                session.stop()

    def _seek(self, tab: DocumentTab) -> None:
        """The host is gone: look on the network for the same session hosted again (its
        announcement carries the session's id) and join it there, in this tab; what was
        edited meanwhile merges. Typing the new address and the code does the same."""
        from cjdesigner.room.discovery import Browser, session_id
        from cjdesigner.room.server import Address

        link = self.sessions.get(tab)
        token = link.token if link is not None else None
        if not self.discover or token is None or tab in self._seekers:
            return
        try:
            browser = Browser(interfaces=self.discover_interfaces)
        except Exception:  # noqa: BLE001 - any zeroconf failure
            return  # no multicast here: Share › Join Session with the code still works
        wanted = session_id(token)

        def look() -> None:
            current = self.sessions.get(tab)
            if current is None or current.status != "offline" or _hosting(current):
                self._stop_seeking(tab)
                return
            for found in browser.sessions():
                url = Address(found.host, found.port, token).ws_url
                if found.session == wanted and url != current.url:
                    self._stop_seeking(tab)
                    self._rejoin(tab, url)
                    return

        timer = QTimer(self, interval=500)
        timer.timeout.connect(look)
        timer.start()
        self._seekers[tab] = (browser, timer)

    def _stop_seeking(self, tab: DocumentTab) -> None:
        seeker = self._seekers.pop(tab, None)
        if seeker is not None:
            browser, timer = seeker
            timer.stop()
            timer.deleteLater()
            with contextlib.suppress(Exception):
                browser.close()

    def _status_changed(self, tab: DocumentTab, status: str) -> None:
        if status == "offline":
            self._seek(tab)
        else:
            self._stop_seeking(tab)
        if status == "offline":
            self.window.show_message(
                translate("WindowRoom", "Session: the host cannot be reached; you keep working, and your edits merge when "
                "it is back (or Share › Host Again)")
            )
        elif status == "connected":
            self.window.show_message(translate("WindowRoom", "Session: connected"))

    def _presence_changed(self, tab: DocumentTab) -> None:
        link = self.sessions.get(tab)
        if link is None:
            return
        if link.following:
            self._follow(tab, link)
        self._draw_others(tab)
        self._show_people(tab)

    def _show_people(self, tab: DocumentTab) -> None:
        dialog, link = self.dialogs.get(tab), self.sessions.get(tab)
        if dialog is None or link is None:
            return
        people = []
        for cid, state in link.people():
            user = state.get("user", {}) if isinstance(state.get("user"), dict) else {}
            name = str(user.get("name", "Someone"))[:60] + (" (you)" if cid == link.client_id else "")
            colour = _colour(user.get("color"), cid)
            selection = state.get("selection")
            people.append((name, colour, len(selection) if isinstance(selection, list) else 0))
        dialog.show_people(people)

    def _clear_overlays(self, tab: DocumentTab) -> None:
        scene = tab.canvas.scene()
        for item in self._overlays.pop(tab, []):
            with contextlib.suppress(RuntimeError):
                scene.removeItem(item)

    def _draw_others(self, tab: DocumentTab) -> None:
        """Outline what other people have selected, in their colours, with their names:
        cards, a stage or step (its columns), a lane (its row) or an emotion curve."""
        link = self.sessions.get(tab)
        self._clear_overlays(tab)
        if link is None or self.window.presenting():  # the projector shows the map alone
            return
        from .room_link import colour_for

        scene: Any = tab.canvas.scene()
        items: list[Any] = []
        for person in link.others():
            colour = QColor(person.colour or colour_for(person.client_id))
            for kind, ident in person.focus.items():
                items += _outline(scene, kind, ident, colour, person.name[:40])
        for item in items:
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)
        self._overlays[tab] = items

    def redraw_presence(self) -> None:
        """Draw (or, while the window presents, hide) others' selections on every tab."""
        for tab in list(self.sessions):
            self._draw_others(tab)

    def others_outlined(self, tab: DocumentTab) -> int:
        """How many outlines of other people's selections the canvas shows (tests)."""
        return sum(isinstance(i, (QGraphicsRectItem, QGraphicsPathItem)) and i.data(0) != "name"
                   for i in self._overlays.get(tab, []))

    def outlines(self, tab: DocumentTab) -> list[tuple[str, QRectF, str]]:
        """(what, scene rectangle, colour) of each outline the canvas shows (tests)."""
        return [(str(item.data(0)), item.mapRectToScene(item.boundingRect()), item.pen().color().name())
                for item in self._overlays.get(tab, [])
                if isinstance(item, (QGraphicsRectItem, QGraphicsPathItem)) and item.data(0) != "name"]

    # -- follow the presenter ------------------------------------------------------------------
    def _present_toggled(self) -> None:
        link = self.link()
        if link is not None:
            link.presenting = self.present_action.isChecked()
            link.publish_presence()

    def _follow_toggled(self) -> None:
        tab = self.window.current_tab()
        link = self.link(tab)
        if tab is None or link is None:
            return
        link.following = self.follow_action.isChecked()
        if link.following:
            self._follow(tab, link)

    def set_following(self, on: bool, tab: DocumentTab | None = None) -> None:
        tab = tab or self.window.current_tab()
        link = self.link(tab)
        if tab is not None and link is not None:
            link.following = on
            if on:
                self._follow(tab, link)

    def set_presenting(self, on: bool, tab: DocumentTab | None = None) -> None:
        link = self.link(tab)
        if link is not None:
            link.presenting = on
            link.publish_presence()

    def _follow(self, tab: DocumentTab, link: TabSession) -> None:
        view = link.presenter_view()
        if view is None:
            return
        canvas = tab.canvas
        if abs(canvas.zoom_factor() - view["zoom"]) > 1e-3:
            canvas.zoom_to(max(0.05, min(view["zoom"], 8.0)))
        canvas.centerOn(view["x"], view["y"])


def _outline(scene: Any, kind: str, ident: str, colour: QColor, name: str) -> list[Any]:
    """The outline of one selected item (and its owner's name above it), in scene items."""
    layout = scene.layout
    rect: QRectF | None = None
    if kind == "card":
        box = scene.card_box(ident)
        if box is not None:
            rect = QRectF(box.rect.x - 3, box.rect.y - 3, box.rect.w + 6, box.rect.h + 6)
    elif kind == "step":
        step = next((s for s in layout.steps if s.step_id == ident), None)
        if step is not None:
            rect = QRectF(step.column.x, step.column.y, step.column.w, step.column.h)
    elif kind == "stage":
        stage = next((s for s in layout.stages if s.stage_id == ident), None)
        columns = [s.column for s in layout.steps if s.stage_id == ident]
        if stage is not None:
            bottom = max((c.y + c.h for c in columns), default=stage.rect.y + stage.rect.h)
            rect = QRectF(stage.rect.x, stage.rect.y, stage.rect.w, bottom - stage.rect.y)
    elif kind == "lane":
        lane = next((x for x in layout.lanes if x.lane_id == ident), None)
        if lane is not None:  # the row across the grid (the frozen header moves with the view)
            rect = QRectF(lane.row.x, lane.row.y, lane.row.w, lane.row.h)
    elif kind == "curve":
        curve = next((c for c in layout.curves if c.curve_id == ident), None)
        if curve is not None and curve.points:
            from .canvas.painting import smooth_path

            halo = QGraphicsPathItem(smooth_path([(p.x, p.y) for p in curve.points]))
            faint = QColor(colour)
            faint.setAlpha(150)
            halo.setPen(QPen(faint, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            halo.setZValue(999)
            halo.setData(0, f"curve:{ident}")
            first = curve.points[0]
            return [halo, *_name_tag(name, colour, first.x, first.y - 28)]
    if rect is None:
        return []
    outline = QGraphicsRectItem(rect)
    outline.setPen(QPen(colour, 3))
    outline.setZValue(1000)
    outline.setData(0, f"{kind}:{ident}")
    # a card's name tag sits above it; a stage's, step's or lane's inside its top right
    # corner (clear of the header's title)
    if kind == "card":
        return [outline, *_name_tag(name, colour, rect.x(), rect.y() - 20)]
    tag = _name_tag(name, colour, 0, rect.y() + 3)
    for item in tag:
        item.moveBy(rect.right() - 3 - tag[0].rect().width(), 0)
    return [outline, *tag]


def _name_tag(name: str, colour: QColor, x: float, y: float) -> list[Any]:
    """The owner's name, white on their colour, at (x, y) in the scene."""
    label = QGraphicsSimpleTextItem(name or "?")
    label.setBrush(QColor("#ffffff") if colour.lightnessF() < 0.7 else QColor("#000000"))
    box = label.boundingRect()
    tag = QGraphicsRectItem(QRectF(x, y, box.width() + 8, box.height() + 2))
    tag.setBrush(colour)
    tag.setPen(QPen(Qt.PenStyle.NoPen))
    tag.setZValue(1001)
    tag.setData(0, "name")
    label.setPos(x + 4, y + 1)
    label.setZValue(1002)
    return [tag, label]


def _colour(value: object, client_id: int) -> str:
    if isinstance(value, str) and len(value) == 7 and value.startswith("#"):
        try:
            int(value[1:], 16)
            return value
        except ValueError:
            pass
    from .room_link import colour_for

    return colour_for(client_id)
