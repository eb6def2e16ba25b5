"""packaging/linux: the desktop entry, AppStream metadata and MIME type pass the desktop's
own validators, carry the one application id, and a map without its suffix is recognised."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cjdesigner.about import APP_ID, MAP_MIME_TYPE, MAP_SUFFIX
from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.xml"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is needed (Debian package {package}; .ci/run installs it)"
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_desktop_file_opens_maps_with_the_installed_command() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MAP_MIME_TYPE]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts and entry["TryExec"] in scripts


def test_metainfo_passes_appstreamcli() -> None:
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for severity in ("E:", "W:"):
        assert severity not in result.stdout, result.stdout


def test_metainfo_names_the_same_id_launcher_and_file_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MAP_MIME_TYPE
    from cjdesigner import __version__

    assert __version__ in [r.get("version") for r in root.iter("release")]


@pytest.fixture
def mime_database(tmp_path: Path) -> dict[str, str]:
    """A private shared-mime-info database with the system's types and ours."""
    share = tmp_path / "share"
    packages = share / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / MIME.name)
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    assert system.is_file(), "shared-mime-info is needed (Debian package shared-mime-info)"
    shutil.copy(system, packages / system.name)
    result = subprocess.run(
        [tool("update-mime-database", "shared-mime-info"), str(share / "mime")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    return {"XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": str(share)}


def content_type(path: Path, env: dict[str, str]) -> str:
    result = subprocess.run(
        [tool("gio", "libglib2.0-bin"), "info", "-a", "standard::content-type", str(path)],
        capture_output=True, text=True, env=os.environ | env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split("standard::content-type:")[1].split()[0]


def test_maps_are_recognised_by_suffix_and_by_content(
    mime_database: dict[str, str], tmp_path: Path
) -> None:
    named = tmp_path / f"journey{MAP_SUFFIX}"
    save(sample_map(), named)
    bare = tmp_path / "journey-without-suffix"
    bare.write_bytes(named.read_bytes())
    assert content_type(named, mime_database) == MAP_MIME_TYPE
    assert content_type(bare, mime_database) == MAP_MIME_TYPE
    other_json = tmp_path / "settings"
    other_json.write_text('{\n  "name": "not a map",\n  "version": 2\n}\n')
    assert content_type(other_json, mime_database) != MAP_MIME_TYPE
    text = tmp_path / "notes"
    text.write_text('"schema_version" is mentioned here, but this is no map\n')
    assert content_type(text, mime_database) != MAP_MIME_TYPE


def test_icon_renders_at_every_hicolor_size(qapp, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import icons
    finally:
        sys.path.remove(str(REPO / "packaging"))
    from PySide6.QtGui import QImage

    paths = icons.hicolor_pngs(tmp_path, APP_ID)
    assert [p.relative_to(tmp_path).parts[0] for p in paths] == [
        f"{s}x{s}" for s in icons.HICOLOR_SIZES
    ]
    image = QImage(str(paths[-1]))
    assert image.width() == image.height() == icons.HICOLOR_SIZES[-1]
    assert image.pixelColor(2, 2).alpha() == 0  # transparent corner
    assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255
    # the Windows icon (bundle and installer) from the 256 px picture
    from PIL import Image

    ico = icons.write_ico(tmp_path / "256x256" / "apps" / f"{APP_ID}.png", tmp_path / "icon.ico")
    with Image.open(ico) as read:
        assert read.format == "ICO" and (256, 256) in read.info["sizes"]
