"""Run inside a D-Bus session on an X server (dbus-run-session, xvfb-run) by the AT-SPI
test: starts the editor with Qt's AT-SPI bridge on, waits until it shows the map, then
reads the accessibility tree with the system's AT-SPI client; the tree goes to stdout."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    path, home, system_python = sys.argv[1], sys.argv[2], sys.argv[3]
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
    editor = subprocess.Popen(
        [sys.executable, str(HERE / "editor.py"), path, home],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
    )
    try:
        assert editor.stdout is not None
        line = editor.stdout.readline()
        if line.strip() != "ready":
            print('{"error": "the editor did not start"}')
            return 1
        tree = ""
        for _attempt in range(20):  # the bridge registers the window shortly after it shows
            result = subprocess.run([system_python, str(HERE / "client.py"), str(editor.pid)],
                                    capture_output=True, text=True, timeout=120)
            tree = result.stdout
            if '"role": "list item"' in tree:
                break
            time.sleep(0.5)
        sys.stdout.write(tree)
        return 0
    finally:
        if editor.stdin:
            editor.stdin.close()
        try:
            editor.wait(timeout=30)
        except subprocess.TimeoutExpired:
            editor.kill()


if __name__ == "__main__":
    sys.exit(main())
