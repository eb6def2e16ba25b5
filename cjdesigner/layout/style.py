"""Sizes, type and colours of a map, shared by the canvas and the poster.

Units are layout units: one unit is one pixel at 100 % zoom on screen; the poster
scales the whole layout onto the sheet. Colours are hex strings.
"""

from __future__ import annotations

from cjdesigner.model import BlueprintLine, Evidence, LaneKind

from .text import FontRole

# -- grid ------------------------------------------------------------------------
LANE_HEADER_W = 232.0
STAGE_HEADER_H = 64.0  # two lines of a stage name and the colour band
STEP_HEADER_H = 64.0  # two lines of a step name and its time
GRID_TOP = STAGE_HEADER_H + STEP_HEADER_H
CARD_W = 196.0
CELL_PAD = 10.0
COLUMN_W = CARD_W + 2 * CELL_PAD
CARD_GAP = 8.0
MIN_ROW_H = 76.0
CURVE_BAND_H = 190.0
CURVE_BAND_PAD = 22.0
EMPTY_STAGE_W = COLUMN_W

# -- cards -----------------------------------------------------------------------
CARD_PAD = 10.0
CARD_TITLE = FontRole("Semibold", 14.0, 17.0)
CARD_BODY = FontRole("Regular", 11.0, 14.0)
CARD_META = FontRole("Regular", 8.5, 11.0)
#: the poster's footnote mark on a card whose whole text is in the appendix
FOOTNOTE = FontRole("Bold", 8.5, 12.0)
CARD_TITLE_LINES = 3
CARD_BODY_LINES = 4
CARD_FOOTER_H = 18.0
CARD_IMAGE_H = 96.0
CARD_MIN_H = 44.0
CARD_RADIUS = 6.0
CARD_BODY_GAP = 4.0  # between the title and the body
CARD_IMAGE_GAP = 6.0  # above the image
CARD_FOOTER_GAP = 6.0  # above the footer
#: the accent tab along the card's left edge: inset from the left, from top and bottom, width
CARD_TAB_X = 3.0
CARD_TAB_INSET = 7.0
CARD_TAB_W = 3.0
CARD_IMAGE_RADIUS = 4.0
CARD_IMAGE_ICON = 24.0  # the picture icon of an image placeholder

# -- card footer (left: evidence, channel, owner; right: votes) -------------------
#: drop from the footer's middle line to the baseline of its small text
FOOTER_TEXT_DROP = 3.5
VOTE = "#A8380A"  # 4.5:1 on every card fill
VOTE_R = 3.0
VOTE_STEP = 8.0  # centre to centre
VOTE_DOTS = 5  # at most; more votes add a "+N" label
VOTE_LABEL_GAP = 3.0
VOTES_GAP = 4.0  # between the votes and whatever sits left of them
EVIDENCE_R = 3.8
EVIDENCE_DOT_R = 1.3
EVIDENCE_LINE_W = 1.4
EVIDENCE_DASH = (2.0, 1.6)
EVIDENCE_CX = 4.0  # the marker's centre, from the footer's left edge
EVIDENCE_STEP = 13.0  # the marker's slot, left edge to the next item
CARD_ICON = 13.0  # channel icon square
CARD_ICON_STEP = 17.0
CHIP_H = 15.0
CHIP_PAD_X = 5.0
CHIP_ALPHA = 20  # chip fill: INK at this alpha (of 255) over the card
CHIP_MIN_ROOM = 20.0  # less room than this and the owner is left out
CHIP_GAP = 10.0  # kept free right of the chip's text room

