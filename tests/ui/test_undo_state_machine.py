"""Random edits of every kind through the controller, random undos and redos, and edits
from a second writer: the document always equals the recorded history (when only the
local writer works), always passes the file loader's checks, and undoing everything
gives back the original."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cjdesigner.model import Card, EmotionCurve, Persona, edits, planning
from cjdesigner.model.edits import EditError
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController
from tests.edit_drawing import KINDS, WORDS, assert_loadable, draw_edit


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.controller = DocumentController(sample_map())
        self.original = self.controller.doc.model_dump()
        # history[i] is the document after i steps; index is where the stack stands
        self.history = [self.original]
        self.counter = 0

    @property
    def doc(self):
        return self.controller.doc

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-sm{self.counter}"

    def push(self, edit) -> None:
        if edit is None:
            return
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

    # -- every kind of edit ----------------------------------------------------------------
    @rule(data=st.data(), kind=st.sampled_from(KINDS))
    def any_edit(self, data, kind):
        self.push(draw_edit(data, self.doc, kind, "sm"))

    @precondition(lambda self: self.doc.lanes and self.doc.step_ids())
    @rule(data=st.data(), title=WORDS)
    def add_card_at_position(self, data, title):
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        position = data.draw(st.none() | st.integers(0, 3))
        card = Card(id=self.fresh("card"), lane_id=lane, step_id=step, title=title)
        self.push(planning.add_cards(self.doc, [card], [position]))

    # -- merged steps ----------------------------------------------------------------------
    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data(), title=WORDS, typing=st.booleans())
    def type_into_card(self, data, title, typing):
        card = data.draw(st.sampled_from([c.id for c in self.doc.cards]))
        field = data.draw(st.sampled_from(["title", "votes"]))
        value = title if field == "title" else len(title)
        key = f"{card}:{field}" if typing else None
        self.push(edits.SetFields(target="card", ident=card, changes={field: value}, merge_key=key))

    @precondition(lambda self: len(self.doc.cards) > 1)
    @rule(data=st.data())
    def spin_several_cards(self, data):
        """A spin box stepped for several cards: batches with one key merge."""
        ids = data.draw(st.lists(st.sampled_from([c.id for c in self.doc.cards]), min_size=2,
                                 max_size=3, unique=True))
        votes = data.draw(st.integers(0, 5))
        parts = [edits.SetFields(target="card", ident=i, changes={"votes": votes}) for i in ids]
        self.push(edits.Batch(edits=parts, merge_key="spin:" + ",".join(ids)))

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data(), direction=st.sampled_from(["left", "right", "up", "down"]))
    def nudge(self, data, direction):
        """Alt+arrow nudges of one selection merge into one step."""
        ids = data.draw(st.lists(st.sampled_from([c.id for c in self.doc.cards]), min_size=1,
                                 max_size=2, unique=True))
        planned = planning.nudge_cards(self.doc, ids, direction,
                                       merge_key="nudge:" + ",".join(sorted(ids)))
        if planned is not None:
            self.push(planned[0])

    # -- curves and personas ---------------------------------------------------------------
    @rule(data=st.data(), label=WORDS)
    def add_curve(self, data, label):
        personas = [p.id for p in self.doc.personas]
        persona = data.draw(st.none() | st.sampled_from(personas)) if personas else None
        curve = EmotionCurve(id=self.fresh("curve"), label=label or "C", persona_id=persona)
        after = self.doc.curves[-1].id if self.doc.curves else None
        self.push(edits.AddCurve(curve=curve, after=after))

    @precondition(lambda self: self.doc.curves)
    @rule(data=st.data())
    def remove_curve(self, data):
        self.push(edits.RemoveCurve(curve_id=data.draw(st.sampled_from(self.doc.curves)).id))

    @rule(name=WORDS)
    def add_persona(self, name):
        persona = Persona(id=self.fresh("persona"), name=name or "P")
        after = self.doc.personas[-1].id if self.doc.personas else None
        self.push(edits.AddPersona(persona=persona, after=after))

    @precondition(lambda self: self.doc.personas)
    @rule(data=st.data(), text=WORDS)
    def persona_fields(self, data, text):
        persona = data.draw(st.sampled_from([p.id for p in self.doc.personas]))
        self.push(edits.SetFields(target="persona", ident=persona,
                                  changes={"goals": text.split(), "primary": bool(text)},
                                  merge_key=f"{persona}:goals"))

    @precondition(lambda self: self.doc.personas)
    @rule(data=st.data())
    def remove_persona(self, data):
        self.push(edits.RemovePersona(persona_id=data.draw(st.sampled_from(self.doc.personas)).id))

    @precondition(lambda self: self.doc.curves and self.doc.personas)
    @rule(data=st.data())
    def attach_curve(self, data):
        curve = data.draw(st.sampled_from([c.id for c in self.doc.curves]))
        persona = data.draw(st.sampled_from([p.id for p in self.doc.personas]))
        self.push(edits.SetFields(target="curve", ident=curve, changes={"persona_id": persona}))

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

    @invariant()
    def passes_the_loader(self):
        assert_loadable(self.doc)

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
