"""Diff and three-way merge of two edited copies of the generated map (issue 13).

The two branches each change about 2 % of the cards (titles, votes, moves to another
cell, reorders, removals, additions), a stage name, a lane title and some curve points;
both retitle a few of the same cards, so the merge also finds conflicts. The natural
alternative is reading the JSON of the maps involved (``json.loads`` of both files for a
diff, of all three for a merge): the least any tool comparing them by content does.
"""

from __future__ import annotations

import json
import random
from typing import Any

from cjdesigner.fileio import dumps, load, loads, save
from cjdesigner.model import Card, JourneyMap

from .paths import Case, guarded, need
from .stats import Row, measure


def edited_copy(doc: JourneyMap, seed: int, prefix: str) -> JourneyMap:
    """A copy of ``doc`` with about 2 % of its cards changed (deterministic). The changes
    are made to the map's JSON data (maps are immutable), then read back as a map."""
    rng = random.Random(seed)
    data = json.loads(dumps(doc))
    cards: list[dict[str, Any]] = data["cards"]
    count = max(1, len(cards) // 250)
    lanes = [lane["id"] for lane in data["lanes"]]
    steps = [step["id"] for stage in data["stages"] for step in stage["steps"]]
    for card in rng.sample(cards, count):
        card["title"] = f"{card['title']} ({prefix})"
    for card in rng.sample(cards, count):
        card["votes"] += 1
    for card in rng.sample(cards, count):
        card["lane_id"], card["step_id"] = rng.choice(lanes), rng.choice(steps)
    for _ in range(count):
        card = cards.pop(rng.randrange(len(cards)))
        cards.insert(rng.randrange(len(cards) + 1), card)
    doomed = {c["id"] for c in rng.sample(cards, count)}
    cards = [c for c in cards if c["id"] not in doomed]
    for card in cards:
        card["links"] = [link for link in card["links"] if link not in doomed]
    for i in range(count):
        cards.insert(rng.randrange(len(cards) + 1), Card(
            id=f"card-{prefix}-{i}", lane_id=rng.choice(lanes), step_id=rng.choice(steps),
            title=f"New idea {i} ({prefix})").model_dump(mode="json"))
    # both branches retitle the first cards differently: conflicts to record
    for card in cards[:5]:
        card["title"] = f"Retitled on {prefix}"
    data["cards"] = cards
    if prefix == "ours":
        data["stages"][0]["name"] = f"{data['stages'][0]['name']} ({prefix})"
    if prefix == "theirs":
        data["lanes"][-1]["title"] = f"{data['lanes'][-1]['title']} ({prefix})"
    for curve in data["curves"]:
        points = curve["points"]
        for step in rng.sample(steps, min(3, len(steps))):
            points[step] = curve["scale"]["min"] if prefix == "ours" else curve["scale"]["max"]
        curve["points"] = {s: points[s] for s in steps if s in points}
    return loads(json.dumps(data))


def compare_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat
    base = case.doc

    def body() -> list[Row]:
        diff_maps = need("cjdesigner.compare", "diff_maps")
        merge_maps = need("cjdesigner.compare.merge", "merge_maps")
        ours, theirs = edited_copy(base, 1, "ours"), edited_copy(base, 2, "theirs")
        paths = {}
        for name, doc in (("base", base), ("ours", ours), ("theirs", theirs)):
            paths[name] = case.workdir / f"compare-{name}-{n}.cjm"
            save(doc, paths[name])
        raw = {name: path.read_bytes() for name, path in paths.items()}
        changes = len(diff_maps(base, ours).changes)
        diff = measure(lambda _: diff_maps(base, ours), r, warmup=1)
        diff_alt = measure(lambda _: (json.loads(raw["base"]), json.loads(raw["ours"])), r,
                           warmup=1)
        conflicts = len(merge_maps(base, ours, theirs).conflicts)
        merge = measure(lambda _: merge_maps(base, ours, theirs), r, warmup=1)
        merge_alt = measure(lambda _: [json.loads(raw[k]) for k in ("base", "ours", "theirs")],
                            r, warmup=1)
        out = case.workdir / f"compare-merged-{n}.cjm"

        def merge_files(_: object) -> None:  # what `cjdesigner merge` does, minus startup
            result = merge_maps(*(load(paths[k]) for k in ("base", "ours", "theirs")))
            save(result.doc, out, backup=False)

        files = measure(merge_files, r, warmup=1)
        return [
            Row("diff", n, "diff two maps (in memory)", diff,
                "json.loads of both files", diff_alt, extra={"changes": changes}),
            Row("merge", n, "three-way merge (in memory)", merge,
                "json.loads of the three files", merge_alt, extra={"conflicts": conflicts}),
            Row("merge_files", n, "merge: load 3 files, merge, save", files,
                "json.loads of the three files", merge_alt),
        ]

    guarded(rows, n, [("diff", "diff two maps"), ("merge", "three-way merge"),
                      ("merge_files", "merge files")], body)
    return rows