# -- headers ---------------------------------------------------------------------
# The type steps up about 1.3× a level, from the card's meta line to the stage name:
# meta 8.5 · card body 11 · card title 14 · step and lane 17.5 · stage 24 (the poster's
# title is 1.4× the stage). The layout wraps every header at the width it is drawn.
#: where a lane's title starts (after its accent bar and icon) and the room the emotion
#: scale's labels take at the right of the feelings lane's header
LANE_TITLE_X = CELL_PAD + 6 + 32
SCALE_LABEL_W = 84.0
#: stage names take at most this many lines (the band's height); step names too
STAGE_TITLE_LINES = 2
STEP_TITLE_LINES = 2
STAGE_TITLE = FontRole("Bold", 24.0, 27.0)
STEP_TITLE = FontRole("Semibold", 17.5, 20.0)
STEP_META = FontRole("Regular", 11.0, 14.0)
LANE_TITLE = FontRole("Semibold", 17.5, 20.0)
LANE_META = FontRole("Regular", 10.0, 12.0)
SCALE_LABEL = FontRole("Regular", 9.5, 12.0)
LINE_LABEL = FontRole("Semibold", 10.0, 12.0)

# -- colours ---------------------------------------------------------------------
INK = "#1F2933"
INK_SOFT = "#52606D"
INK_FAINT = "#9AA5B1"  # lines and rules only: 2.5:1 on white, too faint for text
TEXT_MUTED = "#5F6B78"  # the faintest text: 5.3:1 on white
PAPER = "#FFFFFF"
CANVAS_BG = "#F5F6F8"
GRID_LINE = "#E1E5EA"
METRIC_INTERVAL = "#3A7BD5"  # the 95 % interval bar of a journey metric
HEADER_BG = "#FAFBFC"
ROW_ALT_BG = "#FBFCFD"

#: calm stage band colours, used in turn when a stage has none of its own
STAGE_PALETTE = (
    "#7FA7C9",
    "#8DBF9B",
    "#E3B26B",
    "#C792B0",
    "#79B8B3",
    "#D99A84",
    "#9C9BC9",
    "#B5B86E",
)

#: sticky-note fill per lane kind (light tints, readable with dark ink, distinct in grey)
CARD_FILL: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "#E3EEFA",
    LaneKind.TOUCHPOINTS: "#E6F4EA",
    LaneKind.CHANNELS: "#E8F1F5",
    LaneKind.THOUGHTS: "#FFF6D6",
    LaneKind.FEELINGS: "#FDEBEF",
    LaneKind.PAIN_POINTS: "#FDE3DF",
    LaneKind.OPPORTUNITIES: "#E0F3EC",
    LaneKind.IDEAS: "#EDE7F8",
    LaneKind.KPIS: "#EEF0F3",
    LaneKind.CONTENT: "#F3EDE4",
    LaneKind.TEXT: "#FFFFFF",
    LaneKind.IMAGES: "#FFFFFF",
    LaneKind.PHYSICAL_EVIDENCE: "#F1EEE9",
    LaneKind.FRONTSTAGE: "#D8E1F0",
    LaneKind.BACKSTAGE: "#ECEFF3",
    LaneKind.SUPPORT: "#F2F2F0",
}

#: lane-kind accent (lane header marker, card edge)
LANE_ACCENT: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "#3D7CC9",
    LaneKind.TOUCHPOINTS: "#3E9B5F",
    LaneKind.CHANNELS: "#4A8BA8",
    LaneKind.THOUGHTS: "#C9A227",
    LaneKind.FEELINGS: "#C2557A",
    LaneKind.PAIN_POINTS: "#D0533F",
    LaneKind.OPPORTUNITIES: "#2E9C7A",
    LaneKind.IDEAS: "#7A5CC2",
    LaneKind.KPIS: "#5F6B7A",
    LaneKind.CONTENT: "#A37B45",
    LaneKind.TEXT: "#7B8794",
    LaneKind.IMAGES: "#7B8794",
    LaneKind.PHYSICAL_EVIDENCE: "#8D7B68",
    LaneKind.FRONTSTAGE: "#3F6FB5",
    LaneKind.BACKSTAGE: "#5B6878",
    LaneKind.SUPPORT: "#6E7566",
}

