"""The Makefile's set-up: a half-made venv is made again; a Python without venv/ensurepip
and a read-only folder get one line saying what to do; `make run` installs no test tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def make(*args: str, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which("make"), "make is needed"
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "VIRTUAL_ENV"))}
    return subprocess.run(["make", "--no-print-directory", *args], cwd=cwd,
                          env=environ | env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def python3() -> str:
    """A base interpreter that can make venvs (not the test venv's python)."""
    base = Path(sys.base_prefix) / "bin" / "python3"
    return str(base if base.exists() else shutil.which("python3"))


@pytest.mark.dist  # ensurepip takes ~20 s on a busy machine: with the distribution tests
def test_a_half_made_venv_is_made_again(tmp_path: Path, python3: str) -> None:
    venv = tmp_path / "venv"
    subprocess.run([python3, "-m", "venv", "--without-pip", str(venv)], check=True)
    (venv / ".installed-run").touch()  # a stamp from the earlier attempt must not count
    result = make("venv", f"VENV={venv}", f"PYTHON={python3}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "half-made" in result.stdout and "making it again" in result.stdout
    assert subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "--version"],
                          capture_output=True).returncode == 0
    assert not (venv / ".installed-run").exists()
    again = make("venv", f"VENV={venv}", f"PYTHON={python3}")
    assert "half-made" not in again.stdout


def test_a_python_without_ensurepip_gets_one_line(tmp_path: Path, python3: str) -> None:
    """Debian's python3 without python3-venv: `-m venv` stops on ensurepip."""
    fake = tmp_path / "python3"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = -m ] && [ "$2" = venv ]; then\n'
        "  mkdir -p \"$3/bin\" && ln -s " + python3 + " \"$3/bin/python\"\n"
        "  echo 'The virtual environment was not created successfully because ensurepip is"
        " not available.' >&2; exit 1\n"
        "fi\n"
        f'exec {python3} "$@"\n'
    )
    fake.chmod(0o755)
    venv = tmp_path / "venv"
    result = make("venv", f"VENV={venv}", f"PYTHON={fake}")
    assert result.returncode != 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("make:")]
    assert len(lines) == 1 and "sudo apt install python3-venv" in lines[0], result.stdout
    assert "Fedora" in lines[0]
    assert not venv.exists()  # nothing half-made left behind


def test_too_old_a_python_gets_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    result = make("venv", f"VENV={tmp_path / 'venv'}", f"PYTHON={fake}")
    assert result.returncode != 0 and "needs Python 3.11 or newer" in result.stdout


def test_a_read_only_folder_gets_one_line(tmp_path: Path) -> None:
    """The checkout mounted read-only (a private mount namespace; root can write through
    permission bits, not through a read-only mount)."""
    copy = tmp_path / "checkout"
    copy.mkdir()
    shutil.copy(REPO / "Makefile", copy / "Makefile")
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    assert probe.returncode == 0, "unshare -m is needed (root, util-linux)"
    script = (f"mount --bind {copy} {copy} && mount -o remount,ro,bind {copy} && "
              f"make --no-print-directory -C {copy} run")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("make:")]
    assert len(lines) == 1 and "read-only" in lines[0] and "make VENV=" in lines[0], result.stdout
    assert "Traceback" not in result.stderr


def test_make_run_installs_only_what_running_needs(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run = make("-n", "run", f"VENV={venv}")
    test = make("-n", "test", f"VENV={venv}")
    installs = [line for line in run.stdout.splitlines() if "pip install" in line]
    assert installs == [f"{venv}/bin/python -m pip install --quiet -e ."]
    assert any("-e '.[test]'" in line for line in test.stdout.splitlines())
