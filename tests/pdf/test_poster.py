"""Single-sheet posters: sizes, text, fonts, images, bleed, UserUnit, blank template."""

from __future__ import annotations

import re

import pytest

from cjdesigner.model import Card, Persona
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM, PaperError, PosterOptions, export_poster, parse_paper
from cjdesigner.pdf.panels import fit_block
from tests.edit_helpers import append_card, set_fields

from .helpers import fonts_of, image_count, reader, text_of


def _box(pdf, name="/MediaBox"):
    box = pdf.pages[0][name]
    return [float(v) for v in box]


@pytest.mark.parametrize(
    ("paper", "orientation", "mm"),
    [
        ("A0", "landscape", (1189, 841)),
        ("A0", "portrait", (841, 1189)),
        ("A3", "landscape", (420, 297)),
        ("Letter", "portrait", (215.9, 279.4)),
        ("Tabloid", "landscape", (431.8, 279.4)),
        ("ANSI E", "landscape", (1117.6, 863.6)),
        ("Arch D", "portrait", (609.6, 914.4)),
        ("2A0", "landscape", (1682, 1189)),
        ("900x2000mm", "auto", (900, 2000)),
        ("90x50cm", "auto", (900, 500)),
    ],
)
def test_page_size(tmp_path, paper, orientation, mm):
    out = tmp_path / "p.pdf"
    export_poster(sample_map(), out, PosterOptions(paper=paper, orientation=orientation))
    box = _box(reader(out))
    assert box[2] / MM == pytest.approx(mm[0], abs=0.1)
    assert box[3] / MM == pytest.approx(mm[1], abs=0.1)


def test_every_card_title_is_real_text(tmp_path):
    doc = sample_map()
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1"))
    text = text_of(out)
    for card in doc.cards:
        assert card.title in text
    assert doc.meta.title in text
    for stage in doc.stages:
        assert stage.name in text


def test_fonts_all_embedded_and_no_images(tmp_path):
    out = tmp_path / "p.pdf"
    export_poster(sample_map(), out, PosterOptions(paper="A2"))
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert image_count(out) == 0


def test_fallback_font_run_by_run(tmp_path):
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="Ωραία Привет Բարև ✂ ქართული")  # Armenian, Georgian: not in Source Sans
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    fonts = fonts_of(out)
    assert any("DejaVu" in name for name in fonts)
    assert all(fonts.values())
    text = text_of(out)
    assert "Привет" in text and "Ωραία" in text and "Բարև" in text


def test_cjk_with_a_system_font(tmp_path):
    from cjdesigner.pdf.fonts import cjk_font

    if cjk_font() is None:
        pytest.skip("no CJK TrueType font on this machine")
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="顧客の旅 journey")
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    fonts = fonts_of(out)
    assert len(fonts) >= 4 and all(fonts.values())
    assert "顧客の旅" in text_of(out)


def test_cjk_without_a_font_still_writes(tmp_path, monkeypatch):
    from cjdesigner.pdf import fonts

    monkeypatch.setattr(fonts, "cjk_font", lambda: None)
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="顧客の旅 journey")
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    assert "journey" in text_of(out)


def test_card_image_is_the_only_image(tmp_path):
    from PIL import Image

    img = tmp_path / "photo.png"
    Image.new("RGB", (40, 30), (200, 80, 40)).save(img)
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, image=img.name)  # a file in the map's folder
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2", base_dir=tmp_path))
    assert image_count(out) == 1


def test_big_card_image_is_scaled_to_its_print_size(tmp_path):
    from PIL import Image

    img = tmp_path / "photo.png"
    Image.new("RGB", (4000, 3000), (200, 80, 40)).save(img)
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, image=img.name)
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A3", base_dir=tmp_path))
    pdf = reader(out)
    xobjects = pdf.pages[0]["/Resources"]["/XObject"]
    widths = [int(x.get_object()["/Width"]) for x in xobjects.values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert widths and max(widths) < 1000


def test_long_text_is_cut_with_an_ellipsis_never_lost(tmp_path):
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="A very long card title " * 12)
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2"))
    text = text_of(out)
    assert "A very long card title" in text
    assert "…" in text


