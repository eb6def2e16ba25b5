"""Mermaid journey export."""

from __future__ import annotations

from cjdesigner.export.mermaid import clean, markdown, mermaid_journey, step_scores
from cjdesigner.model import EmotionCurve
from cjdesigner.model.sample import sample_map


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
    doc.curves = [EmotionCurve(id="c", points={steps[0]: -2, steps[1]: 2, steps[2]: 0})]
    scores = step_scores(doc)
    assert scores[steps[0]] == 1 and scores[steps[1]] == 5 and scores[steps[2]] == 3


def test_unsafe_characters_are_removed():
    assert clean("Pay: now; #1\nthen") == "Pay now 1 then"
    doc = sample_map()
    doc.stages[0].steps[0].name = "Sees: an advert; #1"
    text = mermaid_journey(doc)
    assert "Sees an advert 1: " in text


def test_markdown_wraps_the_block_and_lists_cards():
    doc = sample_map()
    text = markdown(doc)
    assert "```mermaid\njourney\n" in text
    assert text.count("```") == 2
    for card in doc.cards:
        assert card.title in text
