"""The benchmark machinery runs on a tiny map, so it cannot rot (``make bench`` is separate)."""

from __future__ import annotations

from bench.generate import generate_data, generate_map, main
from cjdesigner.fileio import dumps, load
from cjdesigner.model import LaneKind


def test_generator_is_deterministic_and_valid(tmp_path):
    a = generate_map(60, stages=3, steps=7, lanes=6, seed=3)
    b = generate_map(60, stages=3, steps=7, lanes=6, seed=3)
    assert dumps(a) == dumps(b)
    assert len(a.cards) == 60 and len(a.steps()) == 7 and len(a.lanes) == 6
    assert dumps(generate_map(60, stages=3, steps=7, lanes=6, seed=4)) != dumps(a)
    assert any(lane.kind is LaneKind.FEELINGS for lane in a.lanes)
    assert len(a.curves) == 2 and all(c.persona_id for c in a.curves)


def test_generator_varies_content():
    data = generate_data(400)
    cards = data["cards"]
    lengths = {len(c["description"]) for c in cards}
    assert min(lengths) == 0 and max(lengths) > 300
    assert any(c.get("links") for c in cards)
    assert any(c.get("evidence_source") for c in cards)
    assert len({c["title"] for c in cards}) > 50


def test_generator_cli(tmp_path):
    out = tmp_path / "m.cjm"
    assert main(["25", "-o", str(out), "--stages", "2", "--steps", "4", "--lanes", "3"]) == 0
    assert len(load(out).cards) == 25


def test_load_memory_is_proportional_to_the_file(tmp_path):
    """load() once asked read() for the 200 MB limit, allocating it on every open."""
    import tracemalloc

    from cjdesigner.fileio import save

    path = tmp_path / "m.cjm"
    save(generate_map(200), path)
    tracemalloc.start()
    try:
        load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30 * path.stat().st_size


def test_benchmark_runs_on_a_tiny_map(qapp, tmp_path):
    import json

    from bench.report import table, write_json
    from bench.runner import run

    rows = run([20], repeat=1, poster_sizes=[], start_repeat=1, workdir=tmp_path)
    paths = {row.path for row in rows}
    for expected in ("load", "save", "csv_import", "open_to_paint", "frame_fit", "drag", "diff", "merge",
                     "undo_move", "poster_a0", "peak_rss", "cold_start", "edit_drag", "edit_undo",
                     "edit_save"):
        assert expected in paths, expected
    for row in rows:
        # a failing path is a failing test: guarded() turns exceptions into notes
        for note in (row.na, row.alt_na):
            assert not (note or "").startswith("error"), (row.path, note)
        if row.stat is not None:
            assert all(v >= 0 for v in row.stat.runs)
        else:
            assert row.na, row.path  # no invented numbers: a row without one says why
    # the paths whose code has landed must give figures, not notes
    measured = {row.path: row for row in rows}
    for path in ("load", "save", "dumps", "dumps_compact", "csv_import", "csv_export",
                 "open_to_paint", "scene_build", "first_paint", "frame_100", "frame_100_cold",
                 "frame_fit", "frame_fit_cold", "drag", "undo_move", "poster_a0",
                 "poster_a0_size", "poster_a0_fresh", "poster_tiled_vs_single",
                 "cold_start"):
        row = measured.get(path)
        assert row is not None and row.stat is not None, (path, row and row.na)
    for path in ("load", "save", "dumps", "dumps_compact", "csv_import", "csv_export",
                 "frame_100", "frame_100_cold", "frame_fit", "frame_fit_cold", "drag",
                 "poster_a0", "poster_a0_fresh"):
        assert measured[path].alt is not None, (path, measured[path].alt_na)
    paints = measured["drag"].extra["viewport_paints_per_drag"]
    assert paints and all(p >= 1 for p in paints), paints
    load_row = next(r for r in rows if r.path == "load")
    assert load_row.ratio is not None and load_row.alt_label
    text = table(rows)
    assert "load .cjm" in text and "ratio" in text
    out = tmp_path / "latest.json"
    write_json(rows, out, {"sizes": [20]})
    data = json.loads(out.read_text())
    assert data["results"] and "summary" in data


