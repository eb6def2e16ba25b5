"""``python -m tools.i18n update|release|all`` (``make translations`` runs ``all``)."""

from __future__ import annotations

import argparse

from .catalogue import release, update


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n")
    parser.add_argument("command", choices=("update", "release", "all"))
    command = parser.parse_args().command
    if command in ("update", "all"):
        update()
    if command in ("release", "all"):
        release()


main()
