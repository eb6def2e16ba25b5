"""Text is stored NFC (maps, imports, typed text); find and filter ignore case, accents
and normal form: "osterbro" finds "Østerbro", "café" typed either way finds "café"."""

from __future__ import annotations

import unicodedata

from cjdesigner.fileio.cjm import dumps, loads
from cjdesigner.model import Card
from cjdesigner.model.sample import sample_map
from cjdesigner.text import fold, matches, nfc
from cjdesigner.ui.find import CardQuery, filter_values, find_cards

NFD_CAFE = unicodedata.normalize("NFD", "Café")


def _doc(**fields):
    doc = sample_map()
    card = doc.cards[0].model_copy(update=fields)
    return doc.model_copy(update={"cards": [card, *doc.cards[1:]]})


def test_fold_ignores_case_accents_and_letters_without_decomposition():
    assert fold("Østerbro") == fold("osterbro") == fold("OSTERBRO") == "osterbro"
    assert fold("Ærø") == "aero" and fold("Straße") == "strasse" and fold("Łódź") == "lodz"
    assert fold(NFD_CAFE) == fold("café") == "cafe"
    assert matches("osterbro", "Bemærker et banner på Østerbro")
    # marks that make another word stay: a Devanagari virama is not an accent
    assert fold("क्ष") != fold("कष")
    # Hebrew points and Arabic vowel signs are ignored, as readers search
    assert fold("שָׁלוֹם") == "שלום" and fold("مُحَمَّد") == "محمد"


def test_model_stores_text_nfc_however_it_arrives():
    card = Card(lane_id="lane", step_id="step", title=NFD_CAFE, tags=[NFD_CAFE],
                description=unicodedata.normalize("NFD", "Østerbro é"))
    assert card.title == "Café" == nfc(NFD_CAFE) and card.tags == ["Café"]
    assert unicodedata.is_normalized("NFC", card.description)


def test_a_map_file_written_nfd_loads_nfc():
    text = dumps(sample_map()).replace("Notices a banner", NFD_CAFE + " banner")
    assert NFD_CAFE in text
    doc = loads(text)
    assert doc.cards[0].title == "Café banner"


def test_csv_import_stores_nfc(tmp_path):
    from cjdesigner.csvio import import_csv

    path = tmp_path / "cards.csv"
    path.write_text(f"stage,step,lane,title\nA,B,Actions,{NFD_CAFE} på Østerbro\n",
                    encoding="utf-8")
    doc, _warnings = import_csv(path)
    assert any(card.title == "Café på Østerbro" for card in doc.cards)


def test_typed_text_is_stored_nfc():
    from cjdesigner.model.edits import SetFields
    from cjdesigner.ui.controller import DocumentController

    controller = DocumentController(sample_map())
    card_id = controller.doc.cards[0].id
    controller.push(SetFields(target="card", ident=card_id, changes={"title": NFD_CAFE}))
    card = next(c for c in controller.doc.cards if c.id == card_id)
    assert card.title == "Café"


def test_find_is_case_and_accent_insensitive():
    doc = _doc(title="Bemærker et banner på Østerbro", owner="Søren", tags=["Café"])
    card_id = doc.cards[0].id
    for typed in ("osterbro", "ØSTERBRO", "Osterbro banner", "bemaerker", NFD_CAFE, "cafe"):
        assert find_cards(doc, CardQuery(text=typed)) == [card_id], typed
    assert find_cards(doc, CardQuery(text="osterbro nowhere")) == []


def test_filter_by_owner_and_tag_ignores_case_and_accents():
    doc = _doc(owner="Søren", tags=["Café"])
    card_id = doc.cards[0].id
    assert card_id in find_cards(doc, CardQuery(field="owner", value="soren"))
    assert card_id in find_cards(doc, CardQuery(field="tag", value=NFD_CAFE))
    assert ("Café", "Café") in filter_values(doc, "tag")
