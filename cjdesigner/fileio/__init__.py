"""Reading and writing .cjm files (JSON). No Qt."""

from .atomic import (
    ForeignOwnerError,
    NotRegularFileError,
    ReadOnlyFileError,
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
    "atomic_write",
    "backup_path",
    "check_replaceable",
    "dumps",
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
