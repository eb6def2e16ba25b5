"""One editor per user: a second launch hands its files to the running one and exits.

The first instance listens on a local socket (``QLocalServer``) with a per-user name;
a later launch connects, sends the absolute paths it was given as one JSON line and
waits for ``ok``. Opening them (or just coming to the front, when there are none) is the
running window's business. A socket left behind by a crashed instance refuses
connections; it is removed and the new launch becomes the first instance. An instance
that accepts the connection but does not answer is left alone: the new launch then
runs on its own rather than take the name from a live process.

``CJDESIGNER_INSTANCE`` names the socket instead (tests, or a deliberately separate
instance); ``CJDESIGNER_INSTANCE=none`` turns the hand-over off.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from cjdesigner.about import APP_ID

#: a request larger than this is not from a cjdesigner launch; the connection is dropped
MAX_REQUEST_BYTES = 256 * 1024
TIMEOUT_MS = 3000
ACK = b"ok\n"


def server_name() -> str | None:
    """The socket every launch of this user meets at; None when hand-over is off."""
    override = os.environ.get("CJDESIGNER_INSTANCE", "").strip()
    if override:
        return None if override.lower() == "none" else override
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():  # private to the user (0700) on Linux
        return str(Path(runtime) / f"{APP_ID}.socket")
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(user.encode("utf-8", "replace")).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


class Reply(Enum):
    TAKEN = "taken"  # the running instance has the files
    NOBODY = "nobody"  # no instance (or only its stale socket)
    NO_ANSWER = "no answer"  # something is there but did not answer in time


def hand_over(name: str, paths: list[str], timeout_ms: int | None = None) -> Reply:
    """Give ``paths`` to the instance listening at ``name``."""
    timeout_ms = TIMEOUT_MS if timeout_ms is None else timeout_ms
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Reply.NOBODY
    files = [str(Path(p).absolute()) for p in paths]
    socket.write(json.dumps({"files": files}).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    answer = b""
    while ACK not in answer and len(answer) < 64 and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return Reply.TAKEN if ACK in answer else Reply.NO_ANSWER


class InstanceServer(QObject):
    """Listens for later launches; :attr:`filesReceived` carries their paths (an empty
    list: a launch without files, so just come to the front)."""

    filesReceived = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def start(self, files: list[str]) -> Reply | None:
        """Become the first instance, or hand ``files`` to the one running: None when
        this process now listens; ``TAKEN`` when the running instance has the files (this
        launch should end); ``NO_ANSWER`` when it must run alone, without listening.

        The running instance is asked first: with ``UserAccessOption`` Qt makes the
        socket elsewhere and renames it into place, so listening would quietly replace a
        live instance's socket rather than fail."""
        reply = hand_over(self.name, files)
        if reply is not Reply.NOBODY:
            return reply
        QLocalServer.removeServer(self.name)  # a crashed instance's socket, if any
        return None if self.server.listen(self.name) else Reply.NO_ANSWER

    def is_listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if len(data) > MAX_REQUEST_BYTES:
            socket.abort()
            return
        if b"\n" not in data:
            return
        files = _parse_request(data.split(b"\n", 1)[0])
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        if files is not None:  # after the answer: opening may ask the user questions
            QTimer.singleShot(0, self, lambda f=files: self.filesReceived.emit(f))


def _parse_request(line: bytes) -> list[str] | None:
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = request.get("files") if isinstance(request, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files
