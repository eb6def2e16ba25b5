"""A link to a character device, for tests that must never replace one."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def device_link(link: Path) -> Path:
    """Make ``link`` a symbolic link to a character device. The administrator gets a
    private null device beside it (so that code under test that wrongly replaced the
    device could never replace the system's /dev/null); other users link to /dev/null,
    which they cannot replace."""
    if os.geteuid() == 0:
        device = link.with_name(link.name + ".device")
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")
    link.symlink_to(device)
    return device
