"""Mermaid ``journey`` export, in a Markdown file, for people who keep maps beside code.

Each stage is a ``section``; each step a task with a score of 1–5 taken from the first
emotion curve (or the mean of the step's card emotions) and, as actors, the primary
personas and the teams that own cards at that step. Below the diagram the map's cards are
listed by stage and step so nothing is lost. Every text goes through ``escape`` (Mermaid
names in the diagram, literal Markdown below it). No Qt.
"""

from __future__ import annotations

import math
from pathlib import Path

from cjdesigner.model import JourneyMap, channel_label, curve_values
from cjdesigner.model.derived import card_emotion_means

from .escape import MERMAID_NEUTRAL as NEUTRAL
from .escape import markdown_text as _md
from .escape import mermaid_actor as actor_text
from .escape import mermaid_task as task_text
from .escape import mermaid_text as clean

__all__ = ["NEUTRAL", "actor_text", "clean", "export_mermaid", "markdown", "mermaid_journey",
           "step_scores", "task_text"]


def five_level(fraction: float) -> int:
    """A position 0…1 on a scale as a Mermaid score 1…5, halves rounded up (Python's
    ``round`` rounds halves to even, which gave −1.5 and −0.5 the same score)."""
    return min(5, max(1, math.floor(1 + fraction * 4 + 0.5)))


def step_scores(doc: JourneyMap) -> dict[str, int]:
    """Score 1 (very negative) … 5 (very positive) per step that has a value."""
    scores: dict[str, int] = {}
    if doc.curves:
        curve = doc.curves[0]
        span = curve.scale.max - curve.scale.min
        for value in curve_values(doc, curve):
            if value.value is not None:
                scores[value.step_id] = five_level((value.value - curve.scale.min) / span)
    else:
        for step_id, mean in card_emotion_means(doc).items():
            scores[step_id] = five_level((mean + 2) / 4)
    return {k: min(5, max(1, v)) for k, v in scores.items()}


def mermaid_journey(doc: JourneyMap) -> str:
    """The ``journey`` diagram text (without the Markdown fence)."""
    scores = step_scores(doc)
    personas = [p.name for p in doc.primary_personas()] or ["Customer"]
    owners: dict[str, list[str]] = {}
    for card in doc.cards:
        if card.owner:
            bucket = owners.setdefault(card.step_id, [])
            if card.owner not in bucket:
                bucket.append(card.owner)
    lines = ["journey", f"    title {clean(doc.meta.title)}"]
    for stage in doc.stages:
        if not stage.steps:
            continue
        lines.append(f"    section {task_text(stage.name)}")
        for step in stage.steps:
            actors = ", ".join(actor_text(a) for a in personas + owners.get(step.id, [])[:4])
            lines.append(f"      {task_text(step.name)}: {scores.get(step.id, 3)}: {actors}")
    return "\n".join(lines) + "\n"


def markdown(doc: JourneyMap) -> str:
    meta = doc.meta
    out = [f"# {_md(meta.title)}", ""]
    facts = [f"{meta.map_type.label} map", f"{meta.journey_kind.label} journey"]
    if meta.version_label:
        facts.append(f"version {_md(meta.version_label)}")
    out += ["*" + " · ".join(facts) + "*", ""]
    if meta.objective:
        out += [_md(meta.objective), ""]
    out += ["```mermaid", mermaid_journey(doc).rstrip("\n"), "```", ""]
    lanes = {lane.id: lane for lane in doc.lanes}
    lane_rank = {lane.id: i for i, lane in enumerate(doc.lanes)}
    cells = doc.cells()
    for stage in doc.stages:
        out += [f"## {_md(stage.name)}", ""]
        for step in stage.steps:
            head = f"### {_md(step.name)}"
            if step.time:
                head += f" ({step.time})"
            out += [head, ""]
            found = False
            for lane_id in sorted({k[0] for k in cells if k[1] == step.id}, key=lambda i: lane_rank[i]):
                lane = lanes[lane_id]
                for card in cells[(lane_id, step.id)]:
                    found = True
                    text = f"- **{_md(lane.title or lane.kind.label)}**: {_md(card.title)}"
                    if card.description:
                        text += f" — {_md(card.description)}"
                    extra = [x for x in (channel_label(card.channel) if card.channel else "",
                                         card.owner,
                                         card.evidence.label if card.evidence else "") if x]
                    if card.votes:
                        extra.append(f"{card.votes} vote{'s' if card.votes != 1 else ''}")
                    if extra:
                        text += f" *({_md(', '.join(extra))})*"
                    out.append(text)
            if found:
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def export_mermaid(doc: JourneyMap, path: str | Path) -> None:
    from cjdesigner.fileio import atomic_write

    atomic_write(path, markdown(doc).encode("utf-8"))
