"""Issue 9: an unterminated quote is reported where it opens (item 13); export names equal
steps in linear time (item 12)."""

from __future__ import annotations

import pytest

from cjdesigner.csvio import CsvError, _unique, export_csv_text, import_csv, import_csv_text
from cjdesigner.model import JourneyMap, Lane, LaneKind, Stage, Step

RAGGED = (
    "stage,step,lane,title\n"
    "Buy,Browse,Actions,Looks around\n"
    "Buy,Pay,Actions,\"Pays by card\n"  # row 3: the quote is never closed
    "Buy,Leave,Actions,Goes home\n"
    "Use,Unpack,Actions,Opens the box\n"
)


def test_an_unterminated_quote_is_reported_with_its_row(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text(RAGGED, encoding="utf-8")
    with pytest.raises(CsvError) as caught:
        import_csv(path)
    message = str(caught.value)
    assert "row 3" in message and "never closed" in message
    assert "lane is empty" not in message


def test_a_stray_quote_later_is_still_the_row_where_the_quote_opened():
    text = RAGGED.replace("Buy,Leave,", 'Buy,"Leave",')  # a later quote "closes" it
    with pytest.raises(CsvError, match=r"row 3\b.*never closed"):
        import_csv_text(text)


def test_multi_line_cells_and_quotes_inside_cells_still_import():
    text = ('stage,step,lane,title\nBuy,Browse,Actions,"Looks\naround"\n'
            'Buy,Pay,Actions,"Pays" at once\nBuy,Pay,Actions,5" screen\n')
    doc, _ = import_csv_text(text)
    assert [c.title for c in doc.cards] == ["Looks\naround", "Pays at once", '5" screen']


class _CountedName(str):
    """A name that counts how often a suffixed variant of it is made."""

    made = 0

    def __format__(self, spec: str) -> str:
        type(self).made += 1
        return str.__format__(self, spec)


def test_unique_names_take_linear_work():
    _CountedName.made = 0
    names = _unique([_CountedName("Step")] * 2000)
    assert names[:3] == ["Step", "Step (2)", "Step (3)"] and names[-1] == "Step (2000)"
    assert len(set(names)) == 2000
    assert _CountedName.made < 3 * 2000  # quadratic: about 2,000,000


def test_unique_names_around_literal_suffixes():
    assert _unique(["A", "A", "A (2)", "A", "B", "A (3)", "A"]) == [
        "A", "A (2)", "A (2) (2)", "A (3)", "B", "A (3) (2)", "A (4)"]


def test_many_equal_step_names_export_and_import_back():
    steps = [Step(id=f"s{i}", name="Call") for i in range(2000)]
    doc = JourneyMap(stages=[Stage(id="st", name="Help", steps=steps)],
                     lanes=[Lane(id="l", title="Actions", kind=LaneKind.ACTIONS)])
    from cjdesigner.model import Card

    doc = doc.model_copy(update={"cards": [
        Card(id=f"c{i}", lane_id="l", step_id=f"s{i}", title=f"T{i}") for i in range(2000)]})
    text = export_csv_text(doc)
    back, _ = import_csv_text(text)
    assert [s.name for s in back.stages[0].steps][:3] == ["Call", "Call (2)", "Call (3)"]
    assert len(back.steps()) == 2000
