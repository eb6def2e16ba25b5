"""Random edits, undos and redos through the canvas's controller: the scene's
incremental layout always equals a fresh layout, and undoing everything returns to the
saved document."""

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cjdesigner.layout import layout_map
from cjdesigner.model import Card, Lane, LaneKind, Stage, Step, edits, planning
from cjdesigner.model.planning import plan_group_moves, plan_moves, target_cells
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.scene import CanvasScene
from cjdesigner.ui.controller import DocumentController

FIELDS = ("cards", "cells", "lanes", "steps", "stages", "curves", "scale_ticks", "grid")


class CanvasMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.controller = DocumentController(sample_map())
        self.scene = CanvasScene(self.controller)
        self.saved = self.controller.doc.model_dump()
        self.counter = 0

    @property
    def doc(self):
        return self.controller.doc

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data())
    def move_cards(self, data):
        cards = [c.id for c in self.doc.cards]
        ids = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        staying = [
            c.id
            for c in self.doc.cards
            if (c.lane_id, c.step_id) == (lane, step) and c.id not in ids
        ]
        position = data.draw(st.integers(0, len(staying)))
        moves = plan_moves(self.doc, ids, (lane, step), position)
        if moves:
            self.controller.push(planning.move_cards(self.doc, moves))
            cell = [c.id for c in self.doc.cards if (c.lane_id, c.step_id) == (lane, step)]
            start = cell.index(ids[0])
            assert cell[start : start + len(ids)] == ids

    @precondition(lambda self: len(self.doc.cards) > 1)
    @rule(data=st.data())
    def drag_group(self, data):
        """A drag of cards from several cells: each keeps its offset from the pressed one."""
        cards = [c.id for c in self.doc.cards]
        ids = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=4, unique=True))
        anchor = data.draw(st.sampled_from(ids))
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        position = data.draw(st.integers(0, 3))
        order = {c.id: i for i, c in enumerate(self.doc.cards)}
        ids.sort(key=order.get)
        expected = target_cells(self.doc, ids, anchor, (lane, step))
        moves = plan_group_moves(self.doc, ids, anchor, (lane, step), position)
        if moves:
            self.controller.push(planning.move_cards(self.doc, moves))
        for card_id, cell in expected.items():
            card = self.doc.find_card(card_id)
            assert (card.lane_id, card.step_id) == cell

    @precondition(lambda self: self.doc.lanes and self.doc.step_ids())
    @rule(data=st.data(), words=st.integers(0, 40))
    def add_card(self, data, words):
        lane = data.draw(st.sampled_from([lane.id for lane in self.doc.lanes]))
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        self.counter += 1
        card = Card(
            id=f"card-new-{self.counter}",
            lane_id=lane,
            step_id=step,
            title="Card " * (words // 4 + 1),
            description="word " * words,
            emotion=data.draw(st.none() | st.sampled_from([-2, -1, 0, 1, 2])),
        )
        position = data.draw(st.none() | st.integers(0, 3))
        self.controller.push(planning.add_cards(self.doc, [card], [position]))

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data())
    def edit_text(self, data):
        card = data.draw(st.sampled_from(self.doc.cards))
        self.controller.push(
            edits.SetFields(target="card", ident=card.id, changes={"description": "longer text " * data.draw(st.integers(0, 30))}
            )
        )

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data())
    def remove_cards(self, data):
        ids = data.draw(
            st.lists(
                st.sampled_from([c.id for c in self.doc.cards]), min_size=1, max_size=2, unique=True
            )
        )
        self.controller.push(edits.RemoveCards(ids=ids))

    @precondition(lambda self: self.doc.step_ids() and self.doc.curves)
    @rule(data=st.data())
    def set_point(self, data):
        step = data.draw(st.sampled_from(self.doc.step_ids()))
        value = data.draw(st.none() | st.sampled_from([-2.0, -1.0, 0.0, 0.5, 2.0]))
        self.controller.push(edits.SetCurvePoint(curve_id=self.doc.curves[0].id, step_id=step, value=value))

    @precondition(lambda self: self.doc.cards)
    @rule(data=st.data())
    def set_emotion(self, data):
        card = data.draw(st.sampled_from(self.doc.cards))
        value = data.draw(st.none() | st.sampled_from([-2.0, -0.5, 0.0, 1.0, 2.0]))
        self.controller.push(edits.SetFields(target="card", ident=card.id, changes={"emotion": value}))

    @rule(data=st.data())
    def rearrange(self, data):
        """Moves, removals and renames of stages, steps and lanes."""
        doc = self.doc
        choice = data.draw(st.integers(0, 6))
        if choice == 0 and len(doc.stages) > 1:
            stage = data.draw(st.sampled_from(doc.stages))
            self.controller.push(
                planning.move_stage(doc, stage.id, data.draw(st.integers(0, len(doc.stages) - 1)))
            )
        elif choice == 1 and doc.step_ids():
            step = data.draw(st.sampled_from(doc.step_ids()))
            stage = data.draw(st.sampled_from(doc.stages))
            index = data.draw(st.integers(0, len(stage.steps)))
            self.controller.push(planning.move_step(doc, step, stage.id, index))
        elif choice == 2 and len(doc.stages) > 1:
            self.controller.push(edits.RemoveStage(stage_id=data.draw(st.sampled_from(doc.stages)).id))
        elif choice == 3 and len(doc.lanes) > 1:
            self.controller.push(edits.RemoveLane(lane_id=data.draw(st.sampled_from(doc.lanes)).id))
        elif choice == 4 and doc.stages:
            stage = data.draw(st.sampled_from(doc.stages))
            name = "Stage " * data.draw(st.integers(1, 6))
            self.controller.push(edits.SetFields(target="stage", ident=stage.id, changes={"name": name}))
        elif choice == 5 and doc.step_ids():
            step = data.draw(st.sampled_from(doc.step_ids()))
            name = "Step name " * data.draw(st.integers(1, 5))
            self.controller.push(edits.SetFields(target="step", ident=step, changes={"name": name}))
        elif doc.lanes:
            lane = data.draw(st.sampled_from(doc.lanes))
            title = "Lane " * data.draw(st.integers(1, 8))
            self.controller.push(edits.SetFields(target="lane", ident=lane.id, changes={"title": title}))

    @rule(data=st.data())
    def structure(self, data):
        self.counter += 1
        choice = data.draw(st.integers(0, 4))
        if choice == 0:
            self.controller.push(
                planning.add_lane(self.doc, Lane(id=f"lane-n{self.counter}", kind=LaneKind.BACKSTAGE))
            )
        elif choice == 1 and self.doc.stages:
            stage = data.draw(st.sampled_from(self.doc.stages))
            self.controller.push(
                planning.add_step(self.doc, stage.id, Step(id=f"step-n{self.counter}"))
            )
        elif choice == 2 and len(self.doc.lanes) > 1:
            lane = data.draw(st.sampled_from(self.doc.lanes))
            self.controller.push(
                planning.move_lane(self.doc, lane.id, data.draw(st.integers(0, len(self.doc.lanes))))
            )
        elif choice == 3 and len(self.doc.step_ids()) > 1:
            self.controller.push(edits.RemoveStep(step_id=data.draw(st.sampled_from(self.doc.step_ids()))))
        else:
            self.controller.push(
                planning.add_stage(
                    self.doc,
                    Stage(id=f"stage-n{self.counter}", steps=[Step(id=f"step-m{self.counter}")])
                )
            )

    @precondition(lambda self: self.controller.undo_stack.canUndo())
    @rule()
    def undo(self):
        self.controller.undo_stack.undo()

    @precondition(lambda self: self.controller.undo_stack.canRedo())
    @rule()
    def redo(self):
        self.controller.undo_stack.redo()

    @invariant()
    def scene_matches_a_fresh_layout(self):
        fresh = layout_map(self.doc)
        for name in FIELDS:
            assert getattr(self.scene.layout, name) == getattr(fresh, name), name
        assert set(self.scene.card_models) == {c.id for c in self.doc.cards}

    def teardown(self):
        while self.controller.undo_stack.canUndo():
            self.controller.undo_stack.undo()
        assert self.doc.model_dump() == self.saved
        fresh = layout_map(self.doc)
        assert self.scene.layout.cards == fresh.cards


CanvasMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)


def test_canvas_state_machine(qapp):
    CanvasMachine.TestCase().runTest()
