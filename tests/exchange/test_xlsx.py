"""Excel workbooks: a byte-identical round trip of every template, workbooks written by
LibreOffice, and workbooks made by hand the way people make them."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, time
from pathlib import Path

import openpyxl
import pytest

from cjdesigner.csvio import CsvError, import_csv, import_csv_text
from cjdesigner.exchange.xlsx import (
    WorkbookError,
    escape_cell_text,
    join_list,
    split_list,
    unescape_cell_text,
)
from cjdesigner.exchange.xlsx_read import read_workbook, read_workbook_bytes
from cjdesigner.exchange.xlsx_write import workbook_bytes, write_workbook
from cjdesigner.fileio import dumps, load
from cjdesigner.model import (
    Card,
    Conflict,
    EmotionCurve,
    ItemKind,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
    Step,
    StepMetric,
)
from tests.edit_helpers import set_fields

from .tools import soffice_convert

TEMPLATES = sorted(Path("resources/templates").glob("*.cjm"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_every_template_comes_back_byte_identical(template: Path) -> None:
    doc = load(template)
    data = workbook_bytes(doc)
    back = read_workbook_bytes(data)
    assert back.whole_map and back.warnings == []
    assert dumps(back.doc) == template.read_text(encoding="utf-8")
    # and the same map writes the same workbook, byte for byte (git-friendly)
    assert workbook_bytes(back.doc) == data


def _awkward_map() -> JourneyMap:
    stage = Stage(id="s1", name="=Stage", steps=[
        Step(id="t1", name="Step", time="07:30", duration_minutes=0.1 + 0.2, metrics=[
            StepMetric(metric=Metric.NPS, score=-12.5, n=40, low=-30, high=5.25, source="Q3"),
            StepMetric(metric=Metric.CSAT, score=81.0)]),
        Step(id="t2", name="Step", description="line\r\nbreak")])
    lanes = [Lane(id="l1", title="Lane", kind=LaneKind.FEELINGS),
             Lane(id="l2", title="Lane", kind=LaneKind.PAIN_POINTS, color="#aBcDeF")]
    cards = [
        Card(id="c1", lane_id="l1", step_id="t1", title="=HYPERLINK(\"http://x\")",
             description="ctl\x01char _x0041_ kept\x1f", channel="Kiosk ", owner=" Team ",
             emotion=1 / 3, tags=["a;b", " spaced ", "c"], votes=7, links=["c2"],
             image="", evidence_source="'quoted", impact=5, effort=1, origin="old-c1"),
        Card(id="c2", lane_id="l2", step_id="t2", title="@me", channel="phone_helpline",
             tags=["x", "y"], emotion=-2.0, image="pics/a.png"),
        Card(id="c3", lane_id="l2", step_id="t1", title="", channel="phone"),
    ]
    personas = [Persona(id="p1", name="Ann", goals=["one\ntwo", ""], needs=['["not json'],
                        primary=True, color="#112233")]
    curves = [EmotionCurve(id="k1", label="", persona_id="p1",
                           points={"t2": 0.30000000000000004, "t1": -1.5}),
              EmotionCurve(id="k2", label="CES", metric=Metric.CES)]
    conflicts = [Conflict(id="x1", kind=ItemKind.CARD, item_id="c1", name="=card", field="title",
                          base="a", ours={"n": [1, 2.5, None]}, theirs=None, ours_label="mine")]
    return JourneyMap(stages=[stage, Stage(id="s2", name="Empty", steps=[])], lanes=lanes,
                      cards=cards, personas=personas, curves=curves, conflicts=conflicts)


def test_awkward_text_and_numbers_survive_exactly() -> None:
    doc = _awkward_map()
    back = read_workbook_bytes(workbook_bytes(doc)).doc
    expected = doc.model_copy(deep=True)
    set_fields(expected, "card", expected.cards[0].id, image=None)  # an empty cell cannot tell "" from nothing
    assert dumps(back) == dumps(expected)


def test_text_is_never_a_formula() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(_awkward_map())))
    cell = wb["Cards"]["E2"]
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"


def test_cell_text_escapes() -> None:
    for text in ("plain", "_x0041_", "a\x00b\x1fc\ufffe", "_x005F_", "x_y"):
        assert unescape_cell_text(escape_cell_text(text)) == text
    assert escape_cell_text("\x01") == "_x0001_"
    for items, sep in ((["a", "b"], "; "), (["a;b"], "; "), ([" a"], "\n"), ([""], "\n"),
                       (['["x"]'], "\n"), (["one\ntwo"], "\n"), ([], "\n")):
        assert split_list(join_list(items, sep), sep) == items


def test_write_is_atomic_and_reports_folders(tmp_path: Path) -> None:
    target = tmp_path / "map.xlsx"
    write_workbook(_awkward_map(), target)
    assert read_workbook(target).doc.cards[1].title == "@me"
    with pytest.raises(WorkbookError, match="folder"):
        write_workbook(_awkward_map(), tmp_path)


# -- refusals ---------------------------------------------------------------------------------


def test_csv_importer_refuses_a_workbook_in_one_line(tmp_path: Path) -> None:
    misnamed = tmp_path / "cards.csv"
    misnamed.write_bytes(workbook_bytes(_awkward_map()))
    with pytest.raises(CsvError) as caught:
        import_csv(misnamed)
    message = str(caught.value)
    assert "\n" not in message and "Excel workbook (.xlsx)" in message and "PK" not in message


@pytest.mark.parametrize("data, what", [
    (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG picture"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an Excel 97"),
    (b"stage,lane\x00,title", "binary file"),
    (b"PK\x03\x04garbage", "damaged"),
])
def test_csv_importer_names_binary_files(data: bytes, what: str) -> None:
    with pytest.raises(CsvError) as caught:
        import_csv_text(data)
    assert what in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("data, what", [
    (b"stage,lane,title\n", "text file"),
    (b"%PDF-1.7\n", "PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "save it as an Excel workbook"),
])
def test_workbook_reader_names_what_it_was_given(data: bytes, what: str) -> None:
    with pytest.raises(WorkbookError, match=what):
        read_workbook_bytes(data)


def test_zip_bomb_is_refused_before_unpacking(monkeypatch) -> None:
    from cjdesigner.exchange import xlsx_read

    monkeypatch.setattr(xlsx_read, "MAX_UNPACKED", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * 2_000_000 + b">")
    assert len(buffer.getvalue()) < 10_000
    with pytest.raises(WorkbookError, match="unpacks to"):
        read_workbook_bytes(buffer.getvalue())


def test_bad_cells_name_sheet_and_row() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(_awkward_map())))
    wb["Cards"]["J2"] = "lots"  # emotion
    wb["Cards"]["Q3"] = 2.5  # votes
    wb["Cards"]["M4"] = "lane-gone"  # lane_id
    wb["Steps"]["E2"] = "25:00"  # time
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(WorkbookError) as caught:
        read_workbook_bytes(buffer.getvalue())
    problems = caught.value.problems
    assert "sheet 'Cards' row 2, emotion: 'lots' is not a number" in problems
    assert "sheet 'Cards' row 3, votes: '2.5' is not a whole number" in problems
    assert "sheet 'Steps' row 2, time: '25:00' is not a clock time such as 07:30" in problems
    wb["Cards"]["J2"], wb["Cards"]["Q3"], wb["Steps"]["E2"] = 1, 2, "07:30"
    wb["Metrics"]["E2"] = 250  # an NPS score
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(WorkbookError) as caught:
        read_workbook_bytes(buffer.getvalue())
    (problem,) = caught.value.problems  # references are checked once the values are good
    assert problem.startswith("sheet 'Metrics' row 2: ") and "NPS score 250" in problem
    wb["Metrics"]["E2"] = -10
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(WorkbookError) as caught:
        read_workbook_bytes(buffer.getvalue())
    assert caught.value.problems == ["sheet 'Cards' row 4, lane_id: no lane with id 'lane-gone'"]


def test_rows_added_by_hand_find_lane_and_step_by_name() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(load(TEMPLATES[0]))))
    doc = load(TEMPLATES[0])
    stage, step, lane = doc.stages[1], doc.stages[1].steps[0], doc.lanes[2]
    wb["Cards"].append([stage.name, step.name, lane.title, "", "Added in Excel", "", "Phone",
                        " Sales ", "assumed", "-1", "a; b"])
    buffer = io.BytesIO()
    wb.save(buffer)
    back = read_workbook_bytes(buffer.getvalue()).doc
    added = back.cards[-1]
    assert (added.step_id, added.lane_id) == (step.id, lane.id)
    assert (added.channel, added.owner, added.emotion, added.tags) == (
        "phone_helpline", "Sales", -1.0, ["a", "b"])
    assert added.evidence is not None and added.evidence.value == "assumed"


# -- workbooks people make ----------------------------------------------------------------------


def _quirky_workbook() -> bytes:
    """One sheet of cards as a person makes it: a title row and a two-row header with
    merged cells, the stage merged down its rows, numbers stored as text, a date, a time,
    formulas with cached values, a hidden helper sheet and an instructions sheet."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes["A1"] = "Fill in the Journey sheet."
    ws = wb.create_sheet("Journey")
    ws["A1"] = "Customer journey: online order"
    ws.merge_cells("A1:K1")
    ws["A2"], ws["E2"] = "Where", "Card"
    ws.merge_cells("A2:D2")
    ws.merge_cells("E2:K2")
    ws.append(["Stage", "Step", "Lane", "Kind", "Card", "Details", "Channel", "Team",
               "Evidence", "Score", "Tags"])
    ws.append(["Discover", "Sees an ad", "Doing", "actions", "Sees the ad", None, "Ads",
               "Marketing", "observed", "1,5", "ads; first"])
    ws.append([None, datetime(2024, 3, 1), "Doing", None, 2024, "a number title", "web site",
               None, None, " -1 ", None])
    ws.append([None, time(7, 30), "Feeling", "feelings", "Unsure", None, None, None,
               "Assumed", "=1-2", None])
    ws.merge_cells("A4:A6")  # the stage, merged down its three rows
    ws.append(["Buy", None, "Doing", None, "=UPPER(\"pays\")", None, "app", None, None,
               "=0.5*2", None])
    hidden = wb.create_sheet("Lists")
    hidden.sheet_state = "hidden"
    hidden.append(["actions", "feelings"])
    buffer = io.BytesIO()
    wb.save(buffer)
    # openpyxl writes formulas without results; give them cached values as Excel does
    cached = {"1-2": "-1", 'UPPER("pays")': "PAYS", "0.5*2": "1"}
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":
                text = part.decode()
                for formula, value in cached.items():
                    escaped = formula
                    kind = ' t="str"' if value.isalpha() else ""
                    text = re.sub(rf"<c r=\"(\w+)\"><f>{re.escape(escaped)}</f><v></v></c>",
                                  rf'<c r="\1"{kind}><f>{escaped}</f><v>{value}</v></c>', text)
                part = text.encode()
            dst.writestr(info, part)
    return out.getvalue()


