"""The inside of a card as plain geometry: text lines, image box and footer items. No Qt.

The canvas and the poster draw these parts and nothing else, so a card's baselines,
image box, vote dots, evidence marker, channel icon and label and owner chip sit in the
same place on screen and on paper. Each backend only turns parts into its primitives
(the poster keeps its form symbols for dots, markers and icons).

Coordinates are the card's own: origin at its top-left corner, y down, layout units.
So one :class:`CardParts` serves a card wherever it sits, and cards that read the same
share one (they are cached by content).

Footer, left to right: evidence marker, channel icon, then the channel's name or, when
the card has an owner, the owner's chip; on the right up to five vote dots and "+N" for
the rest. Texts that do not fit are cut with an ellipsis; an owner with too little room
is left out.

``shrink=True`` (the poster) prints text the layout had to cut a little smaller instead,
down to :data:`MIN_TEXT_FACTOR` of its size, when that makes the whole of it fit in the
same lines' height; the screen keeps the layout's lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cjdesigner.model import Card, Evidence
from cjdesigner.model.vocabulary import CHANNELS, channel_label

from . import style
from .engine import CardBox
from .geometry import Rect
from .text import (
    ELLIPSIS,
    FontRole,
    baseline_offset,
    fit_line,
    measure_words,
    start_x,
    text_width,
    wrap,
    wrap_words,
)

#: the smallest a card's text may shrink to (fraction of its normal size) before an ellipsis
MIN_TEXT_FACTOR = 0.72
SHRINK_FACTORS = (0.9, 0.81, MIN_TEXT_FACTOR)


@dataclass(frozen=True)
class TextPart:
    """One line of text: left end of its baseline, in a role and a colour."""

    x: float
    baseline: float
    text: str
    role: FontRole
    colour: str

    @property
    def width(self) -> float:
        return text_width(self.text, self.role)


@dataclass(frozen=True)
class IconPart:
    """A named 16 × 16 pictogram (``layout.shapes.icon_ops``) drawn into a square."""

    name: str
    x: float
    y: float
    size: float

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.size, self.size)


@dataclass(frozen=True)
class EvidencePart:
    kind: Evidence
    cx: float
    cy: float
    r: float


@dataclass(frozen=True)
class ChipPart:
    """A pill (``rect``, corner ``radius``) with a line of text; filled with ``ink`` at
    ``alpha``/255 over the card."""

    rect: Rect
    radius: float
    ink: str
    alpha: int
    text: TextPart


@dataclass(frozen=True)
class CardParts:
    tab: Rect  # the accent tab along the left edge (corner radius: half its width)
    lines: tuple[TextPart, ...]  # title, then body
    image: Rect | None
    image_icon: IconPart | None  # the picture icon of a placeholder, centred on the card
    vote_dots: tuple[tuple[float, float], ...]  # centres
    vote_r: float
    vote_label: TextPart | None  # "+N" right of the dots
    evidence: EvidencePart | None
    channel_icon: IconPart | None
    channel_label: TextPart | None  # only when there is no owner
    owner: ChipPart | None
    shrunk: bool = False  # the text is printed smaller than the layout's


def tab_rect(height: float) -> Rect:
    """The accent tab of a card ``height`` tall, from the card's top-left corner."""
    return Rect(style.CARD_TAB_X, style.CARD_TAB_INSET, style.CARD_TAB_W,
                height - 2 * style.CARD_TAB_INSET)


def card_parts(box: CardBox, card: Card, shrink: bool = False,
               floor: float = MIN_TEXT_FACTOR) -> CardParts:
    """The parts of ``card`` in ``box``, in the card's own coordinates; ``shrink`` down
    to ``floor`` × the text's size (the poster keeps its smallest printed size)."""
    r = box.rect
    # a compact card leaves the description out on purpose: only its title must fit
    full = (card.title, "" if box.compact else card.description) if shrink else None
    return _parts(
        r.w, r.h, box.title_lines, box.body_lines, box.has_footer, box.has_image,
        card.channel, card.owner, card.evidence, card.votes, full, floor,
    )


def is_cut(parts: CardParts) -> bool:
    """Whether the card's text ends in an ellipsis: some of it is not on the card."""
    return any(line.text.endswith(ELLIPSIS) for line in parts.lines)


@lru_cache(maxsize=8192)
def _parts(
    w: float,
    h: float,
    title_lines: tuple[str, ...],
    body_lines: tuple[str, ...],
    has_footer: bool,
    has_image: bool,
    channel: str,
    owner: str,
    evidence: Evidence | None,
    votes: int,
    full: tuple[str, str] | None,
    floor: float = MIN_TEXT_FACTOR,
) -> CardParts:
    pad = style.CARD_PAD
    x = pad + 1
    inner = w - 2 * pad - 1
    title: tuple[str, ...] | list[str] = title_lines
    body: tuple[str, ...] | list[str] = body_lines
    t_role, b_role = style.CARD_TITLE, style.CARD_BODY
    shrunk = False
    if full is not None:
        title, t_role, body, b_role = shrink_text(title_lines, body_lines, *full, floor=floor)
        shrunk = t_role != style.CARD_TITLE

    lines: list[TextPart] = []
    top = pad
    base = baseline_offset(t_role)
    for line in title:
        lines.append(TextPart(start_x(line, t_role, x, inner), top + base, line, t_role,
                              style.INK))
        top += t_role.line_height
    if body:
        top += style.CARD_BODY_GAP
        base = baseline_offset(b_role)
        for line in body:
            lines.append(TextPart(start_x(line, b_role, x, inner), top + base, line, b_role,
                                  style.INK_SOFT))
            top += b_role.line_height

    image = image_icon = None
    if has_image:
        top += style.CARD_IMAGE_GAP
        image = Rect(x, top, inner, style.CARD_IMAGE_H)
        s = style.CARD_IMAGE_ICON
        image_icon = IconPart("images", w / 2 - s / 2, top + style.CARD_IMAGE_H / 2 - s / 2, s)

    parts = CardParts(tab_rect(h), tuple(lines), image, image_icon, (), style.VOTE_R, None, None,
                      None, None, None, shrunk)
    if not has_footer:
        return parts
    return _footer(parts, x, h - pad - style.CARD_FOOTER_H, inner, channel, owner, evidence,
                   votes)


