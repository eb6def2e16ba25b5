"""Built distributions, shared by the tests of one session: the wheel and sdist, a fresh
venv with the wheel installed, and the frozen bundle. Every test module here carries the
``dist`` mark (deselected by default in pyproject.toml; `make test` runs them after the
everyday suite, `make test-dist` alone).

Installing into the fresh venv is offline when it can be: dependencies come from a
wheelhouse kept in build/wheelhouse (ignored by git); only when a dependency is missing
there is it downloaded (``pip download``, through pip's own cache), once per machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WHEELHOUSE = REPO / "build" / "wheelhouse"
PYINSTALLER_WORK = REPO / "build" / "pyinstaller-tests"


def run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", 900)
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@dataclass(frozen=True)
class Built:
    wheel: Path
    sdist: Path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``python -m build``: the sdist from the checkout, then the wheel from the sdist."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, REPO])
    (wheel,) = out.glob("cjdesigner-*.whl")
    (sdist,) = out.glob("cjdesigner-*.tar.gz")
    return Built(wheel, sdist)


def pip(*args: str | Path) -> list[str | Path]:
    return [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]


def _forget_own_wheels() -> None:
    """The wheelhouse keeps dependencies only, never a cjdesigner wheel."""
    for wheel in WHEELHOUSE.glob("cjdesigner-*"):
        wheel.unlink()


@pytest.fixture(scope="session")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with the wheel and its dependencies; the
    venv's bin folder."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    offline = pip("--python", python, "install", "--quiet", "--no-index",
                  "--find-links", WHEELHOUSE, built.wheel)
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    first = subprocess.run([str(a) for a in offline], capture_output=True, text=True)
    if first.returncode != 0:  # a dependency not yet in the wheelhouse
        _forget_own_wheels()  # pip would take a stale copy of the same version from there
        run(pip("download", "--quiet", "--dest", WHEELHOUSE, built.wheel))
        _forget_own_wheels()
        run(offline)
    return venv / "bin"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PyInstaller folder bundle made by packaging/cjdesigner.spec; its folder."""
    out = tmp_path_factory.mktemp("bundle")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", out, "--workpath", PYINSTALLER_WORK,
         REPO / "packaging" / "cjdesigner.spec"], cwd=REPO)
    return out / "cjdesigner"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    """A folder outside the repository, with settings and autosaves kept inside it."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    yield folder


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: no Qt or display settings of the test run, no repository on
    the path, settings, autosaves and the instance socket in ``home``."""
    drop = ("QT_", "PYTHON", "VIRTUAL_ENV", "DISPLAY", "WAYLAND", "XDG_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env["HOME"] = str(home)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    # a runtime folder of its own: the editor's one-instance socket meets no other editor
    runtime = home / "xdg_runtime_dir"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.update(extra)
    return env
