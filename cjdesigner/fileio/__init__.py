"""Reading and writing .cjm files (JSON). No Qt.

The names below are loaded when first used (PEP 562): importing ``cjdesigner.fileio``
or one of its light modules (``atomic``, ``kinds``) does not import pydantic and the
model, which the editor's first window does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .atomic import (
        ForeignOwnerError,
        NotRegularFileError,
        ReadOnlyFileError,
        atomic_stream,
        atomic_write,
        backup_path,
        check_replaceable,
        is_read_only,
        remove_stale_temps,
    )
    from .cjm import (
        MAX_FILE_BYTES,
        SUFFIX,
        ChangedOnDiskError,
        LoadError,
        ReadOnlyError,
        SaveError,
        dumps,
        dumps_bytes,
        file_digest,
        is_known_good,
        limit_problems,
        load,
        loads,
        save,
        shorten,
    )
    from .migrations import MIGRATIONS, migrate
    from .schema import json_schema, schema_text

_HOME = {
    **dict.fromkeys(("ForeignOwnerError", "NotRegularFileError", "ReadOnlyFileError",
                     "atomic_stream", "atomic_write", "backup_path", "check_replaceable",
                     "is_read_only", "remove_stale_temps"), "atomic"),
    **dict.fromkeys(("MAX_FILE_BYTES", "SUFFIX", "ChangedOnDiskError", "LoadError",
                     "ReadOnlyError", "SaveError", "dumps", "dumps_bytes", "file_digest",
                     "is_known_good",
                     "limit_problems", "load", "loads", "save", "shorten"), "cjm"),
    **dict.fromkeys(("MIGRATIONS", "migrate"), "migrations"),
    **dict.fromkeys(("json_schema", "schema_text"), "schema"),
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


__all__ = [
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "SUFFIX",
    "ChangedOnDiskError",
    "ForeignOwnerError",
    "LoadError",
    "NotRegularFileError",
    "ReadOnlyError",
    "ReadOnlyFileError",
    "SaveError",
    "atomic_stream",
    "atomic_write",
    "backup_path",
    "check_replaceable",
    "dumps",
    "dumps_bytes",
    "file_digest",
    "is_known_good",
    "is_read_only",
    "limit_problems",
    "json_schema",
    "load",
    "loads",
    "migrate",
    "remove_stale_temps",
    "save",
    "schema_text",
    "shorten",
]
