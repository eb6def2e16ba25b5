"""Where the resources are found: an installed package's data folder, else a checkout's
resources/; neither is a clear error, not a path that leads to a font-file traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner import resources


def make_package(root: Path) -> Path:
    package = root / "cjdesigner"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    return package


def test_an_installed_package_uses_its_data_folder(tmp_path: Path) -> None:
    package = make_package(tmp_path / "site-packages")
    (package / "data" / "templates").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # a stray folder there is not used
    assert resources.locate(package) == package / "data"


def test_a_checkout_uses_resources_beside_pyproject(tmp_path: Path) -> None:
    package = make_package(tmp_path / "checkout")
    (tmp_path / "checkout" / "resources").mkdir()
    (tmp_path / "checkout" / "pyproject.toml").write_text("[project]\n")
    assert resources.locate(package) == tmp_path / "checkout" / "resources"


def test_a_resources_folder_found_by_folder_depth_alone_is_not_taken(tmp_path: Path) -> None:
    package = make_package(tmp_path / "lib")
    (tmp_path / "lib" / "resources").mkdir()  # no pyproject.toml: not a checkout
    with pytest.raises(resources.ResourcesMissing, match="reinstall"):
        resources.locate(package)


def test_this_run_reads_the_checkout_or_the_installed_data() -> None:
    assert (resources.ROOT / "templates").is_dir() and resources.FONT_REGULAR.is_file()
    assert resources.ROOT.name in ("resources", resources.PACKAGE_DATA)