def test_fit_block_shrinks_then_ellipsis():
    role, lines = fit_block("word " * 10, "Regular", 20, 10, 800, 30)
    assert role.size == 20 and len(lines) == 1
    role, lines = fit_block("word " * 60, "Regular", 20, 10, 200, 40)
    assert role.size < 20
    role, lines = fit_block("word " * 500, "Regular", 20, 10, 100, 40)
    assert role.size == 10
    assert len(lines) * role.line_height <= 40
    assert lines[-1].endswith("…")


def test_bleed_and_crop_marks(tmp_path):
    out = tmp_path / "p.pdf"
    export_poster(sample_map(), out, PosterOptions(paper="A1", orientation="landscape",
                                                   bleed=3 * MM))
    pdf = reader(out)
    trim = _box(pdf, "/TrimBox")
    bleed = _box(pdf, "/BleedBox")
    assert (trim[2] - trim[0]) / MM == pytest.approx(841, abs=0.1)
    assert (trim[3] - trim[1]) / MM == pytest.approx(594, abs=0.1)
    assert (trim[0] - bleed[0]) / MM == pytest.approx(3, abs=0.01)
    media = _box(pdf)
    assert media[2] > bleed[2]


def test_user_unit_beyond_200_inches(tmp_path):
    out = tmp_path / "p.pdf"
    result = export_poster(sample_map(), out, PosterOptions(paper="1000x6000mm"))
    pdf = reader(out)
    page = pdf.pages[0]
    assert float(page["/UserUnit"]) == 2
    assert float(page["/MediaBox"][3]) * 2 / MM == pytest.approx(6000, abs=0.1)
    assert pdf.pdf_header.endswith("1.6")
    assert any("UserUnit" in w for w in result.warnings)
    # a normal sheet has no UserUnit
    export_poster(sample_map(), out, PosterOptions(paper="A0"))
    assert "/UserUnit" not in reader(out).pages[0]


def test_roll_has_fixed_width_and_length_to_fit(tmp_path):
    out = tmp_path / "p.pdf"
    result = export_poster(sample_map(), out, PosterOptions(paper="roll:914mm"))
    box = _box(reader(out))
    assert box[2] / MM == pytest.approx(914, abs=0.1)
    assert 200 < box[3] / MM < 2000
    assert result.pages == 1


def _map_box_on_sheet(result_comp):
    b = result_comp.map_box
    return (b.x >= -0.01 and b.y >= -0.01 and b.x + b.w <= result_comp.width + 0.01
            and b.y + b.h <= result_comp.height + 0.01)


@pytest.mark.parametrize("orientation", ["portrait", "landscape", "auto"])
@pytest.mark.parametrize("scale", [None, 1.0, 2.0])
def test_roll_keeps_the_map_on_the_sheet(orientation, scale):
    from cjdesigner.layout import layout_map
    from cjdesigner.pdf.poster import compose

    doc = sample_map()
    lay = layout_map(doc)
    comp = compose(doc, lay, PosterOptions(paper="roll:914mm", orientation=orientation,
                                           scale=scale))
    across = comp.height if orientation == "landscape" else comp.width
    assert across / MM == pytest.approx(914, abs=0.1)
    assert not comp.clip and not any("cut off" in w for w in comp.warnings)
    assert _map_box_on_sheet(comp)
    if scale is not None:
        assert comp.scale == pytest.approx(scale * 0.75)
        assert comp.map_box.w == pytest.approx(lay.width * comp.scale)
        assert comp.map_box.h == pytest.approx(lay.height * comp.scale)


def test_roll_landscape_runs_the_map_along_the_roll(tmp_path):
    out = tmp_path / "p.pdf"
    export_poster(sample_map(), out, PosterOptions(paper="roll:610mm", orientation="landscape"))
    box = _box(reader(out))
    assert box[3] / MM == pytest.approx(610, abs=0.1)
    assert box[2] > box[3]


def test_roll_at_a_fixed_scale_too_wide_is_a_clear_error(tmp_path):
    doc = sample_map()
    with pytest.raises(PaperError, match="fit it to the roll"):
        export_poster(doc, tmp_path / "p.pdf", PosterOptions(paper="roll:300mm", scale=4.0))
    assert not (tmp_path / "p.pdf").exists()


