"""``python -m cjdesigner`` is the ``cjdesigner`` command."""

import sys

from cjdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
