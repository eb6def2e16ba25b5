"""The pre-flight before Qt: one line and exit 1 where Qt would abort, never a core dump."""

from __future__ import annotations

import ctypes
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from cjdesigner import preflight
from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map

REPO = Path(__file__).resolve().parent.parent


def loader_without(*sonames: str) -> preflight.Loader:
    return lambda soname: soname not in sonames


@pytest.fixture
def x_server() -> Iterator[str]:
    """Something listening where an X server on display localhost:N would be."""
    for number in range(50, 200):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.1", 6000 + number))
        except OSError:
            sock.close()
            continue
        sock.listen(4)
        try:
            yield f"127.0.0.1:{number}"
        finally:
            sock.close()
        return
    pytest.fail("no free port for a stand-in X server")


@pytest.fixture
def wayland_socket(tmp_path: Path) -> Iterator[dict[str, str]]:
    path = tmp_path / "wayland-7"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.listen(4)
    try:
        yield {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    finally:
        sock.close()


def dead_display() -> str:
    """An X display number with no server behind it."""
    for number in range(90, 200):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and preflight.x_server_problem(
            f":{number}"
        ):
            return f":{number}"
    raise AssertionError("every display number has a server")


# -- the checks, in-process ------------------------------------------------------------


def test_a_listening_x_server_passes_and_a_closed_one_is_named(x_server: str) -> None:
    assert preflight.x_server_problem(x_server) is None
    verdict = preflight.check_display({"DISPLAY": x_server}, "linux", loader_without())
    assert verdict == preflight.Verdict()
    closed = dead_display()
    problem = preflight.x_server_problem(closed)
    assert problem is not None and f"DISPLAY={closed}" in problem
    assert preflight.x_server_problem("not-a-display") is not None


def test_missing_xcb_libraries_are_named_with_their_packages(x_server: str) -> None:
    load = loader_without("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")
    verdict = preflight.check_display({"DISPLAY": x_server}, "linux", load)
    assert verdict.problem is not None
    line = verdict.problem
    assert "\n" not in line
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in line
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0 (Debian/Ubuntu)" in line
    assert "sudo dnf install xcb-util-cursor libxkbcommon-x11 (Fedora)" in line


def test_missing_gl_is_reported_even_offscreen() -> None:
    verdict = preflight.check_display(
        {"QT_QPA_PLATFORM": "offscreen"}, "linux", loader_without("libEGL.so.1")
    )
    assert verdict.problem is not None
    assert "libEGL.so.1" in verdict.problem and "libegl1" in verdict.problem
    assert "libglvnd-egl" in verdict.problem


def test_offscreen_needs_no_display() -> None:
    assert preflight.check_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") == preflight.Verdict()


def test_windows_and_macos_are_not_checked() -> None:
    for system in ("win32", "darwin"):
        assert preflight.check_display({}, system, loader_without("libGL.so.1")).problem is None


def test_wayland_socket_is_checked(wayland_socket: dict[str, str], tmp_path: Path) -> None:
    assert preflight.check_display(wayland_socket, "linux", loader_without()) == preflight.Verdict()
    dead = dict(wayland_socket, WAYLAND_DISPLAY="wayland-9")
    verdict = preflight.check_display(dead, "linux", loader_without())
    assert verdict.problem and str(tmp_path / "wayland-9") in verdict.problem
    assert "xvfb-run" in verdict.problem  # a server problem, not a package one
    missing = preflight.check_display(
        wayland_socket, "linux", loader_without("libwayland-cursor.so.0")
    )
    assert missing.problem and "libwayland-cursor0" in missing.problem


def test_qt_is_steered_to_the_display_that_works(
    x_server: str, wayland_socket: dict[str, str]
) -> None:
    env = dict(wayland_socket, WAYLAND_DISPLAY="wayland-dead", DISPLAY=x_server)
    assert preflight.check_display(env, "linux", loader_without()).platform == "xcb"
    env = dict(wayland_socket, DISPLAY=dead_display())
    assert preflight.check_display(env, "linux", loader_without()).platform == "wayland"
    both = dict(wayland_socket, DISPLAY=x_server)
    assert preflight.check_display(both, "linux", loader_without()) == preflight.Verdict()


def test_an_import_error_naming_a_library_becomes_one_line_with_packages() -> None:
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    line = preflight.explain_qt_import_error(exc)
    assert "libEGL.so.1" in line and "libegl1" in line and "libglvnd-egl" in line
    other = preflight.explain_qt_import_error(ImportError("something else"))
    assert "pip install --force-reinstall" in other


def test_the_installed_pyside6_passes() -> None:
    assert preflight.pyside_problem() is None


# -- the real program, in a process of its own -----------------------------------------


def clean_env() -> dict[str, str]:
    """Our environment without any display or Qt platform settings."""
    drop = ("QT_", "WAYLAND", "DISPLAY")
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)}


