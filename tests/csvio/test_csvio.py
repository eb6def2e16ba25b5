"""CSV import and export: what spreadsheets write, bad rows, and the round trip."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.csvio import (
    COLUMNS,
    CsvError,
    export_csv,
    export_csv_text,
    export_rows,
    import_csv,
    import_csv_text,
)
from cjdesigner.model import (
    Card,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MapType,
    Stage,
    Step,
    reference_problems,
)
from cjdesigner.model.sample import sample_map
from cjdesigner.templates import load_template, template_names
from tests.edit_helpers import set_fields

HEADER = ",".join(COLUMNS)


def rows_of(doc: JourneyMap) -> list[tuple[str, str, str, str]]:
    out = []
    for card in doc.cards:
        stage, step = doc.find_step(card.step_id)
        out.append((stage.name, step.name, doc.find_lane(card.lane_id).title, card.title))
    return out


# -- reading what spreadsheets write ---------------------------------------------------


def test_minimal_file_builds_stages_steps_and_lanes_in_order_of_first_appearance():
    text = (
        "stage,step,lane,title\n"
        "Discover,Sees an advert,Touchpoints,Poster at the bus stop\n"
        "Buy,,Customer actions,Pays at the till\n"
        "Discover,Reads reviews,Customer actions,Reads three reviews\n"
        "Discover,Sees an advert,Customer actions,Notices the brand\n"
    )
    doc, warnings = import_csv_text(text)
    assert warnings == []
    assert [s.name for s in doc.stages] == ["Discover", "Buy"]
    assert [s.name for s in doc.stages[0].steps] == ["Sees an advert", "Reads reviews"]
    assert [s.name for s in doc.stages[1].steps] == ["Buy"]  # empty step: named after stage
    assert [(lane.title, lane.kind) for lane in doc.lanes] == [
        ("Touchpoints", LaneKind.TOUCHPOINTS),
        ("Customer actions", LaneKind.ACTIONS),
    ]
    assert len(doc.cards) == 4 and reference_problems(doc) == []
    assert doc.meta.map_type == MapType.CURRENT_STATE


def test_all_fields_and_tolerant_vocabulary():
    text = (
        "Stage;Step;Lane;Lane kind;Title;Description;Channel;Owner;Evidence;Emotion;Tags\n"
        "Use;;Pains;PAIN-POINTS;Slow app;Takes 9 s;phone;Technical support;"
        "observed;-1,5;\"speed; app \";\n"
        "Use;;Help;support_processes;Ticketing;;Kiosk in the hall;;proposed for the future;+2;\n"
        "Use;;Extra;;Note;;web chat;;ASSUMED;0.25;\n"
    )
    doc, warnings = import_csv_text(text)
    assert warnings == []
    pain, ticket, note = doc.cards
    assert doc.lanes[0].kind == LaneKind.PAIN_POINTS
    assert doc.lanes[1].kind == LaneKind.SUPPORT
    assert doc.lanes[2].kind == LaneKind.TEXT  # no kind, title not a kind word
    assert pain.channel == "phone_helpline" and pain.emotion == -1.5
    assert pain.evidence == Evidence.OBSERVED and pain.owner == "Technical support"
    assert pain.tags == ["speed", "app"]
    assert ticket.channel == "Kiosk in the hall"  # unknown channel kept as written
    assert ticket.evidence == Evidence.PROPOSED and ticket.emotion == 2
    assert note.channel == "webchat" and note.evidence == Evidence.ASSUMED
    assert doc.meta.map_type == MapType.SERVICE_BLUEPRINT


def test_lane_kind_inferred_from_lane_title():
    doc, _ = import_csv_text("stage,lane,title\nA,Physical evidence,Receipt\nA,Frontstage,Greets\n")
    assert [lane.kind for lane in doc.lanes] == [LaneKind.PHYSICAL_EVIDENCE, LaneKind.FRONTSTAGE]


def test_utf8_bom_crlf_and_blank_trailing_rows():
    text = "\ufeffstage,lane,title\r\nCafé,Thoughts,“Où est la crème ?”\r\n,,\r\n\r\n;;\r\n"
    raw = text.replace(";;", ",,").encode("utf-8")
    doc, warnings = import_csv_text(raw)
    assert warnings == []
    assert rows_of(doc) == [("Café", "Café", "Thoughts", "“Où est la crème ?”")]


def test_utf8_without_bom():
    doc, _ = import_csv_text("stage,lane,title\nÆble,Ideas,Smørrebrød\n".encode())
    assert doc.cards[0].title == "Smørrebrød"


def test_cp1252_fallback_with_a_warning():
    raw = "stage;lane;title\nCafé;Thoughts;“Zu teuer” – sagt er\n".encode("cp1252")
    doc, warnings = import_csv_text(raw)
    assert doc.cards[0].title == "“Zu teuer” – sagt er"
    assert doc.stages[0].name == "Café"
    assert any("Windows-1252" in w for w in warnings)


def test_utf16_with_bom_and_tabs():
    raw = "stage\tlane\ttitle\nA\tIdeas\tTab, separated\n".encode("utf-16")
    doc, _ = import_csv_text(raw)
    assert doc.cards[0].title == "Tab, separated"


def test_semicolon_delimiter_with_decimal_comma():
    doc, _ = import_csv_text("stage;lane;title;emotion\nA;Feelings;Calm, then worried;-0,5\n")
    assert doc.cards[0].title == "Calm, then worried" and doc.cards[0].emotion == -0.5


def test_quoted_fields_with_commas_quotes_and_line_breaks():
    text = (
        'stage,lane,title,description\r\n'
        'A,Thoughts,"Cheap, but is it good?","Line one\r\nLine two, with ""quotes"""\r\n'
        "B,Thoughts,Second,\r\n"
    )
    doc, _ = import_csv_text(text)
    first, second = doc.cards
    assert first.title == "Cheap, but is it good?"
    assert first.description == 'Line one\r\nLine two, with "quotes"'
    assert second.title == "Second"


