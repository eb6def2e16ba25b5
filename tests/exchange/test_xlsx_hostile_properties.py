"""The workbook's own properties (creator, title) are XML: a map whose author or title
holds characters XML cannot (U+FFFE, control characters) still exports."""

from __future__ import annotations

import zipfile

from cjdesigner.export.registry import get
from cjdesigner.model.sample import sample_map


def test_author_and_title_with_non_xml_characters_export(tmp_path):
    doc = sample_map()
    meta = doc.meta.model_copy(update={"author": "Ann\ufffe\uffff", "title": "Map\x01\ufffe"})
    path = tmp_path / "map.xlsx"
    get("xlsx").run(doc.model_copy(update={"meta": meta}), path)
    core = zipfile.ZipFile(path).read("docProps/core.xml").decode("utf-8")
    assert "Ann" in core and "Map" in core and "\ufffe" not in core