def _footer(
    parts: CardParts,
    x: float,
    y: float,
    width: float,
    channel: str,
    owner: str,
    evidence: Evidence | None,
    votes: int,
) -> CardParts:
    meta = style.CARD_META
    cy = y + style.CARD_FOOTER_H / 2
    text_y = cy + style.FOOTER_TEXT_DROP
    right = x + width

    dots: list[tuple[float, float]] = []
    vote_label = None
    if votes:
        shown = min(votes, style.VOTE_DOTS)
        if votes > shown:
            label = f"+{votes - shown}"
            lw = text_width(label, meta)
            vote_label = TextPart(right - lw, text_y, label, meta, style.VOTE)
            right -= lw + style.VOTE_LABEL_GAP
        for _ in range(shown):
            dots.append((right - style.VOTE_R, cy))
            right -= style.VOTE_STEP
        right -= style.VOTES_GAP

    cx = x
    marker = None
    if evidence is not None:
        marker = EvidencePart(evidence, cx + style.EVIDENCE_CX, cy, style.EVIDENCE_R)
        cx += style.EVIDENCE_STEP

    icon = channel_text = None
    if channel:
        size = style.CARD_ICON
        icon = IconPart(channel if channel in CHANNELS else "other", cx, cy - size / 2, size)
        cx += style.CARD_ICON_STEP
        if not owner:
            text = fit_line(channel_label(channel), meta, max(0.0, right - cx))
            if text and text != ELLIPSIS:
                channel_text = TextPart(cx, text_y, text, meta, style.INK_SOFT)

    chip = None
    if owner:
        room = right - cx - style.CHIP_GAP
        if room > style.CHIP_MIN_ROOM:
            text = fit_line(owner, meta, room)
            chip_w = text_width(text, meta) + 2 * style.CHIP_PAD_X
            rect = Rect(cx, cy - style.CHIP_H / 2, chip_w, style.CHIP_H)
            chip = ChipPart(rect, style.CHIP_H / 2, style.INK, style.CHIP_ALPHA,
                            TextPart(cx + style.CHIP_PAD_X, text_y, text, meta, style.INK_SOFT))

    return CardParts(parts.tab, parts.lines, parts.image, parts.image_icon, tuple(dots),
                     style.VOTE_R, vote_label, marker, icon, channel_text, chip, parts.shrunk)


def shrink_text(
    title_lines: tuple[str, ...], body_lines: tuple[str, ...], title: str, description: str,
    floor: float = MIN_TEXT_FACTOR,
) -> tuple[list[str] | tuple[str, ...], FontRole, list[str] | tuple[str, ...], FontRole]:
    """The lines to print and their roles: the layout's, or, when the layout had to cut
    the text, all of it a little smaller if that fits in the same height (down to
    :data:`MIN_TEXT_FACTOR`; below that the layout's cut lines stay)."""
    t_role, b_role = style.CARD_TITLE, style.CARD_BODY
    kept = (title_lines, t_role, body_lines, b_role)
    cut = (title_lines and title_lines[-1].endswith(ELLIPSIS)) or (
        body_lines and body_lines[-1].endswith(ELLIPSIS)
    )
    if not cut:
        return kept
    inner = style.CARD_W - 2 * style.CARD_PAD
    room = len(title_lines) * t_role.line_height
    if body_lines:
        room += style.CARD_BODY_GAP + len(body_lines) * b_role.line_height
    full_t = title or "Untitled"
    full_b = description
    # estimate the area the whole text needs (about half an em per character), then
    # try only the factors that might fit
    est = (len(full_t) * 0.5 * t_role.size / inner + 0.6) * t_role.line_height
    if full_b:
        est += (len(full_b) * 0.5 * b_role.size / inner + 0.6) * b_role.line_height
        est += style.CARD_BODY_GAP
    tries = [f for f in SHRINK_FACTORS if est * f * f <= room * 1.15 and f >= floor - 1e-9]
    if not tries:
        return kept
    t_words = measure_words(full_t, t_role.face_name)
    b_words = measure_words(full_b, b_role.face_name) if full_b else []
    for factor in tries:
        tr = FontRole(t_role.face_name, t_role.size * factor, t_role.line_height * factor)
        br = FontRole(b_role.face_name, b_role.size * factor, b_role.line_height * factor)
        t_fast = wrap_words(t_words, tr.size, inner)
        tl = t_fast if t_fast is not None else wrap(full_t, tr, inner)
        need = len(tl) * tr.line_height
        if need > room + 0.01:
            continue
        bl: list[str] | tuple[str, ...] = []
        if b_words:
            b_fast = wrap_words(b_words, br.size, inner)
            bl = b_fast if b_fast is not None else wrap(full_b, br, inner)
        need += style.CARD_BODY_GAP + len(bl) * br.line_height if bl else 0
        if need <= room + 0.01:
            return tl, tr, bl, br
    return kept
