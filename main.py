"""Thin launcher: ``python main.py [FILE]`` is ``cjdesigner [FILE]``."""

import sys

from cjdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