def test_missing_trailing_cells_are_empty():
    doc, _ = import_csv_text(HEADER + "\nA,,Ideas,Ideas,Short row\n")
    card = doc.cards[0]
    assert card.title == "Short row" and card.description == "" and card.emotion is None


def test_columns_in_any_order_and_unknown_columns_warned():
    text = "Title,Priority,lane,Stage,Notes\nCall back,High,Ideas,Help,x\n"
    doc, warnings = import_csv_text(text)
    assert rows_of(doc) == [("Help", "Help", "Ideas", "Call back")]
    assert len(warnings) == 1
    assert "Priority" in warnings[0] and "Notes" in warnings[0]


def test_extra_cells_beyond_the_header_are_warned():
    doc, warnings = import_csv_text("stage,lane,title\nA,Ideas,One,stray\n")
    assert len(doc.cards) == 1 and any("row(s) 2" in w for w in warnings)


def test_excel_sep_hint_line():
    doc, warnings = import_csv_text("sep=;\r\nstage;lane;title\r\nA;Ideas;One, two\r\nB;Ideas;x;\r\n")
    assert warnings == []
    assert [c.title for c in doc.cards] == ["One, two", "x"]


def test_rows_with_data_only_in_ignored_columns_are_skipped_with_a_warning():
    doc, warnings = import_csv_text("stage,lane,title,notes\nA,Ideas,One,\n,,,just a note\n")
    assert len(doc.cards) == 1
    assert any("skipped row(s) 3" in w for w in warnings)


def test_path_and_pathlike_are_read(tmp_path):
    path = tmp_path / "cards_from_workshop.csv"
    path.write_bytes(b"stage,lane,title\nA,Ideas,One\n")
    doc, _ = import_csv(path)
    assert doc.meta.title == "Cards from workshop"
    doc2, _ = import_csv(str(path))
    assert rows_of(doc2) == rows_of(doc)


def test_text_is_never_taken_for_a_path_nor_a_path_for_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cards.csv").write_text("stage,lane,title\nA,Ideas,From the file\n")
    with pytest.raises(CsvError, match="missing required column"):
        import_csv_text("cards.csv")  # the text "cards.csv", a header of one cell
    assert import_csv("cards.csv")[0].cards[0].title == "From the file"
    with pytest.raises(CsvError, match="cannot read"):
        import_csv("stage,lane,title")  # a file name, however odd
    with pytest.raises(CsvError, match="missing required column"):
        import_csv_text("x" * 5000)


def test_missing_file_is_a_csv_error(tmp_path):
    with pytest.raises(CsvError, match="cannot read"):
        import_csv(tmp_path / "nope.csv")


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["stage,step,description", "step,lane,title", "title"])
def test_missing_required_columns_are_named(header):
    with pytest.raises(CsvError) as caught:
        import_csv_text(header + "\nA,B,C\n")
    message = str(caught.value)
    assert "missing required column" in message and "row 1" in message
    for col in ("stage", "lane", "title"):
        if col not in header.split(","):
            assert col in message


