"""Maps are immutable: nothing changes a map but its edits, which build new values.

And the undo of a stage, step or lane move takes back only that move: when another
writer has moved the item since, it stays where they put it."""

from __future__ import annotations

import copy

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings
from pydantic import BaseModel, ValidationError

from cjdesigner.fileio import dumps, loads
from cjdesigner.model import (
    Card,
    Conflict,
    ItemKind,
    JourneyMap,
    Lane,
    Stage,
    Step,
    edits,
    reference_problems,
)
from cjdesigner.model.guard import FrozenDict, FrozenList, ModelMutationError
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController


def _maps() -> list[JourneyMap]:
    built = sample_map()
    return [built, loads(dumps(built))]  # built in code, and read from a file


@pytest.mark.parametrize("doc", _maps(), ids=["built", "loaded"])
def test_assigning_a_field_raises(doc: JourneyMap) -> None:
    card = doc.cards[0]
    for target, name, value in [
        (card, "title", "x"),
        (doc, "cards", []),
        (doc, "meta", doc.meta),
        (doc.meta, "title", "x"),
        (doc.stages[0], "steps", []),
        (doc.stages[0].steps[0], "name", "x"),
        (doc.lanes[0], "title", "x"),
        (doc.curves[0], "points", {}),
        (doc.curves[0].scale, "min", -3),
        (doc.personas[0], "goals", []),
    ]:
        with pytest.raises(ValidationError, match="frozen"):
            setattr(target, name, value)
    assert doc.cards[0].title == "Notices a banner"


@pytest.mark.parametrize("doc", _maps(), ids=["built", "loaded"])
def test_changing_a_list_or_dict_in_place_raises(doc: JourneyMap) -> None:
    before = dumps(doc)
    card, curve, stage = doc.cards[2], doc.curves[0], doc.stages[0]
    changes = [
        lambda: doc.cards.append(Card(lane_id="lane-pain", step_id="step-ad")),
        lambda: doc.cards.pop(),
        lambda: doc.cards.insert(0, card),
        lambda: doc.cards.__setitem__(0, card),
        lambda: doc.cards.__delitem__(0),
        lambda: doc.cards.sort(key=lambda c: c.id),
        lambda: doc.cards.reverse(),
        lambda: doc.cards.extend([]),
        lambda: doc.cards.remove(card),
        lambda: doc.cards.clear(),
        lambda: doc.lanes.__iadd__([Lane()]),
        lambda: stage.steps.append(Step()),
        lambda: card.tags.append("x"),
        lambda: card.links.clear(),
        lambda: curve.points.__setitem__("step-ad", 1.0),
        lambda: curve.points.pop("step-ad"),
        lambda: curve.points.update({}),
        lambda: curve.scale.levels.append("x"),
        lambda: doc.personas[0].goals.append("x"),
        lambda: doc.stages.__setitem__(slice(None), []),
    ]
    for change in changes:
        with pytest.raises(ModelMutationError):
            change()
    assert dumps(doc) == before


def test_every_container_of_a_map_is_frozen() -> None:
    doc = loads(dumps(sample_map()))

    def walk(value: object) -> None:
        if isinstance(value, list):
            assert type(value) is FrozenList
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            assert type(value) is FrozenDict
            for item in value.values():
                walk(item)
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))

    walk(doc)
    walk(Card(lane_id="l", step_id="s"))  # defaults too
    conflict = Conflict(kind=ItemKind.CARD, ours={"a": [1, {"b": 2}]}, theirs=[1, 2])
    walk(conflict)
    with pytest.raises(ModelMutationError):
        conflict.ours["a"][1]["b"] = 3  # type: ignore[index]
    # new values built from a map are frozen as well
    walk(doc.model_copy(update={"cards": [*doc.cards], "curves": []}))
    walk(doc.cards[0].model_copy(update={"tags": ["x"], "links": []}))
    walk(Stage.model_construct(id="stage-x", name="X", steps=[Step()]))
    walk(doc.with_meta(title="Renamed"))


