"""Random edits through the controller, random undos and redos: the document always
equals the recorded history, and undoing everything gives back the original."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cjdesigner.model import (
    Card,
    EmotionCurve,
    EmotionScale,
    Lane,
    LaneKind,
    MapMeta,
    Persona,
    Stage,
    Step,
)
from cjdesigner.model.edits import (
    AddCards,
    AddLane,
    AddPersona,
    AddStage,
    AddStep,
    EditError,
    MoveCards,
    MoveLane,
    MoveStage,
    MoveStep,
    RemoveCards,
    RemoveLane,
    RemovePersona,
    RemoveStage,
    RemoveStep,
    SetCurvePoint,
    SetFields,
)
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController

WORDS = st.text(alphabet="abcdefgh ", min_size=0, max_size=12)


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.controller = DocumentController(sample_map())
        self.original = self.controller.doc.model_dump()
        # history[i] is the document after i steps; index is where the stack stands
        self.history = [self.original]
        self.counter = 0

    # -- helpers ----------------------------------------------------------------------
    @property
    def doc(self):
        return self.controller.doc

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-sm{self.counter}"

    def push(self, edit) -> None:
        before = self.doc.model_dump()
        index = self.controller.undo_stack.index()
        try:
            self.controller.push(edit)
        except EditError:
            assert self.doc.model_dump() == before, "a refused edit changed the document"
            return
        merged = self.controller.undo_stack.index() == index
        del self.history[index + 1 :]
        if merged:
            self.history[index] = self.doc.model_dump()
        else:
            self.history.append(self.doc.model_dump())

    # -- cards --------------------------------------------------------------------------
    @precondition(lambda self: self.doc.lanes and self.doc.step_ids())
    @rule(data=st.data(), title=WORDS)
    def add_card(self, data, title):
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        position = data.draw(st.none() | st.integers(0, 3))
        card = Card(id=self.fresh("card"), lane_id=lane, step_id=step, title=title)
        self.push(AddCards([card], [position]))

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data())
    def remove_cards(self, data):
        ids = data.draw(st.lists(st.sampled_from([c.id for c in self.doc.cards]), min_size=1,
                                 max_size=3, unique=True))
        self.push(RemoveCards(ids))

    @precondition(lambda self: self.doc.cards and self.doc.lanes and self.doc.step_ids())
    @rule(data=st.data())
    def move_cards(self, data):
        ids = data.draw(st.lists(st.sampled_from([c.id for c in self.doc.cards]), min_size=1,
                                 max_size=3, unique=True))
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        position = data.draw(st.none() | st.integers(0, 4))
        self.push(MoveCards([(i, lane, step, position) for i in ids]))

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data(), title=WORDS, typing=st.booleans())
    def set_card_fields(self, data, title, typing):
        card = data.draw(st.sampled_from([c.id for c in self.doc.cards]))
        changes = data.draw(
            st.sampled_from(
                [
                    {"title": title},
                    {"votes": len(title)},
                    {"emotion": data.draw(st.none() | st.sampled_from([-2, -0.5, 0, 1.5, 2]))},
                    {"tags": title.split()},
                    {"evidence": data.draw(st.sampled_from([None, "observed", "proposed"]))},
                    {"emotion": 7},  # refused: outside the scale
                ]
            )
        )
        key = f"{card}:{next(iter(changes))}" if typing else None
        self.push(SetFields(Card, card, changes, text="Edit", merge_key=key))

    @rule(title=WORDS)
    def set_meta(self, title):
        self.push(SetFields(MapMeta, "meta", {"title": title}, merge_key="meta:title"))

    # -- curves and personas --------------------------------------------------------------
    @precondition(lambda self: self.doc.curves and self.doc.step_ids())
    @rule(data=st.data())
    def curve_point(self, data):
        curve = data.draw(st.sampled_from([c.id for c in self.doc.curves]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        value = data.draw(st.none() | st.sampled_from([-2.0, -1.0, 0.0, 0.5, 2.0, 9.0]))
        self.push(SetCurvePoint(curve, step, value))

    @rule(name=WORDS)
    def add_persona(self, name):
        self.push(AddPersona(Persona(id=self.fresh("persona"), name=name or "P")))

    @precondition(lambda self: self.doc.personas)
    @rule(data=st.data())
    def remove_persona(self, data):
        self.push(RemovePersona(data.draw(st.sampled_from([p.id for p in self.doc.personas]))))

    @precondition(lambda self: self.doc.curves and self.doc.personas)
    @rule(data=st.data())
    def attach_curve(self, data):
        curve = data.draw(st.sampled_from([c.id for c in self.doc.curves]))
        persona = data.draw(st.sampled_from([p.id for p in self.doc.personas]))
        self.push(SetFields(EmotionCurve, curve, {"persona_id": persona}))

    @precondition(lambda self: self.doc.curves)
    @rule(data=st.data(), preset=st.sampled_from([(-2, 2, 5), (1, 5, 5), (1, 10, 10), (0, 1, 2)]))
    def rescale_curve(self, data, preset):
        """What the inspector does: a new scale and the points moved onto it, one edit."""
        curve = data.draw(st.sampled_from(self.doc.curves))
        lo, hi, n = preset
        old = curve.scale
        new = EmotionScale(min=lo, max=hi, levels=[f"L{i}" for i in range(n)])
        points = {
            k: new.clamp(lo + (v - old.min) / (old.max - old.min) * (hi - lo))
            for k, v in curve.points.items()
        }
        self.push(SetFields(EmotionCurve, curve.id, {"scale": new, "points": points}))

    @precondition(lambda self: self.doc.lanes)
    @rule(data=st.data())
    def lane_kind_and_colour(self, data):
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        kind = data.draw(st.sampled_from(list(LaneKind)))
        colour = data.draw(st.sampled_from([None, "#7FA7C9", "not a colour"]))
        self.push(SetFields(Lane, lane, {"kind": kind, "color": colour}))

    @precondition(lambda self: self.doc.personas)
    @rule(data=st.data(), text=WORDS)
    def persona_fields(self, data, text):
        persona = data.draw(st.sampled_from([p.id for p in self.doc.personas]))
        self.push(SetFields(Persona, persona, {"goals": text.split(), "primary": bool(text)},
                            merge_key=f"{persona}:goals"))

    # -- structure ------------------------------------------------------------------------
    @rule(data=st.data(), name=WORDS)
    def add_stage(self, data, name):
        index = data.draw(st.none() | st.integers(0, len(self.doc.stages)))
        stage = Stage(id=self.fresh("stage"), name=name or "S", steps=[Step(id=self.fresh("step"))])
        self.push(AddStage(stage, index))

    @precondition(lambda self: self.doc.stages)
    @rule(data=st.data())
    def remove_stage(self, data):
        self.push(RemoveStage(data.draw(st.sampled_from([s.id for s in self.doc.stages]))))

    @precondition(lambda self: len(self.doc.stages) > 1)
    @rule(data=st.data())
    def move_stage(self, data):
        stage = data.draw(st.sampled_from([s.id for s in self.doc.stages]))
        self.push(MoveStage(stage, data.draw(st.integers(0, len(self.doc.stages) - 1))))

    @precondition(lambda self: self.doc.stages)
    @rule(data=st.data(), name=WORDS)
    def add_step(self, data, name):
        stage = data.draw(st.sampled_from(self.doc.stages))
        index = data.draw(st.none() | st.integers(0, len(stage.steps)))
        self.push(AddStep(stage.id, Step(id=self.fresh("step"), name=name or "s"), index))

    @precondition(lambda self: self.doc.step_ids())
    @rule(data=st.data())
    def remove_step(self, data):
        self.push(RemoveStep(data.draw(st.sampled_from(self.doc.step_ids()))))

    @precondition(lambda self: self.doc.step_ids())
    @rule(data=st.data())
    def move_step(self, data):
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        stage = data.draw(st.sampled_from(self.doc.stages))
        self.push(MoveStep(step, stage.id, data.draw(st.integers(0, len(stage.steps)))))

    @precondition(lambda self: self.doc.step_ids())
    @rule(data=st.data(), time=st.sampled_from([None, "07:30", "25:00", "12:05"]))
    def set_step_time(self, data, time):
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        self.push(SetFields(Step, step, {"time": time}))

    @rule(data=st.data(), title=WORDS)
    def add_lane(self, data, title):
        index = data.draw(st.none() | st.integers(0, len(self.doc.lanes)))
        kind = data.draw(st.sampled_from(list(LaneKind)))
        self.push(AddLane(Lane(id=self.fresh("lane"), title=title or "L", kind=kind), index))

    @precondition(lambda self: self.doc.lanes)
    @rule(data=st.data())
    def remove_lane(self, data):
        self.push(RemoveLane(data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))))

    @precondition(lambda self: len(self.doc.lanes) > 1)
    @rule(data=st.data())
    def move_lane(self, data):
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        self.push(MoveLane(lane, data.draw(st.integers(0, len(self.doc.lanes) - 1))))

    # -- undo and redo -----------------------------------------------------------------------
    @precondition(lambda self: self.controller.undo_stack.canUndo())
    @rule(times=st.integers(1, 4))
    def undo(self, times):
        for _ in range(times):
            if self.controller.undo_stack.canUndo():
                self.controller.undo_stack.undo()

    @precondition(lambda self: self.controller.undo_stack.canRedo())
    @rule(times=st.integers(1, 4))
    def redo(self, times):
        for _ in range(times):
            if self.controller.undo_stack.canRedo():
                self.controller.undo_stack.redo()

    @invariant()
    def matches_history(self):
        index = self.controller.undo_stack.index()
        assert self.controller.undo_stack.count() == len(self.history) - 1
        assert self.doc.model_dump() == self.history[index]

    def teardown(self):
        stack = self.controller.undo_stack
        stack.setIndex(0)
        assert self.doc.model_dump() == self.original
        stack.setIndex(stack.count())
        assert self.doc.model_dump() == self.history[-1]


UndoMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    derandomize=True,
)
TestUndoMachine = UndoMachine.TestCase
