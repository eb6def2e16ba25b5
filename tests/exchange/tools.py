"""System programs some exchange tests drive (README: system packages; .ci/run installs
them). A missing one fails the test with what to install, never skips it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def program(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: apt-get install {package} (see README)")
    return found


def soffice_convert(files: list[Path], to: str, outdir: Path, profile: Path,
                    infilter: str | None = None) -> list[Path]:
    """Convert ``files`` with LibreOffice (one run for all); returns the outputs."""
    soffice = program("soffice", "libreoffice-calc-nogui libreoffice-impress-nogui")
    outdir.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         *([f"--infilter={infilter}"] if infilter else []), "--convert-to", to, "--outdir", str(outdir), *map(str, files)],
        capture_output=True, text=True, timeout=240, env={**os.environ, "HOME": str(profile)},
    )
    assert run.returncode == 0, run.stderr
    suffix = "." + to.split(":")[0]
    outputs = [outdir / (f.stem + suffix) for f in files]
    missing = [o for o in outputs if not o.exists()]
    assert not missing, f"LibreOffice wrote nothing for {missing}: {run.stdout} {run.stderr}"
    return outputs
