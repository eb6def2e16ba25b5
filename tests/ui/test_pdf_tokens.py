"""The fast content-stream reader gives what pypdf's parser gives, and declines what it
does not read (so the player falls back to pypdf)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM, PosterOptions, export_poster
from cjdesigner.ui.pdf_tokens import operations


def _plain(value):
    """pypdf's operand objects as the fast reader's plain values."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "get_original_bytes"):
        return value.get_original_bytes()
    if isinstance(value, bytes):
        return bytes(value)
    if isinstance(value, str):
        return str(value)
    return float(value)


def test_a_poster_reads_the_same_as_with_pypdf(tmp_path):
    result = export_poster(sample_map(), tmp_path / "t.pdf",
                           PosterOptions(paper="A3", tile="A4", overlap=10 * MM))
    reader = PdfReader(io.BytesIO(result.path.read_bytes()))
    streams = [page.get_contents() for page in reader.pages]
    for page in reader.pages:
        for ref in page["/Resources"]["/XObject"].values():
            if ref.get_object()["/Subtype"] == "/Form":
                from pypdf.generic import ContentStream

                streams.append(ContentStream(ref.get_object(), reader))
    assert len(streams) > 10
    for stream in streams:
        fast = operations(stream.get_data())
        slow = [([_plain(o) for o in operands], bytes(op)) for operands, op in stream.operations]
        assert fast == slow


def test_strings_escapes_arrays_and_hex():
    data = b"BT /F1 9 Tf (a\\(b\\) c\\\\ \\101\\n) Tj [(x) -250 <4142>] TJ ET % note\n0 0 m"
    assert operations(data) == [
        ([], b"BT"), (["/F1", 9.0], b"Tf"), ([b"a(b) c\\ A\n"], b"Tj"),
        ([[b"x", -250.0, b"AB"]], b"TJ"), ([], b"ET"), ([0.0, 0.0], b"m"),
    ]


def test_what_it_does_not_read_is_left_to_pypdf():
    assert operations(b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI") is None  # inline image
    assert operations(b"(nested (parens) here) Tj") is None
    assert operations(b"/Tag <</MCID 0>> BDC") is None
    assert operations(b"[1 2 d") is None