def test_edits_build_new_values_so_a_shallow_copy_is_a_snapshot() -> None:
    doc = sample_map()
    snapshot = doc.model_copy()
    text = dumps(snapshot)
    cards, stages = doc.cards, doc.stages
    edits.SetFields(target="card", ident="card-1", changes={"title": "New"}).apply(doc)
    edits.MoveStage(stage_id="stage-buy", after=None).apply(doc)
    edits.RemoveCards(ids=["card-4"]).apply(doc)
    assert dumps(snapshot) == text  # nothing the snapshot holds changed
    assert doc.cards is not cards and doc.stages is not stages
    assert [c.id for c in cards] == [c.id for c in snapshot.cards]
    assert type(doc.cards) is FrozenList and type(doc.stages[0].steps) is FrozenList
    # immutable parts are their own deep copies: copying a map is cheap and independent
    deep = copy.deepcopy(doc)
    assert deep.cards is doc.cards and deep is not doc
    edits.RemoveCards(ids=["card-1"]).apply(deep)
    assert doc.find_card("card-1").title == "New"


# -- undo of moves with two writers ---------------------------------------------------
_LISTS = {"stage": "stages", "lane": "lanes"}


def _order(doc: JourneyMap, kind: str) -> list[str]:
    if kind == "step":
        return [f"{stage.id}/{step.id}" for stage in doc.stages for step in stage.steps]
    return [item.id for item in getattr(doc, _LISTS[kind])]


def _bigger_map() -> JourneyMap:
    doc = sample_map()
    for i in range(3):
        edits.AddStage(stage=Stage(id=f"stage-{i}", steps=[Step(id=f"step-{i}-{j}") for j in range(2)]),
                       after=doc.stages[-1].id).apply(doc)
        edits.AddLane(lane=Lane(id=f"lane-{i}"), after=doc.lanes[-1].id).apply(doc)
    return doc


def _move(doc: JourneyMap, kind: str, ident: str, index: int, stage: int) -> edits.Edit:
    """A move of ``ident`` to about ``index`` (and, for a step, into stage number ``stage``)."""
    if kind == "step":
        target = doc.stages[stage % len(doc.stages)]
        others = [s.id for s in target.steps if s.id != ident]
        after = others[index % (len(others) + 1) - 1] if index % (len(others) + 1) else None
        return edits.MoveStep(step_id=ident, stage_id=target.id, after=after)
    others = [i for i in _order(doc, kind) if i != ident]
    after = others[index % (len(others) + 1) - 1] if index % (len(others) + 1) else None
    cls = edits.MoveStage if kind == "stage" else edits.MoveLane
    field = "stage_id" if kind == "stage" else "lane_id"
    return cls(**{field: ident, "after": after})


def _position(doc: JourneyMap, kind: str, ident: str) -> tuple[str | None, str | None, str | None]:
    """(stage, item before, item after) of ``ident``."""
    if kind == "step":
        stage, step = doc.find_step(ident)
        ids = [s.id for s in stage.steps]
        where: str | None = stage.id
    else:
        ids = _order(doc, kind)
        where = None
    i = ids.index(ident)
    return where, ids[i - 1] if i else None, ids[i + 1] if i + 1 < len(ids) else None