def _check_quirky(imported) -> None:
    doc = imported.doc
    assert not imported.whole_map
    assert [s.name for s in doc.stages] == ["Discover", "Buy"]
    assert [s.name for s in doc.stages[0].steps] == ["Sees an ad", "2024-03-01", "07:30"]
    assert [c.title for c in doc.cards] == ["Sees the ad", "2024", "Unsure", "PAYS"]
    assert [c.emotion for c in doc.cards] == [1.5, -1.0, -1.0, 1.0]
    assert [c.channel for c in doc.cards] == ["advertising", "website", "", "mobile_app"]
    assert doc.cards[0].owner == "Marketing" and doc.cards[0].tags == ["ads", "first"]
    assert [lane.kind for lane in doc.lanes] == [LaneKind.ACTIONS, LaneKind.FEELINGS]
    text = " | ".join(imported.warnings)
    assert "'Read me'" in text and "hidden sheet 'Lists'" in text and "above the header" in text


def test_quirky_hand_made_workbook() -> None:
    _check_quirky(read_workbook_bytes(_quirky_workbook(), "Orders"))


def test_formulas_without_computed_values_are_named() -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Stage", "Lane", "Title", "Emotion"])
    wb.active.append(["Look", "Doing", "Reads", "=1-2"])
    wb.active.append(["Look", "Doing", '=UPPER("x")', 1])
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl computes nothing
    imported = read_workbook_bytes(buffer.getvalue())
    assert [c.emotion for c in imported.doc.cards] == [None, 1.0]
    assert any(w.startswith("2 formula cells have no computed value") for w in imported.warnings)
    assert not any("formula" in w for w in read_workbook_bytes(_quirky_workbook()).warnings)


