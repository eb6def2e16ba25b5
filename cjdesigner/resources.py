"""Where the bundled resources live (templates, schema, fonts, icons). No Qt."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"

FONT_REGULAR = ROOT / "fonts" / "SourceSansPro-Regular.ttf"
FONT_SEMIBOLD = ROOT / "fonts" / "SourceSansPro-Semibold.ttf"
FONT_BOLD = ROOT / "fonts" / "SourceSansPro-Bold.ttf"
FONT_ITALIC = ROOT / "fonts" / "SourceSansPro-It.ttf"
FONT_FALLBACK = ROOT / "fonts" / "DejaVuSans.ttf"


def resource_path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
