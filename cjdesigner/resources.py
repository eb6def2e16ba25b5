"""Where the bundled resources live (templates, schema, fonts, icons). No Qt.

The repository keeps them in ``resources/`` at its top; the build installs that folder
as the package data ``cjdesigner/data`` (pyproject.toml). Every installed form finds it
the same way, through :mod:`importlib.resources`: a wheel or sdist install, pipx/uv, and
the PyInstaller bundle (packaging/cjdesigner.spec puts it at the same place). Only a source
checkout (an editable install, ``python main.py``) has no ``cjdesigner/data``; there the
files are read from the checkout's own ``resources/`` beside ``pyproject.toml``.

The folder is looked for when a resource is first asked for (``ROOT``, the ``FONT_*``
paths, :func:`resource_path`), not on import: an install without it raises
:class:`ResourcesMissing` there, which the command line (and so the editor) turns into
one line and exit status 1, and this module (with the exception class) always imports.
"""

from __future__ import annotations

import functools
from importlib import resources as _importlib_resources
from pathlib import Path

#: the package-data folder name inside an installed ``cjdesigner``
PACKAGE_DATA = "data"


class ResourcesMissing(RuntimeError):
    """The installation has no resources folder (a broken or partial install)."""


def locate(package: Path) -> Path:
    """The resources folder for the ``cjdesigner`` package folder ``package``."""
    installed = package / PACKAGE_DATA
    if installed.is_dir():  # wheel, sdist, pipx/uv, the PyInstaller bundle
        return installed
    checkout = package.parent  # a source checkout: resources/ beside pyproject.toml
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    raise ResourcesMissing(
        f"cjdesigner's resources are missing (looked in {installed}); "
        "reinstall it: pip install --force-reinstall cjdesigner"
    )


def _package_folder() -> Path:
    package = _importlib_resources.files(__package__ or "cjdesigner")
    if not isinstance(package, Path):  # a zip import: fonts and Qt need real files
        raise ResourcesMissing(f"cjdesigner must be installed as files, not run from {package}")
    return package


@functools.cache
def root() -> Path:
    """The resources folder of this installation; raises :class:`ResourcesMissing`."""
    return locate(_package_folder())


#: the bundled fonts, by the name the other modules read (``resources.FONT_REGULAR``)
_FONTS = {
    "FONT_REGULAR": "SourceSansPro-Regular.ttf",
    "FONT_SEMIBOLD": "SourceSansPro-Semibold.ttf",
    "FONT_BOLD": "SourceSansPro-Bold.ttf",
    "FONT_ITALIC": "SourceSansPro-It.ttf",
    "FONT_FALLBACK": "DejaVuSans.ttf",
}


def __getattr__(name: str) -> Path:
    """``ROOT`` and the ``FONT_*`` paths, found when first read (see the module)."""
    if name == "ROOT":
        return root()
    if name in _FONTS:
        return root() / "fonts" / _FONTS[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def resource_path(*parts: str) -> Path:
    return root().joinpath(*parts)
