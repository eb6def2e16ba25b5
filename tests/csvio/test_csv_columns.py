"""A card list is read column by column (``csvio._read_columns``: a few calls a column)
and, when something is wrong, row by row (``csvio._read_rows``), which names every
problem with its row. Both read the same cards from every good list, and the column
reader gives up on every list the row reader refuses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner import csvio
from cjdesigner.csvio import CsvError, import_csv_text
from cjdesigner.model.document import MAX_SHORT, MAX_TEXT

HEADER = ["stage", "step", "lane", "lane_kind", "title", "description", "channel", "owner",
          "evidence", "emotion", "tags", "notes"]

WORDS = {
    "stage": ["Aware", "Buy", " Buy ", "", "'=Stage", "x" * (MAX_SHORT + 1)],
    "step": ["", "Search", "Compare", "'+1", "y" * (MAX_SHORT + 1)],
    "lane": ["Actions", "Touchpoints", "Pains", "", " Actions"],
    "lane_kind": ["", "text", "touchpoint", "pain points", "Text", "nonsense"],
    "title": ["A card", "", "'=SUM(A1)", "''quoted", "Café", "e\u0301", "z" * (MAX_SHORT + 1)],
    "description": ["", "Line one\nline two", "d" * (MAX_TEXT + 1), "'-minus"],
    "channel": ["", "web", "Website", "phone", " Shop floor ", "c" * (MAX_SHORT + 1)],
    "owner": ["", " Ops ", "'@me"],
    "evidence": ["", "observed", "Assumed", "maybe"],
    "emotion": ["", "1", "-2", "+1,5", "2.5", "abc", " 0 ", "'1", "\u22121"],
    "tags": ["", "a; b", ";;", "t" * (MAX_SHORT + 1) + ";ok", "'=x;y"],
    "notes": ["", "ignored"],
}

rows = st.lists(
    st.tuples(*(st.sampled_from(WORDS[name]) for name in HEADER), st.integers(6, 12)),
    min_size=1, max_size=12,
)


def _records(drawn: list[tuple]) -> list[list[str]]:
    # each row cut to a width of 6…12 cells: short rows and rows with cells beyond
    return [HEADER] + [list(row[:-1])[: row[-1]] + ["extra"] * (row[-1] == 12) for row in drawn]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(rows)
def test_columns_read_what_rows_read(drawn: list[tuple]) -> None:
    records = _records(drawn)
    index = {name: i for i, name in enumerate(HEADER) if name != "notes"}
    need = max(index.values()) + 1
    kept = [cells for cells in records[1:] if "".join(cells).strip()]
    numbers = list(range(2, 2 + len(kept)))
    by_columns = csvio._read_columns(kept, index, need)
    try:
        by_rows = csvio._read_rows(numbers, kept, index)
    except CsvError:
        assert by_columns is None
        return
    assert by_columns == by_rows


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(rows)
def test_an_import_is_the_same_either_way(drawn: list[tuple]) -> None:
    text = "\n".join(",".join(_quoted(cell) for cell in cells) for cells in _records(drawn))
    try:
        quick = import_csv_text(text)
    except CsvError as exc:
        quick_error = str(exc)
    else:
        quick_error = None
    real = csvio._read_columns
    try:
        csvio._read_columns = lambda *_args: None  # every row read one by one
        try:
            slow = import_csv_text(text)
        except CsvError as exc:
            assert quick_error == str(exc)
            return
    finally:
        csvio._read_columns = real
    assert quick_error is None
    assert quick == slow


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'
