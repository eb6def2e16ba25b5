"""The command line: ``import map.xlsx`` and ``export -o map.xlsx|.pptx|.html``."""

from __future__ import annotations

from pathlib import Path

from cjdesigner.cli import main
from cjdesigner.exchange.xlsx_write import workbook_bytes
from cjdesigner.fileio import load


def test_workbook_round_trip_through_the_command_line(tmp_path: Path, capsys) -> None:
    source = Path("resources/templates/day-in-the-life.cjm")
    assert main(["export", str(source), "-o", str(tmp_path / "map.xlsx")]) == 0
    assert main(["import", str(tmp_path / "map.xlsx"), "-o", str(tmp_path / "back.cjm")]) == 0
    assert (tmp_path / "back.cjm").read_bytes() == source.read_bytes()
    # a workbook named .csv is still read as the workbook it is
    (tmp_path / "misnamed.csv").write_bytes((tmp_path / "map.xlsx").read_bytes())
    assert main(["import", str(tmp_path / "misnamed.csv"), "-o", str(tmp_path / "m.cjm")]) == 0
    assert load(tmp_path / "m.cjm").meta.title == load(source).meta.title


def test_binary_files_are_refused_in_one_line(tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "cards.csv"
    pdf.write_bytes(b"%PDF-1.5\n\x00\x01binary")
    assert main(["import", str(pdf), "-o", str(tmp_path / "x.cjm")]) == 1
    err = capsys.readouterr().err
    assert err == f"cjdesigner: {pdf}: this is a PDF document, not a CSV file\n"
    wrong = tmp_path / "cards.xlsx"
    wrong.write_text("stage,lane,title\n", encoding="utf-8")
    assert main(["import", str(wrong), "-o", str(tmp_path / "y.cjm")]) == 1
    err = capsys.readouterr().err
    assert "text file, not an Excel workbook" in err and err.count("\n") == 1
    assert not (tmp_path / "x.cjm").exists() and not (tmp_path / "y.cjm").exists()


def test_card_list_workbook_gets_new_dates(tmp_path: Path, capsys) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Stage", "Lane", "Title"])
    wb.active.append(["Look", "Doing", "Reads"])
    wb.save(tmp_path / "cards.xlsx")
    assert main(["import", str(tmp_path / "cards.xlsx"), "--author", "Kim"]) == 0
    doc = load(tmp_path / "cards.cjm")
    assert (doc.meta.title, doc.meta.author, len(doc.cards)) == ("Cards", "Kim", 1)
    assert workbook_bytes(doc)  # and it exports again