#: evidence marker: (label, fill, outline) — shape differs too: filled, hollow, dashed
EVIDENCE_STYLE: dict[Evidence, tuple[str, str, str]] = {
    Evidence.OBSERVED: ("Observed", "#2F6F4F", "#2F6F4F"),
    Evidence.ASSUMED: ("Assumed", "#FFFFFF", "#B7791F"),
    Evidence.PROPOSED: ("Proposed", "#FFFFFF", "#6B46C1"),
}

#: emotion curves: Okabe–Ito colours (colour-blind safe) with distinct markers and dashes
CURVE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
CURVE_MARKERS = ("circle", "square", "triangle", "diamond", "cross", "star", "circle")
CURVE_DASHES: tuple[tuple[float, ...], ...] = ((), (6, 3), (2, 3), (8, 3, 2, 3), (4, 2), (1, 2), ())

#: the poster's curves: a line that carries across a room, markers, direct labels and the
#: call-outs of the lowest and highest moments
CURVE_LINE_W = 5.0
CURVE_MARKER_R = 6.5
CURVE_LABEL = FontRole("Semibold", 12.0, 16.0)
MOMENT_HEAD = FontRole("Bold", 9.5, 12.0)
MOMENT_TEXT = FontRole("Regular", 10.0, 13.0)
PAIN_INK = "#B42318"  # the lowest moment, the pain marker
GAIN_INK = "#1E7A4F"  # the highest moment

BLUEPRINT_LINE_COLOUR = "#3B4A5A"
BLUEPRINT_DASH = (7.0, 4.0)
#: the three blueprint lines told apart without colour: (line width, dash pattern, round
#: caps) — interaction solid, visibility dashed, internal interaction dotted
BLUEPRINT_STYLE: dict[BlueprintLine, tuple[float, tuple[float, ...], bool]] = {
    BlueprintLine.INTERACTION: (2.6, (), False),
    BlueprintLine.VISIBILITY: (2.0, (9.0, 5.0), False),
    BlueprintLine.INTERNAL_INTERACTION: (2.4, (0.1, 5.0), True),
}

#: a card's edge by its lane's class, so lanes differ in greyscale too, not by tint alone:
#: (line width, dash pattern, round caps)
EDGE_PLAIN = (1.0, (), False)
CARD_EDGE: dict[LaneKind, tuple[float, tuple[float, ...], bool]] = {
    LaneKind.ACTIONS: (1.6, (), False),
    LaneKind.PAIN_POINTS: (2.2, (), False),
    LaneKind.OPPORTUNITIES: (1.6, (6.0, 2.5, 1.5, 2.5), False),
    LaneKind.IDEAS: (1.6, (6.0, 2.5, 1.5, 2.5), False),
    LaneKind.FRONTSTAGE: (2.6, (), False),
    LaneKind.BACKSTAGE: (1.6, (6.0, 3.0), False),
    LaneKind.SUPPORT: (1.8, (0.1, 3.2), True),
}


def stage_colour(index: int, own: str | None) -> str:
    return own or STAGE_PALETTE[index % len(STAGE_PALETTE)]


def curve_style(index: int, own: str | None) -> tuple[str, str, tuple[float, ...]]:
    """(colour, marker, dash pattern) for the index-th curve."""
    i = index % len(CURVE_COLOURS)
    return own or CURVE_COLOURS[i], CURVE_MARKERS[i], CURVE_DASHES[i]


def mix(colour: str, other: str, amount: float) -> str:
    """Blend two hex colours; amount 0 gives ``colour``, 1 gives ``other``."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b, strict=True))


def _channel(value: int) -> float:
    v = value / 255.0
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2) of a hex colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two hex colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(ink: str, background: str, ratio: float = 4.5) -> str:
    """``ink``, darkened towards :data:`INK` (or lightened towards white on a dark
    background) just enough to reach ``ratio`` against ``background``."""
    target = INK if luminance(background) > 0.18 else PAPER
    for step in range(21):
        candidate = mix(ink, target, step / 20)
        if contrast(candidate, background) >= ratio:
            return candidate
    return target
