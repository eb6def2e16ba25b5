"""Reading and writing .cjm files (JSON). No Qt."""

from .atomic import atomic_write, backup_path
from .cjm import (
    MAX_FILE_BYTES,
    SUFFIX,
    LoadError,
    SaveError,
    dumps,
    is_known_good,
    load,
    loads,
    save,
    shorten,
)
from .migrations import MIGRATIONS, migrate
from .schema import json_schema, schema_text

__all__ = [
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "SUFFIX",
    "LoadError",
    "SaveError",
    "atomic_write",
    "backup_path",
    "dumps",
    "is_known_good",
    "json_schema",
    "load",
    "loads",
    "migrate",
    "save",
    "schema_text",
    "shorten",
]
