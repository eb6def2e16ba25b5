"""The one PyInstaller recipe, read as Windows and macOS would read it (the programs, the
.app's document types), and the Windows installer script that wraps it."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.about import APP_ID, MAP_MIME_TYPE

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "cjdesigner.spec"
ISS = REPO / "packaging" / "windows" / "cjdesigner.iss"


class _Made:
    """What a stand-in returns: anything the recipe reads off it (``a.pure``) exists."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __getattr__(self, name: str) -> str:
        return f"{self.kind}.{name}"


class Recorder:
    """Stands in for PyInstaller's spec classes and keeps what the recipe asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple, dict[str, Any]]] = []

    def __call__(self, kind: str):
        def make(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((kind, args, kwargs))
            return _Made(kind)
        return make

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [kwargs for k, _, kwargs in self.calls if k == kind]


def _submodules(package: str) -> list[str]:
    module = importlib.import_module(package)
    found = [package]
    for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
        found.append(info.name)
    return found


@pytest.fixture(autouse=True)
def _qt(qapp) -> None:
    """The recipe draws the icon with Qt on Windows and macOS: the test run's QApplication."""


def read_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    names = {name: recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    # PyInstaller imports every module in a child process to list them; a walk of the
    # package names the same modules in a fraction of the time
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", _submodules)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), **names}
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)
    return recorder


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_resources_go_where_a_wheel_installs_them(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (analysis,) = read_spec(platform, monkeypatch).of("Analysis")
    assert analysis["datas"] == [
        (str(REPO / "resources"), "cjdesigner/data"),
        (str(REPO / "cjdesigner" / "exchange" / "web"), "cjdesigner/exchange/web"),
    ]
    assert "cjdesigner.ui.app" in analysis["hiddenimports"]


def test_linux_has_one_console_program(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = read_spec("linux", monkeypatch)
    assert [(e["name"], e["console"]) for e in recorder.of("EXE")] == [("cjdesigner", True)]
    assert recorder.of("BUNDLE") == []


def test_windows_has_a_windowed_program_and_a_console_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder = read_spec("win32", monkeypatch)
    programs = {e["name"]: e for e in recorder.of("EXE")}
    assert programs["CJDesigner"]["console"] is False
    assert programs["cjdesigner-cli"]["console"] is True
    assert len({name.lower() for name in programs}) == len(programs)  # case-blind file system
    assert programs["CJDesigner"]["icon"].endswith("icon.ico")
    # the installer script installs that folder and opens maps with the windowed program
    script = ISS.read_text()
    assert "{app}\\CJDesigner.exe" in script and '""%1""' in script
    assert re.search(r'Subkey: "Software\\Classes\\\.cjm"', script)
    assert f'"{APP_ID}"' in script and MAP_MIME_TYPE in script
    assert r"SetupIconFile=..\..\build\icon.ico" in script
    assert r'#define Bundle "..\..\dist\cjdesigner"' in script


def test_macos_app_declares_the_cjm_document_type(monkeypatch: pytest.MonkeyPatch) -> None:
    (app,) = read_spec("darwin", monkeypatch).of("BUNDLE")
    assert app["name"] == "CJDesigner.app" and app["bundle_identifier"] == APP_ID
    plist = app["info_plist"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["cjm"]
    assert document["CFBundleTypeRole"] == "Editor"
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] in document["LSItemContentTypes"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [MAP_MIME_TYPE]
    assert app["icon"].endswith(".png")
