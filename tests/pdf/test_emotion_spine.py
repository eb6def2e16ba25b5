"""The emotion curve as the poster's spine (issue 14): a band wherever cards or curves
carry emotions, lane or not; each curve named at its end; the lowest and highest moments
called out with the card behind them; the legend lists only what is drawn."""

from __future__ import annotations

from cjdesigner.layout import layout_map
from cjdesigner.model import Card, EmotionCurve, Lane, LaneKind, Stage, Step
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.pdf.poster import poster_map

from .helpers import text_of


def no_feelings_lane(emotions: bool):
    """Three steps; cards carry emotions (or not); no feelings lane, no curve."""
    doc = sample_map()
    stage = Stage(id="st", name="Visit", steps=[Step(id=f"s{i}", name=f"Moment {i}")
                                                 for i in range(3)])
    lanes = [Lane(id="act", title="Doing", kind=LaneKind.ACTIONS),
             Lane(id="pain", title="Pains", kind=LaneKind.PAIN_POINTS),
             Lane(id="opp", title="Chances", kind=LaneKind.OPPORTUNITIES)]
    values = [0.5, -2.0, 1.5]
    cards = [Card(id=f"a{i}", lane_id="act", step_id=f"s{i}", title=f"Action {i}",
                  emotion=values[i] if emotions else None) for i in range(3)]
    cards += [Card(id="p1", lane_id="pain", step_id="s1", title="Waited forty minutes on hold"),
              Card(id="o2", lane_id="opp", step_id="s2", title="Call back within the hour")]
    return doc.model_copy(update={"stages": [stage], "lanes": lanes, "cards": cards,
                                  "curves": []})


def test_cards_with_emotions_get_a_band_without_a_feelings_lane(tmp_path):
    doc = no_feelings_lane(emotions=True)
    assert layout_map(doc).curves == []  # the screen's layout: no feelings lane, no curve
    shown = poster_map(doc)
    curves = layout_map(shown).curves
    assert len(curves) == 1 and len(curves[0].points) == 3
    assert doc.lanes == no_feelings_lane(emotions=True).lanes  # the map itself is unchanged
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    text = text_of(out)
    assert "EMOTION CURVES" in text  # the legend lists the curve it drew
    assert "LOWEST · Moment 1" in text and "“Waited forty minutes on hold”" in text
    assert "HIGHEST · Moment 2" in text and "“Call back within the hour”" in text


def test_no_emotions_no_band_and_no_curve_in_the_legend(tmp_path):
    doc = no_feelings_lane(emotions=False)
    doc = doc.model_copy(update={"curves": [EmotionCurve(id="c", label="Empty")]})
    assert poster_map(doc).lanes == doc.lanes
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    text = text_of(out)
    assert "EMOTION CURVES" not in text and "LOWEST" not in text and "Empty" not in text


def test_each_curve_is_labelled_with_its_persona(tmp_path):
    doc = sample_map()
    persona = doc.personas[0]
    steps = doc.step_ids()
    curves = [EmotionCurve(id="c1", label="Felt", persona_id=persona.id,
                           points={s: (i % 3) - 1 for i, s in enumerate(steps)})]
    doc = doc.model_copy(update={"curves": curves})
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    assert text_of(out).count(f"{persona.name} — Felt") >= 2  # at the curve and in the legend
