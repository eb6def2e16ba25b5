"""The npm side of the interoperability tests: the packages of ``tests/room/js`` (yjs,
y-websocket, the Yjs project's y-websocket server), installed from their lock file by
``make test`` or, when missing, here; a driven Yjs client; the relay server."""

from __future__ import annotations

import json
import os
import queue
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

JS = Path(__file__).resolve().parent / "js"
_lock = threading.Lock()


def ensure_packages() -> None:
    """``npm ci`` in tests/room/js unless its node_modules matches the lock already."""
    with _lock:
        marker = JS / "node_modules" / ".package-lock.json"
        if marker.exists() and marker.stat().st_mtime >= (JS / "package-lock.json").stat().st_mtime:
            return
        npm = shutil.which("npm")
        assert npm, "npm is needed for the room's interoperability tests (apt install nodejs npm)"
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
            cwd=JS, check=True, timeout=600,
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class JsPeer:
    """``node peer.mjs``: a Yjs client from npm, driven line by line."""

    def __init__(self, server_url: str, room: str, token: str | None) -> None:
        args = ["node", str(JS / "peer.mjs"), server_url, room] + ([token] if token else [])
        self.process = subprocess.Popen(
            args, cwd=JS, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.events.put(json.loads(line))

    def wait_event(self, event: str, timeout: float = 15.0, **match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"the Yjs client never said {event} {match}")
            try:
                got = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if got.get("event") == "error":
                raise AssertionError(f"the Yjs client failed: {got}")
            if got.get("event") == event and all(got.get(k) == v for k, v in match.items()):
                return got

    def command(self, op: str, **args: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.process.stdin.flush()
        return self.wait_event("done", op=op)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.command("quit")
                self.process.wait(5)
            except Exception:  # noqa: BLE001 - it is going anyway
                self.process.kill()
                self.process.wait(5)


class Relay:
    """The Yjs project's y-websocket server (npm ``@y/websocket-server``) on loopback."""

    def __init__(self) -> None:
        self.port = free_port()
        env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(self.port)}
        env.pop("YPERSISTENCE", None)
        server = JS / "node_modules" / "@y" / "websocket-server" / "src" / "server.js"
        self.process = subprocess.Popen(
            ["node", str(server)], cwd=JS, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        self.close()
        raise AssertionError("the y-websocket server did not start")

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