def test_empty_file():
    with pytest.raises(CsvError, match="empty"):
        import_csv_text(b"")


def test_every_bad_row_is_reported_with_its_number_and_nothing_imported():
    text = (
        "stage,lane,lane_kind,title,emotion,evidence\n"
        "A,Feelings,feelings,Fine,1,observed\n"  # row 2 good
        "A,Feelings,feelings,Too happy,3,\n"  # row 3 out of scale
        ",Ideas,,No stage,,\n"  # row 4
        "\n"  # row 5 blank
        'B,Ideas,,"Multi\nline",abc,\n'  # row 6 bad emotion (record = row 6)
        "B,Ideas,,Odd,,rumour\n"  # row 7 bad evidence
        "B,Weird,sideways,Odd kind,,\n"  # row 8 bad lane kind
        "B,Feelings,ideas,Conflict,,\n"  # row 9 conflicting kind
    )
    with pytest.raises(CsvError) as caught:
        import_csv_text(text)
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == [
        "row 3",
        "row 4",
        "row 6",
        "row 7",
        "row 8",
        "row 9",
    ]
    message = str(caught.value)
    assert "6 problems, nothing imported" in message
    assert "'3' is outside the scale" in message
    assert "stage is empty" in message
    assert "emotion 'abc' is not a number" in message
    assert "'rumour'" in message and "'sideways'" in message
    assert "in row 2" in message


def test_error_message_names_the_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("stage,lane,title,emotion\nA,B,C,x\n", encoding="utf-8")
    with pytest.raises(CsvError, match=r"bad\.csv: 1 problem, nothing imported:\n  row 2"):
        import_csv(path)


# -- export and the round trip ---------------------------------------------------------


@pytest.mark.parametrize("name", template_names())
def test_export_import_export_is_identical_for_every_template(name):
    doc = load_template(name)
    first = export_csv_text(doc)
    again, warnings = import_csv_text(first)
    assert warnings == []
    assert export_csv_text(again) == first
    assert len(again.cards) == len(doc.cards)
    assert first.splitlines()[0] == HEADER
    assert "\r" not in first.replace('\r\n"', "")  # \n line ends


@pytest.mark.parametrize("name", template_names())
def test_export_keeps_card_content(name):
    doc = load_template(name)
    again, _ = import_csv_text(export_csv_text(doc))
    original = {(c.title, c.description, c.owner, c.evidence, c.emotion) for c in doc.cards}
    back = {(c.title, c.description, c.owner, c.evidence, c.emotion) for c in again.cards}
    assert back == original
    assert [lane.kind for lane in again.lanes] == [
        lane.kind for lane in doc.lanes if any(c.lane_id == lane.id for c in doc.cards)
    ] or {lane.kind for lane in again.lanes} <= {lane.kind for lane in doc.lanes}


def test_export_file_has_bom_and_round_trips(tmp_path):
    doc = load_template("washing-machine-retailer")
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    export_csv(doc, first)
    raw = first.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw.split(b'"')[0]
    export_csv(import_csv(first)[0], second)
    assert second.read_bytes() == raw
    export_csv(doc, second, bom=False)
    assert second.read_bytes() == raw[3:]


def test_export_rows_follow_journey_order_and_name_steps():
    text = export_csv_text(sample_map())
    lines = text.splitlines()
    assert lines[0] == HEADER
    assert lines[1].startswith("Awareness,Sees an advert,Customer actions,Customer actions,")
    assert [line.split(",")[1] for line in lines[1:]] == [
        "Sees an advert",
        "Reads reviews",
        "Compares prices",
        "Compares prices",
        "Orders online",
    ]


def test_duplicate_names_are_told_apart_so_the_round_trip_holds():
    doc = JourneyMap(
        stages=[
            Stage(id="s1", name="Use", steps=[Step(id="a", name="Try"), Step(id="b", name="Try")]),
            Stage(id="s2", name="Use", steps=[Step(id="c", name="")]),
        ],
        lanes=[
            Lane(id="l1", title="Notes", kind=LaneKind.TEXT),
            Lane(id="l2", title="Notes", kind=LaneKind.IDEAS),
        ],
        cards=[
            Card(id="k1", lane_id="l2", step_id="a", title="one"),
            Card(id="k2", lane_id="l1", step_id="b", title="two"),
            Card(id="k3", lane_id="l1", step_id="c", title="three", tags=[" x ", "", "y;z"]),
        ],
    )
    first = export_csv_text(doc)
    again, _ = import_csv_text(first)
    assert export_csv_text(again) == first
    assert len(again.steps()) == 3 and len(again.lanes) == 2


