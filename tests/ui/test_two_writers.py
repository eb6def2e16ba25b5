"""Two writers on one map: local edits go through the undo stack, the other writer's
arrive through ``apply_remote``. Undoing every local edit takes back exactly the local
work: what the other writer added, removed or set stays as they left it."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

from cjdesigner.model import edits
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController
from tests.edit_drawing import KINDS, assert_loadable, draw_edit


def _ids(doc) -> set[str]:
    return edits.ids_in_use(doc)


def _card_fields(doc) -> dict[tuple[str, str], object]:
    return {(c.id, name): getattr(c, name) for c in doc.cards for name in ("title", "votes")}


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_undoing_one_writer_leaves_the_other_writers_work(qapp, data):
    controller = DocumentController(sample_map())
    doc = lambda: controller.doc  # noqa: E731
    base = _ids(doc())
    theirs_added: set[str] = set()
    theirs_removed: set[str] = set()
    theirs_set: dict[tuple[str, str], object] = {}  # (card, field) -> value they set last
    mine_set: set[tuple[str, str]] = set()
    for _ in range(data.draw(st.integers(1, 14))):
        writer = data.draw(st.sampled_from(["me", "them"]))
        kind = data.draw(st.sampled_from(KINDS))
        edit = draw_edit(data, doc(), kind, "a" if writer == "me" else "b")
        if edit is None:
            continue
        edit = edit.model_copy(update={"author": writer})
        before_ids, before_fields = _ids(doc()), _card_fields(doc())
        try:
            if writer == "me":
                controller.push(edit)
            else:
                controller.apply_remote(edit, lenient=False)
        except edits.EditError:
            continue
        assert_loadable(doc())
        after_ids, after_fields = _ids(doc()), _card_fields(doc())
        changed = {k for k, v in after_fields.items() if before_fields.get(k, v) != v}
        if writer == "them":
            theirs_added |= after_ids - before_ids
            theirs_removed |= before_ids - after_ids
            theirs_added -= before_ids - after_ids
            for key in changed:
                theirs_set[key] = after_fields[key]
            mine_set -= changed
        else:
            mine_set |= changed
            for key in changed:
                theirs_set.pop(key, None)
    assert controller.is_modified()
    homes = _containers(doc())
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    final = doc()
    assert_loadable(final)
    ids = _ids(final)
    # nothing they removed comes back
    assert not (theirs_removed & ids)
    # nothing I added is left
    assert not {i for i in ids if i.startswith("a") and "-d" in i}
    # what they added stays, unless it lived in something only I had added
    for ident in theirs_added - ids:
        assert any(home.startswith("a") for home in homes.get(ident, ())), ident
    # fields they set last keep their value
    fields = _card_fields(final)
    for key, value in theirs_set.items():
        if key in fields:
            assert fields[key] == value, key
    assert base  # the sample map had items to start with


def _containers(doc) -> dict[str, set[str]]:
    """What each card and step lives in (lane, step, stage): undoing my addition of one
    of these takes what lives in it along."""
    stage_of = {step.id: stage.id for stage in doc.stages for step in stage.steps}
    homes: dict[str, set[str]] = {s: {stage} for s, stage in stage_of.items()}
    for card in doc.cards:
        homes[card.id] = {card.lane_id, card.step_id, stage_of.get(card.step_id, "")}
    return homes
