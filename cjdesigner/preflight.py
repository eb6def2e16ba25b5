"""Before Qt starts: can this machine show the editor? If not, one line says why.

Qt aborts the whole process (a core dump, exit 134) when its platform plugin cannot start:
no X server behind ``DISPLAY``, a dead Wayland socket, or a system library the plugin
links against is missing. Nothing can catch that abort, so the checks here run first,
with plain sockets and ``dlopen`` (ctypes), and turn each of those cases into one line
that names what is missing and the packages that provide it on Debian/Ubuntu and Fedora.

Only :func:`pyside_problem`, the last check, imports PySide6 (QtCore, which cannot abort),
to learn whether the PySide6 this Python finds loads and is a usable release.

The library lists follow the ``NEEDED`` entries of PySide6's own Qt libraries (QtGui and
the xcb and wayland platform plugins of PySide6-Essentials 6.11).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import socket
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: how long a display server may take to accept a connection
CONNECT_TIMEOUT = 2.0


@dataclass(frozen=True)
class Library:
    """A shared library Qt needs, and the packages that install it."""

    soname: str
    debian: str
    fedora: str


#: QtGui, QtDBus and QtCore: needed for any window, and for PNG and SVG exports too
QT_GUI_LIBRARIES = (
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    Library("libzstd.so.1", "libzstd1", "libzstd"),
    Library("libz.so.1", "zlib1g", "zlib-ng-compat"),
)

#: Qt's X11 platform plugin (xcb)
XCB_LIBRARIES = (
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)

#: Qt's Wayland platform plugin
WAYLAND_LIBRARIES = (
    Library("libwayland-client.so.0", "libwayland-client0", "libwayland-client"),
    Library("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor"),
)

#: PySide6 releases cjdesigner cannot run on (pyproject.toml excludes them too)
PYSIDE_MINIMUM = (6, 7)
PYSIDE_BROKEN: dict[tuple[int, ...], str] = {(6, 12, 0): "it aborts the interpreter after a few thousand property calls"}
PYSIDE_REQUIREMENT = "PySide6-Essentials>=6.7,!=6.12.0"

XVFB_HINT = ("start the display server, or run cjdesigner on a virtual screen with xvfb-run "
             "(package xvfb on Debian/Ubuntu, xorg-x11-server-Xvfb on Fedora)")

Loader = Callable[[str], bool]


def can_load(soname: str) -> bool:
    """Whether the dynamic linker finds and loads ``soname`` (as Qt's plugin would)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(libraries: Iterable[Library], load: Loader = can_load) -> list[Library]:
    return [lib for lib in libraries if not load(lib.soname)]


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def install_hint(libraries: Sequence[Library]) -> str:
    debian = " ".join(_unique(lib.debian for lib in libraries))
    fedora = " ".join(_unique(lib.fedora for lib in libraries))
    them = "them" if len(libraries) > 1 else "it"
    return (f"install {them}: sudo apt install {debian} (Debian/Ubuntu), "
            f"sudo dnf install {fedora} (Fedora)")


def libraries_problem(what: str, libraries: Sequence[Library]) -> str:
    names = ", ".join(lib.soname for lib in libraries)
    plural = "are" if len(libraries) > 1 else "is"
    return f"{what} needs {names}, which {plural} missing; {install_hint(libraries)}"


# -- display servers ------------------------------------------------------------------

_X_DISPLAY = re.compile(r"^(?P<host>.*):(?P<number>\d+)(?:\.\d+)?$")


def _connect(family: int, address: str | tuple[str, int] | bytes) -> str | None:
    """None when something accepts a connection at ``address``, else the reason."""
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(CONNECT_TIMEOUT)
            sock.connect(address)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def x_server_problem(display: str) -> str | None:
    """None when an X server accepts connections at ``display`` (as xcb would connect)."""
    match = _X_DISPLAY.match(display)
    if match is None:
        return f"DISPLAY={display} is not an X display name (such as :0)"
    host, number = match["host"], int(match["number"])
    if host.startswith("/"):  # a socket path (XQuartz's launchd socket)
        reason = _connect(socket.AF_UNIX, display)
    elif host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        reason = _connect(socket.AF_UNIX, path)
        if reason is not None and sys.platform.startswith("linux"):
            # servers may listen on the abstract socket only
            if _connect(socket.AF_UNIX, b"\0" + path.encode()) is None:
                reason = None
    else:  # host:N is TCP port 6000 + N (ssh -X forwards such a display)
        reason = _connect(socket.AF_INET, (host, 6000 + number))
    if reason is None:
        return None
    return f"no X server answers at DISPLAY={display} ({reason.lower()})"


def wayland_problem(environ: Mapping[str, str]) -> str | None:
    name = environ.get("WAYLAND_DISPLAY", "")
    if os.path.isabs(name):
        path = name
    else:
        runtime = environ.get("XDG_RUNTIME_DIR", "")
        if not runtime:
            return f"WAYLAND_DISPLAY={name} is set but XDG_RUNTIME_DIR is not"
        path = str(Path(runtime) / name)
    reason = _connect(socket.AF_UNIX, path)
    if reason is None:
        return None
    return f"no Wayland compositor answers at {path} ({reason.lower()})"


# -- the verdict ----------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The outcome: a one-line problem, or the Qt platform to use (None: Qt's choice)."""

    problem: str | None = None
    platform: str | None = None


def _platform_candidates(environ: Mapping[str, str]) -> list[str]:
    """The Qt platform plugins Qt will try, in its order."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":")[0].strip() for name in chosen.split(";") if name.strip()]
    candidates = []
    if environ.get("WAYLAND_DISPLAY"):
        candidates.append("wayland")
    if environ.get("DISPLAY"):
        candidates.append("xcb")
    return candidates


def _platform_problem(name: str, environ: Mapping[str, str], load: Loader) -> str | None:
    if name == "xcb":
        display = environ.get("DISPLAY", "")
        if not display:
            return "QT_QPA_PLATFORM=xcb but DISPLAY is not set"
        server = x_server_problem(display)
        if server is not None:
            return server
        absent = missing(XCB_LIBRARIES, load)
        return libraries_problem("Qt's X11 support", absent) if absent else None
    if name.startswith("wayland"):
        if not environ.get("WAYLAND_DISPLAY"):
            return f"QT_QPA_PLATFORM={name} but WAYLAND_DISPLAY is not set"
        server = wayland_problem(environ)
        if server is not None:
            return server
        absent = missing(WAYLAND_LIBRARIES, load)
        return libraries_problem("Qt's Wayland support", absent) if absent else None
    return None  # offscreen, minimal, vnc, eglfs...: no display server to check


def check_display(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    load: Loader = can_load,
) -> Verdict:
    """Whether Qt can open a window here; on Linux and the BSDs only (elsewhere: yes)."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if system in ("win32", "darwin", "cygwin"):
        return Verdict()
    absent = missing(QT_GUI_LIBRARIES, load)
    if absent:
        return Verdict(libraries_problem("Qt", absent))
    candidates = _platform_candidates(env)
    problems = {name: _platform_problem(name, env, load) for name in candidates}
    usable = [name for name, problem in problems.items() if problem is None]
    if not candidates:
        return Verdict("neither DISPLAY nor WAYLAND_DISPLAY is set")
    if not usable:
        reasons = "; ".join(p for p in problems.values() if p)
        if not any("missing" in p for p in problems.values() if p):
            reasons += f"; {XVFB_HINT}"
        return Verdict(reasons)
    if env.get("QT_QPA_PLATFORM") or len(usable) == len(candidates):
        return Verdict()
    return Verdict(platform=usable[0])  # steer Qt past the one that would abort


# -- PySide6 --------------------------------------------------------------------------


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def pyside_problem() -> str | None:
    """None when the PySide6 this Python finds loads and is a release cjdesigner runs on."""
    reinstall = f"pip install --force-reinstall '{PYSIDE_REQUIREMENT}'"
    try:
        import PySide6
        from PySide6 import QtCore  # noqa: F401
    except ImportError as exc:
        library = library_in_error(exc)
        if library is not None:
            return libraries_problem("Qt", [library])
        where = _pyside_location()
        return f"PySide6{where} cannot be loaded ({exc}); {reinstall}"
    version = getattr(PySide6, "__version__", "0")
    numbers = _version_tuple(version)
    where = _pyside_location()
    if numbers[:2] < PYSIDE_MINIMUM:
        return f"PySide6 {version}{where} is too old for cjdesigner; {reinstall}"
    reason = PYSIDE_BROKEN.get(numbers[:3])
    if reason:
        return f"PySide6 {version}{where} cannot run cjdesigner ({reason}); {reinstall}"
    return None


def _pyside_location() -> str:
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return ""
    if spec is None or not spec.submodule_search_locations:
        return ""
    return f" in {next(iter(spec.submodule_search_locations))}"


_SONAME = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def library_in_error(exc: BaseException) -> Library | None:
    """The known library an ImportError of Qt names as missing, if any."""
    found = _SONAME.findall(str(exc))
    known = {lib.soname: lib for lib in QT_GUI_LIBRARIES + XCB_LIBRARIES + WAYLAND_LIBRARIES}
    for soname in found:
        if soname in known:
            return known[soname]
    return None


def explain_qt_import_error(exc: ImportError) -> str:
    """One line for an ImportError raised while loading Qt for a headless export."""
    library = library_in_error(exc)
    if library is not None:
        return libraries_problem("Qt", [library])
    return f"Qt cannot be loaded ({exc}); pip install --force-reinstall '{PYSIDE_REQUIREMENT}'"