def test_lanes_first_appearing_out_of_order_still_round_trip():
    doc = JourneyMap(
        stages=[Stage(id="s", name="S", steps=[Step(id="a", name="A"), Step(id="b", name="B")])],
        lanes=[Lane(id="l1", title="One"), Lane(id="l2", title="Two")],
        cards=[
            Card(id="k1", lane_id="l2", step_id="a", title="two in A"),
            Card(id="k2", lane_id="l1", step_id="b", title="one in B"),
            Card(id="k3", lane_id="l2", step_id="b", title="two in B"),
        ],
    )
    first = export_csv_text(doc)
    assert export_csv_text(import_csv_text(first)[0]) == first


def test_formula_like_text_is_escaped_for_spreadsheets_and_restored():
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="=HYPERLINK(\"http://evil\")")
    set_fields(doc, "card", doc.cards[1].id, title="'quoted already")
    set_fields(doc, "card", doc.cards[2].id, title="+44 20 7946 0000")
    set_fields(doc, "card", doc.cards[3].id, title="@mention")
    text = export_csv_text(doc)
    assert ",'=HYPERLINK" in text or ",\"'=HYPERLINK" in text
    assert ",''quoted already," in text and ",'+44 20" in text and ",'@mention" in text
    assert "-1.5" in text  # emotions stay numbers
    again, _ = import_csv_text(text)
    titles = [c.title for c in again.cards]
    for title in (doc.cards[i].title for i in range(4)):
        assert title in titles


def test_hand_written_apostrophe_is_kept():
    doc, _ = import_csv_text("stage,lane,title\nA,Ideas,'tis the season\n")
    assert doc.cards[0].title == "'tis the season"


# -- fuzz: random card texts survive ---------------------------------------------------

_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\x00"
    ),
    max_size=40,
)
_edgy = st.one_of(
    _text,
    st.sampled_from(["=1+1", "-2", "+", "@x", "'", "''=", "\t=x", "\r", '"', ",;", "a\nb"]),
    st.builds(lambda a, b: a + b, st.sampled_from(["=", "'", '"', "\n", " ", ";"]), _text),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cards=st.lists(
        st.tuples(_edgy, _edgy, _edgy.filter(lambda s: len(s) <= 500)),
        min_size=1,
        max_size=6,
    ),
    emotion=st.one_of(st.none(), st.floats(min_value=-2, max_value=2)),
)
def test_random_card_texts_survive_export_and_import(cards, emotion):
    doc = sample_map()
    doc = doc.model_copy(update={"cards": [
        Card(
            id=f"k{i}",
            lane_id="lane-pain",
            step_id="step-compare",
            title=title[:500],
            description=description,
            owner="Sales",
            emotion=emotion,
            tags=[t for t in [tag.strip()] if t and ";" not in t],
        )
        for i, (title, description, tag) in enumerate(cards)
    ]})
    doc = doc.model_copy(update={"curves": []})
    text = export_csv_text(doc)
    again, _ = import_csv_text(text)
    assert [(c.title, c.description, c.emotion, c.tags) for c in again.cards] == [
        (c.title, c.description, c.emotion, c.tags) for c in doc.cards
    ]
    assert export_csv_text(again) == text
    with_bom, _ = import_csv_text(("\ufeff" + text).encode("utf-8"))
    assert [c.title for c in with_bom.cards] == [c.title for c in doc.cards]


_name = st.one_of(st.sampled_from(["", " ", "Use", "Buy", "Use (2)", "Notes", "Pain points"]), _text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stage_steps=st.lists(st.lists(_name.filter(lambda s: len(s) < 400), min_size=1, max_size=3),
                         min_size=1, max_size=4),
    stage_names=st.lists(_name.filter(lambda s: len(s) < 400), min_size=4, max_size=4),
    lanes=st.lists(st.tuples(_name.filter(lambda s: len(s) < 400), st.sampled_from(list(LaneKind))),
                   min_size=1, max_size=4),
    placements=st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), min_size=1,
                        max_size=15),
)
def test_any_map_structure_is_a_fixed_point_after_one_export(
    stage_steps, stage_names, lanes, placements
):
    stages = [
        Stage(
            id=f"s{i}",
            name=stage_names[i],
            steps=[Step(id=f"s{i}-{j}", name=name) for j, name in enumerate(names)],
        )
        for i, names in enumerate(stage_steps)
    ]
    step_ids = [step.id for stage in stages for step in stage.steps]
    doc = JourneyMap(
        stages=stages,
        lanes=[Lane(id=f"l{i}", title=t, kind=k) for i, (t, k) in enumerate(lanes)],
        cards=[
            Card(id=f"k{n}", lane_id=f"l{a % len(lanes)}", step_id=step_ids[b % len(step_ids)],
                 title=f"card {n}")
            for n, (a, b) in enumerate(placements)
        ],
    )
    first = export_csv_text(doc)
    again, _ = import_csv_text(first)
    assert export_csv_text(again) == first
    assert sorted(c.title for c in again.cards) == sorted(c.title for c in doc.cards)


