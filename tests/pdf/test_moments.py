"""The bottom zone, "moments that matter", read from the poster's text."""

from __future__ import annotations

import pdfplumber

from cjdesigner.layout import layout_map
from cjdesigner.model import Card, Evidence, JourneyMap, Lane, LaneKind, MapMeta, Stage, Step
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.pdf.moments import moments
from cjdesigner.pdf.poster import poster_map


def evidence_map(language: str = "en") -> JourneyMap:
    stages = [Stage(id="s-find", name="Findstage", steps=[Step(id="t-search", name="Searchstep"),
                                                          Step(id="t-compare", name="Comparestep")]),
              Stage(id="s-buy", name="Buystage", steps=[Step(id="t-pay", name="Paystep")])]
    lanes = [Lane(id="l-do", title="Does", kind=LaneKind.ACTIONS),
             Lane(id="l-pain", title="Pains", kind=LaneKind.PAIN_POINTS),
             Lane(id="l-opp", title="Opportunities", kind=LaneKind.OPPORTUNITIES)]
    cards = [
        Card(id="a1", lane_id="l-do", step_id="t-search", title="Searches", emotion=1,
             evidence=Evidence.OBSERVED),
        Card(id="a2", lane_id="l-do", step_id="t-compare", title="Compares", emotion=-1,
             evidence=Evidence.ASSUMED),
        Card(id="p1", lane_id="l-pain", step_id="t-compare", title="Prices hidden", emotion=-2,
             evidence=Evidence.OBSERVED, links=["o2"]),
        Card(id="a3", lane_id="l-do", step_id="t-pay", title="Pays", emotion=-0.5,
             evidence=Evidence.ASSUMED),
        Card(id="p2", lane_id="l-pain", step_id="t-pay", title="Card declined",
             evidence=Evidence.ASSUMED),
        Card(id="o1", lane_id="l-opp", step_id="t-search", title="Oppone filters", votes=3,
             owner="Web team"),
        Card(id="o2", lane_id="l-opp", step_id="t-compare", title="Opptwo price table",
             votes=9, owner="Pricing squad", evidence=Evidence.OBSERVED),
        Card(id="o3", lane_id="l-opp", step_id="t-pay", title="Oppthree wallet", votes=5),
        Card(id="o4", lane_id="l-opp", step_id="t-pay", title="Oppfour nothing"),
    ]
    return JourneyMap(meta=MapMeta(title="Evidence", language=language), stages=stages,
                      lanes=lanes, cards=cards)


def poster_text(tmp_path, doc: JourneyMap, **options) -> str:
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2", **options))
    with pdfplumber.open(str(out)) as pdf:
        return pdf.pages[0].extract_text() or ""


def zone_text(tmp_path, doc: JourneyMap) -> str:
    """The text of the strip only: from its heading rightwards and down."""
    out = tmp_path / "z.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    with pdfplumber.open(str(out)) as pdf:
        page = pdf.pages[0]
        head = next(w for w in page.extract_words() if w["text"] == "MOMENTS")
        zone = page.crop((head["x0"] - 1, head["top"] - 1, page.width, page.height))
        return zone.extract_text() or ""


def test_the_data_ranks_opportunities_finds_low_moments_and_counts_evidence():
    doc = poster_map(evidence_map())
    found = moments(doc, layout_map(doc))
    assert [o.card.id for o in found.opportunities] == ["o2", "o3", "o1"]  # votes first
    assert found.opportunities[0].observed == 2  # its own evidence and the pain linking it
    assert [m.step_name for m in found.worst] == ["Comparestep", "Paystep"]
    assert found.worst[0].card is not None and found.worst[0].card.id == "p1"
    assert [(s.stage_name, s.observed, s.recorded) for s in found.stages] == [
        ("Findstage", 3, 4), ("Buystage", 0, 2)]


def test_the_poster_prints_the_moments_that_matter(tmp_path):
    zone = zone_text(tmp_path, evidence_map())
    assert zone.startswith("MOMENTS THAT MATTER")
    assert "Top opportunities" in zone
    first, second, third = (zone.index(t) for t in ("Opptwo", "Oppthree", "Oppone"))
    assert first < second < third and "Oppfour" not in zone
    assert "Owner: Pricing squad" in zone and "No owner yet" in zone
    assert "Votes: 9" in zone
    assert "Worst moments" in zone and "Prices hidden" in zone
    assert "Observed rather than assumed" in zone
    assert "3/4" in zone and "0/2" in zone


def test_the_moments_speak_the_maps_language(tmp_path):
    text = poster_text(tmp_path, evidence_map("da"))
    assert "MOMENTS THAT MATTER" not in text and "Top opportunities" not in text
    assert "Opptwo" in text  # the data, whatever the language


def test_no_strip_without_panels_or_when_turned_off(tmp_path):
    assert "MOMENTS THAT MATTER" not in poster_text(tmp_path, evidence_map(), moments=False)
    assert "MOMENTS THAT MATTER" not in poster_text(tmp_path, evidence_map(), panels=False)
