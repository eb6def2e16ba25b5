"""``python -m tools.fonts``: measure the faces the layout sets most text in and write
``resources/fonts/metrics.json`` (``cjdesigner.layout.text.METRICS``). Run it when a
bundled font changes; tests/layout/test_font_metrics.py fails until then."""

from __future__ import annotations

from .metrics import write

write()
