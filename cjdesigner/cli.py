"""The command line: ``cjdesigner [FILE]`` opens the editor; sub-commands work headless."""

from __future__ import annotations

import argparse
import sys

from cjdesigner import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cjdesigner", description="Customer journey map editor")
    parser.add_argument("--version", action="version", version=f"cjdesigner {__version__}")
    parser.add_argument("file", nargs="?", help="a .cjm map to open")
    args = parser.parse_args(argv)
    from cjdesigner.fileio import LoadError, load

    if args.file:
        try:
            doc = load(args.file)
        except LoadError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(
            f"{doc.meta.title}: {len(doc.stages)} stages, {len(doc.lanes)} lanes, {len(doc.cards)} cards"
        )
    return 0
