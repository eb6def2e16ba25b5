"""The faces the engine shapes with, and their fallback order by script. No Qt.

Every text is set in a *style* (the layout's face names: Regular, Semibold, Bold,
Italic). A style has a chain of faces: the bundled Source Sans Pro face of that style,
then the bundled Noto faces for Arabic, Hebrew, Devanagari and Thai (Bold for the bold
styles), DejaVu Sans (Greek, Cyrillic, Armenian, symbols), the Noto faces the system has
for other scripts (Bengali, Tamil, Khmer, Ethiopic …), the system's CJK TrueType font (its
bold when the system has one) and a monochrome emoji font when one is installed. Each
grapheme cluster takes the first face of the chain that has all its characters.

Only TrueType (glyf) fonts are used: the PDF embeds subsets of them, and a face is
always drawn from the same file on screen and on paper.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import uharfbuzz as hb

from cjdesigner import resources

STYLES = ("Regular", "Semibold", "Bold", "Italic")
BOLD_STYLES = frozenset({"Semibold", "Bold"})

#: bundled faces: key → file name under resources/fonts
BUNDLED = {
    "Regular": "SourceSansPro-Regular.ttf",
    "Semibold": "SourceSansPro-Semibold.ttf",
    "Bold": "SourceSansPro-Bold.ttf",
    "Italic": "SourceSansPro-It.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "NotoSansArabic-Regular": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular": "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold": "NotoSansHebrew-Bold.ttf",
    "NotoSansDevanagari-Regular": "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold": "NotoSansDevanagari-Bold.ttf",
    "NotoSansThai-Regular": "NotoSansThai-Regular.ttf",
    "NotoSansThai-Bold": "NotoSansThai-Bold.ttf",
}
SCRIPT_FAMILIES = ("NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai")

#: TrueType (glyf) CJK fonts that Debian, Ubuntu, Fedora, macOS and Windows install, each
#: with its bold companion where the system has one (CFF .otf fonts cannot be embedded)
CJK_CANDIDATES: tuple[tuple[str, str | None], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", None),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", None),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", None),
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", None),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", None),
    ("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf", None),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", None),
    ("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
     "/usr/share/fonts/truetype/unfonts-core/UnDotumBold.ttf"),
    ("/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
     "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
    ("/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf", None),
    ("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf", None),
    ("/Library/Fonts/Arial Unicode.ttf", None),
    ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyhbd.ttc"),
    ("C:/Windows/Fonts/msgothic.ttc", None),
)

#: monochrome emoji fonts (colour bitmap fonts such as Noto Color Emoji cannot be printed)
EMOJI_CANDIDATES = (
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola.ttf",
    "/usr/share/fonts/TTF/Symbola.ttf",
    "/usr/share/fonts/gdouros-symbola/Symbola.ttf",
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
)


#: Noto families the system may have for scripts not bundled (Debian/Ubuntu
#: fonts-noto-core, Fedora google-noto-*-fonts), looked for in :data:`SYSTEM_FONT_DIRS`
SYSTEM_FAMILIES = (
    "NotoSansBengali", "NotoSansGurmukhi", "NotoSansGujarati", "NotoSansOriya",
    "NotoSansTamil", "NotoSansTelugu", "NotoSansKannada", "NotoSansMalayalam",
    "NotoSansSinhala", "NotoSansLao", "NotoSansMyanmar", "NotoSansKhmer", "NotoSansEthiopic",
    "NotoSansSyriac", "NotoSansThaana", "NotoSerifTibetan", "NotoSansGeorgian",
    "NotoSansArmenian",
)
SYSTEM_FONT_DIRS = (
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/google-noto",
    "/usr/share/fonts/noto",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)


@dataclass(eq=False)
class Face:
    """One TrueType face: its file, the characters it maps, its metrics in 1/1000 em and
    a HarfBuzz font at its own units (``upem``)."""

    key: str
    path: Path
    index: int
    upem: int
    chars: frozenset[int]
    ascent: float
    descent: float
    hb_font: Any = field(repr=False)
    synthetic_bold: bool = False  # a bold style printed with a regular face

    def has(self, char: str) -> bool:
        return ord(char) in self.chars

    def __hash__(self) -> int:
        return hash(self.key)


def _open(key: str, path: Path, index: int = 0, synthetic_bold: bool = False) -> Face | None:
    try:
        blob = hb.Blob.from_file_path(str(path))
        face = hb.Face(blob, index)
        if face.upem <= 0 or not _is_truetype(face):
            return None
        font = hb.Font(face)
        extents = font.get_font_extents("ltr")
    except Exception:  # unreadable, not a font: the chain goes on without it
        return None
    scale = 1000.0 / face.upem
    return Face(key=key, path=path, index=index, upem=face.upem, chars=frozenset(face.unicodes),
                ascent=extents.ascender * scale, descent=extents.descender * scale,
                hb_font=font, synthetic_bold=synthetic_bold)


def _is_truetype(face: Any) -> bool:
    """Whether the face has TrueType outlines (``glyf``), which the PDF can embed."""
    return bool(face.reference_table("glyf").data)


@cache
def face(key: str) -> Face:
    """A bundled face by key (see :data:`BUNDLED`)."""
    loaded = _open(key, resources.root() / "fonts" / BUNDLED[key])
    if loaded is None:
        raise FileNotFoundError(f"the bundled font {BUNDLED[key]} cannot be read")
    return loaded


def _existing(path: str | None) -> Path | None:
    return Path(path) if path and Path(path).is_file() else None


@cache
def cjk_faces() -> tuple[Face, Face] | None:
    """The system CJK face and its bold (the same face marked ``synthetic_bold`` when the
    system has no bold); ``CJDESIGNER_CJK_FONT`` and ``CJDESIGNER_CJK_BOLD_FONT`` first."""
    extra = os.environ.get("CJDESIGNER_CJK_FONT")
    extra_bold = os.environ.get("CJDESIGNER_CJK_BOLD_FONT")
    candidates = ((((extra, extra_bold),) if extra else ()) + CJK_CANDIDATES)
    for regular_path, bold_path in candidates:
        regular_file = _existing(regular_path)
        if regular_file is None:
            continue
        regular = _open("CJK-Regular", regular_file)
        if regular is None:
            continue
        bold_file = _existing(bold_path)
        bold = _open("CJK-Bold", bold_file) if bold_file is not None else None
        if bold is None:
            bold = _open("CJK-Bold", regular_file, synthetic_bold=True)
        return regular, bold or regular
    return None


@cache
def emoji_face() -> Face | None:
    """The first monochrome emoji font installed (``CJDESIGNER_EMOJI_FONT`` first; set it
    to ``none`` for no emoji font)."""
    extra = os.environ.get("CJDESIGNER_EMOJI_FONT")
    if extra == "none":
        return None
    for path in ((extra,) if extra else ()) + EMOJI_CANDIDATES:
        found = _existing(path)
        if found is not None:
            loaded = _open("Emoji", found)
            if loaded is not None:
                return loaded
    return None


@cache
def system_faces(bold: bool) -> tuple[Face, ...]:
    """The installed Noto faces of :data:`SYSTEM_FAMILIES` (their Bold for ``bold`` when
    installed); ``CJDESIGNER_FONT_DIRS`` (``os.pathsep``-separated) is searched first."""
    extra = os.environ.get("CJDESIGNER_FONT_DIRS", "")
    folders = [Path(d) for d in (*extra.split(os.pathsep), *SYSTEM_FONT_DIRS) if d]
    found: list[Face] = []
    for family in SYSTEM_FAMILIES:
        weights = ("Bold", "Regular") if bold else ("Regular",)
        path = next((folder / f"{family}-{weight}.ttf" for weight in weights
                     for folder in folders if (folder / f"{family}-{weight}.ttf").is_file()),
                    None)
        if path is not None:
            loaded = _open(f"System-{path.stem}", path)
            if loaded is not None:
                found.append(loaded)
    return tuple(found)


@cache
def chain(style: str) -> tuple[Face, ...]:
    """The faces tried, in order, for text in ``style``."""
    style = style if style in STYLES else "Regular"
    weight = "Bold" if style in BOLD_STYLES else "Regular"
    faces = [face(style)]
    faces += [face(f"{family}-{weight}") for family in SCRIPT_FAMILIES]
    faces.append(face("DejaVuSans"))
    faces += system_faces(style in BOLD_STYLES)
    cjk = cjk_faces()
    if cjk is not None:
        faces.append(cjk[1] if style in BOLD_STYLES else cjk[0])
    emoji = emoji_face()
    if emoji is not None:
        faces.append(emoji)
    return tuple(faces)


@cache
def by_key(key: str) -> Face:
    """Any face of any chain by its key (the backends cache their own fonts by it)."""
    for style in STYLES:
        for candidate in chain(style):
            if candidate.key == key:
                return candidate
    raise KeyError(key)


def main_chars(style: str) -> frozenset[int]:
    return chain(style)[0].chars
