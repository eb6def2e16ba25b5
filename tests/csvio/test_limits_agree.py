"""Limits that agree with each other (issue 9, item 6): whatever a CSV import accepts can
be saved, recovered and opened again, or the import refuses it naming the limit."""

from __future__ import annotations

import pytest

from cjdesigner import csvio
from cjdesigner.csvio import CsvError, import_csv_text
from cjdesigner.fileio import cjm, dumps, loads
from cjdesigner.model import JourneyMap
from tests.csvio.limit_rows import card_list


def _figures(rows: int, row_bytes: int) -> dict[str, int]:
    doc, _ = import_csv_text(card_list(rows, row_bytes))
    text = dumps(doc)
    return {"bytes": len(text.encode("utf-8")), "{": text.count("{"), "[": text.count("["),
            ",": text.count(",")}


def test_the_largest_card_list_makes_a_map_that_can_be_saved() -> None:
    """A card list at both CSV limits at once (MAX_ROWS rows sharing MAX_BYTES) of ordinary
    text makes a map within every .cjm limit: measured at two sizes, extrapolated (the
    map grows linearly with the rows), because building 100,000 cards takes about 10 s."""
    assert JourneyMap.model_fields["cards"].metadata[0].max_length >= csvio.MAX_ROWS
    row_bytes = csvio.MAX_BYTES // csvio.MAX_ROWS
    small, large = _figures(500, row_bytes), _figures(1_000, row_bytes)
    limits = {"bytes": cjm.MAX_FILE_BYTES, "{": cjm.MAX_OBJECTS, "[": cjm.MAX_ARRAYS,
              ",": cjm.MAX_VALUES}
    for key, limit in limits.items():
        per_row = (large[key] - small[key]) / 500
        at_the_limit = small[key] + per_row * (csvio.MAX_ROWS - 500)
        assert at_the_limit < limit, f"{key}: {at_the_limit:,.0f} of {limit:,}"


def test_a_card_list_whose_map_could_not_be_loaded_is_refused_naming_the_limit() -> None:
    """4.75 million commas in 250 descriptions: a small CSV, but a map over the structure
    limit. Refused at import, with the limit, instead of a map that can never be saved."""
    rows = ["stage,lane,title,description"]
    rows += [f'Stage,Lane,Card {i},"{"," * 19_000}"' for i in range(250)]
    with pytest.raises(CsvError) as caught:
        import_csv_text("\n".join(rows))
    message = str(caught.value)
    assert "nothing imported" in message and f"{cjm.MAX_VALUES:,}" in message


def test_a_card_list_whose_map_is_over_the_file_size_is_refused(monkeypatch) -> None:
    data = card_list(200, 400)
    doc, _ = import_csv_text(data)
    size = len(dumps(doc).encode("utf-8"))
    monkeypatch.setattr(cjm, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(CsvError, match="nothing imported.*too large.*the limit is"):
        import_csv_text(data)
    monkeypatch.setattr(cjm, "MAX_FILE_BYTES", size)
    doc, _ = import_csv_text(data)
    assert loads(dumps(doc)) == doc
