"""The standalone bundle (packaging/cjdesigner.spec): runs like an install, without Python."""

from __future__ import annotations

import glob
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import user_env
from .user import dead_display, headless_session, time_to_window, xvfb

pytestmark = pytest.mark.dist


def test_bundle_keeps_resources_where_a_wheel_installs_them(bundle: Path) -> None:
    internal = bundle / "_internal"
    data = internal / "cjdesigner" / "data"
    assert (data / "templates" / "five-stage-journey.cjm").is_file()
    assert (data / "fonts" / "SourceSansPro-Regular.ttf").is_file()
    assert (data / "fonts" / "NotoSansArabic-Regular.ttf").is_file()
    assert not (internal / "resources").exists()  # nothing found by luck of folder depth


def test_bundle_works_from_another_folder(bundle: Path, elsewhere: Path) -> None:
    headless_session([bundle / "cjdesigner"], elsewhere, user_env(elsewhere))


def test_bundle_editor_opens_a_map_and_the_preflight_speaks(bundle: Path, elsewhere: Path) -> None:
    env = user_env(elsewhere)
    subprocess.run([bundle / "cjdesigner", "new", "five-stage-journey", "-o", "journey.cjm"],
                   cwd=elsewhere, env=env, check=True, capture_output=True)
    with xvfb() as display:
        assert time_to_window([bundle / "cjdesigner"], "journey.cjm", elsewhere, env, display) > 0
    dead = dead_display()
    result = subprocess.run([bundle / "cjdesigner", "journey.cjm"], cwd=elsewhere,
                            env=dict(env, DISPLAY=dead), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1 and f"DISPLAY={dead}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def python_installations() -> list[str]:
    """Folders holding a Python: this interpreter's, its venv's, the system's."""
    found = {sys.base_prefix, sys.prefix, *glob.glob("/usr/lib/python3*"),
             *glob.glob("/usr/local/lib/python3*")}
    return sorted(p for p in found if p not in ("/", "/usr", "/usr/local") and Path(p).is_dir())


def test_bundle_runs_where_there_is_no_python(bundle: Path, elsewhere: Path) -> None:
    """Every Python installation on the machine is covered by an empty folder (a private
    mount namespace), and the bundle still lists templates and exports a picture."""
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    assert probe.returncode == 0, "unshare -m is needed (root, util-linux)"
    hide = " && ".join(f"mount -t tmpfs none {shlex.quote(p)}" for p in python_installations())
    program = shlex.quote(str(bundle / "cjdesigner"))
    script = (f"{hide} && {program} templates && "
              f"{program} new welcome-journey -o w.cjm && {program} export w.cjm -o w.png && "
              f"! python3 -c pass 2>/dev/null && ! {shlex.quote(sys.executable)} -c pass 2>/dev/null")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=elsewhere,
                            env=user_env(elsewhere), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "welcome-journey" in result.stdout
    assert (elsewhere / "w.png").stat().st_size > 20_000
