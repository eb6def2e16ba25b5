"""Write the bundled templates: ``python -m tools.templates.build [--check]``.

Each template is a function returning a JourneyMap; this writes each to
resources/templates/<name>.cjm with the canonical .cjm text. ``--check`` writes nothing
and exits 1 when a committed file differs from what the code builds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cjdesigner.fileio import dumps
from cjdesigner.model import JourneyMap, reference_problems
from cjdesigner.templates import TEMPLATE_DIR

from . import lifecycle, purchase, service

BUILDERS: dict[str, Callable[[], JourneyMap]] = {
    "five-stage-journey": purchase.five_stage_journey,
    "service-blueprint": service.service_blueprint,
    "day-in-the-life": service.day_in_the_life,
    "future-state": purchase.future_state,
    "welcome-journey": lifecycle.welcome_journey,
    "complaint-and-return": lifecycle.complaint_and_return,
    "contract-renewal": lifecycle.contract_renewal,
    "cancellation": lifecycle.cancellation,
    "washing-machine-retailer": purchase.washing_machine_retailer,
}


def build_all() -> dict[str, str]:
    """Template name → canonical .cjm text."""
    texts = {}
    for name, builder in BUILDERS.items():
        doc = builder()
        problems = reference_problems(doc)
        if problems:
            raise ValueError(f"{name}: {'; '.join(problems)}")
        texts[name] = dumps(doc)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.templates.build")
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for name, text in build_all().items():
        path = TEMPLATE_DIR / f"{name}.cjm"
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(name)
        if not args.check:
            path.write_bytes(text.encode("utf-8"))
            print(f"wrote {path}")
    if args.check and stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