def test_large_export_group_runs_on_a_tiny_map(tmp_path):
    """The issue 9 group (fresh processes exporting SVG, PNG, PDF and CSV) at 30 cards."""
    from bench.exports import FORMATS, export_rows
    from bench.paths import make_case

    rows = export_rows(make_case(30, tmp_path, 1))
    paths = {row.path: row for row in rows}
    for fmt, _args in FORMATS:
        for kind in ("rss", "time"):
            row = paths.get(f"export_{fmt}_{kind}")
            assert row is not None and row.stat is not None, (fmt, kind, row and row.na)
            assert row.alt is not None and row.stat.median > 0
    assert paths["export_svg_rss"].stat.unit == "bytes"


def test_targets_are_checked():
    from bench.stats import Row, Stat
    from bench.targets import evaluate

    fast = Row("frame_fit", 2000, "fit", Stat([0.01, 0.02, 0.03]), "alt", Stat([0.01]))
    slow = Row("undo_move", 2000, "undo", Stat([0.5]))
    other = Row("undo_move", 200, "undo", Stat([0.5]))
    evaluate([fast, slow, other])
    assert [t["verdict"] for t in fast.targets] == ["pass"]
    assert [t["verdict"] for t in slow.targets] == ["FAIL"]
    assert other.targets == []


def test_vocabulary_lookup_tables_match_the_member_scan():
    """parse()/parse_channel() use tables (found by the CSV import profile); same answers."""
    from cjdesigner.model import CHANNELS, parse_channel
    from cjdesigner.model.vocabulary import (
        _ALIASES,
        BlueprintLine,
        Evidence,
        JourneyKind,
        MapType,
        normalize_word,
    )
    from cjdesigner.model.vocabulary import _CHANNEL_ALIASES as CHANNEL_ALIASES

    def scan(cls, text):
        key = normalize_word(text)
        if not key:
            return None
        for member in cls:
            if key == member.value or key == normalize_word(member.label):
                return member
            if key in _ALIASES.get(member, ()):
                return member
        return None

    def scan_channel(text):
        key = normalize_word(text)
        if not key:
            return ""
        if key in CHANNELS:
            return key
        for canonical, label in CHANNELS.items():
            if key == normalize_word(label):
                return canonical
        return CHANNEL_ALIASES.get(key, text.strip())

    words = ["", "  ", "nonsense", "Pain-Points", "FUTURE", "proposed for the future"]
    for cls in (LaneKind, Evidence, MapType, JourneyKind, BlueprintLine):
        for member in cls:
            words += [member.value, member.label, member.label.upper(), f" {member.label} "]
            words += [a.replace("_", " ") for a in _ALIASES.get(member, ())]
    words += list(CHANNELS) + list(CHANNELS.values()) + list(CHANNEL_ALIASES) + ["Kiosk "]
    for cls in (LaneKind, Evidence, MapType, JourneyKind, BlueprintLine):
        for word in words:
            assert cls.parse(word) == scan(cls, word), (cls, word)
    for word in words:
        assert parse_channel(word) == scan_channel(word), word


def test_move_cards_does_not_compare_cards_by_value(monkeypatch):
    """MoveCards found its card with list.remove, i.e. pydantic __eq__ on every card
    before it: 15 ms a drag at 10,000 cards (the drag profile). It goes by identity."""
    from cjdesigner.model import Card
    from cjdesigner.model.planning import move_cards

    doc = generate_map(300, stages=3, steps=6, lanes=4)
    before = [c.id for c in doc.cards]
    card = doc.cards[-1]
    target = next(s for s in doc.step_ids() if s != card.step_id)

    def no_eq(self, other):
        raise AssertionError("cards compared by value")

    monkeypatch.setattr(Card, "__eq__", no_eq)
    edit = move_cards(doc, [(card.id, card.lane_id, target, 0)])
    inverse = edit.apply(doc)
    assert doc.cards_in(card.lane_id, target)[0].id == card.id
    assert sorted(c.id for c in doc.cards) == sorted(before)
    inverse.apply(doc)
    assert [c.id for c in doc.cards] == before


def test_runs_stop_once_they_agree():
    from bench.stats import settled

    assert not settled([1.0, 1.0])  # three runs at least (two for slow ones, if asked)
    assert settled([1.0, 1.05, 0.98])
    assert not settled([1.0, 1.3, 0.98])
    assert settled([2.0, 2.1], least=2)