@settings(max_examples=60, deadline=None, derandomize=True)
@given(data=st.data(), kind=st.sampled_from(["stage", "step", "lane"]))
def test_undoing_a_move_leaves_an_item_someone_else_moved_since(qapp, data, kind) -> None:
    controller = DocumentController(_bigger_map())
    doc = lambda: controller.doc  # noqa: E731
    ids = [i.split("/")[-1] for i in _order(doc(), kind)]
    moved = data.draw(st.sampled_from(ids))
    origin = _position(doc(), kind, moved)
    mine = _move(doc(), kind, moved, data.draw(st.integers(0, 20)), data.draw(st.integers(0, 5)))
    controller.push(mine)
    left = _position(doc(), kind, moved)  # where my move put it
    # the other writer: adds, removes other items, and may move this one
    serial = 0
    for _ in range(data.draw(st.integers(0, 4))):
        serial += 1
        op = data.draw(st.sampled_from(["add", "remove", "move", "move_other"]))
        others = [i for i in (x.split("/")[-1] for x in _order(doc(), kind)) if i != moved]
        if op == "add":
            new_id = f"{kind}-theirs-{serial}"
            if kind == "step":
                stage = data.draw(st.sampled_from(doc().stages))
                edit: edits.Edit = edits.AddStep(stage_id=stage.id, step=Step(id=new_id),
                                                 after=stage.steps[0].id if stage.steps else None)
            elif kind == "stage":
                edit = edits.AddStage(stage=Stage(id=new_id), after=data.draw(st.sampled_from([None, *others])))
            else:
                edit = edits.AddLane(lane=Lane(id=new_id), after=data.draw(st.sampled_from([None, *others])))
        elif op == "remove" and others:
            gone = data.draw(st.sampled_from(others))
            edit = {"step": edits.RemoveStep(step_id=gone), "stage": edits.RemoveStage(stage_id=gone),
                    "lane": edits.RemoveLane(lane_id=gone)}[kind]
        elif op == "move_other" and others:
            edit = _move(doc(), kind, data.draw(st.sampled_from(others)),
                         data.draw(st.integers(0, 20)), data.draw(st.integers(0, 5)))
        else:
            edit = _move(doc(), kind, moved, data.draw(st.integers(0, 20)), data.draw(st.integers(0, 5)))
        if kind == "stage" and isinstance(edit, edits.RemoveStage) and len(doc().stages) < 2:
            continue
        controller.apply_remote(edit.model_copy(update={"author": "them"}))
    # moved by them = no longer between the neighbours (still there) my move left it with
    stage, before, after = left
    here = _position(doc(), kind, moved)
    ids_now = [i.split("/")[-1] for i in _order(doc(), kind)]
    at = ids_now.index(moved)
    they_moved = (stage is not None and here[0] != stage) or (
        before is not None and before in ids_now and ids_now.index(before) > at) or (
        after is not None and after in ids_now and ids_now.index(after) < at)
    rest = [i for i in _order(doc(), kind) if i.split("/")[-1] != moved]
    others_before = {item.id: item for item in (doc().stages if kind != "lane" else doc().lanes)}
    controller.undo_stack.undo()
    # the undo moves nothing but my item, and changes nothing else
    assert [i for i in _order(doc(), kind) if i.split("/")[-1] != moved] == rest
    if kind != "step":
        assert {i.id: i for i in getattr(doc(), _LISTS[kind]) if i.id != moved} == {
            k: v for k, v in others_before.items() if k != moved}
    if they_moved:
        assert _position(doc(), kind, moved) == here  # left where they put it
    else:  # back after the item it followed (or first), in its own stage for a step
        now = _position(doc(), kind, moved)
        if kind == "step":
            if origin[0] not in {s.id for s in doc().stages}:
                return  # its stage is gone: the undo has nowhere to put it
            assert now[0] == origin[0]
            siblings = [s.id for s in doc().find_stage(origin[0]).steps]
        else:
            siblings = _order(doc(), kind)
        if origin[1] is None:
            assert now[1] is None
        elif origin[1] in siblings:
            assert now[1] == origin[1]
    controller.undo_stack.redo()
    assert reference_problems(doc()) == []


def test_undo_of_a_move_someone_else_moved_since_is_skipped(qapp) -> None:
    controller = DocumentController(_bigger_map())
    doc = controller.doc
    controller.push(edits.MoveLane(lane_id="lane-actions", after="lane-opp"))
    controller.apply_remote(edits.MoveLane(lane_id="lane-actions", after=None, author="them"))
    order = [lane.id for lane in controller.doc.lanes]
    controller.undo_stack.undo()
    assert [lane.id for lane in controller.doc.lanes] == order  # theirs stays
    # without the other writer's move, undo puts it back
    controller.undo_stack.redo()
    controller.push(edits.MoveStage(stage_id="stage-aware", after="stage-1"))
    controller.apply_remote(edits.AddStage(stage=Stage(id="stage-new"), after="stage-1"))
    controller.undo_stack.undo()
    assert [s.id for s in controller.doc.stages][:2] == ["stage-aware", "stage-buy"]
    # the inverse is data: it round-trips through JSON with the place it expects
    inverse = edits.MoveStep(step_id="step-ad", stage_id="stage-buy", after=None).apply(doc)
    assert isinstance(inverse, edits.MoveStep) and inverse.expect is not None
    assert edits.from_json(edits.to_json(inverse)) == inverse
    with pytest.raises(edits.EditError, match="moved meanwhile"):
        edits.MoveStep(step_id="step-ad", stage_id="stage-aware", after=None).apply(controller.doc)
        inverse.apply(controller.doc, lenient=False)