def test_fixed_scale_without_paper_sizes_the_sheet(tmp_path):
    out = tmp_path / "p.pdf"
    export_poster(sample_map(), out, PosterOptions(paper=None, scale=1.5))
    small = _box(reader(out))
    export_poster(sample_map(), out, PosterOptions(paper=None, scale=3.0))
    big = _box(reader(out))
    assert big[2] > small[2] * 1.6


def test_fixed_scale_too_big_warns(tmp_path):
    result = export_poster(sample_map(), tmp_path / "p.pdf", PosterOptions(paper="A4", scale=4))
    assert any("cut off" in w for w in result.warnings)


def test_blank_template_has_headers_not_cards(tmp_path):
    doc = sample_map()
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1", blank=True))
    text = text_of(out)
    for stage in doc.stages:
        assert stage.name in text
    for lane in doc.lanes:
        assert lane.title in text
    for card in doc.cards:
        assert card.title not in text
    assert "Very positive" in text
    assert "NOTES BY LANE" in text


def test_every_persona_and_every_filled_field_is_on_the_poster(tmp_path):
    """Non-primary personas and the motivations, behaviours and channels print too, the
    primary personas first."""
    doc = sample_map()
    doc = doc.model_copy(update={"personas": [
        Persona(id="p-y", name="Yusuf Secondary", primary=False,
                motivations=["Wants peace of mind"], behaviours=["Compares prices twice"],
                preferred_channels=["phone"], occupation="Night nurse"),
        *doc.personas,
        Persona(id="p-x", name="Olga Petrova", primary=True, quote="Fast please",
                goals=["Get it today"], needs=["A clear delivery slot"]),
    ]})
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1"))
    text = text_of(out)
    for words in ("Olga Petrova", "Get it today", "A clear delivery slot", "Yusuf Secondary",
                  "Wants peace of mind", "Compares prices twice", "Night nurse", "MOTIVATIONS",
                  "BEHAVIOURS"):
        assert words in text, words
    assert text.index("Olga Petrova") < text.index("Yusuf Secondary")


def test_many_cards_all_titles_present(tmp_path):
    doc = sample_map()
    steps = doc.step_ids()
    for i in range(120):
        append_card(doc, Card(id=f"c-{i}", lane_id=doc.lanes[i % 5].id, step_id=steps[i % 4],
                              title=f"Card number {i}"))
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A0"))
    text = text_of(out)
    # whole numbers only: "Card number 1" must not be found inside "Card number 10"
    found = re.findall(r"Card number (\d+)", text)
    # (a title may also be quoted by a call-out of the curve's lowest or highest moment)
    assert sorted(set(map(int, found))) == list(range(120))


@pytest.mark.parametrize("bad", ["B7", "roll:1mm", "10x10", "axb"])
def test_bad_paper(bad):
    with pytest.raises(PaperError):
        parse_paper(bad)


def test_fast_wrap_matches_the_layout_wrap():
    from cjdesigner.layout import style
    from cjdesigner.layout.text import FontRole, wrap
    from cjdesigner.pdf.mapdraw import _greedy, _words

    texts = [
        "Compares prices across five shops before deciding",
        "Line one\nLine two is a little longer than the first one is\n\nafter a blank",
        "short",
        "Ωραία μέρα, Привет мир — with trailing spaces   ",
    ]
    for text in texts:
        for factor in (1.0, 0.9, 0.72):
            role = FontRole("Regular", 11 * factor, 14 * factor)
            assert _greedy(_words(text, "Regular"), role.size, 176) == wrap(text, role, 176)
    assert _greedy(_words("x" * 400, "Regular"), 11, 176) is None  # long words: layout wrap
    del style


def test_a_precomputed_layout_is_used_as_it_is(tmp_path, monkeypatch):
    """The editor passes the canvas's layout: the poster does not lay the map out again."""
    from cjdesigner.layout import layout_map
    from cjdesigner.pdf import poster as poster_module

    doc = sample_map()
    lay = layout_map(doc)

    def no_layout(*_args, **_kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr(poster_module, "layout_map", no_layout)
    for tile in (None, "A4"):
        out = tmp_path / f"p{tile}.pdf"
        export_poster(doc, out, PosterOptions(paper="A2", tile=tile), layout=lay)
        assert doc.cards[0].title in text_of(out)
