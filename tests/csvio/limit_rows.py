"""Card lists like the ones that broke 0.1: many rows of ordinary prose."""

from __future__ import annotations

import csv
import io

HEADER = ["stage", "step", "lane", "lane_kind", "title", "description", "channel", "owner",
          "evidence", "emotion", "tags"]
_PROSE = ("The customer compares three offers, asks a friend, reads the reviews again and "
          "finally calls the shop; waiting, she notes what is missing. ")


def card_list(rows: int, row_bytes: int) -> bytes:
    """``rows`` card rows of ordinary text (commas included), each ``row_bytes`` bytes
    long with its line end, after a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    head = out.tell()
    for i in range(rows):
        cells = [f"Stage {i % 20}", f"Step {i % 200}", f"Lane {i % 8}", "",
                 f"Card {i}: finds the machine online", "", "web", "Team A", "observed", "1",
                 "research; online"]
        line = io.StringIO()
        csv.writer(line, lineterminator="\n").writerow(cells)
        room = row_bytes - len(line.getvalue()) - 2  # the description gets quoted
        text = (_PROSE * (room // len(_PROSE) + 1))[:room].rstrip() or "x"
        cells[5] = text + "." * (room - len(text))
        writer.writerow(cells)
    data = out.getvalue().encode("utf-8")
    assert len(data) == head + rows * row_bytes, "rows must be exactly row_bytes long"
    return data
