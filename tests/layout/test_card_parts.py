"""The inside of a card (``layout.card_parts``): what the canvas and the poster both draw."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner import fileio
from cjdesigner.layout import Rect, card_parts, layout_map, measure_card, style, text_width
from cjdesigner.layout.card_parts import MIN_TEXT_FACTOR, CardParts
from cjdesigner.layout.engine import CardBox
from cjdesigner.layout.text import ELLIPSIS, baseline_offset
from cjdesigner.model import CHANNELS, Card, Evidence
from cjdesigner.model.sample import sample_map
from cjdesigner.resources import ROOT

EPS = 1e-6


def box_for(card: Card, x: float = 0.0, y: float = 0.0) -> CardBox:
    m = measure_card(card)
    return CardBox(card.id, card.lane_id, card.step_id, 0, Rect(x, y, style.CARD_W, m.height),
                   m.title_lines, m.body_lines, m.has_footer, m.has_image, "#FFFFFF", "#000000")


def make(**fields) -> tuple[CardBox, Card]:
    card = Card(id="c", lane_id="l", step_id="s", **fields)
    return box_for(card), card


def footer_spans(parts: CardParts) -> list[tuple[str, float, float]]:
    """(name, left, right) of every footer item."""
    spans = []
    if parts.evidence is not None:
        ev = parts.evidence
        spans.append(("evidence", ev.cx - ev.r, ev.cx + ev.r))
    if parts.channel_icon is not None:
        icon = parts.channel_icon
        spans.append(("icon", icon.x, icon.x + icon.size))
    if parts.channel_label is not None:
        t = parts.channel_label
        spans.append(("channel", t.x, t.x + t.width))
    if parts.owner is not None:
        spans.append(("owner", parts.owner.rect.x, parts.owner.rect.right))
    for i, (cx, _) in enumerate(parts.vote_dots):
        spans.append((f"dot{i}", cx - parts.vote_r, cx + parts.vote_r))
    if parts.vote_label is not None:
        t = parts.vote_label
        spans.append(("+n", t.x, t.x + t.width))
    return spans


def rects_of(parts: CardParts) -> list[tuple[str, Rect]]:
    """Bounding boxes of every part (text: its advance width, ascent to descent)."""
    out = [("tab", parts.tab)]
    texts = list(parts.lines)
    for t in (parts.vote_label, parts.channel_label):
        if t is not None:
            texts.append(t)
    if parts.owner is not None:
        out.append(("chip", parts.owner.rect))
        texts.append(parts.owner.text)
    for t in texts:
        face = t.role.face
        top = t.baseline - face.ascent / 1000 * t.role.size
        bottom = t.baseline - face.descent / 1000 * t.role.size
        out.append((f"text {t.text!r}", Rect(t.x, top, t.width, bottom - top)))
    for icon in (parts.image_icon, parts.channel_icon):
        if icon is not None:
            out.append((icon.name, icon.rect))
    if parts.image is not None:
        out.append(("image", parts.image))
    for cx, cy in parts.vote_dots:
        r = parts.vote_r
        out.append(("dot", Rect(cx - r, cy - r, 2 * r, 2 * r)))
    if parts.evidence is not None:
        ev = parts.evidence
        out.append(("evidence", Rect(ev.cx - ev.r, ev.cy - ev.r, 2 * ev.r, 2 * ev.r)))
    return out


def assert_inside(parts: CardParts, w: float, h: float) -> None:
    for name, r in rects_of(parts):
        assert r.x >= -EPS and r.y >= -EPS, name
        assert r.right <= w + EPS and r.bottom <= h + EPS, (name, r, w, h)


def assert_footer_apart(parts: CardParts) -> None:
    spans = sorted(footer_spans(parts), key=lambda s: s[1])
    for (a, _, a_right), (b, b_left, _) in zip(spans, spans[1:], strict=False):
        assert a_right <= b_left + EPS, (a, b, spans)


def template_cards():
    for path in sorted((ROOT / "templates").glob("*.cjm")):
        doc = fileio.load(path)
        lay = layout_map(doc)
        cards = {c.id: c for c in doc.cards}
        for box in lay.cards.values():
            yield box, cards[box.card_id]


@pytest.mark.parametrize("shrink", [False, True])
def test_parts_of_every_template_card_stay_inside_it(shrink):
    n = 0
    for box, card in template_cards():
        parts = card_parts(box, card, shrink=shrink)
        assert_inside(parts, box.rect.w, box.rect.h)
        assert_footer_apart(parts)
        n += 1
    assert n > 100


footers = st.fixed_dictionaries({
    "title": st.text(max_size=200),
    "description": st.text(max_size=400),
    "channel": st.one_of(st.sampled_from(["", *CHANNELS]), st.text(max_size=80)),
    "owner": st.text(max_size=80),
    "evidence": st.one_of(st.none(), st.sampled_from(list(Evidence))),
    "votes": st.one_of(st.integers(0, 12), st.integers(0, 1_000_000)),
    "image": st.one_of(st.none(), st.just("picture.png")),
})


@settings(max_examples=300, deadline=None)
@given(footers)
def test_random_cards_parts_inside_and_footer_items_apart(fields):
    box, card = make(**fields)
    for shrink in (False, True):
        parts = card_parts(box, card, shrink=shrink)
        assert_inside(parts, box.rect.w, box.rect.h)
        assert_footer_apart(parts)
        if card.channel and not card.owner:
            assert parts.channel_label is None or parts.channel_label.text != ELLIPSIS


def test_votes_above_five_show_plus_n():
    for votes, dots, label in [(0, 0, None), (1, 1, None), (5, 5, None), (6, 5, "+1"),
                               (12, 5, "+7"), (1_000_000, 5, "+999995")]:
        parts = card_parts(*make(title="Votes", votes=votes))
        assert len(parts.vote_dots) == dots
        assert (parts.vote_label.text if parts.vote_label else None) == label
        if label:
            # the label ends at the footer's right edge, the dots sit left of it
            right = style.CARD_W - style.CARD_PAD
            assert parts.vote_label.x + parts.vote_label.width == pytest.approx(right)
            assert max(cx for cx, _ in parts.vote_dots) < parts.vote_label.x
            assert parts.vote_label.colour == style.VOTE


def test_long_owner_and_channel_are_fitted():
    long = "Customer service operations team lead for the north-west region"
    footer_right = style.CARD_W - style.CARD_PAD
    parts = card_parts(*make(title="x", channel="website", owner=long, votes=3))
    chip = parts.owner
    assert chip is not None and chip.text.text.endswith(ELLIPSIS)
    assert chip.text.text.rstrip(ELLIPSIS) and long.startswith(chip.text.text[:-1].rstrip())
    # the chip is the text plus its padding, left of the vote dots
    assert chip.rect.w == pytest.approx(chip.text.width + 2 * style.CHIP_PAD_X)
    assert chip.rect.right < min(cx for cx, _ in parts.vote_dots) - parts.vote_r
    assert parts.channel_label is None  # an owner replaces the channel's name

    parts = card_parts(*make(title="x", channel=long, votes=5))
    label = parts.channel_label
    assert label is not None and label.text.endswith(ELLIPSIS)
    assert label.x + label.width <= min(cx for cx, _ in parts.vote_dots) - parts.vote_r
    assert parts.channel_icon.name == "other"  # not a known channel

    parts = card_parts(*make(title="x", channel="email"))
    assert parts.channel_label.text == CHANNELS["email"]
    assert parts.channel_label.x + parts.channel_label.width < footer_right


def test_footer_order_and_middle_line():
    box, card = make(title="x", channel="store", owner="Ann", evidence=Evidence.ASSUMED,
                     votes=2)
    parts = card_parts(box, card)
    names = [name for name, _, _ in sorted(footer_spans(parts), key=lambda s: s[1])]
    assert names == ["evidence", "icon", "owner", "dot1", "dot0"]
    middle = box.rect.h - style.CARD_PAD - style.CARD_FOOTER_H / 2
    assert parts.evidence.cy == middle
    assert all(cy == middle for _, cy in parts.vote_dots)
    assert parts.channel_icon.y + parts.channel_icon.size / 2 == middle
    assert parts.owner.rect.y + parts.owner.rect.h / 2 == middle


def test_lines_and_image_follow_the_layout():
    box, card = make(title="A title long enough to wrap onto a second line of the card",
                     description="Body text", image="p.png", votes=1)
    parts = card_parts(box, card)
    assert [t.text for t in parts.lines] == [*box.title_lines, *box.body_lines]
    title = parts.lines[0]
    assert title.role == style.CARD_TITLE and title.colour == style.INK
    assert title.baseline == pytest.approx(style.CARD_PAD + baseline_offset(style.CARD_TITLE))
    assert parts.lines[-1].role == style.CARD_BODY and parts.lines[-1].colour == style.INK_SOFT
    assert parts.image is not None and parts.image.h == style.CARD_IMAGE_H
    assert parts.image.y > parts.lines[-1].baseline
    footer_top = box.rect.h - style.CARD_PAD - style.CARD_FOOTER_H
    assert parts.image.bottom <= footer_top - style.CARD_FOOTER_GAP + EPS
    assert parts.image_icon is not None and parts.image_icon.name == "images"


def test_no_footer_no_footer_parts():
    parts = card_parts(*make(title="Plain"))
    assert footer_spans(parts) == []


def test_parts_are_in_card_coordinates_and_shared():
    card = Card(id="c", lane_id="l", step_id="s", title="Same", owner="Bo", votes=7)
    here, there = box_for(card, 0, 0), box_for(card, 500, 900)
    assert card_parts(here, card) is card_parts(there, card)


def test_shrink_prints_cut_text_whole_and_smaller():
    text = "Compares prices across five shops before deciding which one to trust " * 3
    box, card = make(title="Short title", description=text)
    assert box.body_lines[-1].endswith(ELLIPSIS)
    screen = card_parts(box, card)
    poster = card_parts(box, card, shrink=True)
    assert not screen.shrunk and [t.text for t in screen.lines][-1].endswith(ELLIPSIS)
    assert poster.shrunk
    body = [t for t in poster.lines if t.role.face_name == "Regular"]
    assert " ".join(t.text for t in body).split() == text.split()
    size = poster.lines[0].role.size
    assert MIN_TEXT_FACTOR * style.CARD_TITLE.size - EPS <= size < style.CARD_TITLE.size
    # the shrunk text takes no more height than the layout's lines
    assert poster.lines[-1].baseline <= screen.lines[-1].baseline + EPS

    huge = "word " * 400
    box, card = make(title="x", description=huge)
    parts = card_parts(box, card, shrink=True)
    assert not parts.shrunk and parts.lines[-1].text.endswith(ELLIPSIS)


def test_sample_map_matches_measure():
    doc = sample_map()
    lay = layout_map(doc)
    for card in doc.cards:
        box = lay.cards[card.id]
        parts = card_parts(box, card)
        assert len(parts.lines) == len(box.title_lines) + len(box.body_lines)
        if card.votes > style.VOTE_DOTS:
            assert parts.vote_label.text == f"+{card.votes - style.VOTE_DOTS}"
        assert text_width("x", style.CARD_META) > 0
