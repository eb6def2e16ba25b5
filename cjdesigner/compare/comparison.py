"""A map compared with another version of it, as the editor shows it. No Qt.

Cards of the map are marked added, changed or moved (a card both moved and changed is
marked changed); cards only the other version has are listed as removed; every step
found in both gets the change of the emotion there, on the default −2…+2 scale: the
mean of the map's curves at that step (each curve's scale spread onto −2…+2), or the
mean emotion of the step's cards where the map has no curves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cjdesigner.model import JourneyMap, card_emotion_means, curve_values

from .diff import Change, MapDiff, diff_maps


@dataclass
class Comparison:
    label: str  # what the map is compared with ("last saved", a file name)
    diff: MapDiff
    card_marks: dict[str, str] = field(default_factory=dict)  # card id → added/changed/moved
    removed_cards: list[Change] = field(default_factory=list)
    step_deltas: dict[str, float] = field(default_factory=dict)  # step id → emotion change


def emotion_by_step(doc: JourneyMap) -> dict[str, float]:
    """Each step's emotion on −2…+2, where known."""
    if not doc.curves:
        return card_emotion_means(doc)
    sums: dict[str, list[float]] = {}
    for curve in doc.curves:
        low, high = curve.scale.min, curve.scale.max
        for value in curve_values(doc, curve):
            if value.value is not None:
                sums.setdefault(value.step_id, []).append(
                    -2 + 4 * (value.value - low) / (high - low)
                )
    return {step: sum(values) / len(values) for step, values in sums.items()}


def compare_maps(old: JourneyMap, new: JourneyMap, label: str) -> Comparison:
    """``new`` (the map in the editor) against ``old`` (the other version)."""
    diff = diff_maps(old, new)
    marks: dict[str, str] = {}
    for action in ("moved", "changed", "added"):  # later actions win
        for change in diff.of("card", action):
            marks[change.id] = action
    before, after = emotion_by_step(old), emotion_by_step(new)
    deltas = {}
    steps = set(new.step_ids())
    for old_id, new_id in diff.matched.items():
        if old_id in before and new_id in after and new_id in steps:
            delta = round(after[new_id] - before[old_id], 3)
            if delta:
                deltas[new_id] = delta
    return Comparison(label, diff, marks, diff.of("card", "removed"), deltas)
