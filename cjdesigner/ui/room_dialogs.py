"""The Share dialogs: a running session's join link, QR code and short code; joining a
session found on the network, or by typed address and code."""

from __future__ import annotations

import io
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import segno
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.room.discovery import Browser, FoundSession
from cjdesigner.room.server import ROOM, ROOM_PATH
from cjdesigner.ui.i18n import translate


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """The QR code of ``text`` as a picture (segno)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class SessionDialog(QDialog):
    """What people need to join: the link (and its QR code), the address and the code."""

    def __init__(self, page_url: str, address: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RoomDialogs", "Session running"))
        self.setObjectName("sessionDialog")
        layout = QHBoxLayout(self)
        self.qr = QLabel()
        self.qr.setObjectName("sessionQr")
        self.qr.setPixmap(qr_pixmap(page_url))
        layout.addWidget(self.qr)
        side = QVBoxLayout()
        layout.addLayout(side)
        heading = QLabel(translate("RoomDialogs", "Scan the code with a phone, or join from cjdesigner:"))
        heading.setWordWrap(True)
        side.addWidget(heading)
        self.code = QLabel(code)
        self.code.setObjectName("sessionCode")
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(translate("RoomDialogs", "Code:"), self.code)
        self.address = QLabel(address)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("RoomDialogs", "Address:"), self.address)
        self.link = QLineEdit(page_url)
        self.link.setReadOnly(True)
        self.link.setObjectName("sessionLink")
        self.link.setMinimumWidth(360)
        self.link.setCursorPosition(0)
        form.addRow(translate("RoomDialogs", "Join link:"), self.link)
        side.addLayout(form)
        self.people = QListWidget()
        self.people.setObjectName("sessionPeople")
        side.addWidget(QLabel(translate("RoomDialogs", "Here now:")))
        side.addWidget(self.people, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.stop_button = buttons.addButton(translate("RoomDialogs", "Stop Session"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.hide)
        side.addWidget(buttons)

    def show_people(self, people: list[tuple[str, str, int]]) -> None:
        """(name, colour, selected cards) of everyone here."""
        self.people.clear()
        for name, colour, selected in people:
            item = QListWidgetItem(f"● {name}" + (translate("RoomDialogs", "  ({selected} selected)").format(selected=selected) if selected else ""))
            item.setForeground(Qt.GlobalColor.black)
            item.setData(Qt.ItemDataRole.UserRole, colour)
            from PySide6.QtGui import QColor

            item.setForeground(QColor(colour))
            self.people.addItem(item)


def parse_join(address: str) -> tuple[str, str | None]:
    """``(http base, token)`` from what a person typed: a join link with its token, an
    address (``host:port``, ``http://host:port``) without one."""
    text = address.strip()
    if "://" not in text:
        text = translate("RoomDialogs", "http://") + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https", "ws", "wss") or not parts.hostname or not parts.port:
        raise ValueError("an address looks like 192.168.1.20:43210, or paste the join link")
    token = urllib.parse.parse_qs(parts.query).get("token", [None])[0]
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"http://{host}:{parts.port}", token


def websocket_url(base: str, token: str) -> str:
    return base.replace("http://", "ws://", 1) + f"{ROOM_PATH}/{ROOM}?token={urllib.parse.quote(token)}"


def exchange_code(base: str, code: str, timeout: float = 5.0) -> str:
    """The session's token for its short code (``/join``); raises ``ValueError`` with a
    message for people."""
    url = f"{base}/join?code={urllib.parse.quote(code.strip())}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http only
            data: Any = json.loads(response.read(4096))
    except urllib.error.HTTPError as exc:
        if exc.code == 429:
            raise ValueError("too many wrong codes: wait a minute and try again") from None
        raise ValueError("that code is not this session's code") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ValueError(f"no session answers at {base} ({getattr(exc, 'reason', exc)})") from None
    token = data.get("token") if isinstance(data, dict) else None
    if not isinstance(token, str):
        raise ValueError("the session did not answer as a cjdesigner session does")
    return token


class JoinDialog(QDialog):
    """Sessions found on the network, or an address and code typed by hand."""

    def __init__(self, parent: QWidget | None = None, discover: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RoomDialogs", "Join Session"))
        self.setObjectName("joinDialog")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("RoomDialogs", "Sessions on this network:")))
        self.found = QListWidget()
        self.found.setObjectName("joinFound")
        layout.addWidget(self.found)
        self.found.currentItemChanged.connect(self._picked)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setObjectName("joinAddress")
        self.address.setPlaceholderText(translate("RoomDialogs", "192.168.1.20:43210, or paste the join link"))
        form.addRow(translate("RoomDialogs", "Address:"), self.address)
        self.code = QLineEdit()
        self.code.setObjectName("joinCode")
        self.code.setPlaceholderText(translate("RoomDialogs", "K7QX-M2PA"))
        form.addRow(translate("RoomDialogs", "Code:"), self.code)
        self.name = QLineEdit()
        self.name.setObjectName("joinName")
        form.addRow(translate("RoomDialogs", "Your name:"), self.name)
        layout.addLayout(form)
        self.problem = QLabel("")
        self.problem.setObjectName("joinProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = QPushButton(translate("RoomDialogs", "Join"))
        self.join_button.setDefault(True)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._try_join)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        #: the address of the session to join, once the dialog is accepted
        self.ws_url = ""
        self._browser: Browser | None = None
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._refresh)
        if discover:
            try:
                self._browser = Browser()
            except Exception:  # noqa: BLE001 - no multicast here (any zeroconf failure)
                self._browser = None  # no multicast here: typing the address still works
            self._timer.start()

    def _refresh(self) -> None:
        if self._browser is None:
            return
        sessions = self._browser.sessions()
        shown = [self.found.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.found.count())]
        if shown == sessions:
            return
        self.found.clear()
        for session in sessions:
            item = QListWidgetItem(f"{session.title or session.name} — {session.host}:{session.port}")
            item.setData(Qt.ItemDataRole.UserRole, session)
            self.found.addItem(item)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        session: FoundSession = item.data(Qt.ItemDataRole.UserRole)
        self.address.setText(f"{session.host}:{session.port}")
        self.code.setFocus()

    def _try_join(self) -> None:
        try:
            base, token = parse_join(self.address.text())
            if token is None:
                if not self.code.text().strip():
                    raise ValueError("type the code the session shows")
                token = exchange_code(base, self.code.text())
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self.ws_url = websocket_url(base, token)
        self.accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        if self._browser is not None:
            self._browser.close()
            self._browser = None
        super().done(result)
