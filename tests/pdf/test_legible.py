"""Legible for everyone (issue 14): every text colour the poster prints reaches 4.5:1
against what it sits on; lane classes differ by their edges, not tint alone; pain cards
carry a marker; the three blueprint lines have three line styles."""

from __future__ import annotations

import itertools

import pdfplumber
import pytest

from cjdesigner.layout import style
from cjdesigner.model import BlueprintLine, LaneKind
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.pdf.panels import poster_personas
from cjdesigner.templates import load_template, template_names


def text_pairs(doc) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every kind of text the poster prints."""
    pairs = [("title and card text", style.INK, style.PAPER),
             ("muted text", style.TEXT_MUTED, style.PAPER),
             ("soft text", style.INK_SOFT, style.PAPER),
             ("step names", style.INK, style.HEADER_BG),
             ("step times", style.INK_SOFT, style.HEADER_BG),
             ("footnote mark", style.PAPER, style.INK),
             ("pain marker", style.PAPER, style.PAIN_INK),
             ("lowest moment", style.PAIN_INK, style.PAPER),
             ("highest moment", style.GAIN_INK, style.PAPER),
             ("blueprint label", style.PAPER, style.BLUEPRINT_LINE_COLOUR)]
    for kind, fill in style.CARD_FILL.items():
        chip = style.mix(fill, style.INK, style.CHIP_ALPHA / 255)
        pairs += [(f"{kind.value} title", style.INK, fill),
                  (f"{kind.value} body", style.INK_SOFT, fill),
                  (f"{kind.value} owner chip", style.readable(style.INK_SOFT, chip), chip),
                  (f"{kind.value} votes", style.VOTE, fill)]
    for card in doc.cards:
        if card.color:
            pairs.append((f"card {card.id}", style.INK_SOFT, card.color))
    for i, stage in enumerate(doc.stages):
        c = style.stage_colour(i, stage.color)
        bg = style.mix(c, style.PAPER, 0.62)
        pairs.append((f"stage {stage.name}", style.readable(style.mix(c, style.INK, 0.8), bg), bg))
    for i, curve in enumerate(doc.curves):
        c = style.curve_style(i, curve.color)[0]
        pairs.append((f"curve {curve.label}", style.readable(c, style.PAPER), style.PAPER))
    for i, persona in enumerate(poster_personas(doc)):
        accent = persona.color or style.CURVE_COLOURS[i % len(style.CURVE_COLOURS)]
        tint = style.mix(accent, style.PAPER, 0.92)
        pairs.append((f"persona {persona.name}", style.readable(accent, tint), tint))
        pairs.append((f"initials {persona.name}", style.PAPER, style.readable(accent, style.PAPER)))
    return pairs


def _hex(colour) -> str | None:
    if not colour or len(colour) != 3:
        return None if not colour or len(colour) != 1 else "#" + f"{round(colour[0] * 255):02X}" * 3
    return "#" + "".join(f"{round(v * 255):02X}" for v in colour)


@pytest.mark.parametrize("name", template_names())
def test_every_text_colour_reaches_4_5_to_1(name, tmp_path):
    doc = load_template(name)
    pairs = text_pairs(doc)
    weak = [(what, ink, bg, round(style.contrast(ink, bg), 2)) for what, ink, bg in pairs
            if style.contrast(ink, bg) < 4.5]
    assert not weak
    # and the poster prints no text colour outside those checked pairs (give or take the
    # rounding of colours in the PDF)
    checked = {ink for _, ink, _ in pairs}
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1"))
    with pdfplumber.open(str(out)) as pdf:
        used = {_hex(ch.get("non_stroking_color")) for ch in pdf.pages[0].chars}
    used.discard(None)

    def near(a: str, b: str) -> bool:
        return all(abs(int(a[i:i + 2], 16) - int(b[i:i + 2], 16)) <= 2 for i in (1, 3, 5))

    unchecked = {u for u in used if not any(near(u, c) for c in checked)}
    assert not unchecked, unchecked


def test_lane_classes_differ_by_their_edges_not_tint_alone():
    classes = [LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT,
               LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES]
    edges = [style.CARD_EDGE[k] for k in classes]
    for (ka, a), (kb, b) in itertools.combinations(zip(classes, edges, strict=True), 2):
        assert a != b, (ka, kb)
    # customer actions and frontstage also differ in lightness, not only in hue
    grey = {k: style.luminance(style.CARD_FILL[k]) for k in classes}
    assert abs(grey[LaneKind.ACTIONS] - grey[LaneKind.FRONTSTAGE]) > 0.05


def test_three_blueprint_lines_three_styles():
    kinds = list(BlueprintLine)
    assert len({style.BLUEPRINT_STYLE[k][1] for k in kinds}) == 3


def test_pain_cards_carry_a_marker(tmp_path):
    doc = load_template("service-blueprint")
    pains = {lane.id for lane in doc.lanes if lane.kind == LaneKind.PAIN_POINTS}
    n = sum(1 for card in doc.cards if card.lane_id in pains)
    assert n
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1"))
    with pdfplumber.open(str(out)) as pdf:
        page = pdf.pages[0]
        marks = [ch for ch in page.chars if ch["text"] == "!"
                 and _hex(ch.get("non_stroking_color")) == style.PAPER]
    text_marks = sum(card.title.count("!") + card.description.count("!") for card in doc.cards)
    assert len(marks) == n, (len(marks), n, text_marks)