# -- review fixes: header row, delimiters, aliases, atomic export ------------------------


def test_blank_first_line_before_a_semicolon_header():
    doc, warnings = import_csv_text(b"\r\nstage;lane;title\r\nA;L;T\r\n")
    assert rows_of(doc) == [("A", "A", "L", "T")]
    assert warnings == ["skipped 1 blank row(s) before the header"]
    doc, _ = import_csv_text(" \n\nstage\tlane\ttitle\nA\tL\tT, with a comma\n")
    assert rows_of(doc) == [("A", "A", "L", "T, with a comma")]


def test_header_errors_name_the_real_header_row():
    with pytest.raises(CsvError) as caught:
        import_csv_text("\n\n,\nstage,lane,description\nA,B,C\n")
    assert str(caught.value).startswith("row 4: missing required column title")
    with pytest.raises(CsvError, match=r"^row 3: the column 'stage' appears twice"):
        import_csv_text("\n\nstage,lane,title,Stage\nA,B,C,D\n")


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("sep=,\nstage;lane;title\nA;L;T\n", "one cell containing semicolons"),
        ("sep=,\nstage\tlane\ttitle\nA\tL\tT\n", "one cell containing tabs"),
        ('"stage;lane;title"\nA;L;T\n', "one quoted cell"),
    ],
)
def test_a_header_in_one_cell_gets_a_delimiter_hint(text, hint):
    with pytest.raises(CsvError, match="missing required columns") as caught:
        import_csv_text(text)
    assert hint in str(caught.value)


def test_exact_column_names_win_over_aliases():
    doc, warnings = import_csv_text("Stage,Lane,Name,Title,Card\nA,L,Ana,Pays,x\n")
    assert doc.cards[0].title == "Pays"
    assert "ignored column 'Name': the 'title' column is 'Title'" in warnings
    assert "ignored column 'Card': the 'title' column is 'Title'" in warnings
    doc, warnings = import_csv_text("Stage,Lane,Name,Card\nA,L,Ana,x\n")
    assert doc.cards[0].title == "Ana"  # the first alias, when the name itself is absent
    assert warnings == ["ignored column 'Card': the 'title' column is 'Name'"]


def test_export_rows_are_in_the_order_an_import_rebuilds():
    doc = JourneyMap(
        stages=[Stage(id="s", name="S", steps=[Step(id="a", name="A"), Step(id="b", name="B")])],
        lanes=[Lane(id="l1", title="L1"), Lane(id="l2", title="L2"), Lane(id="l3", title="L3")],
        cards=[
            Card(id="k1", lane_id="l1", step_id="b", title="b-l1"),
            Card(id="k2", lane_id="l3", step_id="a", title="a-l3"),
            Card(id="k3", lane_id="l3", step_id="b", title="b-l3"),
            Card(id="k4", lane_id="l2", step_id="b", title="b-l2"),
        ],
    )
    # L3 appears first (step A), then L1, L2 in map order within step B.
    assert [row[4] for row in export_rows(doc)[1:]] == ["a-l3", "b-l3", "b-l1", "b-l2"]
    first = export_csv_text(doc)
    assert export_csv_text(import_csv_text(first)[0]) == first


def test_export_replaces_atomically_keeping_mode_and_links(tmp_path, monkeypatch):
    import os
    import stat

    from cjdesigner.fileio import atomic

    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    synced = []
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: synced.append(fd))
    export_csv(sample_map(), link)
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("stage,")
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    assert synced  # flushed to disk before the replace
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


def test_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    from cjdesigner.fileio import atomic

    path = tmp_path / "cards.csv"
    path.write_text("old\n", encoding="utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(CsvError, match="No space left on device"):
        export_csv(sample_map(), path)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["cards.csv"]
    with pytest.raises(CsvError, match="folder"):
        export_csv(sample_map(), tmp_path)
