"""Mermaid journey export."""

from __future__ import annotations

import re

import pytest

from cjdesigner.export.mermaid import (
    clean,
    five_level,
    markdown,
    mermaid_journey,
    step_scores,
)
from cjdesigner.model import EmotionCurve
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields


def test_journey_block_has_sections_and_tasks():
    doc = sample_map()
    text = mermaid_journey(doc)
    lines = text.splitlines()
    assert lines[0] == "journey"
    assert lines[1] == f"    title {doc.meta.title}"
    for stage in doc.stages:
        assert f"    section {stage.name}" in lines
    tasks = [line.strip() for line in lines if line.startswith("      ")]
    assert len(tasks) == len(doc.step_ids())
    for task in tasks:
        name, score, actors = task.split(":")
        assert 1 <= int(score) <= 5
        assert actors.strip()


def test_scores_follow_the_curve_scale():
    doc = sample_map()
    steps = doc.step_ids()
    doc = doc.model_copy(update={"curves": [EmotionCurve(id="c", points={steps[0]: -2, steps[1]: 2, steps[2]: 0})]})
    scores = step_scores(doc)
    assert scores[steps[0]] == 1 and scores[steps[1]] == 5 and scores[steps[2]] == 3


def test_scores_round_halves_up_and_use_all_five_levels():
    """−1.5 and −0.5 on the −2…+2 scale are different moments: 2 and 3, not both 2."""
    doc = sample_map()
    steps = doc.step_ids()
    points = {steps[0]: -1.5, steps[1]: -0.5, steps[2]: 1.5, steps[3]: -2}
    doc = doc.model_copy(update={"curves": [EmotionCurve(id="c", points=points)]})
    scores = step_scores(doc)
    assert [scores[s] for s in steps] == [2, 3, 5, 1]
    levels = [five_level((v + 2) / 4) for v in (-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2)]
    assert levels == [1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_unsafe_characters_are_removed():
    assert clean("Pay: now; #1\nthen") == "Pay now 1 then"
    doc = sample_map()
    set_fields(doc, "step", doc.stages[0].steps[0].id, name="Sees: an advert; #1")
    text = mermaid_journey(doc)
    assert "Sees an advert 1: " in text


def test_markdown_wraps_the_block_and_lists_cards():
    doc = sample_map()
    text = markdown(doc)
    assert "```mermaid\njourney\n" in text
    assert text.count("```") == 2
    for card in doc.cards:
        assert card.title in text


# -- the journey grammar, as Mermaid's lexer reads it ----------------------------------------

#: Mermaid's journey.jison lexer rules, in order; the first that matches wins (case-insensitive)
_RULES = [
    ("NL", r"\n+"),
    (None, r"\s+"),
    (None, r"\#[^\n]*"),
    (None, r"%%[^\n]*"),
    ("journey", r"journey"),
    ("title", r"title\s[^#\n;]+"),
    ("acc_title", r"accTitle\s*:\s*[^\n]*"),
    ("acc_descr", r"accDescr\s*:\s*[^\n]*"),
    ("acc_descr_multiline", r"accDescr\s*\{"),  # then all up to "}" is the text
    ("section", r"section\s[^#:\n;]+"),
    ("taskName", r"[^#:\n;]+"),
    ("taskData", r":[^#\n;]+"),
    (":", r":"),
    ("INVALID", r"."),
]
_COMPILED = [(name, re.compile(rx, re.I)) for name, rx in _RULES]


def parse_journey(text: str) -> dict:
    """Title, sections and their tasks (name, score, actors), or AssertionError where
    Mermaid would report a parse error."""
    tokens = []
    pos = 0
    while pos < len(text):
        for name, rx in _COMPILED:
            m = rx.match(text, pos)
            if m:
                if name is not None:
                    tokens.append((name, m.group(0)))
                pos = m.end()
                break
    assert tokens and tokens[0][0] == "journey", tokens[:2]
    out: dict = {"title": None, "sections": []}
    i = 1
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "NL":
            i += 1
        elif kind == "title":
            out["title"] = value[6:]
            i += 1
        elif kind == "section":
            out["sections"].append((value[8:], []))
            i += 1
        elif kind == "taskName":
            assert i + 1 < len(tokens) and tokens[i + 1][0] == "taskData", tokens[i:i + 2]
            data = tokens[i + 1][1][1:].split(":")
            score = int(data[0])
            actors = [a.strip() for a in data[1].split(",")] if len(data) > 1 else []
            assert out["sections"], "task before any section"
            out["sections"][-1][1].append((value.strip(), score, actors))
            i += 2
        else:
            raise AssertionError(f"parse error at {kind} {value!r}")
    return out


def _visible(text: str) -> str:
    return text.replace("\u200b", "").strip()  # the export's invisible keyword guard


def test_the_lexer_stand_in_reads_a_plain_export():
    doc = sample_map()
    parsed = parse_journey(mermaid_journey(doc))
    assert parsed["title"] == doc.meta.title
    assert [s for s, _ in parsed["sections"]] == [s.name for s in doc.stages if s.steps]


@pytest.mark.parametrize("name", [
    "Title deeds arrive", "Section 8 review", "Journey planner opened", "journeyman visits",
    "accTitle: x", "accDescr { x", "ACCDESCR: y", "TITLE deeds", "Pays {deposit}; #2: now",
    "   ", ";;;",
])
def test_step_names_that_look_like_keywords_stay_tasks(name):
    doc = sample_map()
    set_fields(doc, "step", doc.stages[0].steps[0].id, name=name)
    parsed = parse_journey(mermaid_journey(doc))
    assert parsed["title"] == doc.meta.title
    sections = parsed["sections"]
    assert [_visible(s) for s, _ in sections] == [s.name for s in doc.stages if s.steps]
    tasks = [t for _, ts in sections for t in ts]
    assert len(tasks) == len(doc.step_ids())
    first = _visible(tasks[0][0])
    assert first == clean(name)


@pytest.mark.parametrize("name", ["Journey start", "Section two", "Title: the; part #2"])
def test_stage_names_that_look_like_keywords_stay_sections(name):
    doc = sample_map()
    set_fields(doc, "stage", doc.stages[0].id, name=name)
    parsed = parse_journey(mermaid_journey(doc))
    assert _visible(parsed["sections"][0][0]) == clean(name)
    assert len([t for _, ts in parsed["sections"] for t in ts]) == len(doc.step_ids())


def test_an_owner_with_a_comma_is_one_actor():
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, owner="Sales, EMEA")
    card = doc.cards[0]
    parsed = parse_journey(mermaid_journey(doc))
    step_index = doc.step_ids().index(card.step_id)
    tasks = [t for _, ts in parsed["sections"] for t in ts]
    actors = tasks[step_index][2]
    assert "Sales / EMEA" in actors
    assert "EMEA" not in actors
    personas = [p.name for p in doc.primary_personas()] or ["Customer"]
    assert len(actors) == len(personas) + len({c.owner for c in doc.cards
                                               if c.step_id == card.step_id and c.owner})
