"""Who the application is, in one place: version, application id, file type. No Qt.

The build backend reads the version from this file (pyproject.toml), the desktop file,
AppStream metainfo, icon and MIME files in packaging/linux are named after ``APP_ID``, and
the running application announces the same id to the desktop.
"""

from __future__ import annotations

__version__ = "0.1.0"

#: reverse-DNS application id: desktop file, icon name, AppStream id, D-Bus/instance names
APP_ID = "org.cjdesigner.CJDesigner"
#: the program's name as typed and shown
APP_NAME = "cjdesigner"
#: the MIME type of maps, and the suffix that names them
MAP_MIME_TYPE = "application/x-cjdesigner-map"
MAP_SUFFIX = ".cjm"
HOMEPAGE = "https://cjdesigner.org"