def run_cjdesigner(
    args: list[str], env: dict[str, str], cwd: Path, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = clean_env()
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.pop("PYTHONPATH", "")]))
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "cjdesigner", *args],
        env=base | env, cwd=cwd, capture_output=True, text=True, timeout=120,
    )


def assert_one_line_exit_1(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cjdesigner: cannot open the editor: ")
    for needle in needles:
        assert needle in lines[0]
    assert result.stdout == ""


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.cjm"
    save(sample_map(), path)
    return path


def test_display_without_a_server_is_one_line_and_exit_1(map_file: Path) -> None:
    display = dead_display()
    result = run_cjdesigner([str(map_file)], {"DISPLAY": display}, map_file.parent)
    assert_one_line_exit_1(result, f"DISPLAY={display}", "xvfb-run")


def test_headless_export_works_whatever_display_says(map_file: Path) -> None:
    env = {"DISPLAY": dead_display(), "WAYLAND_DISPLAY": "gone", "XDG_RUNTIME_DIR": "/nowhere"}
    for suffix in ("png", "svg"):
        result = run_cjdesigner(["export", "map.cjm", "-o", f"x.{suffix}"], env, map_file.parent)
        assert result.returncode == 0, result.stderr
        assert (map_file.parent / f"x.{suffix}").stat().st_size > 1000


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A real X server (Xvfb) of our own, its display chosen by the server (``-displayfd``);
    xvfb-run's own clean-up once failed a run (exit 5) after the program had answered."""
    assert shutil.which("Xvfb"), "Xvfb (Debian package xvfb) is needed"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _library_file(soname: str) -> Path:
    """The file the dynamic linker loads for ``soname`` (read back from our own maps)."""
    ctypes.CDLL(soname)
    stem = soname.split(".so")[0] + ".so"
    for line in Path("/proc/self/maps").read_text().splitlines():
        path = line.split()[-1]
        if Path(path).name.startswith(stem):
            return Path(path)
    raise AssertionError(f"{soname} is not loaded")


def _can_hide_files() -> bool:
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


def test_a_hidden_xcb_library_is_one_line_and_exit_1_not_a_qt_abort(
    map_file: Path, xvfb: str
) -> None:
    """Under a real X server (Xvfb) with libxcb-cursor.so.0 hidden, Qt itself aborts
    (SIGABRT) while cjdesigner says what to install. The library is hidden for real in a
    private mount namespace where unshare is allowed (root, as in CI); elsewhere the
    check is pointed at the same soname from inside the child process."""
    if _can_hide_files():
        library = _library_file("libxcb-cursor.so.0")
        hide = f"mount --bind /dev/null {library} && exec \"$@\""
        prefix = ["unshare", "-m", "sh", "-c", hide, "hide"]
        qt = subprocess.run(
            [*prefix, sys.executable, "-c",
             "from PySide6.QtWidgets import QApplication; QApplication([])"],
            env=clean_env() | {"DISPLAY": xvfb}, capture_output=True, text=True, timeout=120,
        )
        assert qt.returncode != 0 and "xcb" in qt.stderr  # what the pre-flight prevents
        result = run_cjdesigner([str(map_file)], {"DISPLAY": xvfb}, map_file.parent, prefix)
    else:
        driver = textwrap.dedent("""
            import sys
            from cjdesigner import cli, preflight
            preflight.XCB_LIBRARIES += (
                preflight.Library("libxcb-cursor.so.404", "libxcb-cursor0", "xcb-util-cursor"),)
            sys.exit(cli.main(sys.argv[1:]))
        """)
        env = clean_env() | {"PYTHONPATH": str(REPO), "DISPLAY": xvfb}
        result = subprocess.run(
            [sys.executable, "-c", driver, str(map_file)],
            env=env, capture_output=True, text=True, timeout=120,
        )
    assert_one_line_exit_1(result, "libxcb-cursor.so.", "libxcb-cursor0", "xcb-util-cursor")


def _fake_pyside(folder: Path, init: str) -> Path:
    package = folder / "PySide6"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(init)
    (package / "QtCore.py").write_text("")
    return folder


@pytest.mark.parametrize(
    ("init", "needles"),
    [
        ('__version__ = "6.12.0"\n', ["PySide6 6.12.0", "aborts", "!=6.12.0"]),
        ('__version__ = "6.4.2"\n', ["PySide6 6.4.2", "too old", ">=6.7"]),
        ('raise ImportError("libshiboken6.abi3.so.6.11: cannot open shared object file")\n',
         ["PySide6 in", "cannot be loaded", "--force-reinstall"]),
    ],
)
def test_an_unusable_pyside6_in_the_environment_is_one_line(
    map_file: Path, tmp_path: Path, init: str, needles: list[str]
) -> None:
    fake = _fake_pyside(tmp_path / "site", init)
    env = {"PYTHONPATH": str(fake), "QT_QPA_PLATFORM": "offscreen"}
    result = run_cjdesigner([str(map_file)], env, map_file.parent)
    assert_one_line_exit_1(result, *needles)