def test_libreoffice_workbooks(tmp_path: Path) -> None:
    """Workbooks LibreOffice wrote: our export re-saved, the quirky one re-saved (its
    formulas now computed by LibreOffice), and a CSV card list converted to a workbook."""
    ours = tmp_path / "in" / "ours.xlsx"
    ours.parent.mkdir()
    doc = load(Path("resources/templates/service-blueprint.cjm"))
    write_workbook(doc, ours)
    quirky = tmp_path / "in" / "quirky.xlsx"
    quirky.write_bytes(_quirky_workbook())
    cards_csv = tmp_path / "in" / "cards.csv"
    template = load(Path("resources/templates/washing-machine-retailer.cjm"))
    from cjdesigner.csvio import export_csv

    export_csv(template, cards_csv)
    out = soffice_convert([ours, quirky], "xlsx:Calc MS Excel 2007 XML",
                          tmp_path / "out", tmp_path / "profile")
    assert dumps(read_workbook(out[0]).doc) == dumps(doc)
    _check_quirky(read_workbook(out[1], "Orders"))
    # a CSV opened as UTF-8 text (comma, double quote) and saved as a workbook
    out = soffice_convert([cards_csv], "xlsx:Calc MS Excel 2007 XML", tmp_path / "out",
                          tmp_path / "profile", infilter="CSV:44,34,76")
    from_csv, _ = import_csv(cards_csv)
    from_lo = read_workbook(out[0], "Cards").doc
    assert [c.model_dump(exclude={"id"}) for c in from_lo.cards] == \
        [c.model_dump(exclude={"id"}) for c in from_csv.cards]


def test_properties_leave_out_what_xml_cannot_hold():
    """The title and author are also the workbook's document properties (plain XML)."""
    doc = _awkward_map().with_meta(author="Ann\ufffe\x01", title="Map\x0b\uffff")
    back = read_workbook_bytes(workbook_bytes(doc))
    assert back.doc.meta.author == doc.meta.author and back.doc.meta.title == doc.meta.title
