from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.fileio import dumps
from cjdesigner.model.sample import sample_map
from cjdesigner.resources import resource_path

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATES = sorted(resource_path("templates").glob("*.cjm"))


@pytest.fixture
def sample_text() -> str:
    return dumps(sample_map())


@pytest.fixture
def sample_file(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "map.cjm"
    path.write_text(sample_text, encoding="utf-8")
    return path
