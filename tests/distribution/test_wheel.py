"""The wheel and the sdist: complete, and the wheel in a fresh venv works from anywhere."""

from __future__ import annotations

import email.parser
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from cjdesigner import __version__

from .conftest import REPO, Built, run, user_env
from .user import dead_display, headless_session, time_to_window, xvfb

pytestmark = pytest.mark.dist


def resource_files() -> list[str]:
    return sorted(p.relative_to(REPO / "resources").as_posix()
                  for p in (REPO / "resources").rglob("*") if p.is_file())


def test_wheel_holds_the_package_every_resource_and_the_licences(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        names = set(wheel.namelist())
        meta = email.parser.Parser().parsestr(
            wheel.read(f"cjdesigner-{__version__}.dist-info/METADATA").decode())
        entry_points = wheel.read(f"cjdesigner-{__version__}.dist-info/entry_points.txt").decode()
    for resource in resource_files():
        assert f"cjdesigner/data/{resource}" in names
    sources = {p.relative_to(REPO).as_posix() for p in (REPO / "cjdesigner").rglob("*.py")}
    assert sources <= names
    assert not any(n.startswith("tools/") or "builder" in n for n in names)  # builders stay home
    assert "cjdesigner/py.typed" in names and "cjdesigner/__main__.py" in names
    licences = {n.split("/licenses/", 1)[1] for n in names if "/licenses/" in n}
    assert {"LICENSE", "resources/fonts/SourceSansPro-LICENSE.txt",
            "resources/fonts/DejaVu-LICENSE.txt", "resources/fonts/Noto-LICENSE.txt"} <= licences
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "MIT AND OFL-1.1 AND Bitstream-Vera"
    assert "Intended Audience :: End Users/Desktop" in meta.get_all("Classifier")
    assert len(meta.get_all("Project-URL")) >= 3 and meta["Keywords"]
    assert "cjdesigner contributors" in meta["Author"]
    assert "[console_scripts]\ncjdesigner = cjdesigner.cli:main" in entry_points
    assert "[gui_scripts]\ncjdesigner-gui = cjdesigner.cli:main" in entry_points


def test_sdist_holds_every_tracked_file(built: Built) -> None:
    tracked = run(["git", "ls-files"], cwd=REPO).stdout.split()
    with tarfile.open(built.sdist) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    missing = [path for path in tracked if path not in names and (REPO / path).exists()]
    assert missing == []
    for needed in ("Makefile", "LICENSE", "README.md", "packaging/cjdesigner.spec",
                   "resources/templates/five-stage-journey.cjm", "tests/distribution/test_wheel.py",
                   "bench/__main__.py"):
        assert needed in names
    assert not any(n.startswith((".venv/", "build/", "dist/")) for n in names)


def test_installed_wheel_works_from_another_folder(installed: Path, elsewhere: Path) -> None:
    env = user_env(elsewhere)
    where = run([installed / "python", "-c", "import cjdesigner.resources as r; print(r.ROOT)"],
                cwd=elsewhere, env=env).stdout.strip()
    assert Path(where).parts[-2:] == ("cjdesigner", "data") and str(REPO) not in where
    assert (installed / "cjdesigner-gui").is_file()
    headless_session([installed / "cjdesigner"], elsewhere, env)
    version = run([installed / "python", "-m", "cjdesigner", "--version"], cwd=elsewhere,
                  env=env).stdout
    assert version.startswith(f"cjdesigner {__version__}")


def test_installed_editor_opens_a_map_from_a_template(installed: Path, elsewhere: Path) -> None:
    env = user_env(elsewhere)
    run([installed / "cjdesigner", "new", "five-stage-journey", "-o", "journey.cjm"],
        cwd=elsewhere, env=env)
    with xvfb() as display:
        seconds = time_to_window([installed / "cjdesigner"], "journey.cjm", elsewhere, env,
                                 display)
    assert seconds > 0


def test_installed_editor_without_a_display_server_says_so_in_one_line(
    installed: Path, elsewhere: Path
) -> None:
    dead = dead_display()
    env = user_env(elsewhere, DISPLAY=dead)
    result = subprocess.run([installed / "cjdesigner"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and f"DISPLAY={dead}" in result.stderr
