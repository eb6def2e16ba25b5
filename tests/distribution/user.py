"""What a new user does with an installed cjdesigner, from a folder outside the repo:
list templates, start a map, validate it, export it headless, open the editor."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

TEMPLATE = "five-stage-journey"
WINDOW_TIMEOUT = 60.0


def cli(command: Sequence[str | Path], args: list[str], folder: Path, env: dict[str, str],
        ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*map(str, command), *args], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def headless_session(command: Sequence[str | Path], folder: Path, env: dict[str, str]) -> Path:
    """templates, new, validate and export to PDF, PNG and SVG with a DISPLAY that has no
    server behind it (exports must not care); the new map's path."""
    listing = cli(command, ["templates"], folder, env).stdout.splitlines()
    assert len(listing) >= 9 and any(line.startswith(TEMPLATE) for line in listing)
    cli(command, ["new", TEMPLATE, "-o", "journey.cjm", "--author", "Tess"], folder, env)
    assert "ok" in cli(command, ["validate", "journey.cjm"], folder, env).stdout
    dead = dict(env, DISPLAY=dead_display())
    for suffix in ("pdf", "png", "svg"):
        cli(command, ["export", "journey.cjm", "-o", f"journey.{suffix}"], folder, dead)
    assert (folder / "journey.pdf").read_bytes().startswith(b"%PDF-")
    assert (folder / "journey.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "<svg" in (folder / "journey.svg").read_text(encoding="utf-8")[:2000]
    for suffix in ("pdf", "png", "svg"):
        assert (folder / f"journey.{suffix}").stat().st_size > 20_000
    return folder / "journey.cjm"


def dead_display() -> str:
    """An X display name with no server behind it."""
    from cjdesigner.preflight import x_server_problem

    for number in range(150, 400):
        if x_server_problem(f":{number}") is not None:
            return f":{number}"
    raise AssertionError("every display number has a server")


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server (Xvfb); its DISPLAY value."""
    assert shutil.which("Xvfb"), "Xvfb is needed (Debian package xvfb)"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        number = os.read(read, 64).decode().strip()
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=30)


def visible_windows(pid: int, display: str) -> list[str]:
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            capture_output=True, text=True, env=dict(os.environ, DISPLAY=display))
    return result.stdout.split()


def window_name(window: str, display: str) -> str:
    return subprocess.run(["xdotool", "getwindowname", window], capture_output=True, text=True,
                          env=dict(os.environ, DISPLAY=display)).stdout.strip()


def time_to_window(command: Sequence[str | Path], map_file: str, folder: Path,
                   env: dict[str, str], display: str) -> float:
    """Start the editor on ``map_file`` on a real (virtual) X screen; seconds from spawning
    it to its window being shown with the map's name in the title. The editor is then
    ended."""
    assert shutil.which("xdotool"), "xdotool is needed (Debian package xdotool)"
    begin = time.perf_counter()
    proc = subprocess.Popen([*map(str, command), map_file], cwd=folder,
                            env=dict(env, DISPLAY=display),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while True:
            windows = visible_windows(proc.pid, display)
            if any(map_file in window_name(w, display) for w in windows):
                return time.perf_counter() - begin
            if proc.poll() is not None:
                raise AssertionError(f"the editor ended (exit {proc.returncode}) before "
                                     f"showing a window:\n{proc.stderr.read() if proc.stderr else ''}")
            if time.perf_counter() - begin > WINDOW_TIMEOUT:
                titles = [window_name(w, display) for w in windows]
                raise AssertionError(f"no window showing {map_file} within a minute: {titles}")
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
