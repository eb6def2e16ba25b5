"""Run with the system's Python (python3-gi, gir1.2-atspi-2.0): the names, roles and
descriptions of every accessible node of the process given, as JSON lines on stdout."""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def walk(node, depth: int = 0, limit: int = 20000, seen=None):
    seen = seen if seen is not None else [0]
    if node is None or depth > 40 or seen[0] > limit:
        return
    seen[0] += 1
    try:
        yield {"name": node.get_name() or "", "role": node.get_role_name() or "",
               "description": node.get_description() or ""}
        count = node.get_child_count()
    except Exception:  # a node that went away while we read it
        return
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit, seen)


def main() -> int:
    pid = int(sys.argv[1])
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            for entry in walk(app):
                print(json.dumps(entry), flush=True)
            return 0
    print(json.dumps({"error": "application not found on the accessibility bus"}))
    return 1


if __name__ == "__main__":
    sys.exit(main())
